/**
 * The rows of the touchpoint summary and their order. By default the rows read
 * like the board (stage by stage, lane by lane); a column header re-sorts them,
 * with empty cells always at the bottom so the filled-in ones stay in view.
 */
import { compareOrdered } from '../../model/order';
import { laneBands, sortedStages } from '../../model/queries';
import type { Channel, JourneyMap, Touchpoint } from '../../model/types';

export const SUMMARY_COLUMNS = ['stage', 'persona', 'channel', 'label', 'goal', 'kpi', 'target', 'actual', 'flags'] as const;
export type SummaryColumn = (typeof SUMMARY_COLUMNS)[number];

export interface SummarySort {
  readonly column: SummaryColumn;
  readonly direction: 'ascending' | 'descending';
}

export interface SummaryRow {
  readonly touchpoint: Touchpoint;
  readonly stageName: string;
  /** null for a shared lane, which belongs to every persona. */
  readonly personaId: string | null;
  readonly stageRank: number;
  /** Position of the persona's band on the board; shared lanes come last, as there. */
  readonly bandRank: number;
}

/** All touchpoints in board order: stage, then lane top to bottom, then their order in the cell. */
export function summaryRows(map: JourneyMap): SummaryRow[] {
  const stageRank = new Map(sortedStages(map).map((stage, i) => [stage.id, i]));
  const laneRank = new Map<string, { lane: number; band: number; personaId: string | null }>();
  laneBands(map).forEach((band, bandIndex) => {
    for (const lane of band.lanes) laneRank.set(lane.id, { lane: laneRank.size, band: bandIndex, personaId: band.personaId });
  });
  const rows: SummaryRow[] = [];
  for (const touchpoint of Object.values(map.touchpoints)) {
    const stage = stageRank.get(touchpoint.stageId);
    const lane = laneRank.get(touchpoint.laneId);
    if (stage === undefined || lane === undefined) continue;
    rows.push({ touchpoint, stageName: map.stages[touchpoint.stageId]!.name, personaId: lane.personaId, stageRank: stage, bandRank: lane.band });
  }
  const laneOf = (row: SummaryRow) => laneRank.get(row.touchpoint.laneId)!.lane;
  return rows.sort((a, b) => a.stageRank - b.stageRank || laneOf(a) - laneOf(b) || compareOrdered(a.touchpoint, b.touchpoint));
}

/** Clicking the sorted column flips its direction; another column starts ascending. */
export function nextSort(current: SummarySort | null, column: SummaryColumn): SummarySort {
  if (current?.column === column) return { column, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  return { column, direction: 'ascending' };
}

export interface SortText {
  readonly collator: Intl.Collator;
  readonly channelName: (channel: Channel) => string;
}

type SortKey = number | string | null;

/** Stages and personas sort in journey and board order, not alphabetically: that is how the room reads them. */
function keyOf(row: SummaryRow, column: SummaryColumn, text: SortText): SortKey {
  const t = row.touchpoint;
  switch (column) {
    case 'stage':
      return row.stageRank;
    case 'persona':
      return row.bandRank;
    case 'channel':
      return text.channelName(t.channel);
    case 'label':
    case 'goal':
    case 'kpi':
      return t[column].trim() || null;
    case 'target':
    case 'actual':
      return t[column];
    case 'flags': {
      // A moment of truth outweighs a drop-off; both outweigh either.
      const weight = (t.momentOfTruth ? 2 : 0) + (t.dropOff ? 1 : 0);
      return weight || null;
    }
  }
}

/** A sorted copy; ties keep board order, empty cells go last in both directions. */
export function sortSummary(rows: readonly SummaryRow[], sort: SummarySort | null, text: SortText): SummaryRow[] {
  if (!sort) return [...rows];
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const keyed = rows.map((row) => ({ row, key: keyOf(row, sort.column, text) }));
  keyed.sort((a, b) => {
    if (a.key === null || b.key === null) return a.key === b.key ? 0 : a.key === null ? 1 : -1;
    const order = typeof a.key === 'number' && typeof b.key === 'number' ? a.key - b.key : text.collator.compare(String(a.key), String(b.key));
    return sign * order;
  });
  return keyed.map(({ row }) => row);
}
