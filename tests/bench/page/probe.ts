/**
 * The in-page half of the bench, installed by `page.addInitScript` before the
 * app starts. It timestamps input, frames, store changes and the board
 * board's work (its render scheduler's `flush()` and each Konva layer's
 * `draw()`), patching the live instances only; the app's code is unchanged.
 *
 * SELF-CONTAINED: Playwright sends this function's source text to the page, so
 * it must not use anything from other modules at run time (types only).
 *
 * Per animation frame (see types.ts):
 * - input: from a capture listener on window to the last bubble listener on
 *   #root or window (React handlers may stop propagation at the root): the
 *   board's pointer/wheel handlers, Konva's stage handlers, React's handlers and
 *   the React render a store change flushes in a microtask before dispatch ends;
 * - flush: inside `board.scheduler.flush()`: the layers' scene functions, which record
 *   canvas 2D calls (Chromium rasterizes them later, at the end of the frame);
 * - raster: when forced, `getImageData(0, 0, 1, 1)` right after each layer
 *   draw, which makes Chromium rasterize that canvas now, where we can time it.
 */
import type Konva from 'konva';
import type { AppHooks } from '../../../renderer/appHooks';
import type { BenchProbe, FrameRecord, KeyRecord, LayerName, OpenMarks, Recording, StoreChange } from './types';

export function installProbe(): void {
  type Controller = NonNullable<AppHooks['board']>;
  const layersOf = (board: Controller): Readonly<Record<LayerName, Konva.Layer>> | null => board.scheduler.layers;
  const now = () => performance.now();
  const afterPaint = (record: (t: number) => void) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => record(now());
    channel.port2.postMessage(0);
  };

  /* ---------- canvas measureText calls (the layout fits note text with it) ---------- */
  const measureText = CanvasRenderingContext2D.prototype.measureText;
  let measureCalls = 0;
  CanvasRenderingContext2D.prototype.measureText = function counted(this: CanvasRenderingContext2D, text: string): TextMetrics {
    measureCalls++;
    return measureText.call(this, text);
  };

  /* ---------- input ---------- */
  const TIMED = ['pointerdown', 'pointermove', 'pointerup', 'mousedown', 'mousemove', 'mouseup', 'click', 'dblclick', 'wheel', 'keydown', 'keyup', 'input'];
  let eventStart = 0;
  let eventEndAt = 0;
  let inputAcc = 0;
  let firstInputAt = Number.NaN;
  /** Books the last event when the next one starts or the next frame begins. */
  const book = () => {
    if (eventStart > 0 && eventEndAt >= eventStart) inputAcc += eventEndAt - eventStart;
    eventStart = 0;
  };
  const eventEnd = () => {
    eventEndAt = now();
  };
  for (const type of TIMED) {
    window.addEventListener(type, () => {
      book();
      eventStart = now();
      if (Number.isNaN(firstInputAt)) firstInputAt = eventStart;
    }, { capture: true });
  }

  /* ---------- frames ---------- */
  let frames: FrameRecord[] = [];
  let changes: StoreChange[] = [];
  let recording = false;
  let forceRaster = false;
  let lastFrame = 0;
  let rasterInFlush = 0;
  let firstFrame: (() => void) | null = null;
  const loop = () => {
    if (!recording) return;
    const t = now();
    book();
    frames.push({
      t,
      interval: lastFrame > 0 ? t - lastFrame : Number.NaN,
      input: inputAcc,
      flush: 0,
      raster: 0,
      layers: { world: 0, drag: 0, interaction: 0, headers: 0 },
      inputAt: firstInputAt,
      paintedAt: Number.NaN,
    });
    inputAcc = 0;
    firstInputAt = Number.NaN;
    lastFrame = t;
    requestAnimationFrame(loop);
    firstFrame?.();
    firstFrame = null;
  };
  const current = () => (recording ? frames.at(-1) : undefined);

  /* ---------- open: Ctrl+O → first paint of the new board ---------- */
  let open: Partial<OpenMarks> = {};
  let openArmed = false;
  let openMeasureStart = 0;
  window.addEventListener('keydown', (e) => {
    if (openArmed && open.keydown === undefined && e.ctrlKey && e.key.toLowerCase() === 'o') open.keydown = now();
  }, { capture: true });

  /* ---------- keystrokes ---------- */
  let keys: KeyRecord[] = [];
  let keysOn = false;
  window.addEventListener('keydown', () => {
    if (keysOn) keys.push({ keydown: now() });
  }, { capture: true });
  window.addEventListener('input', () => {
    const key = keys.at(-1);
    if (keysOn && key && key.inputStart === undefined) key.inputStart = now();
  }, { capture: true });
  const inputDone = () => {
    const key = keys.at(-1);
    if (!keysOn || !key || key.inputEnd !== undefined) return;
    key.inputEnd = now();
    requestAnimationFrame(() => {
      key.raf = now();
      afterPaint((t) => {
        key.afterPaint = t;
      });
    });
  };

  let hooked = false;
  const hookBoard = (host: AppHooks, board: Controller) => {
    host.store.subscribe(() => {
      const t = now();
      if (openArmed && open.storeChanged === undefined) {
        open.openCalled = window.__benchApi?.openCalled;
        open.openReturned = window.__benchApi?.openReturned;
        open.storeChanged = t;
      }
      // The layout store subscribed first, so the board may already have its new layout: that change is open, waiting for this time.
      const pending = changes.at(-1);
      if (recording && pending && Number.isNaN(pending.storeAt)) pending.storeAt = t;
      else if (recording) changes.push({ eventAt: eventStart > 0 ? eventStart : Number.NaN, storeAt: t, layoutAt: Number.NaN });
    });
    const setLayout = board.setLayout.bind(board);
    board.setLayout = (layout) => {
      setLayout(layout);
      const t = now();
      const change = changes.at(-1);
      if (recording && change && Number.isNaN(change.layoutAt)) change.layoutAt = t;
      else if (recording) changes.push({ eventAt: eventStart > 0 ? eventStart : Number.NaN, storeAt: Number.NaN, layoutAt: t });
      if (openArmed && open.layoutSet === undefined && open.keydown !== undefined) {
        if (open.storeChanged === undefined) {
          // The layout store hears of the new document before the probe's store listener: the store changed when its layout began.
          open.openCalled = window.__benchApi?.openCalled;
          open.openReturned = window.__benchApi?.openReturned;
          open.storeChanged = t - host.layouts.lastTiming.ms;
        }
        open.layoutSet = t;
        open.measureCalls = measureCalls - openMeasureStart;
      }
    };
    for (const name of ['world', 'drag', 'interaction', 'headers'] as const) {
      const layer = layersOf(board)?.[name];
      if (!layer) continue;
      const draw = layer.draw.bind(layer);
      layer.draw = () => {
        const started = now();
        const result = draw();
        const drawn = now();
        const opening = openArmed && open.layoutSet !== undefined && open.flushEnd === undefined;
        if (forceRaster || opening) layer.getNativeCanvasElement().getContext('2d')?.getImageData(0, 0, 1, 1);
        const rastered = now();
        rasterInFlush += rastered - drawn;
        const frame = current();
        if (frame) {
          frame.raster += rastered - drawn;
          frame.layers[name] += rastered - started;
        }
        return result;
      };
    }
    // The scheduler's own frame callback looks `flush` up on the instance, so it runs this one.
    const scheduler = board.scheduler;
    const flush = scheduler.flush.bind(scheduler);
    scheduler.flush = () => {
      rasterInFlush = 0;
      const started = now();
      flush();
      const ended = now();
      const frame = current();
      if (frame) {
        frame.flush += ended - started - rasterInFlush;
        frame.paintedAt = ended;
      }
      if (openArmed && open.layoutSet !== undefined && open.flushEnd === undefined) {
        open.flushStart = started;
        open.flushEnd = ended - rasterInFlush;
        open.rasterEnd = ended;
        requestAnimationFrame(() => {
          open.painted = now();
          afterPaint((t) => {
            open.afterPaint = t;
          });
        });
      }
    };
  };

  const probe: BenchProbe = {
    hook() {
      if (hooked) return true;
      const host = window.__journeyboard;
      if (!host?.board || !layersOf(host.board)) return false;
      hookBoard(host, host.board);
      hooked = true;
      return true;
    },
    armOpen() {
      open = {};
      openArmed = true;
      openMeasureStart = measureCalls;
    },
    get open() {
      return open;
    },
    startFrames(raster) {
      frames = [];
      changes = [];
      forceRaster = raster;
      inputAcc = 0;
      eventStart = 0;
      firstInputAt = Number.NaN;
      lastFrame = 0;
      recording = true;
      // Registered now, after the app's own listeners, so they run last on their node.
      const root = document.getElementById('root');
      for (const type of TIMED) {
        window.addEventListener(type, eventEnd);
        root?.addEventListener(type, eventEnd);
      }
      // Input sent before the first frame record would have no frame to book its paint in (a paint inside the event handler went unseen).
      return new Promise<void>((resolve) => {
        firstFrame = resolve;
        requestAnimationFrame(loop);
      });
    },
    stopFrames() {
      return new Promise<Recording>((resolve) => {
        // Two more frames so the last input's flush lands in a record.
        requestAnimationFrame(() =>
          requestAnimationFrame(() => {
            recording = false;
            forceRaster = false;
            const root = document.getElementById('root');
            for (const type of TIMED) {
              window.removeEventListener(type, eventEnd);
              root?.removeEventListener(type, eventEnd);
            }
            resolve({ frames, changes });
          }),
        );
      });
    },
    startKeys() {
      keys = [];
      keysOn = true;
      window.addEventListener('input', inputDone);
    },
    stopKeys() {
      keysOn = false;
      window.removeEventListener('input', inputDone);
      return keys;
    },
  };
  window.__bench = probe;
}
