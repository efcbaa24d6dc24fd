/** Turns frame recordings into summary rows with PASS/FAIL against the targets. */
import type { FrameRecord, KeyRecord, LayerName, OpenMarks } from '../page/types';
import { type Row, type Summary, ms, summarize, verdict } from '../stats';
import type { Measured } from './gestures';

export interface FrameStats {
  readonly frames: number;
  /** Frames in which input was handled or a layer was drawn. */
  readonly busy: number;
  readonly work: Summary;
  readonly interval: Summary;
  /** Means over busy frames; they add up to the mean work. */
  readonly mean: { readonly input: number; readonly flush: number; readonly raster: number } & Record<LayerName, number>;
  /** CDP main-thread CPU time over the recording divided by its frames. */
  readonly cpuPerFrame: number;
}

const workOf = (f: FrameRecord): number => f.input + f.flush + f.raster;
const meanOf = (values: readonly number[]) => (values.length === 0 ? 0 : values.reduce((s, v) => s + v, 0) / values.length);

export function frameStats(recording: Measured): FrameStats {
  const busy = recording.frames.filter((f) => workOf(f) > 0);
  const intervals = recording.frames.map((f) => f.interval).filter((v) => Number.isFinite(v));
  const mean = (pick: (f: FrameRecord) => number) => meanOf(busy.map(pick));
  return {
    frames: recording.frames.length,
    busy: busy.length,
    work: summarize(busy.map(workOf)),
    interval: summarize(intervals),
    mean: {
      input: mean((f) => f.input),
      flush: mean((f) => f.flush),
      raster: mean((f) => f.raster),
      world: mean((f) => f.layers.world),
      drag: mean((f) => f.layers.drag),
      interaction: mean((f) => f.layers.interaction),
      headers: mean((f) => f.layers.headers),
    },
    cpuPerFrame: recording.taskMs / Math.max(1, recording.frames.length),
  };
}

export interface FrameTargets {
  readonly median?: number;
  readonly p95?: number;
}

const targetText = (t: FrameTargets) =>
  [t.median !== undefined ? `median ≤ ${t.median}` : '', t.p95 !== undefined ? `p95 ≤ ${t.p95}` : ''].filter(Boolean).join(', ');

const meets = (s: Summary, t: FrameTargets, tolerance = 0) =>
  verdict(t.median === undefined || s.median <= t.median + tolerance, t.p95 === undefined || s.p95 <= t.p95 + tolerance);

/** rAF intervals sit on the 60 Hz grid (16.7, 33.3, 50 ms) with timer jitter; an on-time frame measures 16.7 ± ~1 ms. */
const VSYNC_JITTER = 1;

/** Work per frame (primary), its breakdown, then the rAF interval (vsync-quantized). */
export function frameRows(name: string, stats: FrameStats, targets: FrameTargets): Row[] {
  const m = stats.mean;
  return [
    {
      name: `${name}: work/frame`,
      median: ms(stats.work.median),
      p95: ms(stats.work.p95),
      other: `max ${ms(stats.work.max)}; ${stats.busy}/${stats.frames} frames busy; main-thread CPU/frame ${ms(stats.cpuPerFrame)}`,
      target: targetText(targets),
      result: meets(stats.work, targets),
    },
    {
      name: `${name}:   work breakdown (means)`,
      other: `input ${ms(m.input)} + draw ${ms(m.flush)} + raster ${ms(m.raster)} | world ${ms(m.world)}, headers ${ms(m.headers)}, interaction ${ms(m.interaction)}, drag ${ms(m.drag)} (draw+raster)`,
    },
    {
      name: `${name}: rAF interval`,
      median: ms(stats.interval.median),
      p95: ms(stats.interval.p95),
      other: `max ${ms(stats.interval.max)}; ${stats.interval.n} intervals`,
      target: `${targetText(targets)} (+${VSYNC_JITTER} ms jitter)`,
      result: meets(stats.interval, targets, VSYNC_JITTER),
    },
  ];
}

/** A one-off action (drop, commit): from its input event to the end of the repaint that shows it. */
export function actionRow(name: string, recording: Measured, targetMs: number | null = null): Row[] {
  const change = recording.changes[0];
  const painted = recording.frames.map((f) => f.paintedAt).filter((t) => Number.isFinite(t) && (!change || t >= change.layoutAt));
  const started = change?.eventAt ?? Math.min(...recording.frames.map((f) => f.inputAt).filter((t) => Number.isFinite(t)));
  const latency = painted.length > 0 ? Math.min(...painted) - started : Number.NaN;
  // The layout store hears of a change before the probe does: then the board has its layout before "store notified".
  const parts = !change
    ? 'no store change'
    : change.layoutAt <= change.storeAt
      ? `command + layout store update ${ms(change.layoutAt - change.eventAt)} (input → board has the new layout), → repainted ${ms(latency - (change.layoutAt - change.eventAt))}`
      : `command ${ms(change.storeAt - change.eventAt)} (input → store notified), layout ${ms(change.layoutAt - change.storeAt)}, → repainted ${ms(latency - (change.layoutAt - change.eventAt))}`;
  return [
    {
      name,
      median: ms(latency),
      other: `input → first repaint with the change; main-thread CPU ${ms(recording.taskMs)}`,
      target: targetMs === null ? 'no target given' : `≤ ${targetMs}`,
      result: targetMs === null ? '' : verdict(latency <= targetMs),
    },
    { name: `${name.split(':')[0]}:   of which`, other: parts },
  ];
}

export interface OpenSample {
  readonly total: number;
  readonly parse: number;
  readonly render: number;
  readonly wait: number;
  readonly draw: number;
  readonly raster: number;
  readonly afterPaint: number;
  readonly measureCalls: number;
}

export function openSample(m: OpenMarks): OpenSample {
  return {
    total: m.painted - m.keydown,
    parse: m.storeChanged - m.openReturned,
    render: m.layoutSet - m.storeChanged,
    wait: m.flushStart - m.layoutSet,
    draw: m.flushEnd - m.flushStart,
    raster: m.rasterEnd - m.flushEnd,
    afterPaint: m.afterPaint - m.keydown,
    measureCalls: m.measureCalls,
  };
}

export function openRows(name: string, samples: readonly OpenSample[], targetMs: number | null): Row[] {
  const s = (pick: (o: OpenSample) => number) => summarize(samples.map(pick));
  const total = s((o) => o.total);
  return [
    {
      name: `${name}: Ctrl+O → first painted frame`,
      median: ms(total.median),
      p95: ms(total.p95),
      other: `n=${samples.length}; after paint ${ms(s((o) => o.afterPaint).median)}`,
      target: targetMs === null ? 'no target given' : `≤ ${targetMs}`,
      result: targetMs === null ? '' : verdict(total.median <= targetMs),
    },
    {
      name: `${name}:   of which`,
      other: [
        `parse+validate ${ms(s((o) => o.parse).median)}`,
        `React render+layout ${ms(s((o) => o.render).median)} (${Math.round(s((o) => o.measureCalls).median)} canvas measureText calls)`,
        `wait for frame ${ms(s((o) => o.wait).median)}`,
        `draw ${ms(s((o) => o.draw).median)}`,
        `raster ${ms(s((o) => o.raster).median)}`,
      ].join(', '),
    },
  ];
}

export function keyRows(keys: readonly KeyRecord[], targetMs: number, label = ''): Row[] {
  const done = keys.filter((k) => k.raf !== undefined && k.afterPaint !== undefined && k.inputEnd !== undefined);
  const toRaf = summarize(done.map((k) => k.raf! - k.keydown));
  const toAfter = summarize(done.map((k) => k.afterPaint! - k.keydown));
  const handling = summarize(done.map((k) => k.inputEnd! - k.keydown));
  return [
    {
      name: `${label}typing: keydown → next rAF after input`,
      median: ms(toRaf.median),
      p95: ms(toRaf.p95),
      other: `n=${done.length}/${keys.length}; includes waiting for the vsync`,
      target: `≤ ${targetMs}`,
      result: verdict(toRaf.median <= targetMs),
    },
    {
      name: `${label}typing: keydown → after that frame`,
      median: ms(toAfter.median),
      p95: ms(toAfter.p95),
      other: 'rAF + posted message: after style/layout/paint',
    },
    {
      name: `${label}typing: work (keydown → input handled)`,
      median: ms(handling.median),
      p95: ms(handling.p95),
      other: 'key events + React re-render of the editor',
      target: `≤ ${targetMs}`,
      result: verdict(handling.p95 <= targetMs),
    },
  ];
}
