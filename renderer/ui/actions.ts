/**
 * Every user action as a small registered object: the menu command it answers
 * to, and what it does. Keys come from the same accelerator table the menu
 * shows, so the keyboard, the menu and the shortcuts overlay always agree.
 */
import type { TFunction } from 'i18next';
import { acceleratorFor, type MenuCommand } from '../../electron/ipc-contract';
import { NOTE_COLORS } from '../model/schema';
import type { NoteColor } from '../model/types';
import type { MapNames } from '../i18n/mapNames';
import { sortedPersonas } from '../model/queries';
import type { BoardController } from '../board/boardController';
import { BOARD_KEYS_ATTRIBUTE } from '../board/textTargets';
import type { DocumentStore } from '../state/documentStore';
import type { UiStore } from '../state/uiStore';
import { addLane } from '../state/commands/laneCommands';
import { arrangeCell, deleteNotes, duplicateNotes, setNotesColor } from '../state/commands/noteCommands';
import { addPersona } from '../state/commands/personaCommands';
import { addStage, deleteStage } from '../state/commands/stageCommands';
import { deleteTouchpoints } from '../state/commands/touchpointCommands';
import type { FileSession } from './fileSession';
import type { ExportController } from './exporting/exportController';
import type { ShareController } from './share/shareController';
import type { Workshop } from './workshop/workshop';
import { lockedOut, WORKSHOP_ACTIONS } from './workshop/workshopActions';
import type { ConfirmRequest } from './messages';
import type { PresentMode } from './present/presentMode';
import { addTouchpointIn } from './startTyping';

export interface ActionContext {
  readonly store: DocumentStore;
  readonly ui: UiStore;
  readonly session: FileSession;
  readonly board: () => BoardController | null;
  readonly t: TFunction;
  /** Names for new stages, personas and lanes, in the map's language. */
  readonly names: MapNames;
  /** Starts a note (or a touchpoint, or an emotion label) in the cell cursor's cell, beginning with `text`: see startTyping. */
  readonly startNewNote: (text?: string) => void;
  readonly startRename: () => void;
  /** CSV and Markdown exports, CSV import and templates. */
  readonly share: ShareController;
  /** File ▸ Export… and File ▸ Print…. */
  readonly exporter: ExportController;
  /** The workshop's own stores: the timer and the voting view. */
  readonly workshop: Workshop;
  /** Present mode: F5, View ▸ Present and the toolbar button enter it. */
  readonly presentMode: PresentMode;
  /** Opens the context menu of the selection or the cell cursor, as a right-click there would. */
  readonly openContextMenu: () => void;
  /** Gives the keyboard to the board's type-ahead field. */
  readonly focusBoard: () => void;
  readonly confirm: (request: ConfirmRequest) => Promise<boolean>;
}

export interface Action {
  readonly command: MenuCommand;
  readonly perform: (ctx: ActionContext) => void;
}

const colorCommand = (color: NoteColor) => `board.color.${color}` as MenuCommand;

function selectedIds(ctx: ActionContext): string[] {
  const map = ctx.store.getMap();
  return [...ctx.ui.get().selectedNoteIds].filter((id) => id in map.notes);
}

/** The persona whose band holds the selection, else the first persona. */
function currentPersonaId(ctx: ActionContext): string | null {
  const map = ctx.store.getMap();
  const cell = ctx.ui.get().selectedCell;
  const lane = cell ? map.lanes[cell.laneId] : undefined;
  if (lane?.personaId) return lane.personaId;
  return sortedPersonas(map)[0]?.id ?? null;
}

const arrange = (by: 'color' | 'text') => (ctx: ActionContext) => {
  const cell = ctx.ui.get().selectedCell;
  if (cell) ctx.store.run(arrangeCell, { ...cell, by, palette: NOTE_COLORS });
};

/** Leaving a text field commits it, so a save or an open never misses what was just typed. */
export function commitTyping(): void {
  const active = document.activeElement;
  // The board's type-ahead field holds no typing to commit: the board keeps the keyboard.
  if (active instanceof HTMLElement && active !== document.body && !active.hasAttribute(BOARD_KEYS_ATTRIBUTE)) active.blur();
}

/** Deletes a stage, asking first when it holds notes; undo brings it back either way. */
export async function deleteStageAsking(ctx: ActionContext, stageId: string): Promise<void> {
  const before = ctx.store.getMap();
  const stage = before.stages[stageId];
  if (!stage) return;
  const notes = Object.values(before.notes).filter((n) => n.stageId === stageId).length;
  if (notes > 0) {
    const ok = await ctx.confirm({
      title: ctx.t('confirm.deleteStage.title', { name: stage.name }),
      message: ctx.t('confirm.deleteStage.message', { count: notes }),
      confirm: ctx.t('confirm.deleteStage.confirm'),
    });
    if (!ok) return;
  }
  // The answer may come after an undo or another delete: check again.
  const map = ctx.store.getMap();
  if (!(stageId in map.stages) || Object.keys(map.stages).length <= 1) return;
  ctx.store.run(deleteStage, { stageId });
  if (ctx.ui.get().selectedStageId === stageId) ctx.ui.set({ selectedStageId: null });
}

export const ACTIONS: readonly Action[] = [
  // Under the participant lock the map on the board stays the map on the board.
  { command: 'file.new', perform: (ctx) => lockedOut(ctx) || (commitTyping(), void ctx.session.newMap()) },
  { command: 'file.open', perform: (ctx) => lockedOut(ctx) || (commitTyping(), void ctx.session.open()) },
  { command: 'file.save', perform: (ctx) => (commitTyping(), void ctx.session.save()) },
  { command: 'file.saveAs', perform: (ctx) => (commitTyping(), void ctx.session.saveAs()) },
  { command: 'edit.undo', perform: (ctx) => ctx.store.undo() },
  { command: 'edit.redo', perform: (ctx) => ctx.store.redo() },
  {
    command: 'edit.duplicate',
    perform: (ctx) => {
      const created = ctx.store.run(duplicateNotes, { noteIds: selectedIds(ctx) });
      // A command the participant lock refuses returns undefined.
      if (created && created.length > 0) ctx.ui.set({ selectedNoteIds: new Set(created) });
    },
  },
  {
    command: 'edit.delete',
    perform: (ctx) => {
      const state = ctx.ui.get();
      const notes = selectedIds(ctx);
      if (notes.length > 0) {
        ctx.store.run(deleteNotes, { noteIds: notes });
        ctx.ui.set({ selectedNoteIds: new Set() });
      } else if (state.selectedTouchpointIds.size > 0) {
        ctx.store.run(deleteTouchpoints, { touchpointIds: [...state.selectedTouchpointIds] });
        ctx.ui.set({ selectedTouchpointIds: new Set() });
      } else if (state.selectedStageId) {
        void deleteStageAsking(ctx, state.selectedStageId);
      }
    },
  },
  {
    command: 'edit.selectAll',
    perform: (ctx) => {
      const cell = ctx.ui.get().selectedCell;
      const notes = Object.values(ctx.store.getMap().notes);
      const inScope = cell ? notes.filter((n) => n.laneId === cell.laneId && n.stageId === cell.stageId) : notes;
      ctx.ui.set({ selectedNoteIds: new Set(inScope.map((n) => n.id)) });
    },
  },
  { command: 'edit.rename', perform: (ctx) => ctx.startRename() },
  { command: 'board.newNote', perform: (ctx) => ctx.startNewNote() },
  {
    command: 'board.addStage',
    perform: (ctx) => {
      const id = ctx.store.run(addStage, { name: ctx.names.stage });
      if (!id) return;
      ctx.ui.set({ selectedStageId: id, selectedNoteIds: new Set(), selectedCell: null, editing: { kind: 'stage', stageId: id } });
    },
  },
  {
    command: 'board.addPersona',
    perform: (ctx) => {
      const count = Object.keys(ctx.store.getMap().personas).length;
      const id = ctx.store.run(addPersona, { name: ctx.names.persona(count + 1), laneTitle: ctx.names.lane });
      if (!id) return;
      ctx.ui.set({ panel: { kind: 'persona', personaId: id } });
    },
  },
  {
    command: 'board.addLane',
    perform: (ctx) => {
      const personaId = currentPersonaId(ctx);
      const laneId = ctx.store.run(addLane, { personaId, kind: 'freeText', title: ctx.names.lane('freeText') });
      if (!laneId) return;
      ctx.ui.set({ editing: { kind: 'lane', laneId } });
    },
  },
  {
    command: 'board.addTouchpoint',
    perform: (ctx) => {
      const cell = ctx.ui.get().selectedCell;
      if (cell) addTouchpointIn(ctx, cell, '');
    },
  },
  { command: 'board.arrangeByColor', perform: arrange('color') },
  { command: 'board.arrangeByText', perform: arrange('text') },
  ...NOTE_COLORS.map(
    (color): Action => ({
      command: colorCommand(color),
      perform: (ctx) => {
        const ids = selectedIds(ctx);
        if (ids.length > 0) ctx.store.run(setNotesColor, { noteIds: ids, color });
      },
    }),
  ),
  {
    command: 'board.emotionCurve',
    perform: (ctx) => ctx.ui.set({ emotionCurve: ctx.ui.get().emotionCurve === 'current' ? 'target' : 'current' }),
  },
  { command: 'view.zoomIn', perform: (ctx) => ctx.board()?.zoomIn() },
  { command: 'view.zoomOut', perform: (ctx) => ctx.board()?.zoomOut() },
  { command: 'view.zoomReset', perform: (ctx) => ctx.board()?.resetZoom() },
  { command: 'view.fit', perform: (ctx) => ctx.board()?.fit() },
  { command: 'view.zoomSelection', perform: (ctx) => ctx.board()?.zoomToSelection() },
  { command: 'view.minimap', perform: (ctx) => ctx.ui.set({ minimap: !ctx.ui.get().minimap }) },
  {
    command: 'view.focusNext',
    perform: (ctx) => {
      const personas = sortedPersonas(ctx.store.getMap());
      const focus = ctx.ui.get().focus;
      const index = focus ? personas.findIndex((p) => p.id === focus.personaId) : -1;
      const next = personas[index + 1];
      ctx.ui.set({ focus: next ? { personaId: next.id, mode: focus?.mode ?? 'dim' } : null });
    },
  },
  {
    command: 'view.focusMode',
    perform: (ctx) => {
      const focus = ctx.ui.get().focus;
      if (focus) ctx.ui.set({ focus: { ...focus, mode: focus.mode === 'dim' ? 'hide' : 'dim' } });
    },
  },
  {
    command: 'view.touchpointSummary',
    perform: (ctx) =>
      ctx.ui.set({ panel: ctx.ui.get().panel?.kind === 'touchpointSummary' ? null : { kind: 'touchpointSummary' } }),
  },
  { command: 'view.present', perform: (ctx) => (commitTyping(), ctx.presentMode.toggle()) },
  { command: 'help.shortcuts', perform: (ctx) => ctx.ui.set({ shortcutsOpen: !ctx.ui.get().shortcutsOpen }) },
  // Sharing and templates.
  { command: 'file.newFromTemplate', perform: (ctx) => lockedOut(ctx) || (commitTyping(), void ctx.share.openGallery()) },
  { command: 'file.saveAsTemplate', perform: (ctx) => (commitTyping(), ctx.share.askTemplateName()) },
  { command: 'file.export', perform: (ctx) => (commitTyping(), ctx.exporter.openExport()) },
  { command: 'file.print', perform: (ctx) => (commitTyping(), ctx.exporter.openPrint()) },
  { command: 'file.importCsv', perform: (ctx) => lockedOut(ctx) || (commitTyping(), void ctx.share.importCsv()) },
  ...WORKSHOP_ACTIONS,
];

const byCommand = new Map(ACTIONS.map((a) => [a.command, a]));

export function actionFor(command: MenuCommand): Action | undefined {
  return byCommand.get(command);
}

/** '' for the commands that have no key (exports, templates). */
export const acceleratorOf = (command: MenuCommand): string => acceleratorFor(command) ?? '';
