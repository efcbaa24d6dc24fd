/**
 * Planning a large CSV import (10,000 rows took over 100 ms in one task) runs
 * in slices: the same plan or problems as planning in one go, with other tasks
 * running between slices and the progress reported.
 */
import { describe, expect, it } from 'vitest';
import { exportCsv } from '../../../renderer/model/csv/csvExport';
import { planCsvImport } from '../../../renderer/model/csv/csvImport';
import { planCsvInSlices } from '../../../renderer/ui/share/planCsvInSlices';
import { readCsvInSlices } from '../../../renderer/ui/share/readCsvInSlices';
import { generateMap } from '../../fixtures/generateMap';

describe('planCsvInSlices', () => {
  const big = generateMap({ personas: 2, stages: 5, totalNotes: 3000, seed: 7 }).map;
  const csv = exportCsv(big);

  it('gives the plan of planning in one go, yielding to other tasks and reporting progress', async () => {
    const rows = await readCsvInSlices(csv, () => undefined);
    let clock = 0;
    const progress: number[] = [];
    let turns = 0;
    let done = false;
    const tick = () => {
      turns++;
      if (!done) setTimeout(tick, 0);
    };
    setTimeout(tick, 0);
    // Each row "takes" 1 ms on the test's clock.
    const plan = await planCsvInSlices(big, rows, (f) => progress.push(f), () => clock++);
    done = true;
    expect(plan).toEqual(planCsvImport(big, csv));
    expect(turns).toBeGreaterThan(50);
    expect(progress.length).toBeGreaterThan(50);
    expect([...progress].sort((a, b) => a - b)).toEqual(progress);
    expect(progress.at(-1)).toBe(1);
  });

  it('reports the same problems as planning in one go', async () => {
    const lines = csv.split('\r\n');
    const broken = [...lines.slice(0, 3), 'x,note', ...lines.slice(4, 400), lines[5]!.replace(',note,', ',sticker,'), ...lines.slice(401)].join('\r\n');
    const rows = await readCsvInSlices(broken, () => undefined);
    const sliced = await planCsvInSlices(big, rows, () => undefined);
    expect(sliced.ok).toBe(false);
    expect(sliced).toEqual(planCsvImport(big, broken));
  });
});
