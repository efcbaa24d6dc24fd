/** Recent maps on an empty start: an untouched untitled map shows them; any edit or open hides them. */
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { JourneyboardApi, RecentFile } from '../../electron/ipc-contract';
import type { DocumentStore } from '../state/documentStore';
import type { FileSession } from './fileSession';

export function RecentMaps({ api, session, store }: { readonly api: JourneyboardApi; readonly session: FileSession; readonly store: DocumentStore }) {
  const { t } = useTranslation();
  const [recent, setRecent] = useState<readonly RecentFile[]>([]);
  const info = useSyncExternalStore(session.subscribe, session.get);
  const map = useSyncExternalStore(store.subscribe, store.getMap);
  // Only the start: once a map is opened, made from a template or edited, the list is gone for this run (File ▸ Open Recent stays).
  const firstMap = useRef(map);
  const started = useRef(false);
  if (info.path !== null || map !== firstMap.current) started.current = true;
  useEffect(() => {
    api.listRecent().then(setRecent, () => setRecent([]));
  }, [api]);
  if (started.current || recent.length === 0) return null;
  return (
    <nav className="recent-maps" aria-labelledby="recent-title" data-testid="recent-maps">
      <h2 id="recent-title">{t('recent.title')}</h2>
      <ul>
        {recent.slice(0, 6).map((file) => (
          <li key={file.path}>
            <button type="button" title={file.path} onClick={() => void session.openRecent(file.path)}>
              {file.name}
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="recent-clear" onClick={() => void api.clearRecent().then(() => setRecent([]))}>
        {t('recent.clear')}
      </button>
    </nav>
  );
}
