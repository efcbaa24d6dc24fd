/**
 * The presenter window's side of presenting with an audience window: it
 * tells the main process when present mode starts and stops, publishes the
 * document and the room's view whenever they change (at most once a frame),
 * and follows the layout main reports as displays come and go ('dual': this
 * window becomes the presenter view; 'single': it shows the room's view
 * itself, and P shows a small presenter overlay).
 *
 * The facilitator's private notes never leave this window: the audience gets
 * the map without them.
 */
import type { JourneyboardApi, PresentLayout } from '../../../electron/ipc-contract';
import type { Language } from '../../i18n/languages';
import type { CjmDocument } from '../../model/types';
import type { DocumentStore } from '../../state/documentStore';
import type { DraftTextBuilder } from '../../state/draftText';
import type { PresentStore } from '../../state/presentStore';
import type { TimerStore } from '../../state/timerStore';
import type { VotingView } from '../../state/votingView';
import { ValueStore } from '../../state/valueStore';
import type { Messages } from '../messages';
import { audienceViewOf } from './audienceView';

export interface PresenterState {
  /** null while not presenting. */
  readonly layout: PresentLayout | null;
  /** The small presenter overlay of a one-display presentation (P). */
  readonly overlay: boolean;
}

export interface PresenterLinkDeps {
  readonly api: Pick<JourneyboardApi, 'startPresenting' | 'stopPresenting' | 'publishToAudience' | 'onPresentLayout'>;
  readonly store: DocumentStore;
  readonly present: PresentStore;
  readonly timer: TimerStore;
  readonly voting: ValueStore<VotingView>;
  readonly language: () => Language;
  /** The incremental .cjm text builder (as autosave uses), so publishing an edit costs little on a big map. */
  readonly documentText: DraftTextBuilder;
  readonly messages: Messages;
  /** What the failure notice says; from the catalog. */
  readonly failedText: () => string;
  readonly requestFrame?: (callback: () => void) => void;
}

const NO_PRESENTER_NOTES = Object.freeze({});

export class PresenterLink extends ValueStore<PresenterState> {
  private pending: { document: boolean; view: boolean } | null = null;
  private readonly offs: (() => void)[];
  private failed = false;

  constructor(private readonly deps: PresenterLinkDeps) {
    super({ layout: null, overlay: false });
    let active = deps.present.get().active;
    this.offs = [
      deps.present.subscribe(() => {
        const now = deps.present.get().active;
        if (now !== active) {
          active = now;
          if (now) this.start();
          else this.stop();
        } else if (now) this.schedule('view');
      }),
      deps.store.subscribe(() => {
        if (this.get().layout) this.schedule('document');
      }),
      deps.timer.subscribe(() => {
        if (this.get().layout) this.schedule('view');
      }),
      deps.voting.subscribe(() => {
        if (this.get().layout) this.schedule('view');
      }),
      deps.api.onPresentLayout((layout) => {
        if (!this.get().layout) return;
        this.set({ layout });
        // A projector plugged in again gets everything at once when it asks; nothing to send here.
      }),
    ];
  }

  toggleOverlay(): void {
    this.set({ overlay: !this.get().overlay });
  }

  dispose(): void {
    for (const off of this.offs.splice(0)) off();
  }

  private start(): void {
    this.failed = false;
    // Until main answers, present mode runs alone: the laptop already shows the room's view.
    this.set({ layout: { kind: 'single' }, overlay: false });
    this.deps.api.startPresenting().then(
      (layout) => {
        if (!this.deps.present.get().active) return;
        this.set({ layout });
        this.schedule('document');
        this.schedule('view');
      },
      (error: unknown) => this.fail(error),
    );
  }

  private stop(): void {
    this.pending = null;
    this.set({ layout: null, overlay: false });
    this.deps.api.stopPresenting().catch((error: unknown) => this.fail(error));
  }

  private schedule(what: 'document' | 'view'): void {
    if (this.pending) {
      this.pending[what] = true;
      return;
    }
    this.pending = { document: what === 'document', view: what === 'view' };
    (this.deps.requestFrame ?? requestAnimationFrame)(() => this.flush());
  }

  private flush(): void {
    const pending = this.pending;
    this.pending = null;
    if (!pending || !this.get().layout) return;
    const { store, present, timer, voting, language } = this.deps;
    const document = pending.document ? this.deps.documentText.build(withoutPresenterNotes(store.getDocument())) : null;
    const view = pending.view ? audienceViewOf(present.get(), timer.get(), voting.get(), timer.now(), language()) : null;
    this.deps.api.publishToAudience({ document, view }).catch((error: unknown) => this.fail(error));
  }

  /** Said once per presentation: the room's window may be stale, the presentation itself goes on. */
  private fail(error: unknown): void {
    if (this.failed) return;
    this.failed = true;
    this.deps.messages.notice(`${this.deps.failedText()} ${error instanceof Error ? error.message : String(error)}`);
  }
}

function withoutPresenterNotes(document: CjmDocument): CjmDocument {
  return { ...document, map: { ...document.map, presenterNotes: NO_PRESENTER_NOTES } };
}
