/**
 * The board's type-ahead field: an invisible text field over the cell cursor
 * that holds the keyboard focus while the board has it. A character typed on
 * the board lands here first and starts a note with it, as in a spreadsheet.
 *
 * Taking the character from the field (not from keydown) is what makes every
 * way of typing work: a key of any layout ("ą", "ж"), a dead key, a character
 * inserted without a key press, and an IME composition, which stays in this
 * field (shown as a note) until it is committed, so its first keystroke is
 * neither lost nor doubled.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardController } from '../../board/boardController';
import { BOARD_KEYS_ATTRIBUTE } from '../../board/textTargets';
import { cellOf, slotRect } from '../../model/layout';
import type { UiStore } from '../../state/uiStore';
import { useUi } from '../useUi';
import { useBoardLayout, useCamera } from './useCamera';

const MIN_FONT_SIZE = 8;

/** Gives the keyboard back to the board, e.g. when a panel or a menu closes. */
export function focusBoard(): void {
  document.querySelector<HTMLElement>(`[${BOARD_KEYS_ATTRIBUTE}]`)?.focus({ preventScroll: true });
}

export interface CellTypeAheadProps {
  readonly ui: UiStore;
  readonly controller: BoardController;
  /** Text typed on the board: start a note (or a touchpoint) in the cursor's cell with it. */
  readonly onText: (text: string) => void;
}

export function CellTypeAhead({ ui, controller, onText }: CellTypeAheadProps) {
  const { t } = useTranslation();
  const camera = useCamera(controller);
  const layout = useBoardLayout(controller);
  const cell = useUi(ui, (s) => s.selectedCell);
  const editing = useUi(ui, (s) => s.editing);
  const field = useRef<HTMLTextAreaElement>(null);
  const [composing, setComposing] = useState(false);

  // Focus given to the board (a click, a tab) is focus here.
  useEffect(() => {
    const element = field.current;
    const board = element?.parentElement?.querySelector('[data-testid=board]');
    if (!element || !board) return;
    const redirect = () => element.focus({ preventScroll: true });
    board.addEventListener('focus', redirect);
    return () => {
      board.removeEventListener('focus', redirect);
    };
  }, []);

  // When an editor closes, its field leaves the page and focus falls to the body: bring it back.
  useEffect(() => {
    const active = document.activeElement;
    if (editing === null && (active === null || active === document.body)) field.current?.focus({ preventScroll: true });
  }, [editing, cell]);

  const take = () => {
    const element = field.current;
    if (!element || element.value === '') return;
    const text = element.value;
    element.value = '';
    // Whitespace alone (a stray Enter or Space) starts no note.
    if (text.trim()) onText(text);
  };

  const box = cell && layout ? cellOf(layout, cell.laneId, cell.stageId) : undefined;
  const slot = box && layout ? slotRect(layout, box, box.noteIds.length, new Set()) : null;
  // Kept inside the board: a focused field outside it would make the browser scroll the board's host to show it.
  const host = field.current?.parentElement;
  const width = slot ? slot.width * camera.scale : 1;
  const height = slot ? slot.height * camera.scale : 1;
  const clampTo = (value: number, size: number, room: number | undefined) => Math.max(0, Math.min(value, (room ?? size) - size));
  const style: React.CSSProperties = slot
    ? {
        left: clampTo(slot.x * camera.scale + camera.x, width, host?.clientWidth),
        top: clampTo(slot.y * camera.scale + camera.y, height, host?.clientHeight),
        width,
        height,
        // Chromium types nothing into a field whose font is a fraction of a pixel (Fit of a huge wall zooms to 0.5 %).
        fontSize: Math.max(MIN_FONT_SIZE, 18 * camera.scale),
      }
    : { left: 0, top: 0, width, height };

  return (
    <textarea
      ref={field}
      {...{ [BOARD_KEYS_ATTRIBUTE]: '' }}
      className={composing ? 'type-ahead composing' : 'type-ahead'}
      data-testid="board-keys"
      aria-label={t('board.typeAhead')}
      autoComplete="off"
      spellCheck={false}
      rows={1}
      style={style}
      onInput={(e) => {
        if (!composing && !(e.nativeEvent as InputEvent).isComposing) take();
      }}
      onCompositionStart={() => setComposing(true)}
      onCompositionEnd={() => {
        setComposing(false);
        take();
      }}
    />
  );
}
