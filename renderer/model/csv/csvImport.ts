/**
 * Reading a CSV in the export's format into a plan of changes: which notes and
 * touchpoints it creates, which it updates (only the fields that differ) and
 * which it leaves alone. Nothing is changed here; the plan is plain data that
 * the preview shows and one named command applies.
 *
 * A file with any problem yields no plan at all, only the problems, each with
 * its row as a spreadsheet numbers it (the header is row 1), so a half-read
 * file never changes the map.
 */
import Papa from 'papaparse';
import { CHANNELS, idSchema, MAX_NOTE_TEXT, NOTE_COLORS } from '../schema';
import { type Progress, runToEnd } from '../pieces';
import { lanesOf, sortedPersonas, sortedStages } from '../queries';
import type { Channel, JourneyMap, Lane, NoteColor, Touchpoint } from '../types';
import { CSV_COLUMNS, CSV_ROW_TYPES, type CsvColumn, type CsvRowType, unguardCell, UTF8_BOM } from './csvFormat';

export const MAX_TOUCHPOINT_LABEL = 200;
const MAX_FIELD = 200;
/** The preview and the message show the first problems; a broken file usually repeats one mistake. */
const MAX_PROBLEMS = 20;

export type CsvProblem =
  | { readonly row: number; readonly code: 'unreadable'; readonly detail: string }
  | { readonly row: number; readonly code: 'empty' }
  | { readonly row: number; readonly code: 'missingColumn' | 'duplicateColumn'; readonly column: string }
  | { readonly row: number; readonly code: 'cellCount'; readonly found: number; readonly expected: number }
  | { readonly row: number; readonly code: 'badValue'; readonly column: string; readonly value: string }
  | { readonly row: number; readonly code: 'duplicateId' | 'typeMismatch'; readonly id: string }
  | { readonly row: number; readonly code: 'textTooLong'; readonly max: number }
  | { readonly row: number; readonly code: 'noLane'; readonly lane: string; readonly persona: string }
  | { readonly row: number; readonly code: 'noStage'; readonly stage: string };

export interface CsvCell {
  readonly laneId: string;
  readonly stageId: string;
}

export type TouchpointFields = Pick<Touchpoint, 'channel' | 'label' | 'goal' | 'kpi' | 'target' | 'actual' | 'momentOfTruth' | 'dropOff'>;
export interface NoteFields {
  readonly text: string;
  readonly color: NoteColor;
}

export type ImportCreate =
  | (CsvCell & { readonly row: number; readonly kind: 'note'; readonly id: string | null; readonly text: string; readonly color: NoteColor | null })
  | (CsvCell & { readonly row: number; readonly kind: 'touchpoint'; readonly id: string | null; readonly fields: TouchpointFields });

export type ImportUpdate =
  | { readonly row: number; readonly kind: 'note'; readonly id: string; readonly changes: Partial<NoteFields>; readonly move: CsvCell | null }
  | { readonly row: number; readonly kind: 'touchpoint'; readonly id: string; readonly changes: Partial<TouchpointFields>; readonly move: CsvCell | null };

export interface ImportPlan {
  readonly creates: readonly ImportCreate[];
  readonly updates: readonly ImportUpdate[];
  readonly unchanged: number;
}

export type CsvImportResult = { readonly ok: true; readonly plan: ImportPlan } | { readonly ok: false; readonly problems: readonly CsvProblem[] };

class RowProblem extends Error {
  constructor(readonly problem: CsvProblem) {
    super(problem.code);
  }
}

const TRUE = new Set(['true', 'yes', '1']);
const FALSE = new Set(['false', 'no', '0', '']);

/** A CSV read into rows of cells, with the rows papaparse could not read (row 1 is the header). */
export interface CsvRows {
  readonly rows: readonly string[][];
  readonly problems: readonly CsvProblem[];
}

/** Excel saves CSV with ';' where the decimal separator is a comma (Polish, Romanian, Russian). */
export const csvParseConfig = () => ({ delimiter: '', delimitersToGuess: [',', ';', '\t'], skipEmptyLines: false as const });

export const withoutBom = (text: string): string => (text.startsWith(UTF8_BOM) ? text.slice(1) : text);

/** Papa reports a malformed quote or a wrong delimiter; only the first is the file's fault. */
export const isReadProblem = (error: Papa.ParseError): boolean => error.type !== 'Delimiter';

function parseRows(text: string): CsvRows {
  const parsed = Papa.parse<string[]>(withoutBom(text), csvParseConfig());
  const problems = parsed.errors.filter(isReadProblem).map((e): CsvProblem => ({ row: (e.row ?? 0) + 1, code: 'unreadable', detail: e.message }));
  return { rows: parsed.data, problems };
}

/** Where each known column is in the header; unknown columns (someone's own notes) are ignored. */
function readHeader(header: readonly string[]): Map<CsvColumn, number> | CsvProblem {
  const columns = new Map<CsvColumn, number>();
  const known: ReadonlySet<string> = new Set(CSV_COLUMNS);
  header.forEach((raw, index) => {
    const name = raw.trim();
    if (!known.has(name)) return;
    if (columns.has(name as CsvColumn)) throw new RowProblem({ row: 1, code: 'duplicateColumn', column: name });
    columns.set(name as CsvColumn, index);
  });
  for (const required of ['type', 'text'] as const) {
    if (!columns.has(required)) return { row: 1, code: 'missingColumn', column: required };
  }
  return columns;
}

interface Resolver {
  lane(row: number, cells: Cells): Lane | null;
  stageId(row: number, cells: Cells): string | null;
}

type Cells = (column: CsvColumn) => string | undefined;

function createResolver(map: JourneyMap): Resolver {
  const personaByName = new Map(sortedPersonas(map).map((p) => [p.name.trim(), p.id]));
  const stageByName = new Map(sortedStages(map).map((s) => [s.name.trim(), s.id]));
  return {
    lane(row, cell) {
      const laneId = cell('laneId')?.trim();
      if (laneId) {
        const lane = map.lanes[laneId];
        if (lane) return lane;
      }
      const title = cell('lane')?.trim();
      if (title === undefined) return null;
      const personaName = cell('persona')?.trim() ?? '';
      const personaId = personaName ? personaByName.get(personaName) : null;
      const lane = personaId === undefined ? undefined : lanesOf(map, personaId).find((l) => l.title.trim() === title);
      if (!lane) throw new RowProblem({ row, code: 'noLane', lane: title, persona: personaName });
      return lane;
    },
    stageId(row, cell) {
      const stageId = cell('stageId')?.trim();
      if (stageId && map.stages[stageId]) return stageId;
      const name = cell('stage')?.trim();
      if (name === undefined) return null;
      const found = stageByName.get(name);
      if (!found) throw new RowProblem({ row, code: 'noStage', stage: name });
      return found;
    },
  };
}

function oneOf<T extends string>(row: number, column: CsvColumn, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new RowProblem({ row, code: 'badValue', column, value });
}

function numberOrNull(row: number, column: CsvColumn, raw: string): number | null {
  const value = raw.trim();
  if (value === '') return null;
  // A spreadsheet in a comma-decimal language may have turned 12.5 into 12,5.
  const number = Number(/^-?\d+,\d+$/.test(value) ? value.replace(',', '.') : value);
  if (!Number.isFinite(number)) throw new RowProblem({ row, code: 'badValue', column, value: raw });
  return number;
}

function flag(row: number, column: CsvColumn, raw: string): boolean {
  const value = raw.trim().toLowerCase();
  if (TRUE.has(value)) return true;
  if (FALSE.has(value)) return false;
  throw new RowProblem({ row, code: 'badValue', column, value: raw });
}

function limited(row: number, text: string, max: number): string {
  if (text.length > max) throw new RowProblem({ row, code: 'textTooLong', max });
  return text;
}

/** The fields whose values differ from the record's, and nothing else. */
function changedFields<T extends object>(current: T, wanted: Partial<T>): Partial<T> {
  const changes: Partial<T> = {};
  for (const key of Object.keys(wanted) as (keyof T)[]) {
    if (wanted[key] !== undefined && wanted[key] !== current[key]) changes[key] = wanted[key];
  }
  return changes;
}

export const planCsvImport = (map: JourneyMap, text: string): CsvImportResult => planCsvRows(map, parseRows(text));

/** The plan for rows already read (the UI reads a large file in slices). */
export const planCsvRows = (map: JourneyMap, rows: CsvRows): CsvImportResult => runToEnd(planCsvSteps(map, rows));

/** `planCsvRows` a row at a time, so the UI can plan 10,000 rows in slices and show its progress. */
export function* planCsvSteps(map: JourneyMap, { rows, problems }: CsvRows): Generator<Progress, CsvImportResult, void> {
  if (problems.length > 0) return { ok: false, problems: problems.slice(0, MAX_PROBLEMS) };
  const header = rows[0];
  if (!header || (header.length === 1 && header[0]!.trim() === '')) return { ok: false, problems: [{ row: 1, code: 'empty' }] };
  let columns: Map<CsvColumn, number>;
  try {
    const read = readHeader(header);
    if (!(read instanceof Map)) return { ok: false, problems: [read] };
    columns = read;
  } catch (error) {
    if (error instanceof RowProblem) return { ok: false, problems: [error.problem] };
    throw error;
  }

  const resolver = createResolver(map);
  const creates: ImportCreate[] = [];
  const updates: ImportUpdate[] = [];
  const found: CsvProblem[] = [];
  const seenIds = new Set<string>();
  let unchanged = 0;

  const total = rows.length - 1;
  for (let index = 0; index < total; index++) {
    if (index > 0) yield { done: index, total };
    const cells = rows[index + 1]!;
    const row = index + 2;
    // A blank line (often the last one) is not a row.
    if (cells.length === 1 && cells[0]!.trim() === '') continue;
    try {
      if (cells.length !== header.length) throw new RowProblem({ row, code: 'cellCount', found: cells.length, expected: header.length });
      const cell: Cells = (column) => {
        const at = columns.get(column);
        return at === undefined ? undefined : unguardCell(cells[at] ?? '');
      };
      const type: CsvRowType = oneOf(row, 'type', cell('type')!.trim(), CSV_ROW_TYPES);
      const rawId = cell('id')?.trim() ?? '';
      if (rawId && !idSchema.safeParse(rawId).success) throw new RowProblem({ row, code: 'badValue', column: 'id', value: rawId });
      if (rawId && seenIds.has(rawId)) throw new RowProblem({ row, code: 'duplicateId', id: rawId });
      if (rawId) seenIds.add(rawId);
      const votes = cell('votes')?.trim() ?? '';
      if (votes !== '' && !/^\d+$/.test(votes)) throw new RowProblem({ row, code: 'badValue', column: 'votes', value: votes });

      const existingNote = rawId ? map.notes[rawId] : undefined;
      const existingTouchpoint = rawId ? map.touchpoints[rawId] : undefined;
      if ((type === 'note' && existingTouchpoint) || (type === 'touchpoint' && existingNote)) {
        throw new RowProblem({ row, code: 'typeMismatch', id: rawId });
      }
      const lane = resolver.lane(row, cell);
      const stageId = resolver.stageId(row, cell);
      const existing = existingNote ?? existingTouchpoint;
      const place = lane && stageId ? { laneId: lane.id, stageId } : null;
      if (!existing && !place) {
        throw lane ? new RowProblem({ row, code: 'noStage', stage: cell('stage') ?? '' }) : new RowProblem({ row, code: 'noLane', lane: cell('lane') ?? '', persona: cell('persona') ?? '' });
      }
      const move = existing && place && (place.laneId !== existing.laneId || place.stageId !== existing.stageId) ? place : null;
      const newId = rawId && !existing && !map.notes[rawId] && !map.touchpoints[rawId] ? rawId : null;

      if (type === 'note') {
        const colour = cell('colour')?.trim() ?? '';
        const wanted: Partial<NoteFields> = {
          text: limited(row, cell('text')!, MAX_NOTE_TEXT),
          ...(colour ? { color: oneOf(row, 'colour', colour, NOTE_COLORS) } : {}),
        };
        if (!existingNote) {
          creates.push({ row, kind: 'note', id: newId, ...place!, text: wanted.text!, color: wanted.color ?? null });
          continue;
        }
        const changes = changedFields<NoteFields>(existingNote, wanted);
        if (Object.keys(changes).length === 0 && !move) unchanged++;
        else updates.push({ row, kind: 'note', id: existingNote.id, changes, move });
        continue;
      }

      const channel = cell('channel')?.trim() ?? '';
      const text = (column: CsvColumn) => {
        const value = cell(column);
        return value === undefined ? undefined : limited(row, value, MAX_FIELD);
      };
      const wanted: Partial<TouchpointFields> = {
        label: limited(row, cell('text')!, MAX_TOUCHPOINT_LABEL),
        ...(channel ? { channel: oneOf<Channel>(row, 'channel', channel, CHANNELS) } : {}),
        goal: text('goal'),
        kpi: text('kpi'),
        ...(cell('target') !== undefined ? { target: numberOrNull(row, 'target', cell('target')!) } : {}),
        ...(cell('actual') !== undefined ? { actual: numberOrNull(row, 'actual', cell('actual')!) } : {}),
        ...(cell('momentOfTruth') !== undefined ? { momentOfTruth: flag(row, 'momentOfTruth', cell('momentOfTruth')!) } : {}),
        ...(cell('dropOff') !== undefined ? { dropOff: flag(row, 'dropOff', cell('dropOff')!) } : {}),
      };
      if (!existingTouchpoint) {
        const fields: TouchpointFields = {
          channel: wanted.channel ?? 'other',
          label: wanted.label ?? '',
          goal: wanted.goal ?? '',
          kpi: wanted.kpi ?? '',
          target: wanted.target ?? null,
          actual: wanted.actual ?? null,
          momentOfTruth: wanted.momentOfTruth ?? false,
          dropOff: wanted.dropOff ?? false,
        };
        creates.push({ row, kind: 'touchpoint', id: newId, ...place!, fields });
        continue;
      }
      const changes = changedFields<TouchpointFields>(existingTouchpoint, wanted);
      if (Object.keys(changes).length === 0 && !move) unchanged++;
      else updates.push({ row, kind: 'touchpoint', id: existingTouchpoint.id, changes, move });
    } catch (error) {
      if (!(error instanceof RowProblem)) throw error;
      if (found.length < MAX_PROBLEMS) found.push(error.problem);
    }
  }
  yield { done: total, total };

  if (found.length > 0) return { ok: false, problems: found };
  if (creates.length + updates.length + unchanged === 0) return { ok: false, problems: [{ row: 2, code: 'empty' }] };
  return { ok: true, plan: { creates, updates, unchanged } };
}
