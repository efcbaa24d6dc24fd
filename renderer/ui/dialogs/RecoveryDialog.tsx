/** The offer of autosaved drafts at start: Recover, Discard or Open the saved file, per draft. */
import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { DraftSummary } from '../../../electron/ipc-contract';
import type { Recovery } from '../recovery';
import { ModalDialog } from './ModalDialog';

function savedAtText(savedAt: number, language: string): string {
  // A draft header is data from disk: a bad time must not reach Intl.
  if (!Number.isFinite(savedAt)) return '';
  try {
    return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(savedAt));
  } catch {
    return new Date(savedAt).toISOString();
  }
}

export function RecoveryDialog({ recovery }: { readonly recovery: Recovery }) {
  const { t, i18n } = useTranslation();
  const drafts = useSyncExternalStore(recovery.subscribe, recovery.get);

  const row = (draft: DraftSummary) => (
    <li key={draft.draftId} className="recovery-draft" data-testid="recovery-draft">
      <div className="recovery-name">{draft.name ?? t('file.untitled')}</div>
      <div className="recovery-meta">
        {t(`recovery.state.${draft.fileState}`)} · {t('recovery.savedAt', { time: savedAtText(draft.savedAt, i18n.language) })}
      </div>
      <div className="recovery-buttons">
        <button type="button" className="primary" onClick={() => void recovery.choose(draft.draftId, 'recover')}>
          {t('recovery.recover')}
        </button>
        {draft.fileState === 'older' && (
          <button type="button" onClick={() => void recovery.choose(draft.draftId, 'openSaved')}>
            {t('recovery.openSaved')}
          </button>
        )}
        <button type="button" onClick={() => void recovery.choose(draft.draftId, 'discard')}>
          {t('recovery.discard')}
        </button>
      </div>
    </li>
  );

  return (
    <ModalDialog
      open={drafts.length > 0}
      className="message-dialog recovery-dialog"
      testId="recovery-dialog"
      labelledBy="recovery-title"
      onCancel={() => recovery.later()}
    >
      <h2 id="recovery-title">{t('recovery.title')}</h2>
      <p>{t('recovery.intro')}</p>
      <ul className="recovery-list">{drafts.map(row)}</ul>
      <div className="dialog-buttons">
        <button type="button" className="secondary" onClick={() => recovery.later()}>
          {t('recovery.later')}
        </button>
      </div>
    </ModalDialog>
  );
}
