/**
 * Long work in time slices: pull steps for at most a budget, then give the
 * event loop a turn (input, paint, a progress bar) before going on. Exports and
 * imports of large maps use it so the window never looks stuck.
 */

/** Well under the 100 ms at which a facilitator notices a stuck window. */
export const SLICE_BUDGET_MS = 12;

/** The part of the Prioritized Task Scheduling API used here (Chromium has it; Node does not). */
interface TaskScheduler {
  yield(): Promise<void>;
}

/**
 * Ends the current task and resumes in a new one. Not setTimeout(0) where the platform has
 * better: a timer set from within a timer's task is held back at least 4 ms, and a large
 * export that yields a few hundred times would spend seconds waiting for nothing.
 */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: TaskScheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise<void>((resolve) => setTimeout(resolve, 0));
}

/** What a caller of a long export passes down: how to stop, and how to take turns. */
export interface Slicing {
  /** Checked between slices: an aborted run stops with the signal's reason. */
  readonly signal?: AbortSignal;
  /** Gives the event loop its turn between slices: nextTask unless the caller paces frames (board/export/framePacer.ts). */
  readonly turn?: () => Promise<void>;
}

export interface SliceOptions extends Slicing {
  readonly budgetMs?: number;
  readonly now?: () => number;
  /** Runs at the end of every slice, in the same task (e.g. to hand a finished chunk on). */
  readonly endOfSlice?: () => void | Promise<void>;
  /** Ends a slice before its budget, when the work `endOfSlice` will do has grown to its share. */
  readonly sliceFull?: () => boolean;
}

export async function runSteps<T>(steps: Iterator<T>, onStep: (value: T) => void, options: SliceOptions = {}): Promise<void> {
  const { budgetMs = SLICE_BUDGET_MS, now = () => performance.now(), signal, endOfSlice, sliceFull, turn = nextTask } = options;
  for (;;) {
    signal?.throwIfAborted();
    const sliceStart = now();
    let step = steps.next();
    while (!step.done) {
      onStep(step.value);
      if (now() - sliceStart > budgetMs || sliceFull?.()) break;
      step = steps.next();
    }
    await endOfSlice?.();
    if (step.done) return;
    await turn();
  }
}
