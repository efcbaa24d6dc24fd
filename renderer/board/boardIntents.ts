/** What the board asks the app to do; each maps to a named command or a UI change. */
import type { EmotionHit } from '../model/layout';
import type { Cell } from '../state/commands/noteCommands';

export interface BoardIntents {
  moveNotes(noteIds: readonly string[], cell: Cell, index: number): void;
  moveTouchpoint(touchpointId: string, cell: Cell, index: number): void;
  moveStage(stageId: string, toIndex: number): void;
  resizeStage(stageId: string, width: number): void;
  addStage(): void;
  editNote(noteId: string): void;
  newNote(cell: Cell): void;
  newTouchpoint(cell: Cell): void;
  editStage(stageId: string): void;
  editLane(laneId: string): void;
  openPersona(personaId: string): void;
  openTouchpoint(touchpointId: string): void;
  setEmotion(hit: EmotionHit, score: number): void;
  editEmotionLabel(hit: EmotionHit): void;
  contextMenu(target: ContextTarget, screenX: number, screenY: number): void;
}

export type ContextTarget =
  | { readonly kind: 'stage'; readonly stageId: string }
  | { readonly kind: 'lane'; readonly laneId: string }
  | { readonly kind: 'persona'; readonly personaId: string | null }
  | { readonly kind: 'note'; readonly noteId: string }
  | { readonly kind: 'cell'; readonly cell: Cell };
