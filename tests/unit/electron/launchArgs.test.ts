import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentPathsInArgv } from '../../../electron/launchArgs';

describe('documentPathsInArgv', () => {
  it('finds the maps a user double-clicked, resolved against the starting folder', () => {
    const argv = ['/opt/Journeyboard/journeyboard', '--no-sandbox', 'maps/Q3.cjm', '/home/ana/Retail.CJM', 'notes.txt'];

    expect(documentPathsInArgv(argv, '/home/ana')).toEqual([
      resolve('/home/ana/maps/Q3.cjm'),
      resolve('/home/ana/Retail.CJM'),
    ]);
  });

  it('ignores the app folder that `electron .` passes in development', () => {
    expect(documentPathsInArgv(['/usr/bin/electron', '.'], '/work')).toEqual([]);
  });
});
