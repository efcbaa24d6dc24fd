/** The toolbar: the map's title, the board's main actions and the colour palette, each button naming its shortcut. */
import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { MenuCommand } from '../../electron/ipc-contract';
import { NOTE_PAINT } from '../board/theme';
import { sortedPersonas } from '../model/queries';
import { NOTE_COLORS } from '../model/schema';
import type { DocumentStore } from '../state/documentStore';
import { renameMap } from '../state/commands/mapCommands';
import type { UiStore } from '../state/uiStore';
import { useUi } from './useUi';
import { type ActionContext, acceleratorOf, actionFor } from './actions';
import { formatAccelerator } from './accelerators';
import type { FileSession } from './fileSession';
import { LockedToolbar } from './workshop/LockedToolbar';
import { useLocked } from './workshop/LockDialogs';
import { isImeKey } from './imeKeys';

interface ToolbarProps {
  readonly store: DocumentStore;
  readonly ui: UiStore;
  readonly session: FileSession;
  readonly actions: ActionContext;
  readonly isMac: boolean;
}

export function Toolbar({ store, ui, actions, isMac }: ToolbarProps) {
  const { t } = useTranslation();
  const map = useSyncExternalStore(store.subscribe, store.getMap);
  const canUndo = useSyncExternalStore(store.subscribe, () => store.history.canUndo);
  const canRedo = useSyncExternalStore(store.subscribe, () => store.history.canRedo);
  const focus = useUi(ui, (s) => s.focus);
  const curve = useUi(ui, (s) => s.emotionCurve);
  const hasSelection = useUi(ui, (s) => s.selectedNoteIds.size > 0);
  // The participant lock shrinks the toolbar to what participants may do.
  if (useLocked(store)) return <LockedToolbar store={store} actions={actions} isMac={isMac} />;

  const button = (command: MenuCommand, label: string, options: { icon?: string; disabled?: boolean; pressed?: boolean } = {}) => {
    const shortcut = formatAccelerator(acceleratorOf(command), isMac);
    return (
      <button
        type="button"
        className={options.icon ? 'tool icon' : 'tool'}
        data-command={command}
        title={`${label} (${shortcut})`}
        aria-label={label}
        aria-pressed={options.pressed}
        disabled={options.disabled}
        onClick={() => actionFor(command)?.perform(actions)}
      >
        {options.icon ?? label}
      </button>
    );
  };

  return (
    <header className="toolbar" role="toolbar" aria-label={t('toolbar.label')}>
      <input
        className="map-title"
        aria-label={t('toolbar.mapTitle')}
        key={map.id + map.title}
        defaultValue={map.title}
        maxLength={300}
        onBlur={(e) => {
          const title = e.target.value.trim();
          if (title && title !== map.title) store.run(renameMap, { title });
        }}
        onKeyDown={(e) => {
          if (isImeKey(e.nativeEvent)) return;
          if (e.key === 'Enter') e.currentTarget.blur();
          if (e.key === 'Escape') {
            e.currentTarget.value = map.title;
            e.currentTarget.blur();
          }
        }}
      />
      <div className="tool-group">
        {button('board.newNote', t('toolbar.newNote'))}
        {button('board.addStage', t('toolbar.addStage'))}
        {button('board.addPersona', t('toolbar.addPersona'))}
      </div>
      <div className="tool-group palette" aria-label={t('toolbar.colours')}>
        {NOTE_COLORS.map((color) => {
          const command = `board.color.${color}` as MenuCommand;
          const label = t(`color.${color}`);
          return (
            <button
              key={color}
              type="button"
              className="swatch"
              data-command={command}
              style={{ background: NOTE_PAINT[color].fill, borderColor: NOTE_PAINT[color].edge }}
              title={`${label} (${formatAccelerator(acceleratorOf(command), isMac)})`}
              aria-label={label}
              disabled={!hasSelection}
              onClick={() => actionFor(command)?.perform(actions)}
            />
          );
        })}
      </div>
      <div className="tool-group">
        <label className="focus-select">
          <select
            aria-label={t('toolbar.focus')}
            value={focus?.personaId ?? ''}
            onChange={(e) => ui.set({ focus: e.target.value ? { personaId: e.target.value, mode: focus?.mode ?? 'dim' } : null })}
          >
            <option value="">{t('toolbar.allPersonas')}</option>
            {sortedPersonas(map).map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </label>
        {focus && button('view.focusMode', focus.mode === 'dim' ? t('toolbar.hideOthers') : t('toolbar.dimOthers'))}
        {button('board.emotionCurve', curve === 'current' ? t('toolbar.curveCurrent') : t('toolbar.curveTarget'), { pressed: curve === 'target' })}
        {button('view.touchpointSummary', t('toolbar.touchpoints'))}
        {button('view.present', t('presenting:present.enter'))}
      </div>
      <div className="tool-group end">
        {button('edit.undo', t('toolbar.undo'), { icon: '↶', disabled: !canUndo })}
        {button('edit.redo', t('toolbar.redo'), { icon: '↷', disabled: !canRedo })}
      </div>
    </header>
  );
}
