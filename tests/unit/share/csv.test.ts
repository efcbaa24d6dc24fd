/** CSV export and import of notes and touchpoints: format, formula guard, round trip, updates, problems with row numbers. */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, type CsvColumn, guardCell, unguardCell, UTF8_BOM } from '../../../renderer/model/csv/csvFormat';
import { csvPieces, csvRecords, exportCsv } from '../../../renderer/model/csv/csvExport';
import { type CsvProblem, type ImportPlan, planCsvImport } from '../../../renderer/model/csv/csvImport';
import type { JourneyMap } from '../../../renderer/model/types';
import { DocumentStore } from '../../../renderer/state/documentStore';
import { importCsv } from '../../../renderer/state/commands/importCommands';
import { parseOk, readFixture } from '../model/helpers';
import { counterIds, manualClock } from '../state/storeHelpers';

const fixtureMap = (name: string): JourneyMap => parseOk(readFixture(name)).document.map;
const storeWith = (name: string) => new DocumentStore(parseOk(readFixture(name)).document, { clock: manualClock(), newId: counterIds('new') });

function planOf(map: JourneyMap, text: string): ImportPlan {
  const result = planCsvImport(map, text);
  if (!result.ok) throw new Error(`expected a plan, got ${JSON.stringify(result.problems)}`);
  return result.plan;
}
function problemsOf(map: JourneyMap, text: string): readonly CsvProblem[] {
  const result = planCsvImport(map, text);
  if (result.ok) throw new Error('expected problems, got a plan');
  return result.problems;
}
/** The exported rows as objects keyed by column, with the BOM removed. */
type Row = Record<CsvColumn, string>;
const rowsOf = (csv: string): Row[] => Papa.parse<Row>(csv.slice(1), { header: true, skipEmptyLines: true }).data;
const toCsv = (rows: readonly Row[]) => `${UTF8_BOM}${Papa.unparse([...rows], { columns: [...CSV_COLUMNS], newline: '\r\n' })}\r\n`;

describe('CSV export', () => {
  it('writes a UTF-8 BOM, the header and one row per note and per touchpoint with every column', () => {
    const map = fixtureMap('full.cjm');
    const csv = exportCsv(map);
    expect(csv.startsWith(`${UTF8_BOM}id,type,persona,laneKind,lane,stage,text,colour,votes,channel,goal,kpi,target,actual,momentOfTruth,dropOff,personaId,laneId,stageId\r\n`)).toBe(true);
    const rows = rowsOf(csv);
    expect(rows).toHaveLength(Object.keys(map.notes).length + Object.keys(map.touchpoints).length);
    const touchpoint = Object.values(map.touchpoints).find((t) => t.target !== null && t.actual !== null)!;
    const row = rows.find((r) => r.id === touchpoint.id)!;
    expect(row).toMatchObject({
      type: 'touchpoint',
      channel: touchpoint.channel,
      target: String(touchpoint.target),
      actual: String(touchpoint.actual),
      votes: '0',
      momentOfTruth: String(touchpoint.momentOfTruth),
      persona: map.personas[map.lanes[touchpoint.laneId]!.personaId!]!.name,
      stage: map.stages[touchpoint.stageId]!.name,
      laneKind: map.lanes[touchpoint.laneId]!.kind,
    });
    const note = Object.values(map.notes)[0]!;
    expect(rows.find((r) => r.id === note.id)).toMatchObject({ type: 'note', colour: note.color, votes: '0', lane: map.lanes[note.laneId]!.title });
  });

  it('keeps Polish, Romanian and Cyrillic text exactly', () => {
    const map = fixtureMap('i18n.cjm');
    const texts = rowsOf(exportCsv(map)).map((r) => r.text);
    for (const note of Object.values(map.notes)) expect(texts).toContain(note.text);
    expect(texts.join(' ')).toMatch(/[ąćęłńóśźż]/);
    expect(texts.join(' ')).toMatch(/[șț]/);
    expect(texts.join(' ')).toMatch(/[а-яё]/i);
  });

  it('guards cells that a spreadsheet would run as a formula, and only those', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r', "'"]) expect(guardCell(`${start}SUM(A1)`)).toBe(`'${start}SUM(A1)`);
    expect(guardCell('Price too high')).toBe('Price too high');
    expect(guardCell('')).toBe('');
    for (const value of ['=1+1', "'quoted", "''", 'plain', '-', '@me']) expect(unguardCell(guardCell(value))).toBe(value);
    // An apostrophe the user typed before ordinary text is theirs.
    expect(unguardCell("'plain")).toBe("'plain");

    const map = fixtureMap('minimal.cjm');
    const note = Object.values(map.notes)[0]!;
    const evil = { ...map, notes: { ...map.notes, [note.id]: { ...note, text: '=HYPERLINK("http://x","click")' } } };
    const row = rowsOf(exportCsv(evil)).find((r) => r.id === note.id)!;
    expect(row.text).toBe(`'=HYPERLINK("http://x","click")`);
  });

  it('comes in pieces that add up to the whole file, with progress', () => {
    const map = fixtureMap('full.cjm');
    const pieces = [...csvPieces(map, 7)];
    expect(pieces.map((p) => p.text).join('')).toBe(exportCsv(map));
    expect(pieces.at(-1)).toMatchObject({ done: csvRecords(map).length, total: csvRecords(map).length });
    expect(pieces.length).toBeGreaterThan(2);
  });
});

describe('CSV import', () => {
  it.each(['full.cjm', 'i18n.cjm', 'blueprint.cjm'])('round-trips %s with no change at all', (fixture) => {
    const store = storeWith(fixture);
    const before = store.getMap();
    const plan = planOf(before, exportCsv(before));
    expect(plan.creates).toEqual([]);
    expect(plan.updates).toEqual([]);
    expect(plan.unchanged).toBe(Object.keys(before.notes).length + Object.keys(before.touchpoints).length);
    store.run(importCsv, { plan });
    expect(store.getMap()).toBe(before);
    expect(store.history.canUndo).toBe(false);
  });

  it('reads a file a spreadsheet saved with semicolons and without the BOM', () => {
    const map = fixtureMap('full.cjm');
    const rows = rowsOf(exportCsv(map));
    const text = Papa.unparse(rows, { columns: [...CSV_COLUMNS], delimiter: ';' });
    expect(planOf(map, text).unchanged).toBe(rows.length);
  });

  it('updates only the changed fields, creates new rows in the cell they name, as one undo step', () => {
    const store = storeWith('full.cjm');
    const map = store.getMap();
    const rows = rowsOf(exportCsv(map));
    const noteRow = rows.find((r) => r.type === 'note')!;
    const touchRow = rows.find((r) => r.type === 'touchpoint')!;
    noteRow.text = 'Changed in the spreadsheet';
    touchRow.actual = '1234,5';
    touchRow.dropOff = 'yes';
    const added = { ...noteRow, id: '', text: '=new idea', colour: 'green' };
    const addedTouchpoint = { ...touchRow, id: '', laneId: '', personaId: '', stageId: '', text: 'Newsletter', channel: 'email', target: '50', actual: '' };
    const plan = planOf(map, toCsv([...rows, added, addedTouchpoint].map((r) => ({ ...r, text: guardCell(r.text) }))));

    expect(plan.updates).toEqual([
      { row: rows.indexOf(noteRow) + 2, kind: 'note', id: noteRow.id, changes: { text: 'Changed in the spreadsheet' }, move: null },
      { row: rows.indexOf(touchRow) + 2, kind: 'touchpoint', id: touchRow.id, changes: { actual: 1234.5, dropOff: true }, move: null },
    ]);
    expect(plan.creates).toHaveLength(2);
    expect(plan.creates[0]).toMatchObject({ kind: 'note', text: '=new idea', color: 'green', laneId: noteRow.laneId, stageId: noteRow.stageId });
    // Placed by the persona, lane and stage names alone.
    expect(plan.creates[1]).toMatchObject({ kind: 'touchpoint', laneId: touchRow.laneId, stageId: touchRow.stageId, fields: { label: 'Newsletter', channel: 'email', target: 50, actual: null } });

    store.run(importCsv, { plan });
    const after = store.getMap();
    expect(after.notes[noteRow.id]!.text).toBe('Changed in the spreadsheet');
    expect(after.notes[noteRow.id]!.order).toBe(map.notes[noteRow.id]!.order);
    expect(after.touchpoints[touchRow.id]).toMatchObject({ actual: 1234.5, dropOff: true, label: map.touchpoints[touchRow.id]!.label });
    expect(Object.keys(after.notes)).toHaveLength(Object.keys(map.notes).length + 1);
    expect(Object.keys(after.touchpoints)).toHaveLength(Object.keys(map.touchpoints).length + 1);
    expect(store.history.undoName).toBe('importCsv');
    store.undo();
    expect(store.getMap()).toEqual(map);
    expect(store.history.canUndo).toBe(false);
  });

  it('keeps the id of a new row, so importing the same file twice does not duplicate it', () => {
    const store = storeWith('minimal.cjm');
    const rows = rowsOf(exportCsv(store.getMap()));
    const text = toCsv([...rows, { ...rows[0]!, id: 'fromSheet1', text: 'Added once' }]);
    store.run(importCsv, { plan: planOf(store.getMap(), text) });
    expect(store.getMap().notes.fromSheet1?.text).toBe('Added once');
    expect(planOf(store.getMap(), text)).toMatchObject({ creates: [], updates: [] });
  });

  it('moves a note whose lane or stage changed to the end of the new cell', () => {
    const store = storeWith('full.cjm');
    const map = store.getMap();
    const rows = rowsOf(exportCsv(map));
    const row = rows.find((r) => r.type === 'note')!;
    const otherStage = Object.keys(map.stages).find((id) => id !== row.stageId)!;
    row.stageId = otherStage;
    const plan = planOf(map, toCsv(rows));
    expect(plan.updates).toEqual([{ row: rows.indexOf(row) + 2, kind: 'note', id: row.id, changes: {}, move: { laneId: row.laneId, stageId: otherStage } }]);
    store.run(importCsv, { plan });
    const moved = store.getMap().notes[row.id]!;
    expect(moved.stageId).toBe(otherStage);
    const cell = Object.values(store.getMap().notes).filter((n) => n.laneId === row.laneId && n.stageId === otherStage);
    expect(cell.every((n) => n.id === row.id || n.order < moved.order)).toBe(true);
  });

  describe('refuses a malformed file with the row number, and plans nothing', () => {
    const map = fixtureMap('full.cjm');
    const rows = () => rowsOf(exportCsv(map));
    const withRow = (index: number, change: Partial<Row>) => {
      const all = rows();
      all[index] = { ...all[index]!, ...change };
      return toCsv(all);
    };

    it('an unterminated quote', () => {
      const lines = toCsv(rows()).split('\r\n');
      lines[4] = `${lines[4]},"unterminated`;
      expect(problemsOf(map, lines.join('\r\n'))[0]).toMatchObject({ row: 5, code: 'unreadable' });
    });
    it('a row with too few cells', () => {
      const lines = toCsv(rows()).split('\r\n');
      lines[3] = 'abc,note';
      expect(problemsOf(map, lines.join('\r\n'))).toEqual([{ row: 4, code: 'cellCount', found: 2, expected: CSV_COLUMNS.length }]);
    });
    it('an unknown colour, type, channel, number or flag', () => {
      const touch = rows().findIndex((r) => r.type === 'touchpoint');
      expect(problemsOf(map, withRow(2, { colour: 'mauve' }))).toEqual([{ row: 4, code: 'badValue', column: 'colour', value: 'mauve' }]);
      expect(problemsOf(map, withRow(0, { type: 'sticky' }))).toEqual([{ row: 2, code: 'badValue', column: 'type', value: 'sticky' }]);
      expect(problemsOf(map, withRow(touch, { channel: 'pigeon' }))[0]).toMatchObject({ row: touch + 2, column: 'channel' });
      expect(problemsOf(map, withRow(touch, { target: 'lots' }))[0]).toMatchObject({ row: touch + 2, column: 'target' });
      expect(problemsOf(map, withRow(touch, { dropOff: 'maybe' }))[0]).toMatchObject({ row: touch + 2, column: 'dropOff' });
    });
    it('a lane or a stage that the map does not have', () => {
      expect(problemsOf(map, withRow(1, { id: '', laneId: '', lane: 'Nowhere' }))).toEqual([{ row: 3, code: 'noLane', lane: 'Nowhere', persona: rows()[1]!.persona }]);
      expect(problemsOf(map, withRow(1, { id: '', stageId: '', stage: 'Later' }))).toEqual([{ row: 3, code: 'noStage', stage: 'Later' }]);
    });
    it('a repeated id, or a note id on a touchpoint row', () => {
      const all = rows();
      const touch = all.findIndex((r) => r.type === 'touchpoint');
      expect(problemsOf(map, toCsv([...all, all[0]!]))).toEqual([{ row: all.length + 2, code: 'duplicateId', id: all[0]!.id }]);
      const [first, ...rest] = all;
      rest[touch - 1] = { ...rest[touch - 1]!, id: first!.id };
      expect(problemsOf(map, toCsv(rest))).toEqual([{ row: touch + 1, code: 'typeMismatch', id: first!.id }]);
    });
    it('a missing column, or no rows at all', () => {
      expect(problemsOf(map, 'id,persona\r\nx,y\r\n')).toEqual([{ row: 1, code: 'missingColumn', column: 'type' }]);
      expect(problemsOf(map, '')).toEqual([{ row: 1, code: 'empty' }]);
      expect(problemsOf(map, `${CSV_COLUMNS.join(',')}\r\n`)).toEqual([{ row: 2, code: 'empty' }]);
    });
  });
});
