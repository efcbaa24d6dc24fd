/**
 * Long work in time slices: pull steps for at most a budget, then give the
 * event loop a turn (input, paint, a progress bar) before going on. Exports and
 * imports of large maps use it so the window never looks stuck.
 */

/** Well under the 100 ms at which a facilitator notices a stuck window. */
export const SLICE_BUDGET_MS = 12;

export const nextTask = (): Promise<void> => new Promise<void>((resolve) => setTimeout(resolve, 0));

export interface SliceOptions {
  readonly budgetMs?: number;
  readonly now?: () => number;
  /** Checked between slices: an aborted run stops with the signal's reason. */
  readonly signal?: AbortSignal;
  /** Runs at the end of every slice, in the same task (e.g. to hand a finished chunk on). */
  readonly endOfSlice?: () => void | Promise<void>;
  /** Ends a slice before its budget, when the work `endOfSlice` will do has grown to its share. */
  readonly sliceFull?: () => boolean;
}

export async function runSteps<T>(steps: Iterator<T>, onStep: (value: T) => void, options: SliceOptions = {}): Promise<void> {
  const { budgetMs = SLICE_BUDGET_MS, now = () => performance.now(), signal, endOfSlice, sliceFull } = options;
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
    await nextTask();
  }
}
