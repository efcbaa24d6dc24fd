/**
 * The workshop report as Markdown: the goal, the personas, then stage by stage
 * the notes by lane, the emotion scores and the touchpoints with their KPIs,
 * then the pains and opportunities, and a place for the vote.
 *
 * Pure: headings come from the injected `t` (the UI catalog) and numbers from
 * Intl in the given locale. Built in pieces (one per stage) so the UI can show
 * progress and stay responsive on a large map.
 */
import { joinPieces, type Piece } from '../pieces';
import { laneBands, notesByCell, cellKey, sortedPersonas, sortedStages, touchpointsInCell } from '../queries';
import type { EmotionCurve, JourneyMap, LaneKind, Persona, Stage } from '../types';
import { cell, inline, listItem, table } from './markdown';

export type Translate = (key: string, values?: Readonly<Record<string, unknown>>) => string;

export interface ReportOptions {
  readonly t: Translate;
  /** For numbers and percentages (Intl). */
  readonly locale: string;
}

const CURVES: readonly EmotionCurve[] = ['current', 'target'];
/** The lanes listed again after the stages, gathered from every stage. */
const SUMMARY_KINDS = ['pains', 'opportunities'] as const satisfies readonly LaneKind[];

function personaSection(persona: Persona, t: Translate): string {
  const lines = [`### ${inline(persona.name)}`];
  if (persona.quote) lines.push('', `> ${inline(persona.quote)}`);
  const facts: [string, string][] = [];
  const add = (label: string, value: string | readonly string[]) => {
    const text = typeof value === 'string' ? value : value.join(', ');
    if (text.trim()) facts.push([label, text]);
  };
  const p = (key: string) => t(`panels:persona.${key}`);
  add(p('segment'), persona.segment);
  add(p('demographics.age'), persona.demographics.age);
  add(p('demographics.location'), persona.demographics.location);
  add(p('demographics.occupation'), persona.demographics.occupation);
  for (const extra of persona.demographics.extra) add(extra.label, extra.value);
  const b = persona.behaviour;
  if (b.purchaseFrequency) add(p('behaviour.purchaseFrequency'), p(`behaviour.frequency.${b.purchaseFrequency}`));
  if (b.recency) add(p('behaviour.recency'), p(`behaviour.recencyValue.${b.recency}`));
  add(p('behaviour.averageBasket'), b.averageBasket);
  add(p('behaviour.topCategories'), b.topCategories);
  add(p('behaviour.channels'), b.channels.map((c) => t(`channel.${c}`)));
  add(p('behaviour.devices'), b.devices);
  if (facts.length > 0) lines.push('', ...facts.map(([label, value]) => `- **${inline(label)}:** ${cell(value)}`));
  for (const list of ['needs', 'motivations', 'fears', 'obstacles'] as const) {
    if (persona[list].length === 0) continue;
    lines.push('', `**${inline(p(`${list}.heading`))}**`, '', ...persona[list].map((item) => listItem(item)));
  }
  return lines.join('\n');
}

export function* markdownReportPieces(map: JourneyMap, { t, locale }: ReportOptions): Generator<Piece, void, void> {
  const stages = sortedStages(map);
  const personas = sortedPersonas(map);
  const personaName = new Map(personas.map((p) => [p.id, p.name]));
  const bands = laneBands(map);
  const notes = notesByCell(map);
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const score = new Intl.NumberFormat(locale, { signDisplay: 'exceptZero' });
  const total = stages.length + 2;

  const head = [`# ${inline(map.title)}`, ''];
  head.push(`**${inline(t('report.goal'))}:** ${map.goal.trim() ? cell(map.goal) : `_${inline(t('report.noGoal'))}_`}`, '');
  head.push(`**${inline(t('report.mapType'))}:** ${inline(t(`mapType.${map.mapType}`))}`, '');
  head.push(`## ${inline(t('report.personas'))}`, '', personas.map((p) => personaSection(p, t)).join('\n\n'), '');
  yield { text: `${head.join('\n')}\n`, done: 1, total };

  for (const [index, stage] of stages.entries()) {
    yield { text: `${stageSection(stage, index)}\n`, done: index + 2, total };
  }

  const tail: string[] = [`## ${inline(t('report.painsAndOpportunities'))}`, ''];
  for (const kind of SUMMARY_KINDS) {
    tail.push(`### ${inline(t(`laneKind.${kind}`))}`, '');
    const items: string[] = [];
    for (const band of bands) {
      for (const lane of band.lanes.filter((l) => l.kind === kind)) {
        for (const stage of stages) {
          const where = [stage.name, band.personaId ? personaName.get(band.personaId) : t('report.allPersonas')].filter(Boolean).join(' · ');
          for (const note of notes.get(cellKey(lane.id, stage.id)) ?? []) items.push(`${listItem(note.text)} _(${inline(where)})_`);
        }
      }
    }
    tail.push(items.length > 0 ? items.join('\n') : `_${inline(t('report.none'))}_`, '');
  }
  // Dot-voting is not in the app yet; its results will go here, and until then the report says so plainly.
  tail.push(`## ${inline(t('report.voting'))}`, '', `_${inline(t('report.noVotes'))}_`, '');
  yield { text: tail.join('\n'), done: total, total };

  function stageSection(stage: Stage, index: number): string {
    const lines = [`## ${index + 1}. ${inline(stage.name)}`, ''];
    for (const band of bands) {
      const section: string[] = [];
      for (const lane of band.lanes) {
        const laneNotes = notes.get(cellKey(lane.id, stage.id)) ?? [];
        if (laneNotes.length === 0) continue;
        section.push(`**${inline(lane.title)}**`, '', ...laneNotes.map((n) => listItem(n.text)), '');
      }
      if (band.personaId) {
        const scores = CURVES.flatMap((curve) => {
          const point = Object.values(map.emotionPoints).find((e) => e.personaId === band.personaId && e.stageId === stage.id && e.curve === curve);
          if (!point) return [];
          const label = point.label.trim() ? ` (${inline(point.label)})` : '';
          return [`${inline(t(`report.curve.${curve}`))} ${score.format(point.score)}${label}`];
        });
        if (scores.length > 0) section.push(`**${inline(t('report.emotions'))}:** ${scores.join('; ')}`, '');
      }
      const touchpoints = band.lanes.flatMap((lane) => touchpointsInCell(map, lane.id, stage.id));
      if (touchpoints.length > 0) {
        const rows = touchpoints.map((tp) => [
          cell(tp.label || t(`channel.${tp.channel}`)),
          cell(t(`channel.${tp.channel}`)),
          cell(tp.goal),
          cell(tp.kpi),
          tp.target === null ? '' : number.format(tp.target),
          tp.actual === null ? '' : number.format(tp.actual),
          tp.target && tp.actual !== null ? percent.format(tp.actual / tp.target) : '',
        ]);
        const header = ['touchpoint', 'channel', 'goal', 'kpi', 'target', 'actual', 'percent'].map((c) => inline(t(`report.column.${c}`)));
        section.push(`**${inline(t('report.touchpoints'))}**`, '', table(header, rows), '');
      }
      if (section.length === 0) continue;
      const name = band.personaId ? (personaName.get(band.personaId) ?? '') : t('report.allPersonas');
      lines.push(`### ${inline(name)}`, '', ...section);
    }
    return lines.join('\n');
  }
}

export const markdownReport = (map: JourneyMap, options: ReportOptions): string => joinPieces(markdownReportPieces(map, options));
