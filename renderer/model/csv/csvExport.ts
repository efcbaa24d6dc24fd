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

/** The rows cell by cell, in board order; a generator so a large map can be exported in slices. */
export function* csvRecordsByCell(map: JourneyMap): Generator<CsvRecord[], void, void> {
  const personaName = new Map(sortedPersonas(map).map((p) => [p.id, p.name]));
  const stages = sortedStages(map);
  const notes = notesByCell(map);
  const touchpoints = new Map<string, Touchpoint[]>();
  for (const touchpoint of sortByOrder(Object.values(map.touchpoints))) {
    const key = cellKey(touchpoint.laneId, touchpoint.stageId);
    touchpoints.set(key, [...(touchpoints.get(key) ?? []), touchpoint]);
  }
  for (const band of laneBands(map)) {
    for (const lane of band.lanes) {
      for (const stage of stages) {
        const key = cellKey(lane.id, stage.id);
        const cellTouchpoints = touchpoints.get(key) ?? [];
        const cellNotes = notes.get(key) ?? [];
        if (cellTouchpoints.length + cellNotes.length === 0) continue;
        const place = {
          persona: band.personaId ? (personaName.get(band.personaId) ?? '') : '',
          laneKind: lane.kind,
          lane: lane.title,
          stage: stage.name,
          personaId: band.personaId ?? '',
          laneId: lane.id,
          stageId: stage.id,
        };
        const records: CsvRecord[] = [];
        for (const t of cellTouchpoints) {
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
        for (const n of cellNotes) {
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
        yield records;
      }
    }
  }
}

export const csvRecords = (map: JourneyMap): CsvRecord[] => [...csvRecordsByCell(map)].flat();

/** Numbers are written as numbers; every other cell is guarded against formula injection. */
const NUMERIC: ReadonlySet<string> = new Set(['target', 'actual', 'votes']);

function toCells(record: CsvRecord): string[] {
  return CSV_COLUMNS.map((column) => (NUMERIC.has(column) ? record[column] : guardCell(record[column])));
}

const unparse = (rows: string[][]): string => Papa.unparse(rows, { newline: CSV_NEWLINE, escapeFormulae: false });

/**
 * The CSV text in pieces of about `rowsPerPiece` rows (whole cells): the caller
 * joins them and may yield to the UI between pieces. The first piece is the
 * BOM and the header.
 */
export function* csvPieces(map: JourneyMap, rowsPerPiece = 500): Generator<Piece, void, void> {
  const total = Object.keys(map.notes).length + Object.keys(map.touchpoints).length;
  yield { text: `${UTF8_BOM}${unparse([[...CSV_COLUMNS]])}${CSV_NEWLINE}`, done: 0, total };
  let done = 0;
  let batch: CsvRecord[] = [];
  const flush = (): Piece => {
    done += batch.length;
    const piece = { text: `${unparse(batch.map(toCells))}${CSV_NEWLINE}`, done, total };
    batch = [];
    return piece;
  };
  for (const records of csvRecordsByCell(map)) {
    batch.push(...records);
    if (batch.length >= rowsPerPiece) yield flush();
  }
  if (batch.length > 0) yield flush();
}

export const exportCsv = (map: JourneyMap): string => joinPieces(csvPieces(map));
