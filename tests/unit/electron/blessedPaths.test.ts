import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBlessedPaths } from '../../../electron/files/blessedPaths';

describe('blessed paths', () => {
  it('refuses paths nobody blessed', () => {
    const blessed = createBlessedPaths();
    blessed.bless('/home/ana/maps/q3.cjm');

    expect(blessed.isBlessed('/home/ana/maps/q4.cjm')).toBe(false);
    expect(blessed.isBlessed('/home/ana/.bashrc')).toBe(false);
  });

  it('recognises a blessed path however it is spelled', () => {
    const blessed = createBlessedPaths();
    blessed.bless('/home/ana/maps/../maps/q3.cjm');

    expect(blessed.isBlessed('/home/ana/maps/q3.cjm')).toBe(true);
    expect(blessed.isBlessed('/home/ana/maps/./q3.cjm')).toBe(true);
  });

  it('blesses only .cjm documents', () => {
    const blessed = createBlessedPaths();

    expect(blessed.bless('/home/ana/maps/q3.CJM')).toBe(resolve('/home/ana/maps/q3.CJM'));
    expect(blessed.bless('/home/ana/.ssh/authorized_keys')).toBeNull();
    expect(blessed.isBlessed('/home/ana/.ssh/authorized_keys')).toBe(false);
  });
});
