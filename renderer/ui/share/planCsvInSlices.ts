/**
 * Plans a CSV import from rows already read without freezing the window: at
 * 10,000 rows the plan took over 100 ms in one task, so it runs a row at a
 * time in slices, reporting how far it got.
 */
import { type CsvImportResult, type CsvRows, planCsvSteps } from '../../model/csv/csvImport';
import type { JourneyMap } from '../../model/types';
import { runStepsInSlices } from './runInSlices';

export const planCsvInSlices = (map: JourneyMap, rows: CsvRows, onProgress: (fraction: number) => void, now?: () => number): Promise<CsvImportResult> =>
  runStepsInSlices(planCsvSteps(map, rows), onProgress, now);
