/**
 * Layout figures in the built app: the layout after one edit (the last drop
 * undone and redone, each step an incremental layout from its patches, timed
 * by the layout store itself) and fitting a 5,000-character note with the
 * app's canvas fitter.
 */
import { type Row, ms, summarize, verdict } from '../stats';
import { type BenchPage, settle } from './benchPage';

const STEPS = 20;
const FITS = 10;

/** Alternates undo and redo of the last command; needs one in the history. */
export async function layoutAfterEditRows({ page }: BenchPage, label: string, targetMs: number): Promise<Row[]> {
  const samples = await page.evaluate((steps) => {
    const hooks = window.__journeyboard!;
    const out: { ms: number; kind: string; step: number }[] = [];
    for (let i = 0; i < steps; i++) {
      const started = performance.now();
      const changed = i % 2 === 0 ? hooks.store.undo() : hooks.store.redo();
      const step = performance.now() - started;
      if (changed) out.push({ ...hooks.layouts.lastTiming, step });
    }
    return out;
  }, STEPS);
  await settle(page);
  const times = summarize(samples.map((s) => s.ms));
  const steps = summarize(samples.map((s) => s.step));
  const full = samples.filter((s) => s.kind !== 'incremental').length;
  return [
    {
      name: `${label} layout after one edit (undo/redo of the drop)`,
      median: ms(times.median),
      p95: ms(times.p95),
      other: `n=${samples.length}, ${full} full relayouts; timed inside the layout store`,
      target: `≤ ${targetMs}`,
      result: verdict(samples.length > 0 && full === 0 && times.median <= targetMs),
    },
    {
      name: `${label}   the whole undo/redo step`,
      median: ms(steps.median),
      p95: ms(steps.p95),
      other: 'apply the patches (immer) + layout + every store listener, synchronously; the drop is this plus the pointer handler and the repaint',
    },
  ];
}

export async function longNoteRows({ page }: BenchPage): Promise<Row[]> {
  const [url, prose] = await page.evaluate((fits) => {
    const { fitNote } = window.__journeyboard!;
    const time = (make: (i: number) => string) => {
      const out: number[] = [];
      for (let i = 0; i < fits; i++) {
        const text = make(i); // a new text each time: the fitter's memo must not answer
        const started = performance.now();
        fitNote(text);
        out.push(performance.now() - started);
      }
      return out;
    };
    return [
      time((i) => `https://example.com/${'a1b2c3d4e5'.repeat(497)}?v=${i}`.slice(0, 5000)),
      time((i) => Array.from({ length: 720 }, (_, w) => `wörd${(w * 7919 + i) % 9973}`).join(' ').slice(0, 5000)),
    ];
  }, FITS);
  const row = (name: string, values: number[]): Row => {
    const s = summarize(values);
    return { name, median: ms(s.median), p95: ms(s.p95), other: `n=${s.n}, canvas measureText`, target: '≤ 16', result: verdict(s.p95 <= 16) };
  };
  return [row('fit a 5,000-character note: one unbroken URL', url), row('fit a 5,000-character note: 720 distinct words', prose)];
}
