/** The touchpoint summary table: the order rows appear in, by default and after a header click. */
import { describe, expect, it } from 'vitest';
import { newPersona } from '../../../renderer/model/records';
import type { Channel, JourneyMap, Lane, Stage, Touchpoint } from '../../../renderer/model/types';
import { nextSort, type SortText, type SummaryRow, sortSummary, summaryRows } from '../../../renderer/ui/panels/touchpointSort';

const byId = <T extends { id: string }>(records: readonly T[]) => Object.fromEntries(records.map((r) => [r.id, r]));
const stage = (id: string, name: string, order: string): Stage => ({ id, name, order, width: 400, color: null });
const lane = (id: string, personaId: string | null, order: string): Lane => ({ id, personaId, kind: 'touchpoints', title: 'Touchpoints', order, collapsed: false });
const touchpoint = (id: string, laneId: string, stageId: string, order: string, channel: Channel, label: string, fields: Partial<Touchpoint> = {}): Touchpoint => ({
  id, laneId, stageId, order, channel, label, goal: '', kpi: '', target: null, actual: null, momentOfTruth: false, dropOff: false, ...fields,
});

/**
 * Stages whose journey order is not alphabetical (Search → Buy → Use), personas
 * whose board order is not alphabetical (Zofia above Adam), a shared lane, and
 * records stored out of order, as they are in a file.
 */
const map: JourneyMap = {
  id: 'm1', title: 'Bikes', goal: '', mapType: 'currentState', locale: 'en-GB', createdAt: '2026-11-20T09:30:00.000Z', updatedAt: '2026-11-20T09:30:00.000Z',
  stages: byId([stage('use', 'Use', 'a2'), stage('search', 'Search', 'a0'), stage('buy', 'Buy', 'a1')]),
  personas: byId([newPersona({ id: 'adam', name: 'Adam', color: '#db2777', order: 'a1' }), newPersona({ id: 'zofia', name: 'Zofia', color: '#2563eb', order: 'a0' })]),
  lanes: byId([lane('shared', null, 'a0'), lane('adamTp', 'adam', 'a0'), lane('zofiaTp', 'zofia', 'a0')]),
  notes: {},
  emotionPoints: {},
  touchpoints: byId([
    touchpoint('t1', 'zofiaTp', 'buy', 'a0', 'website', 'Checkout', { target: 100, actual: 80, momentOfTruth: true }),
    touchpoint('t2', 'adamTp', 'search', 'a0', 'paidAds', 'Ad', { actual: 5000 }),
    touchpoint('t3', 'zofiaTp', 'search', 'a1', 'website', 'blog post', { target: 20 }),
    touchpoint('t4', 'zofiaTp', 'search', 'a0', 'event', 'éclair stand', { target: 1000, actual: 950, dropOff: true }),
    touchpoint('t5', 'shared', 'use', 'a0', 'email', ''),
  ]),
  voteRounds: {},
  dotVotes: {},
  presenterNotes: {},
};

const POLISH_CHANNELS: Partial<Record<Channel, string>> = { website: 'Witryna', paidAds: 'Reklama', event: 'Wydarzenie', email: 'E-mail' };
const text: SortText = { collator: new Intl.Collator('en-GB'), channelName: (c) => POLISH_CHANNELS[c] ?? c };
const labels = (rows: readonly SummaryRow[]) => rows.map((r) => r.touchpoint.label);
const rows = summaryRows(map);

describe('summaryRows', () => {
  it('lists touchpoints stage by stage, then lane by lane, then in cell order', () => {
    expect(labels(rows)).toEqual(['éclair stand', 'blog post', 'Ad', 'Checkout', '']);
    expect(rows.map((r) => r.stageName)).toEqual(['Search', 'Search', 'Search', 'Buy', 'Use']);
  });

  it('marks touchpoints in a shared lane as belonging to no single persona', () => {
    expect(rows.at(-1)!.personaId).toBeNull();
    expect(rows.slice(0, -1).every((r) => r.personaId !== null)).toBe(true);
  });

  it('keeps the board order when no column is sorted', () => {
    expect(labels(sortSummary(rows, null, text))).toEqual(labels(rows));
  });
});

describe('sortSummary', () => {
  it('sorts numbers numerically, with empty values last in both directions', () => {
    expect(labels(sortSummary(rows, { column: 'target', direction: 'ascending' }, text))).toEqual(['blog post', 'Checkout', 'éclair stand', 'Ad', '']);
    expect(labels(sortSummary(rows, { column: 'target', direction: 'descending' }, text))).toEqual(['éclair stand', 'Checkout', 'blog post', 'Ad', '']);
  });

  it('sorts text with the collator (case and accents), empty labels last', () => {
    expect(labels(sortSummary(rows, { column: 'label', direction: 'ascending' }, text))).toEqual(['Ad', 'blog post', 'Checkout', 'éclair stand', '']);
    expect(labels(sortSummary(rows, { column: 'label', direction: 'descending' }, text))).toEqual(['éclair stand', 'Checkout', 'blog post', 'Ad', '']);
  });

  it('sorts channels by their translated names; ties keep board order', () => {
    expect(labels(sortSummary(rows, { column: 'channel', direction: 'ascending' }, text))).toEqual(['', 'Ad', 'blog post', 'Checkout', 'éclair stand']);
  });

  it('sorts stages in journey order and personas in board order, not alphabetically', () => {
    expect(labels(sortSummary(rows, { column: 'stage', direction: 'descending' }, text))).toEqual(['', 'Checkout', 'éclair stand', 'blog post', 'Ad']);
    expect(labels(sortSummary(rows, { column: 'persona', direction: 'ascending' }, text))).toEqual(['éclair stand', 'blog post', 'Checkout', 'Ad', '']);
  });

  it('puts moments of truth first, then drop-offs, when flags are sorted descending', () => {
    expect(labels(sortSummary(rows, { column: 'flags', direction: 'descending' }, text))).toEqual(['Checkout', 'éclair stand', 'blog post', 'Ad', '']);
  });
});

describe('nextSort', () => {
  it('starts a new column ascending and flips the sorted one', () => {
    const first = nextSort(null, 'label');
    expect(first).toEqual({ column: 'label', direction: 'ascending' });
    const second = nextSort(first, 'label');
    expect(second).toEqual({ column: 'label', direction: 'descending' });
    expect(nextSort(second, 'label')).toEqual(first);
    expect(nextSort(second, 'actual')).toEqual({ column: 'actual', direction: 'ascending' });
  });
});
