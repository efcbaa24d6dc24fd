/** Where the selection is on the wall: for the selected-cell outline and for zoom-to-selection. */
import { type BoardLayout, type CellBox, type Rect, boundsOf, cellOf } from '../model/layout';
import type { UiState } from '../state/uiStore';

export function selectedCellBox(layout: BoardLayout, state: UiState): CellBox | null {
  const cell = state.selectedCell;
  return cell ? cellOf(layout, cell.laneId, cell.stageId) : null;
}

/** The box around the selected notes and touchpoints, or the selected cell when nothing else is selected. */
export function selectionBounds(layout: BoardLayout, state: UiState): Rect | null {
  const boxes: Rect[] = [];
  for (const id of state.selectedNoteIds) {
    const box = layout.noteIndex[id];
    if (box) boxes.push(box);
  }
  for (const box of layout.touchpoints) if (state.selectedTouchpointIds.has(box.id)) boxes.push(box);
  const cell = selectedCellBox(layout, state);
  if (boxes.length === 0 && cell) boxes.push(cell);
  return boundsOf(boxes);
}
