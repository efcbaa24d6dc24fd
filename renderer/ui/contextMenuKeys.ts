/**
 * The context menu from the keyboard: where Shift+F10 or the Menu key opens it
 * (on the selected note, the cell cursor or the selected stage, as a
 * right-click there would), and how the arrow keys move through its items.
 */
import type { BoardController, ContextTarget } from '../board/boardController';
import { cellOf, type Rect } from '../model/layout';
import type { UiState } from '../state/uiStore';
import { STAGE_STRIP_HEIGHT } from '../board/theme';

export interface MenuPlacement {
  readonly target: ContextTarget;
  /** Board-local pixels, like a right-click's position. */
  readonly x: number;
  readonly y: number;
}

/** Room the menu needs, so one opened near an edge stays on screen. */
const MENU_ROOM = { width: 260, height: 320 };

export function keyboardMenuTarget(
  state: UiState,
  controller: BoardController | null,
  view: { readonly width: number; readonly height: number },
): MenuPlacement | null {
  const layout = controller?.getLayout();
  if (!controller || !layout) return null;
  const camera = controller.getCamera();
  const place = (target: ContextTarget, rect: Rect, screenY?: number): MenuPlacement => {
    const x = rect.x * camera.scale + camera.x + 12;
    const y = screenY ?? rect.y * camera.scale + camera.y + 12;
    return {
      target,
      x: Math.max(8, Math.min(x, view.width - MENU_ROOM.width)),
      y: Math.max(STAGE_STRIP_HEIGHT, Math.min(y, view.height - MENU_ROOM.height)),
    };
  };
  const note = [...state.selectedNoteIds].at(-1);
  const noteBox = note ? layout.noteIndex[note] : undefined;
  if (note && noteBox) return place({ kind: 'note', noteId: note }, noteBox);
  const cell = state.selectedCell ? cellOf(layout, state.selectedCell.laneId, state.selectedCell.stageId) : undefined;
  if (state.selectedCell && cell) return place({ kind: 'cell', cell: state.selectedCell }, cell);
  const column = layout.columns.find((c) => c.stageId === state.selectedStageId);
  if (column) return place({ kind: 'stage', stageId: column.stageId }, { x: column.x, y: 0, width: column.width, height: 0 }, STAGE_STRIP_HEIGHT - 8);
  return null;
}

/** Moves focus among the menu's enabled buttons: arrows step and wrap, Home and End jump. True when the key was used. */
export function moveInMenu(menu: HTMLElement, key: string): boolean {
  const items = [...menu.querySelectorAll<HTMLButtonElement>('button:not(:disabled)')];
  if (items.length === 0) return false;
  const index = items.indexOf(document.activeElement as HTMLButtonElement);
  let next: number;
  if (key === 'ArrowDown') next = (index + 1) % items.length;
  else if (key === 'ArrowUp') next = (index - 1 + items.length) % items.length;
  else if (key === 'Home') next = 0;
  else if (key === 'End') next = items.length - 1;
  else return false;
  items[next]!.focus();
  return true;
}
