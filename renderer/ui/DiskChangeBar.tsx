/** A non-modal bar when the open file changed or vanished on disk: Reload or Keep mine. */
import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { FileSession } from './fileSession';

export function DiskChangeBar({ session }: { readonly session: FileSession }) {
  const { t } = useTranslation();
  const info = useSyncExternalStore(session.subscribe, session.get);
  if (!info.diskChange) return null;
  return (
    <div className="disk-change-bar" role="alert" data-testid="disk-change-bar">
      <span>{t(`diskChange.${info.diskChange}`, { name: info.name })}</span>
      {info.diskChange === 'changed' && (
        <button type="button" onClick={() => void session.reloadFromDisk()}>
          {t('diskChange.reload')}
        </button>
      )}
      <button type="button" onClick={() => session.keepMine()}>
        {t('diskChange.keepMine')}
      </button>
    </div>
  );
}
