/** The status line: file, save state, counts, the map's goal, zoom, and progress for anything that waits on the disk. */
import { useEffect, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardController } from '../board/boardController';
import { intlLocale } from '../i18n/languages';
import type { DocumentStore } from '../state/documentStore';
import type { UiStore } from '../state/uiStore';
import { useUi } from './useUi';
import { acceleratorOf } from './actions';
import { formatAccelerator } from './accelerators';
import type { FileSession } from './fileSession';
import { GoalField } from './GoalField';
import { type Messages, useMessages } from './messages';

interface StatusBarProps {
  readonly store: DocumentStore;
  readonly ui: UiStore;
  readonly session: FileSession;
  readonly messages: Messages;
  readonly controller: BoardController | null;
  readonly isMac: boolean;
}

export function StatusBar({ store, ui, session, messages, controller, isMac }: StatusBarProps) {
  const { t, i18n } = useTranslation();
  const map = useSyncExternalStore(store.subscribe, store.getMap);
  const dirty = useSyncExternalStore(store.subscribe, () => store.isDirty);
  const info = useSyncExternalStore(session.subscribe, session.get);
  const { busy } = useMessages(messages);
  const selected = useUi(ui, (s) => s.selectedNoteIds.size);
  const wheelZooms = useUi(ui, (s) => s.wheelZooms);
  const [zoom, setZoom] = useState(1);
  useEffect(() => {
    if (!controller) return;
    setZoom(controller.getCamera().scale);
    return controller.onCamera((c) => setZoom(c.scale));
  }, [controller]);
  const percent = new Intl.NumberFormat(intlLocale(i18n.language), { style: 'percent' }).format(zoom);

  return (
    <footer className="status-bar" data-testid="status-bar">
      <span className="file-name" data-testid="document-name" title={info.path ?? undefined}>
        {session.documentName()}
      </span>
      <span data-testid="save-state">{busy ?? (dirty ? t('status.unsaved') : t('status.saved'))}</span>
      <span>{t('status.notes', { count: Object.keys(map.notes).length })}</span>
      {selected > 0 && <span>{t('status.selected', { count: selected })}</span>}
      {/* A space in the text (flex layout ignores it), so the count and "Goal:" read as two words to a screen reader. */}{' '}
      <GoalField store={store} />
      <button type="button" className="tool" data-testid="wheel-mode" title={t('toolbar.wheelHint')} onClick={() => ui.set({ wheelZooms: !wheelZooms })}>
        {wheelZooms ? t('toolbar.wheelZooms') : t('toolbar.wheelPans')}
      </button>
      <button type="button" className="tool icon" aria-label={t('toolbar.zoomOut')} onClick={() => controller?.zoomOut()}>
        −
      </button>
      <button type="button" className="zoom-value" data-testid="zoom" title={t('toolbar.zoomReset')} onClick={() => controller?.resetZoom()}>
        {percent}
      </button>
      <button type="button" className="tool icon" aria-label={t('toolbar.zoomIn')} onClick={() => controller?.zoomIn()}>
        +
      </button>
      <button type="button" className="tool" data-command="view.fit" title={`${t('toolbar.fit')} (${formatAccelerator(acceleratorOf('view.fit'), isMac)})`} onClick={() => controller?.fit()}>
        {t('toolbar.fit')}
      </button>
      <button
        type="button"
        className="tool icon"
        data-command="help.shortcuts"
        aria-label={t('toolbar.shortcuts')}
        title={`${t('toolbar.shortcuts')} (?)`}
        onClick={() => ui.set({ shortcutsOpen: true })}
      >
        ?
      </button>
    </footer>
  );
}
