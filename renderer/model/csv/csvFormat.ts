/**
 * The CSV format of notes and touchpoints: one row per note and per touchpoint.
 *
 * The header names are the format, not UI text, so they stay the same in every
 * language and a file exported in Warsaw imports in Bucharest. The ids let an
 * import update the records it came from; the names beside them (persona,
 * lane, stage) are for people reading the sheet, and place new rows when the
 * id columns are empty.
 */
export const CSV_COLUMNS = [
  'id',
  'type',
  'persona',
  'laneKind',
  'lane',
  'stage',
  'text',
  'colour',
  'votes',
  'channel',
  'goal',
  'kpi',
  'target',
  'actual',
  'momentOfTruth',
  'dropOff',
  'personaId',
  'laneId',
  'stageId',
] as const;

export type CsvColumn = (typeof CSV_COLUMNS)[number];
export type CsvRecord = { readonly [C in CsvColumn]: string };
export const CSV_ROW_TYPES = ['note', 'touchpoint'] as const;
export type CsvRowType = (typeof CSV_ROW_TYPES)[number];

/** Excel reads a UTF-8 file as the local code page unless it starts with this mark. */
export const UTF8_BOM = '\uFEFF';
export const CSV_NEWLINE = '\r\n';

/**
 * Spreadsheets run a cell that starts with one of these as a formula (CSV
 * injection). Such a cell gets a leading apostrophe; so does a cell that
 * already starts with one, so that import can always remove exactly one.
 */
const GUARDED_START = /^[=+\-@\t\r']/;

export const guardCell = (value: string): string => (GUARDED_START.test(value) ? `'${value}` : value);

export const unguardCell = (value: string): string => (value.startsWith("'") && GUARDED_START.test(value.slice(1)) ? value.slice(1) : value);
