/**
 * Autosave: after each change the map goes to the main process as a draft, so
 * a crash loses at most about two seconds of work.
 *
 * The first change of a quiet spell waits DEBOUNCE_MS for the keystrokes that
 * follow it, and writes never come closer than MIN_INTERVAL_MS, so a write lands
 * at most one second after the change it carries is made, plus the idle wait and
 * the write itself. The text is built when the main thread is idle (at most
 * IDLE_TIMEOUT_MS later) by the incremental draft builder, never on a keystroke,
 * and records not yet cached are stringified in chunks across idle periods.
 *
 * When the map becomes clean (saved, or undone back to the saved version, or
 * replaced) the draft is deleted. Clock and timers are injected for the tests.
 */
import type { FileError, FileStamp, JourneyboardApi } from '../../electron/ipc-contract';
import type { Clock } from '../state/clock';
import type { DocumentStore } from '../state/documentStore';
import type { DraftTextBuilder } from '../state/draftText';

export const DEBOUNCE_MS = 1000;
export const MIN_INTERVAL_MS = 1000;
export const IDLE_TIMEOUT_MS = 250;

export interface AutosaveTimers {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  /** Runs `run` when the main thread is idle, and after `timeoutMs` at the latest; it may work while `hasTime()`. */
  idle(run: (hasTime: () => boolean) => void, timeoutMs: number): void;
}

export const browserTimers: AutosaveTimers = {
  setTimeout: (run, ms) => window.setTimeout(run, ms),
  clearTimeout: (handle) => window.clearTimeout(handle as number),
  idle: (run, timeoutMs) => {
    // A few milliseconds are kept for the browser's own work in the idle period.
    if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback((deadline) => run(() => deadline.timeRemaining() > 3), { timeout: timeoutMs });
    else window.setTimeout(() => run(() => false), 0);
  },
};

export interface AutosaveDeps {
  readonly api: Pick<JourneyboardApi, 'writeDraft' | 'resolveDraft'>;
  readonly store: DocumentStore;
  readonly clock: Clock;
  readonly timers: AutosaveTimers;
  readonly draftText: DraftTextBuilder;
  /** The file the map belongs to and the version it was edited from. */
  readonly target: () => { readonly path: string | null; readonly base: FileStamp | null };
  /** A draft could not be written; called once until a write succeeds again. */
  readonly onError: (error: FileError) => void;
  readonly newDraftId: () => string;
}

export class Autosave {
  private draftId: string;
  /** A draft under `draftId` may exist on disk. */
  private written = false;
  private timer: unknown = null;
  private lastWriteAt = Number.NEGATIVE_INFINITY;
  private failing = false;
  /** Set once the window is closing without saving. */
  private stopped = false;
  /** Draft operations run one after another, so a delete never overtakes a write. */
  private queue: Promise<void> = Promise.resolve();

  constructor(private readonly deps: AutosaveDeps) {
    this.draftId = deps.newDraftId();
    deps.store.subscribe(() => this.onStoreChange());
  }

  get currentDraftId(): string {
    return this.draftId;
  }

  /** Continues a recovered draft: the next writes replace it instead of adding another. */
  adopt(draftId: string): void {
    // The work the current draft held was just discarded for the recovered map.
    if (draftId !== this.draftId) this.dropDraft();
    this.draftId = draftId;
    this.written = true;
    this.onStoreChange();
  }

  /**
   * The user closes the window and chose Don't Save: the draft goes now (the
   * map stays dirty, so no clean state would remove it) and nothing more is written.
   */
  async discard(): Promise<void> {
    this.stopped = true;
    this.dropDraft();
    await this.queue;
  }

  /** Resolves when every draft operation asked for so far has finished. */
  settled(): Promise<void> {
    return this.queue;
  }

  private onStoreChange(): void {
    if (this.stopped) return;
    if (!this.deps.store.isDirty) {
      this.dropDraft();
      return;
    }
    if (this.timer !== null) return;
    const now = this.deps.clock.now();
    const due = Math.max(now + DEBOUNCE_MS, this.lastWriteAt + MIN_INTERVAL_MS);
    this.timer = this.deps.timers.setTimeout(() => {
      this.timer = null;
      this.deps.timers.idle((hasTime) => this.write(hasTime), IDLE_TIMEOUT_MS);
    }, due - now);
  }

  private write(hasTime: () => boolean): void {
    if (this.stopped || !this.deps.store.isDirty) return;
    const document = this.deps.store.getDocument();
    let text: string;
    try {
      if (!this.deps.draftText.prepare(document, hasTime)) {
        this.deps.timers.idle((more) => this.write(more), IDLE_TIMEOUT_MS);
        return;
      }
      this.lastWriteAt = this.deps.clock.now();
      text = this.deps.draftText.build(document);
    } catch (error) {
      this.report({ code: 'io', detail: error instanceof Error ? error.message : String(error) });
      return;
    }
    const { path, base } = this.deps.target();
    const draftId = this.draftId;
    this.written = true;
    this.enqueue(async () => {
      const outcome = await this.deps.api.writeDraft({ draftId, text, path, base });
      if (outcome.kind === 'error') this.report(outcome.error);
      else this.failing = false;
    });
  }

  /** Cancels a pending write and deletes the draft, if one was written. */
  private dropDraft(): void {
    this.cancelTimer();
    if (!this.written) return;
    this.written = false;
    const draftId = this.draftId;
    this.enqueue(async () => {
      await this.deps.api.resolveDraft({ draftId, choice: 'discard' });
    });
  }

  private report(error: FileError): void {
    if (this.failing) return;
    this.failing = true;
    this.deps.onError(error);
  }

  private enqueue(job: () => Promise<void>): void {
    this.queue = this.queue.then(job).catch((error: unknown) => {
      this.report({ code: 'io', detail: error instanceof Error ? error.message : String(error) });
    });
  }

  private cancelTimer(): void {
    if (this.timer === null) return;
    this.deps.timers.clearTimeout(this.timer);
    this.timer = null;
  }
}
