/** What the in-page probe records; shared by the page code and the Node side. */
import type { FakeApiMarks } from './fakeApi';

declare global {
  interface Window {
    /** The bench's probe (page/probe.ts); only in bench pages. */
    __bench?: BenchProbe;
    /** Timestamps of the stand-in preload (page/fakeApi.ts); only in bench pages. */
    __benchApi?: FakeApiMarks;
  }
}

export type LayerName = 'world' | 'drag' | 'interaction' | 'headers';

export interface FrameRecord {
  /** performance.now() at this frame's rAF callback. */
  t: number;
  /** Since the previous rAF callback (vsync-quantized). */
  interval: number;
  /** Input event handling booked before this frame began. */
  input: number;
  /** In board.flush(), excluding forced raster: Konva scene functions recording canvas calls. */
  flush: number;
  /** Forced getImageData readback after each layer draw: Chromium rasterizes the recorded calls. */
  raster: number;
  /** draw + raster per layer. */
  layers: Record<LayerName, number>;
  /** When the first input event booked in this frame started (NaN: none). */
  inputAt: number;
  /** When this frame's flush ended (NaN: no flush). */
  paintedAt: number;
}

export interface StoreChange {
  /** Capture time of the input event during which the store changed (NaN: none). */
  eventAt: number;
  /** The store notified its listeners (the command has run). */
  storeAt: number;
  /** The board received the new layout (the layout store updated it from the change). */
  layoutAt: number;
}

export interface Recording {
  readonly frames: FrameRecord[];
  readonly changes: StoreChange[];
}

export interface OpenMarks {
  keydown: number;
  openCalled: number;
  openReturned: number;
  storeChanged: number;
  layoutSet: number;
  flushStart: number;
  flushEnd: number;
  rasterEnd: number;
  /** The rAF after the first flush that drew the new board's world layer. */
  painted: number;
  /** A message posted from that rAF: after the frame's rendering steps. */
  afterPaint: number;
  /** canvas measureText calls from Ctrl+O to the new layout. */
  measureCalls: number;
}

export interface KeyRecord {
  keydown: number;
  inputStart?: number;
  inputEnd?: number;
  raf?: number;
  afterPaint?: number;
}

export interface BenchProbe {
  /** Patches the board controller once the app has mounted; false until it has. */
  hook(): boolean;
  armOpen(): void;
  /** Marks of the armed open so far (all set once `afterPaint` is). */
  readonly open: Partial<OpenMarks>;
  /** Resolves once the first frame is on record, so input sent next always lands in a recorded frame. */
  startFrames(forceRaster: boolean): Promise<void>;
  stopFrames(): Promise<Recording>;
  startKeys(): void;
  stopKeys(): KeyRecord[];
}
