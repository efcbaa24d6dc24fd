/**
 * Notes and touchpoints as CSV rows, in board order: persona bands top to
 * bottom, lanes in order, stages left to right, and in each cell the
 * touchpoints before the notes, as the board shows them.
 */
import Papa from 'papaparse';
import { laneBands, notesByCell, cellKey, sortedPersonas, sortedStages } from '../queries';
import { sortByOrder } from '../order';
import { joinPieces, type Piece } from '../pieces';
import type { JourneyMap, Touchpoint } from '../types';
import { CSV_COLUMNS, CSV_NEWLINE, type CsvRecord, guardCell, UTF8_BOM } from './csvFormat';

/** Votes come with dot-voting; the column is in the format already, so files keep one shape. */
const NO_VOTES = '0';

const numberCell = (value: number | null): string => (value === null ? '' : String(value));

export function csvRecords(map: JourneyMap): CsvRecord[] {
  const personaName = new Map(sortedPersonas(map).map((p) => [p.id, p.name]));
  const stages = sortedStages(map);
  const notes = notesByCell(map);
  const touchpoints = new Map<string, Touchpoint[]>();
  for (const touchpoint of sortByOrder(Object.values(map.touchpoints))) {
    const key = cellKey(touchpoint.laneId, touchpoint.stageId);
    touchpoints.set(key, [...(touchpoints.get(key) ?? []), touchpoint]);
  }
  const records: CsvRecord[] = [];
  for (const band of laneBands(map)) {
    for (const lane of band.lanes) {
      for (const stage of stages) {
        const place = {
          persona: band.personaId ? (personaName.get(band.personaId) ?? '') : '',
          laneKind: lane.kind,
          lane: lane.title,
          stage: stage.name,
          personaId: band.personaId ?? '',
          laneId: lane.id,
          stageId: stage.id,
        };
        const key = cellKey(lane.id, stage.id);
        for (const t of touchpoints.get(key) ?? []) {
          records.push({
            ...place,
            id: t.id,
            type: 'touchpoint',
            text: t.label,
            colour: '',
            votes: NO_VOTES,
            channel: t.channel,
            goal: t.goal,
            kpi: t.kpi,
            target: numberCell(t.target),
            actual: numberCell(t.actual),
            momentOfTruth: String(t.momentOfTruth),
            dropOff: String(t.dropOff),
          });
        }
        for (const n of notes.get(key) ?? []) {
          records.push({
            ...place,
            id: n.id,
            type: 'note',
            text: n.text,
            colour: n.color,
            votes: NO_VOTES,
            channel: '',
            goal: '',
            kpi: '',
            target: '',
            actual: '',
            momentOfTruth: '',
            dropOff: '',
          });
        }
      }
    }
  }
  return records;
}

/** Numbers are written as numbers; every other cell is guarded against formula injection. */
const NUMERIC: ReadonlySet<string> = new Set(['target', 'actual', 'votes']);

function toCells(record: CsvRecord): string[] {
  return CSV_COLUMNS.map((column) => (NUMERIC.has(column) ? record[column] : guardCell(record[column])));
}

const unparse = (rows: string[][]): string => Papa.unparse(rows, { newline: CSV_NEWLINE, escapeFormulae: false });

/**
 * The CSV text in pieces of `rowsPerPiece` rows: the caller joins them and may
 * yield to the UI between pieces. The first piece is the BOM and the header.
 */
export function* csvPieces(map: JourneyMap, rowsPerPiece = 500): Generator<Piece, void, void> {
  const records = csvRecords(map);
  const total = records.length;
  yield { text: `${UTF8_BOM}${unparse([[...CSV_COLUMNS]])}${CSV_NEWLINE}`, done: 0, total };
  for (let start = 0; start < total; start += rowsPerPiece) {
    const rows = records.slice(start, start + rowsPerPiece);
    yield { text: `${unparse(rows.map(toCells))}${CSV_NEWLINE}`, done: start + rows.length, total };
  }
}

export const exportCsv = (map: JourneyMap): string => joinPieces(csvPieces(map));
