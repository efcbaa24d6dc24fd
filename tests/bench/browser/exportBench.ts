/**
 * Issue 14 export figures in the built app, on the open 2,000-note map:
 * PDF (one poster page) and PNG at 2× of the whole map through the app's
 * export engine (`window.__journeyboard.exportMap`), each run RUNS times.
 *
 * Longest main-thread task: the larger of the longest 'longtask' entry
 * (Chromium reports tasks over 50 ms) and the longest gap between animation
 * frames during the export minus one frame (16.7 ms): what the facilitator
 * sees as a frozen window. (A setTimeout(0) ticker would see every task, but
 * it leaves Chromium no idle time, and Chromium encodes a PNG in idle time.)
 */
import type { ExportOptions } from '../../../renderer/model/export/exportOptions';
import { type Row, ms, summarize, verdict } from '../stats';
import { type BenchPage, settle } from './benchPage';

const RUNS = 3;

interface ExportSample {
  readonly ms: number;
  readonly longestTask: number;
  readonly bytes: number;
}

async function timeExport({ page }: BenchPage, options: ExportOptions): Promise<ExportSample> {
  const sample = await page.evaluate(async (opts) => {
    const hooks = window.__journeyboard!;
    let longTask = 0;
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) longTask = Math.max(longTask, entry.duration);
    });
    observer.observe({ type: 'longtask' });
    let running = true;
    let last = performance.now();
    let gap = 0;
    const frame = (now: number) => {
      gap = Math.max(gap, now - last);
      last = now;
      if (running) requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
    const started = performance.now();
    const result = await hooks.exportMap(opts);
    const elapsed = performance.now() - started;
    running = false;
    await new Promise((resolve) => setTimeout(resolve, 100));
    observer.disconnect();
    return { ms: elapsed, longestTask: Math.max(longTask, gap - 1000 / 60), bytes: result.bytes.length };
  }, options);
  await settle(page);
  return sample;
}

async function exportRow(bp: BenchPage, name: string, options: ExportOptions, targetMs: number): Promise<Row[]> {
  const samples: ExportSample[] = [];
  for (let i = 0; i < RUNS; i++) samples.push(await timeExport(bp, options));
  const times = summarize(samples.map((s) => s.ms));
  const longest = Math.max(...samples.map((s) => s.longestTask));
  const size = samples[0]!.bytes;
  return [
    {
      name,
      median: ms(times.median),
      p95: ms(times.p95),
      target: `≤ ${targetMs}`,
      result: verdict(times.median <= targetMs),
      other: `n=${samples.length}, ${(size / 1024 / 1024).toFixed(1)} MB file; from the call to the bytes`,
    },
    {
      name: `${name}: longest main-thread task`,
      median: ms(longest),
      target: '≤ 100',
      result: verdict(longest <= 100),
      other: 'max over the runs of the longest longtask entry and the longest gap between animation frames less one frame',
    },
  ];
}

export async function exportRows(bp: BenchPage): Promise<Row[]> {
  return [
    ...(await exportRow(bp, '2k PDF export, poster page', { format: 'pdf', paper: 'poster', orientation: 'auto', pagePerStage: false, coverPage: false }, 3000)),
    ...(await exportRow(bp, '2k PNG export 2×, whole map', { format: 'png', region: { kind: 'map' }, scale: 2, background: 'white' }, 2000)),
  ];
}
