/**
 * Copy, cut and paste of notes through the system clipboard, as JSON in a
 * private MIME type plus plain text. The OS clipboard lets notes travel
 * between two maps, two windows, or into an e-mail as text.
 */
import { isTextInput } from '../board/textTargets';
import { takesNewNotes } from '../model/conventions';
import { NOTE_COLORS } from '../model/schema';
import type { NoteColor } from '../model/types';
import { deleteNotes, type NoteCopy, pasteNotes } from '../state/commands/noteCommands';
import type { DocumentStore } from '../state/documentStore';
import type { UiStore } from '../state/uiStore';
import { suppressMiddleClickPaste } from './middleClickPaste';

export const NOTES_MIME = 'application/x-journeyboard-notes+json';
const MAX_PASTED_NOTES = 500;

export function copyPayload(store: DocumentStore, ids: Iterable<string>): NoteCopy[] {
  const map = store.getMap();
  return [...ids].flatMap((id) => (map.notes[id] ? [{ text: map.notes[id].text, color: map.notes[id].color }] : []));
}

/** Reads pasted notes, trusting nothing: another app may have put anything under our MIME type. */
export function readPayload(json: string | null, plainText: string | null, fallback: NoteColor): NoteCopy[] {
  if (json) {
    try {
      const data: unknown = JSON.parse(json);
      if (Array.isArray(data)) {
        return data
          .filter((item): item is { text: string; color: string } => typeof item?.text === 'string')
          .slice(0, MAX_PASTED_NOTES)
          .map((item) => ({ text: item.text, color: (NOTE_COLORS as readonly string[]).includes(item.color) ? (item.color as NoteColor) : fallback }));
      }
    } catch {
      // Fall through to the plain text.
    }
  }
  const lines = (plainText ?? '').split(/\r?\n\s*\r?\n|\r?\n/).map((l) => l.trim()).filter(Boolean);
  return lines.slice(0, MAX_PASTED_NOTES).map((text) => ({ text, color: fallback }));
}

export function installClipboard(store: DocumentStore, ui: UiStore, fallbackColor: (laneId: string) => NoteColor): () => void {
  const copy = (e: ClipboardEvent, cut: boolean) => {
    if (isTextInput(e.target) || !e.clipboardData) return;
    const ids = [...ui.get().selectedNoteIds];
    const notes = copyPayload(store, ids);
    if (notes.length === 0) return;
    e.preventDefault();
    e.clipboardData.setData(NOTES_MIME, JSON.stringify(notes));
    e.clipboardData.setData('text/plain', notes.map((n) => n.text).join('\n\n'));
    if (cut) {
      store.run(deleteNotes, { noteIds: ids });
      ui.set({ selectedNoteIds: new Set() });
    }
  };
  const onCopy = (e: ClipboardEvent) => copy(e, false);
  const onCut = (e: ClipboardEvent) => copy(e, true);
  const onPaste = (e: ClipboardEvent) => {
    if (isTextInput(e.target) || !e.clipboardData) return;
    const cell = ui.get().selectedCell;
    if (!cell) return;
    const lane = store.getMap().lanes[cell.laneId];
    if (!lane || !takesNewNotes(lane)) return;
    const notes = readPayload(e.clipboardData.getData(NOTES_MIME) || null, e.clipboardData.getData('text/plain') || null, fallbackColor(cell.laneId));
    if (notes.length === 0) return;
    e.preventDefault();
    const created = store.run(pasteNotes, { ...cell, notes });
    ui.selectNotes(created, cell);
  };
  // Before the board's and the editors' paste handling: a middle click's selection paste never lands.
  const offMiddleClick = suppressMiddleClickPaste(window);
  document.addEventListener('copy', onCopy);
  document.addEventListener('cut', onCut);
  document.addEventListener('paste', onPaste);
  return () => {
    offMiddleClick();
    document.removeEventListener('copy', onCopy);
    document.removeEventListener('cut', onCut);
    document.removeEventListener('paste', onPaste);
  };
}
