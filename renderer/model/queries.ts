/** Read-only views over a map that the layout, commands and panels all need. */
import { compareOrdered, sortByOrder } from './order';
import type { EmotionCurve, EmotionPoint, JourneyMap, Lane, Note, Persona, PresenterNote, Stage, Touchpoint } from './types';

export const sortedStages = (map: JourneyMap): Stage[] => sortByOrder(Object.values(map.stages));
export const sortedPersonas = (map: JourneyMap): Persona[] => sortByOrder(Object.values(map.personas));

/**
 * Whose curve the keyboard edits in an emotions lane: the lane's persona; in a
 * shared emotions lane (every persona's curve overlaid), the persona in focus,
 * else the first persona.
 */
export function emotionPersonaOf(map: JourneyMap, lane: Lane, focusPersonaId: string | null): string | null {
  if (lane.personaId) return lane.personaId;
  if (focusPersonaId && map.personas[focusPersonaId]) return focusPersonaId;
  return sortedPersonas(map)[0]?.id ?? null;
}

/** Lanes of one persona, or the shared lanes when `personaId` is null. */
export const lanesOf = (map: JourneyMap, personaId: string | null): Lane[] =>
  sortByOrder(Object.values(map.lanes).filter((lane) => lane.personaId === personaId));

export const cellKey = (laneId: string, stageId: string): string => `${laneId}|${stageId}`;

/** Notes grouped by cell, each group in its order; one pass over all notes. */
export function notesByCell(map: JourneyMap): Map<string, Note[]> {
  const cells = new Map<string, Note[]>();
  for (const note of Object.values(map.notes)) {
    const key = cellKey(note.laneId, note.stageId);
    const list = cells.get(key);
    if (list) list.push(note);
    else cells.set(key, [note]);
  }
  for (const [key, list] of cells) cells.set(key, sortByOrder(list));
  return cells;
}

/** One pass over the note ids, without copying all notes into an array first: commands call this on 10,000-note maps. */
export function notesInCell(map: JourneyMap, laneId: string, stageId: string): Note[] {
  const found: Note[] = [];
  const ids = Object.keys(map.notes);
  for (let i = 0; i < ids.length; i++) {
    const note = map.notes[ids[i]!]!;
    if (note.stageId === stageId && note.laneId === laneId) found.push(note);
  }
  return found.sort(compareOrdered);
}

export const touchpointsInCell = (map: JourneyMap, laneId: string, stageId: string): Touchpoint[] =>
  sortByOrder(Object.values(map.touchpoints).filter((t) => t.laneId === laneId && t.stageId === stageId));

/** The point a persona has at a stage on one curve; the schema allows at most one. */
export const emotionPointFor = (
  map: JourneyMap,
  slot: { readonly personaId: string; readonly stageId: string; readonly curve: EmotionCurve },
): EmotionPoint | undefined =>
  Object.values(map.emotionPoints).find((p) => p.personaId === slot.personaId && p.stageId === slot.stageId && p.curve === slot.curve);

/** Bands top to bottom: each persona's lanes, then the shared lanes. */
export function laneBands(map: JourneyMap): { personaId: string | null; lanes: Lane[] }[] {
  const bands = sortedPersonas(map).map((p) => ({ personaId: p.id as string | null, lanes: lanesOf(map, p.id) }));
  const shared = lanesOf(map, null);
  if (shared.length > 0) bands.push({ personaId: null, lanes: shared });
  return bands;
}

/** The facilitator's private notes for a stage, if any (at most one per stage). */
export const presenterNoteOf = (map: JourneyMap, stageId: string): PresenterNote | undefined =>
  Object.values(map.presenterNotes).find((note) => note.stageId === stageId);
