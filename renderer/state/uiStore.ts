/**
 * View state that is not part of the document and not undoable: what is
 * selected, what is being edited, which persona is in focus, which panel is open.
 */
import type { Focus } from '../model/layout';
import { emotionPointFor } from '../model/queries';
import type { EmotionCurve, JourneyMap } from '../model/types';
import type { Cell } from './commands/noteCommands';
import { DEFAULT_EXPORT_CHOICES, type ExportChoices, type PrintLayout } from './exportChoices';
import type { EmotionSlot } from './commands/emotionCommands';
import { ValueStore } from './valueStore';

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
  /** Whether the plain mouse wheel zooms (true) or pans (false); Ctrl+wheel and pinch always zoom. */
  readonly wheelZooms: boolean;
  /** File ▸ Export… and File ▸ Print… start from the last choices of this session. */
  readonly exportChoices: ExportChoices;
  readonly printLayout: PrintLayout;
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
  wheelZooms: true,
  exportChoices: DEFAULT_EXPORT_CHOICES,
  printLayout: 'fit',
};

let drafts = 0;
export const newNoteTarget = (cell: Cell, text = ''): EditTarget => ({ kind: 'newNote', cell, draft: ++drafts, text });

export class UiStore extends ValueStore<UiState> {
  constructor() {
    super(initialUiState);
  }

  /** Selecting notes clears the other kinds of selection: one thing acts on Delete. */
  selectNotes(ids: Iterable<string>, cell: Cell | null = null): void {
    this.set({ selectedNoteIds: new Set(ids), selectedTouchpointIds: new Set(), selectedCell: cell, selectedStageId: null, selectedEmotion: null });
  }

  /** A cell on its own: clicking an empty spot or opening a cell's context menu. */
  selectCell(cell: Cell): void {
    this.selectNotes([], cell);
  }

  /**
   * A press on a note: a plain press selects it unless it is already part of
   * the selection (so a group can be dragged), an additive press toggles it.
   * Returns the notes a drag from here carries.
   */
  pressNote(noteId: string, cell: Cell, additive: boolean): string[] {
    let selected = new Set(this.get().selectedNoteIds);
    if (additive) {
      if (selected.has(noteId)) selected.delete(noteId);
      else selected.add(noteId);
    } else if (!selected.has(noteId)) {
      selected = new Set([noteId]);
    }
    this.selectNotes(selected, cell);
    return selected.has(noteId) ? [...selected] : [noteId];
  }

  /** The notes a marquee covers, added to those selected before it started. */
  selectNotesOnly(ids: ReadonlySet<string>): void {
    this.set({ selectedNoteIds: ids });
  }

  selectTouchpoint(touchpointId: string, cell: Cell): void {
    this.set({ selectedTouchpointIds: new Set([touchpointId]), selectedNoteIds: new Set(), selectedCell: cell, selectedStageId: null, selectedEmotion: null });
  }

  selectStage(stageId: string): void {
    this.set({ selectedStageId: stageId, selectedNoteIds: new Set(), selectedTouchpointIds: new Set(), selectedCell: null, selectedEmotion: null });
  }

  /** An emotion point is selected on its own: Delete must not fall through to a stage selected earlier. */
  selectEmotion(slot: EmotionSlot): void {
    this.set({ selectedEmotion: slot, selectedNoteIds: new Set(), selectedTouchpointIds: new Set(), selectedCell: null, selectedStageId: null });
  }

  /** Forgets selections and edits of records that no longer exist (after undo, delete, cut or a new file). */
  prune(map: JourneyMap): void {
    const s = this.get();
    const notes = [...s.selectedNoteIds].filter((id) => id in map.notes);
    const touchpoints = [...s.selectedTouchpointIds].filter((id) => id in map.touchpoints);
    const cellGone = s.selectedCell !== null && !(s.selectedCell.laneId in map.lanes && s.selectedCell.stageId in map.stages);
    const stageGone = s.selectedStageId !== null && !(s.selectedStageId in map.stages);
    const emotionGone = s.selectedEmotion !== null && !emotionPointFor(map, s.selectedEmotion);
    const editingGone =
      (s.editing?.kind === 'note' && !(s.editing.noteId in map.notes)) ||
      (s.editing?.kind === 'stage' && !(s.editing.stageId in map.stages)) ||
      (s.editing?.kind === 'lane' && !(s.editing.laneId in map.lanes));
    if (notes.length === s.selectedNoteIds.size && touchpoints.length === s.selectedTouchpointIds.size && !cellGone && !stageGone && !emotionGone && !editingGone) return;
    this.set({
      selectedNoteIds: new Set(notes),
      selectedTouchpointIds: new Set(touchpoints),
      selectedCell: cellGone ? null : s.selectedCell,
      selectedStageId: stageGone ? null : s.selectedStageId,
      selectedEmotion: emotionGone ? null : s.selectedEmotion,
      editing: editingGone ? null : s.editing,
    });
  }

  clearSelection(): void {
    this.set({ selectedNoteIds: new Set(), selectedTouchpointIds: new Set(), selectedCell: null, selectedStageId: null, selectedEmotion: null });
  }
}

