import { DEFAULT_NOTE_COLOR } from '../../model/conventions';
import { compareOrdered, keyAtIndex, keysBetween, placeAt, sortByOrder } from '../../model/order';
import { notesInCell } from '../../model/queries';
import { MAX_NOTE_TEXT } from '../../model/schema';
import type { NoteColor } from '../../model/types';
import { before, defineCommand } from '../command';

export interface Cell {
  readonly laneId: string;
  readonly stageId: string;
}

const clampText = (text: string) => text.slice(0, MAX_NOTE_TEXT);

export const addNote = defineCommand<Cell & { text: string; color?: NoteColor; index?: number }, string>(
  'addNote',
  (map, { laneId, stageId, text, color, index }, { newId }) => {
    const lane = map.lanes[laneId];
    if (!lane || !map.stages[stageId]) throw new Error(`No cell ${laneId}/${stageId}`);
    const siblings = notesInCell(before(map), laneId, stageId);
    const id = newId();
    map.notes[id] = {
      id,
      laneId,
      stageId,
      order: keyAtIndex(siblings, index ?? siblings.length),
      text: clampText(text),
      color: color ?? DEFAULT_NOTE_COLOR[lane.kind],
    };
    return id;
  },
);

export const editNoteText = defineCommand<{ noteId: string; text: string }>('editNoteText', (map, { noteId, text }) => {
  const note = map.notes[noteId];
  if (note && note.text !== text) note.text = clampText(text);
});

export const setNotesColor = defineCommand<{ noteIds: readonly string[]; color: NoteColor }>(
  'setNotesColor',
  (map, { noteIds, color }) => {
    for (const id of noteIds) {
      const note = map.notes[id];
      if (note) note.color = color;
    }
  },
);

/**
 * Moves notes into a cell at `index` among the notes that stay there, keeping
 * their relative order; the whole drag is this one command.
 */
export const moveNotes = defineCommand<Cell & { noteIds: readonly string[]; index: number }>(
  'moveNotes',
  (map, { noteIds, laneId, stageId, index }) => {
    if (!map.lanes[laneId] || !map.stages[stageId]) return;
    const snapshot = before(map);
    const moving = sortByOrder(noteIds.flatMap((id) => (snapshot.notes[id] ? [snapshot.notes[id]] : [])));
    if (moving.length === 0) return;
    const movingIds = new Set(moving.map((n) => n.id));
    const inCell = notesInCell(snapshot, laneId, stageId);
    const staying = inCell.filter((n) => !movingIds.has(n.id));
    const at = Math.max(0, Math.min(index, staying.length));
    // A drop that leaves the cell exactly as it was is not a change: no undo step, no unsaved marker.
    const current = inCell.map((n) => n.id);
    const wanted = [...staying.slice(0, at), ...moving, ...staying.slice(at)].map((n) => n.id);
    if (current.length === wanted.length && current.every((id, i) => id === wanted[i])) return;
    const { keys, rekeyed } = placeAt(staying, at, moving.length);
    for (const [id, key] of rekeyed) map.notes[id]!.order = key;
    moving.forEach((note, i) => {
      const draft = map.notes[note.id]!;
      draft.laneId = laneId;
      draft.stageId = stageId;
      draft.order = keys[i]!;
    });
  },
);


export const deleteNotes = defineCommand<{ noteIds: readonly string[] }>('deleteNotes', (map, { noteIds }) => {
  for (const id of noteIds) delete map.notes[id];
});

export interface NoteCopy {
  readonly text: string;
  readonly color: NoteColor;
}

/** Pastes copies at the end of a cell; returns the new ids so they can be selected. */
export const pasteNotes = defineCommand<Cell & { notes: readonly NoteCopy[] }, string[]>(
  'pasteNotes',
  (map, { laneId, stageId, notes }, { newId }) => {
    if (!map.lanes[laneId] || !map.stages[stageId] || notes.length === 0) return [];
    const siblings = notesInCell(before(map), laneId, stageId);
    const keys = keysBetween(siblings.at(-1)?.order ?? null, null, notes.length);
    return notes.map((copy, i) => {
      const id = newId();
      map.notes[id] = { id, laneId, stageId, order: keys[i]!, text: clampText(copy.text), color: copy.color };
      return id;
    });
  },
);

/** Duplicates each note right after itself in its own cell. */
export const duplicateNotes = defineCommand<{ noteIds: readonly string[] }, string[]>(
  'duplicateNotes',
  (map, { noteIds }, { newId }) => {
    const created: string[] = [];
    for (const sourceId of noteIds) {
      const source = map.notes[sourceId];
      if (!source) continue;
      const siblings = notesInCell(map, source.laneId, source.stageId);
      const at = siblings.findIndex((n) => n.id === sourceId) + 1;
      const id = newId();
      map.notes[id] = { ...source, id, order: keyAtIndex(siblings, at) };
      created.push(id);
    }
    return created;
  },
);

export type ArrangeBy = 'color' | 'text';

/** Tidies a cell: sorts its notes by colour (palette order) or alphabetically. */
export const arrangeCell = defineCommand<Cell & { by: ArrangeBy; palette: readonly NoteColor[] }>(
  'arrangeCell',
  (map, { laneId, stageId, by, palette }) => {
    const notes = notesInCell(before(map), laneId, stageId);
    const sorted = [...notes].sort((a, b) =>
      by === 'color'
        ? palette.indexOf(a.color) - palette.indexOf(b.color) || compareOrdered(a, b)
        : a.text.localeCompare(b.text, map.locale),
    );
    if (sorted.every((n, i) => n.id === notes[i]!.id)) return;
    keysBetween(null, null, sorted.length).forEach((order, i) => {
      map.notes[sorted[i]!.id]!.order = order;
    });
  },
);
