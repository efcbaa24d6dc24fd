import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';

/** A fresh real folder per test, removed afterwards. Read `.path` inside tests only. */
export function useTempFolder(): { readonly path: string } {
  let current: string | null = null;
  beforeEach(async () => {
    current = await mkdtemp(join(tmpdir(), 'journeyboard-test-'));
  });
  afterEach(async () => {
    if (current) await rm(current, { recursive: true, force: true });
    current = null;
  });
  return {
    get path() {
      if (!current) throw new Error('The temp folder exists only while a test runs');
      return current;
    },
  };
}
