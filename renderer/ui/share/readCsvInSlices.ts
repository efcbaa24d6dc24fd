/**
 * Reads a CSV into rows without freezing the window: papaparse goes row by
 * row and is paused whenever a slice has used its budget, so a 10,000-row
 * file is read while the status bar shows how far it got.
 */
import Papa from 'papaparse';
import { csvParseConfig, type CsvProblem, type CsvRows, isReadProblem, withoutBom } from '../../model/csv/csvImport';
import { SLICE_BUDGET_MS } from '../../model/slices';

export function readCsvInSlices(text: string, onProgress: (fraction: number) => void, now: () => number = () => performance.now()): Promise<CsvRows> {
  const body = withoutBom(text);
  return new Promise((resolve, reject) => {
    const rows: string[][] = [];
    const problems: CsvProblem[] = [];
    let sliceStart = now();
    // After a pause papaparse goes on with the rest of the text, counting from 0 again.
    let consumed = 0;
    Papa.parse<string[]>(body, {
      ...csvParseConfig(),
      step: (result, parser) => {
        rows.push(result.data);
        for (const error of result.errors.filter(isReadProblem)) problems.push({ row: rows.length, code: 'unreadable', detail: error.message });
        if (now() - sliceStart <= SLICE_BUDGET_MS) return;
        consumed += result.meta.cursor;
        parser.pause();
        onProgress(body.length > 0 ? Math.min(1, consumed / body.length) : 1);
        setTimeout(() => {
          sliceStart = now();
          try {
            parser.resume();
          } catch (error) {
            reject(error);
          }
        }, 0);
      },
      complete: () => resolve({ rows, problems }),
      error: (error: Error) => reject(error),
    });
  });
}
