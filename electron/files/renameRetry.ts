/**
 * Renames that survive Windows: antivirus scanners, indexers and sync clients
 * hold files open for a moment, and the rename then fails with EPERM, EBUSY or
 * EACCES although it would succeed a little later. graceful-fs retries these
 * with a growing delay; so does this, with the rename and the sleep injected.
 */
export type Rename = (from: string, to: string) => Promise<void>;

export interface RetryOptions {
  readonly platform: NodeJS.Platform;
  readonly sleep: (ms: number) => Promise<void>;
  /** Total time spent waiting before the last error is passed on. */
  readonly budgetMs?: number;
}

const TRANSIENT_ON_WINDOWS = new Set(['EPERM', 'EBUSY', 'EACCES']);
const FIRST_DELAY_MS = 10;
const MAX_DELAY_MS = 500;

export const realSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export function renameWithRetry(rename: Rename, options: RetryOptions): Rename {
  if (options.platform !== 'win32') return rename;
  const budget = options.budgetMs ?? 10_000;
  return async (from, to) => {
    let waited = 0;
    let delay = FIRST_DELAY_MS;
    for (;;) {
      try {
        await rename(from, to);
        return;
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (!code || !TRANSIENT_ON_WINDOWS.has(code) || waited + delay > budget) throw error;
        await options.sleep(delay);
        waited += delay;
        delay = Math.min(delay * 2, MAX_DELAY_MS);
      }
    }
  };
}
