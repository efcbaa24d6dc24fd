/** The Markdown report: goal, personas, stages with notes by lane, emotions and KPIs, pains and opportunities, the vote's place. */
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../renderer/i18n/i18n';
import { markdownReport, markdownReportPieces } from '../../../renderer/model/report/markdownReport';
import { cell, listItem } from '../../../renderer/model/report/markdown';
import { sortedStages } from '../../../renderer/model/queries';
import type { JourneyMap } from '../../../renderer/model/types';
import { parseOk, readFixture } from '../model/helpers';

const fixtureMap = (name: string): JourneyMap => parseOk(readFixture(name)).document.map;

describe('the Markdown report', async () => {
  const i18n = await createI18n('en');
  const t = i18n.t.bind(i18n) as (key: string, values?: Readonly<Record<string, unknown>>) => string;

  it('has the goal, the personas, every stage in order, the pains and opportunities and the voting section', () => {
    const map = fixtureMap('full.cjm');
    const report = markdownReport(map, { t, locale: 'en' });
    expect(report.startsWith(`# ${map.title}\n`)).toBe(true);
    expect(report).toContain(`**Goal:** ${map.goal}`);
    for (const persona of Object.values(map.personas)) expect(report).toContain(`### ${persona.name}`);
    const stageHeadings = sortedStages(map).map((s, i) => report.indexOf(`## ${i + 1}. ${s.name}\n`));
    expect(stageHeadings.every((at) => at > 0)).toBe(true);
    expect([...stageHeadings].sort((a, b) => a - b)).toEqual(stageHeadings);
    const painsAt = report.indexOf('## Pains and opportunities');
    expect(painsAt).toBeGreaterThan(stageHeadings.at(-1)!);
    expect(report).toContain('## Voting results\n\n_No vote has been taken on this map yet._');
    for (const note of Object.values(map.notes).filter((n) => !/[\\`*_[\]<>|\n]/.test(n.text))) expect(report).toContain(note.text);
  });

  it('lists each pain once more under Pains, with its stage and persona', () => {
    const map = fixtureMap('full.cjm');
    const report = markdownReport(map, { t, locale: 'en' });
    const summary = report.slice(report.indexOf('## Pains and opportunities'));
    const pains = Object.values(map.notes).filter((n) => map.lanes[n.laneId]!.kind === 'pains');
    expect(pains.length).toBeGreaterThan(0);
    for (const pain of pains) {
      const where = `${map.stages[pain.stageId]!.name} · ${map.personas[map.lanes[pain.laneId]!.personaId!]!.name}`;
      expect(summary).toContain(`${listItem(pain.text)} _(${where})_`);
    }
  });

  it('gives touchpoints their KPI target, actual and percentage through Intl, in the locale', () => {
    const map = fixtureMap('full.cjm');
    const touchpoint = Object.values(map.touchpoints).find((tp) => tp.target && tp.actual !== null)!;
    const en = markdownReport(map, { t, locale: 'en' });
    const pct = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 0 }).format(touchpoint.actual! / touchpoint.target!);
    const number = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });
    expect(en).toContain(`| ${number.format(touchpoint.target!)} | ${number.format(touchpoint.actual!)} | ${pct} |`);
    expect(en).toContain('| Touchpoint | Channel | Goal | KPI | Target | Actual | % of target |');
    const pl = markdownReport(map, { t, locale: 'pl' });
    expect(pl).toContain(new Intl.NumberFormat('pl', { style: 'percent', maximumFractionDigits: 0 }).format(touchpoint.actual! / touchpoint.target!));
  });

  it('shows the as-is and to-be emotion scores with their sign', () => {
    const map = fixtureMap('full.cjm');
    const report = markdownReport(map, { t, locale: 'en' });
    const point = Object.values(map.emotionPoints).find((p) => p.curve === 'target' && p.score > 0)!;
    expect(report).toMatch(new RegExp(`To-be \\+${point.score}`));
    expect(report).toMatch(/\*\*Emotions:\*\* As-is [+−-]?\d/);
  });

  it('keeps Polish, Romanian and Cyrillic text exactly', () => {
    const map = fixtureMap('i18n.cjm');
    const report = markdownReport(map, { t, locale: 'ru' });
    for (const stage of Object.values(map.stages)) expect(report).toContain(stage.name);
    expect(report).toMatch(/ą|ę|ł/);
    expect(report).toMatch(/ș|ț/);
    expect(report).toMatch(/[а-я]/);
  });

  it('escapes text that would become markup and keeps tables on one line', () => {
    expect(cell('a | b\nc *d*')).toBe('a \\| b<br>c \\*d\\*');
    expect(listItem('first\nsecond <script>')).toBe('- first  \n  second \\<script\\>');
  });

  it('comes in one piece per stage plus the head and the tail, with progress', () => {
    const map = fixtureMap('full.cjm');
    const pieces = [...markdownReportPieces(map, { t, locale: 'en' })];
    expect(pieces).toHaveLength(Object.keys(map.stages).length + 2);
    expect(pieces.map((p) => p.text).join('')).toBe(markdownReport(map, { t, locale: 'en' }));
    expect(pieces.at(-1)!.done).toBe(pieces.at(-1)!.total);
  });
});
