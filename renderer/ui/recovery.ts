/**
 * The drafts offered at start (and after a renderer crash, which restarts the
 * renderer): Recover, Discard, or Open the saved file. A recovered map is dirty
 * and keeps its original path; autosave continues under the draft's id.
 */
import type { TFunction } from 'i18next';
import type { DraftChoice, DraftSummary, JourneyboardApi } from '../../electron/ipc-contract';
import type { Autosave } from './autosave';
import type { FileSession } from './fileSession';

export class Recovery {
  private drafts: readonly DraftSummary[] = [];
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly api: Pick<JourneyboardApi, 'listDrafts' | 'resolveDraft'>,
    private readonly session: FileSession,
    private readonly autosave: Autosave,
    private readonly t: TFunction,
  ) {}

  readonly subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly get = (): readonly DraftSummary[] => this.drafts;

  /** Asks the main process which drafts to offer; this window's own live draft is never one of them. */
  async refresh(): Promise<void> {
    const offered = await this.api.listDrafts();
    this.set(offered.filter((draft) => draft.draftId !== this.autosave.currentDraftId));
  }

  /** Hides the offer for this run; the drafts stay on disk and are offered at the next start. */
  later(): void {
    this.set([]);
  }

  /** Never rejects: a failure becomes a message. */
  async choose(draftId: string, choice: DraftChoice): Promise<void> {
    try {
      await this.resolve(draftId, choice);
    } catch (error) {
      this.session.reportFailure('open', error);
    }
  }

  private async resolve(draftId: string, choice: DraftChoice): Promise<void> {
    if (choice !== 'discard' && !(await this.session.confirmDiscard())) return;
    const outcome = await this.api.resolveDraft({ draftId, choice });
    switch (outcome.kind) {
      case 'recovered':
        if (!this.session.loadRecovered(outcome)) return;
        this.autosave.adopt(draftId);
        break;
      case 'opened':
        if (!this.session.load(outcome.file)) return;
        await this.api.resolveDraft({ draftId, choice: 'discard' });
        break;
      case 'discarded':
        break;
      case 'error':
        this.session.showFileError('openError.title', outcome.error, outcome.name || this.t('file.untitled'));
        return;
    }
    this.set(this.drafts.filter((draft) => draft.draftId !== draftId));
  }

  private set(drafts: readonly DraftSummary[]): void {
    this.drafts = drafts;
    for (const listener of this.listeners) listener();
  }
}
