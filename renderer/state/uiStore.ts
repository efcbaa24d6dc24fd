/**
 * View state that is not part of the document and not undoable: what is
 * selected, what is being edited, which persona is in focus, which panel is open.
 */
import { useSyncExternalStore } from 'react';
import type { Focus } from '../model/layout';
import type { EmotionCurve, JourneyMap } from '../model/types';
import type { Cell } from './commands/noteCommands';
import type { EmotionSlot } from './commands/emotionCommands';

export type EditTarget =
  | { readonly kind: 'note'; readonly noteId: string }
  /** `draft` tells one new-note editor from the next in the same cell; `text` is what was typed to start it. */
  | { readonly kind: 'newNote'; readonly cell: Cell; readonly draft: number; readonly text: string }
  | { readonly kind: 'stage'; readonly stageId: string }
  | { readonly kind: 'lane'; readonly laneId: string }
  /** `typed`: the label was started by typing on the board, and begins with that text. */
  | { readonly kind: 'emotionLabel'; readonly slot: EmotionSlot; readonly typed?: string };

export type Panel =
  | { readonly kind: 'persona'; readonly personaId: string }
  | { readonly kind: 'touchpoint'; readonly touchpointId: string }
  | { readonly kind: 'touchpointSummary' };

export interface UiState {
  readonly selectedNoteIds: ReadonlySet<string>;
  readonly selectedTouchpointIds: ReadonlySet<string>;
  readonly selectedCell: Cell | null;
  readonly selectedStageId: string | null;
  readonly editing: EditTarget | null;
  readonly focus: Focus | null;
  readonly minimap: boolean;
  readonly shortcutsOpen: boolean;
  readonly panel: Panel | null;
  /** Which curve a drag in an emotions lane edits: the current or the to-be one. */
  readonly emotionCurve: EmotionCurve;
  readonly selectedEmotion: EmotionSlot | null;
}

export const initialUiState: UiState = {
  selectedNoteIds: new Set(),
  selectedTouchpointIds: new Set(),
  selectedCell: null,
  selectedStageId: null,
  editing: null,
  focus: null,
  minimap: true,
  shortcutsOpen: false,
  panel: null,
  emotionCurve: 'current',
  selectedEmotion: null,
};

let drafts = 0;
export const newNoteTarget = (cell: Cell, text = ''): EditTarget => ({ kind: 'newNote', cell, draft: ++drafts, text });

export class UiStore {
  private state: UiState = initialUiState;
  private readonly listeners = new Set<() => void>();

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly get = (): UiState => this.state;

  set(changes: Partial<UiState>): void {
    this.state = { ...this.state, ...changes };
    for (const listener of this.listeners) listener();
  }

  /** Selecting notes clears the other kinds of selection: one thing acts on Delete. */
  selectNotes(ids: Iterable<string>, cell: Cell | null = null): void {
    this.set({ selectedNoteIds: new Set(ids), selectedTouchpointIds: new Set(), selectedCell: cell, selectedStageId: null, selectedEmotion: null });
  }

  /** An emotion point is selected on its own: Delete must not fall through to a stage selected earlier. */
  selectEmotion(slot: EmotionSlot): void {
    this.set({ selectedEmotion: slot, selectedNoteIds: new Set(), selectedTouchpointIds: new Set(), selectedCell: null, selectedStageId: null });
  }

  /** Forgets selections and edits of records that no longer exist (after undo, delete, cut or a new file). */
  prune(map: JourneyMap): void {
    const s = this.state;
    const notes = [...s.selectedNoteIds].filter((id) => id in map.notes);
    const touchpoints = [...s.selectedTouchpointIds].filter((id) => id in map.touchpoints);
    const cellGone = s.selectedCell !== null && !(s.selectedCell.laneId in map.lanes && s.selectedCell.stageId in map.stages);
    const stageGone = s.selectedStageId !== null && !(s.selectedStageId in map.stages);
    const editingGone =
      (s.editing?.kind === 'note' && !(s.editing.noteId in map.notes)) ||
      (s.editing?.kind === 'stage' && !(s.editing.stageId in map.stages)) ||
      (s.editing?.kind === 'lane' && !(s.editing.laneId in map.lanes));
    if (notes.length === s.selectedNoteIds.size && touchpoints.length === s.selectedTouchpointIds.size && !cellGone && !stageGone && !editingGone) return;
    this.set({
      selectedNoteIds: new Set(notes),
      selectedTouchpointIds: new Set(touchpoints),
      selectedCell: cellGone ? null : s.selectedCell,
      selectedStageId: stageGone ? null : s.selectedStageId,
      editing: editingGone ? null : s.editing,
    });
  }

  clearSelection(): void {
    this.set({ selectedNoteIds: new Set(), selectedTouchpointIds: new Set(), selectedCell: null, selectedStageId: null, selectedEmotion: null });
  }
}

export function useUi<T>(store: UiStore, select: (state: UiState) => T): T {
  return useSyncExternalStore(store.subscribe, () => select(store.get()));
}
