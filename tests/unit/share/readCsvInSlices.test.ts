/** The CSV read in slices gives exactly the rows and problems of a read in one go, and lets other tasks run. */
import { describe, expect, it } from 'vitest';
import { exportCsv } from '../../../renderer/model/csv/csvExport';
import { planCsvImport, planCsvRows } from '../../../renderer/model/csv/csvImport';
import { readCsvInSlices } from '../../../renderer/ui/share/readCsvInSlices';
import { generateMap } from '../../fixtures/generateMap';
import { parseOk, readFixture } from '../model/helpers';

describe('readCsvInSlices', () => {
  const map = parseOk(readFixture('full.cjm')).document.map;
  const csv = exportCsv(map);
  const lines = csv.split('\r\n');
  const broken = {
    'an unterminated quote': [...lines.slice(0, 4), `${lines[4]},"open`, ...lines.slice(5)].join('\r\n'),
    'a short row': [...lines.slice(0, 3), 'x,note', ...lines.slice(4)].join('\r\n'),
    'semicolons and no BOM': csv.slice(1).replaceAll(',', ';'),
  };

  it.each([['the export', csv], ...Object.entries(broken)])('%s: the same plan or problems as reading it whole', async (_label, text) => {
    const sliced = await readCsvInSlices(text, () => undefined);
    expect(planCsvRows(map, sliced)).toEqual(planCsvImport(map, text));
  });

  it('pauses a large file between slices, reporting progress, and other tasks run meanwhile', async () => {
    const big = generateMap({ personas: 2, stages: 5, totalNotes: 3000, seed: 7 }).map;
    const text = exportCsv(big);
    let clock = 0;
    const progress: number[] = [];
    let turns = 0;
    let done = false;
    const tick = () => {
      turns++;
      if (!done) setTimeout(tick, 0);
    };
    setTimeout(tick, 0);
    // Each row "takes" 1 ms: a slice holds about 12 rows.
    const rows = await readCsvInSlices(text, (f) => progress.push(f), () => clock++);
    done = true;
    expect(rows.rows.length).toBeGreaterThan(3000);
    expect(planCsvRows(big, rows)).toEqual(planCsvImport(big, text));
    expect(turns).toBeGreaterThan(50);
    expect(progress.length).toBeGreaterThan(50);
    expect([...progress].sort((a, b) => a - b)).toEqual(progress);
  });
});
