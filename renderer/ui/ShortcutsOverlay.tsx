/** The `?` overlay: every shortcut, read from the same table as the menu and the keyboard. */
import { useTranslation } from 'react-i18next';
import { type KeyedMenuCommand, MENU_ACCELERATORS } from '../../electron/ipc-contract';
import { useRef } from 'react';
import type { UiStore } from '../state/uiStore';
import { useUi } from './useUi';
import { formatAccelerator, isTypingAccelerator } from './accelerators';
import { trapTab, useFocusWhileOpen } from './useFocusReturn';

/** The board's own keys, and what the mouse does: two sections, so the columns balance and the overlay fits a 720-pixel screen. */
const BOARD_KEYS = {
  mouse: ['doubleClick', 'space', 'wheel', 'emotionLabel'],
  boardKeys: ['navigate', 'tab', 'type', 'enter', 'shiftEnter', 'ctrlEnter', 'escape', 'contextMenu', 'panes', 'emotionKeys'],
} as const;

export function ShortcutsOverlay({ ui, isMac }: { readonly ui: UiStore; readonly isMac: boolean }) {
  const { t } = useTranslation();
  const open = useUi(ui, (s) => s.shortcutsOpen);
  const card = useRef<HTMLDivElement>(null);
  useFocusWhileOpen(card, open ? 'open' : null, (root) => root.querySelector<HTMLElement>('.overlay-close'));
  if (!open) return null;
  const groups = new Map<string, KeyedMenuCommand[]>();
  for (const command of Object.keys(MENU_ACCELERATORS) as KeyedMenuCommand[]) {
    const group = command.split('.')[0]!;
    groups.set(group, [...(groups.get(group) ?? []), command]);
  }
  return (
    <div className="overlay" role="dialog" aria-modal="true" aria-label={t('shortcuts.title')} data-testid="shortcuts" onClick={() => ui.set({ shortcutsOpen: false })}>
      <div ref={card} className="overlay-card" onClick={(e) => e.stopPropagation()} onKeyDown={trapTab}>
        {/* The note and Close sit beside the title: more room for the list on a 720-pixel projector. */}
        <header className="overlay-head">
          <h2>{t('shortcuts.title')}</h2>
          <p className="shortcut-note">{t('shortcuts.typingKeys')}</p>
          <button type="button" className="overlay-close" onClick={() => ui.set({ shortcutsOpen: false })}>
            {t('dialog.close')}
          </button>
        </header>
        <div className="shortcut-columns">
          {[...groups].map(([group, commands]) => (
            <section key={group}>
              <h3>{t(`shortcuts.group.${group}`)}</h3>
              <dl>
                {commands.map((command) => (
                  <div key={command} className="shortcut-row">
                    <dt>
                      {t(`command.${command}`)}
                      {isTypingAccelerator(MENU_ACCELERATORS[command]) && <span className="typing-key" title={t('shortcuts.typingKeys')}> ○</span>}
                    </dt>
                    <dd>
                      <kbd>{formatAccelerator(MENU_ACCELERATORS[command], isMac)}</kbd>
                    </dd>
                  </div>
                ))}
              </dl>
            </section>
          ))}
          {Object.entries(BOARD_KEYS).map(([group, keys]) => (
            <section key={group}>
              <h3>{t(`shortcuts.group.${group}`)}</h3>
              <dl>
                {keys.map((key) => (
                  <div key={key} className="shortcut-row">
                    <dt>{t(`shortcuts.board.${key}`)}</dt>
                    <dd>
                      <kbd>{t(`shortcuts.boardKey.${key}`)}</kbd>
                    </dd>
                  </div>
                ))}
              </dl>
            </section>
          ))}
        </div>
      </div>
    </div>
  );
}
