/**
 * Mounts the real Konva <Board> in Chromium, with a real UiStore, the app's
 * stylesheet and fonts, English labels from the app's i18n catalog and the
 * canvas text fitter, and reads back what the layer canvases show.
 *
 * Pixel reads take screen (CSS) pixels of the board and read the device pixel
 * there (screen × devicePixelRatio).
 */
import type { TFunction } from 'i18next';
import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { expect } from 'vitest';
import { Board } from '../../renderer/board/Board';
import type { BoardController, BoardIntents } from '../../renderer/board/boardController';
import { canvasMeasure, createNoteFitter } from '../../renderer/board/textMeasure';
import { BOARD, FONT_FAMILY } from '../../renderer/board/theme';
import { createI18n } from '../../renderer/i18n/i18n';
import type { BoardLayout, NoteBox, Rect } from '../../renderer/model/layout';
import type { JourneyMap } from '../../renderer/model/types';
import { LayoutStore, type MapSource } from '../../renderer/state/layoutStore';
import { PresentStore } from '../../renderer/state/presentStore';
import { UiStore } from '../../renderer/state/uiStore';
import { createBoardLabels, createLayoutText } from '../../renderer/ui/boardLabels';
import '../../renderer/ui/styles.css';

export const VIEW_WIDTH = 1200;
export const VIEW_HEIGHT = 680;

/* ---------- labels: the app's own English catalog ---------- */

let tPromise: Promise<TFunction> | null = null;
function englishT(): Promise<TFunction> {
  tPromise ??= createI18n('en').then((i18n) => i18n.t.bind(i18n));
  return tPromise;
}

export const noIntents: BoardIntents = {
  moveNotes: () => {},
  moveTouchpoint: () => {},
  moveStage: () => {},
  resizeStage: () => {},
  addStage: () => {},
  editNote: () => {},
  newNote: () => {},
  newTouchpoint: () => {},
  editStage: () => {},
  editLane: () => {},
  openPersona: () => {},
  openTouchpoint: () => {},
  setEmotion: () => {},
  editEmotionLabel: () => {},
  contextMenu: () => {},
};

/* ---------- mounting ---------- */

export type { MapSource };

export function fixedMap(map: JourneyMap): MapSource {
  return { subscribe: () => () => {}, getMap: () => map };
}

function Harness(props: { source: MapSource; ui: UiStore; intents: BoardIntents; t: TFunction; onController: (c: BoardController) => void }) {
  const map = useSyncExternalStore(props.source.subscribe, props.source.getMap);
  const labels = useMemo(() => createBoardLabels(props.t, map), [props.t, map]);
  const layouts = useMemo(() => {
    const measure = canvasMeasure();
    return new LayoutStore(props.source, props.ui, { fitNote: createNoteFitter(measure), measure, text: createLayoutText(props.t, 'en') });
  }, [props.source, props.ui, props.t]);
  useEffect(() => () => layouts.dispose(), [layouts]);
  const present = useMemo(() => new PresentStore(), []);
  return <Board map={map} ui={props.ui} intents={props.intents} labels={labels} layouts={layouts} present={present} onController={props.onController} />;
}

export interface LayerCanvases {
  readonly world: HTMLCanvasElement;
  readonly drag: HTMLCanvasElement;
  readonly interaction: HTMLCanvasElement;
  readonly headers: HTMLCanvasElement;
}

export interface MountedBoard {
  readonly host: HTMLDivElement;
  readonly ui: UiStore;
  readonly controller: BoardController;
  readonly canvases: LayerCanvases;
  /** The layout the board paints from right now. */
  layout(): BoardLayout;
  /** Paints every pending layer now and returns what the user sees. */
  paint(): Snapshot;
  /** Resolves once the board has laid out a new map (after a store change). */
  nextLayout(): Promise<BoardLayout>;
  unmount(): void;
}

let fontsLoaded: Promise<unknown> | null = null;
function loadFonts(): Promise<unknown> {
  // As renderer/main.tsx does before mounting the app.
  fontsLoaded ??= Promise.all(['400 16px "Noto Sans"', '600 16px "Noto Sans"', '700 16px "Noto Sans"'].map((font) => document.fonts.load(font)));
  return fontsLoaded;
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

async function until(what: string, test: () => boolean, timeoutMs = 3000): Promise<void> {
  const started = performance.now();
  while (!test()) {
    if (performance.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await nextFrame();
  }
}

/** `intents`: what the board's gestures ask for; by default they do nothing. */
export async function mountBoard(source: MapSource, size = { width: VIEW_WIDTH, height: VIEW_HEIGHT }, intents: BoardIntents = noIntents): Promise<MountedBoard> {
  await loadFonts();
  const t = await englishT();
  const host = document.createElement('div');
  host.className = 'board-host';
  host.style.cssText = `position: fixed; left: 0; top: 0; width: ${size.width}px; height: ${size.height}px;`;
  document.body.appendChild(host);

  const ui = new UiStore();
  let controller: BoardController | null = null;
  const root: Root = createRoot(host);
  const onController = (c: BoardController) => {
    controller = c;
  };
  root.render(<Harness source={source} ui={ui} intents={intents} t={t} onController={onController} />);

  const canvasList = () => [...host.querySelectorAll('canvas')];
  // Mounted, attached, and resized to the host (the stage starts at 800×600).
  await until('the board to mount at the host size', () => {
    const first = canvasList()[0];
    return controller !== null && canvasList().length === 4 && first !== undefined && first.clientWidth === size.width && first.clientHeight === size.height;
  });
  await document.fonts.ready;
  await nextFrame();
  await nextFrame();
  const ready = controller as BoardController | null;
  if (!ready) throw new Error('no controller');
  const [world, drag, interaction, headers] = canvasList() as [HTMLCanvasElement, HTMLCanvasElement, HTMLCanvasElement, HTMLCanvasElement];
  const canvases = { world, drag, interaction, headers };

  return {
    host,
    ui,
    controller: ready,
    canvases,
    layout: () => {
      const layout = ready.getLayout();
      if (!layout) throw new Error('the board has no layout');
      return layout;
    },
    paint: () => {
      ready.flush();
      return snapshot(canvases, size);
    },
    nextLayout: () =>
      new Promise<BoardLayout>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('no new layout within 3 s')), 3000);
        const off = ready.onLayoutChange(() => {
          off();
          clearTimeout(timer);
          resolve(ready.getLayout()!);
        });
      }),
    unmount: () => {
      root.unmount();
      host.remove();
    },
  };
}

/* ---------- pixels ---------- */

export type Rgba = readonly [number, number, number, number];

export function hex(color: string): Rgba {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
  if (!m) throw new Error(`not a #rrggbb colour: ${color}`);
  return [parseInt(m[1]!, 16), parseInt(m[2]!, 16), parseInt(m[3]!, 16), 255];
}

/** Largest channel difference; alpha is ignored (snapshots are opaque). */
export const colorDistance = (a: Rgba, b: Rgba): number => Math.max(Math.abs(a[0] - b[0]), Math.abs(a[1] - b[1]), Math.abs(a[2] - b[2]));

export const isColor = (pixel: Rgba, color: string, tolerance = 12): boolean => colorDistance(pixel, hex(color)) <= tolerance;

/** Stage names: white text on the dark stage strip (antialiased edges included). */
export const isWhiteInk = (pixel: Rgba): boolean => isColor(pixel, BOARD.headerText, 40);
/** Lane titles and note text: the board's near-black text colour. */
export const isDarkInk = (pixel: Rgba): boolean => colorDistance(pixel, hex(BOARD.text)) <= 40;

export const rgbText = (pixel: Rgba): string => `rgb(${pixel[0]}, ${pixel[1]}, ${pixel[2]})`;

export interface Snapshot {
  /** What the user sees at a screen point: all layers, each stretched to the stage as the page shows it, composited in order. */
  at(sx: number, sy: number): Rgba;
  /** One layer's own pixel from its own backing store (alpha included: 0 where the layer painted nothing). */
  layerAt(layer: keyof LayerCanvases, sx: number, sy: number): Rgba;
  /** Screen points in a rectangle (step in screen px) whose composited colour passes `test`. */
  count(rect: Rect, test: (pixel: Rgba) => boolean, step?: number): number;
  readonly pixelRatio: number;
}

function snapshot(canvases: LayerCanvases, size: { width: number; height: number }): Snapshot {
  // The page shows each layer canvas stretched to the stage's CSS size; compose them the same way at device resolution.
  const pixelRatio = window.devicePixelRatio;
  const composite = document.createElement('canvas');
  composite.width = Math.round(size.width * pixelRatio);
  composite.height = Math.round(size.height * pixelRatio);
  const ctx = composite.getContext('2d')!;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, composite.width, composite.height);
  for (const layer of [canvases.world, canvases.drag, canvases.interaction, canvases.headers]) ctx.drawImage(layer, 0, 0, composite.width, composite.height);
  const all = ctx.getImageData(0, 0, composite.width, composite.height).data;
  const read = (data: Uint8ClampedArray, width: number, height: number, ratio: number, sx: number, sy: number): Rgba => {
    const x = Math.floor(sx * ratio);
    const y = Math.floor(sy * ratio);
    if (x < 0 || y < 0 || x >= width || y >= height) throw new Error(`pixel ${sx},${sy} is off the board`);
    const i = (y * width + x) * 4;
    return [data[i]!, data[i + 1]!, data[i + 2]!, data[i + 3]!];
  };
  const layerData = new Map<keyof LayerCanvases, Uint8ClampedArray>();
  const at = (sx: number, sy: number) => read(all, composite.width, composite.height, pixelRatio, sx, sy);
  return {
    pixelRatio,
    at,
    layerAt: (layer, sx, sy) => {
      const canvas = canvases[layer];
      let data = layerData.get(layer);
      if (!data) {
        data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
        layerData.set(layer, data);
      }
      return read(data, canvas.width, canvas.height, canvas.width / size.width, sx, sy);
    },
    count: (rect, test, step = 1) => {
      let n = 0;
      for (let y = rect.y; y < rect.y + rect.height; y += step) {
        for (let x = rect.x; x < rect.x + rect.width; x += step) if (test(at(x, y))) n++;
      }
      return n;
    },
  };
}

/* ---------- geometry ---------- */

export function toScreenRect(controller: BoardController, rect: Rect): Rect {
  const { x, y, scale } = controller.getCamera();
  return { x: rect.x * scale + x, y: rect.y * scale + y, width: rect.width * scale, height: rect.height * scale };
}

export function toScreenPoint(controller: BoardController, wx: number, wy: number): { x: number; y: number } {
  const { x, y, scale } = controller.getCamera();
  return { x: wx * scale + x, y: wy * scale + y };
}

/**
 * Screen points inside a note that text never reaches: the middle of the right
 * text padding and the middle of the bottom padding. Valid when the note is at
 * least a few pixels from the viewport's edges.
 */
export function paperProbes(controller: BoardController, box: NoteBox): { x: number; y: number }[] {
  return [toScreenPoint(controller, box.x + box.width - 5, box.y + box.height / 2), toScreenPoint(controller, box.x + box.width / 2, box.y + box.height - 5)];
}

/* ---------- what the world layer drew ---------- */

interface FillCall {
  readonly style: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/**
 * Records the world layer's fillRect calls during one repaint and returns the
 * ids of the notes whose paper was drawn (a fill of the note's exact box).
 */
export function notesDrawn(board: MountedBoard, paperOf: (box: NoteBox) => string): Set<string> {
  const ctx = board.canvases.world.getContext('2d')!;
  const calls: FillCall[] = [];
  const original = ctx.fillRect;
  ctx.fillRect = function (this: CanvasRenderingContext2D, x: number, y: number, width: number, height: number) {
    calls.push({ style: String(this.fillStyle), x, y, width, height });
    original.call(this, x, y, width, height);
  };
  try {
    board.controller.invalidate('world');
    board.controller.flush();
  } finally {
    ctx.fillRect = original;
  }
  const drawn = new Set<string>();
  for (const box of board.layout().notes) {
    const paper = paperOf(box).toLowerCase();
    if (calls.some((c) => c.style === paper && c.x === box.x && c.y === box.y && c.width === box.width && c.height === box.height)) drawn.add(box.id);
  }
  return drawn;
}

export interface TextCall {
  readonly text: string;
  /** Screen (CSS) pixels of the anchor point, and the font's size on screen. */
  readonly x: number;
  readonly y: number;
  readonly px: number;
}

/** Every fillText of one repaint of a layer (the world by default), with where it lands on screen and how large it is there. */
export function worldTextCalls(mounted: MountedBoard, layer: 'world' | 'headers' = 'world'): TextCall[] {
  const ctx = mounted.canvases[layer].getContext('2d')!;
  const calls: TextCall[] = [];
  const original = ctx.fillText;
  const ratio = window.devicePixelRatio;
  ctx.fillText = function (this: CanvasRenderingContext2D, text: string, x: number, y: number, maxWidth?: number) {
    const m = this.getTransform();
    const p = m.transformPoint(new DOMPoint(x, y));
    const size = Number(/(\d+(?:\.\d+)?)px/.exec(this.font)?.[1] ?? 0);
    calls.push({ text, x: p.x / ratio, y: p.y / ratio, px: (size * Math.hypot(m.a, m.b)) / ratio });
    if (maxWidth === undefined) original.call(this, text, x, y);
    else original.call(this, text, x, y, maxWidth);
  };
  try {
    mounted.controller.invalidate(layer);
    mounted.controller.flush();
  } finally {
    ctx.fillText = original;
  }
  return calls;
}

/** The strings the world layer's fillText drew in one repaint. */
export function textsDrawn(mounted: MountedBoard): Set<string> {
  return new Set(worldTextCalls(mounted).map((call) => call.text));
}

/* ---------- text ---------- */

let measureContext: CanvasRenderingContext2D | null = null;
/** Width of a text in a CSS font, as the board's canvas measures it. */
export function textWidth(text: string, font: string): number {
  measureContext ??= document.createElement('canvas').getContext('2d')!;
  measureContext.font = font;
  return measureContext.measureText(text).width;
}

/** The right-most screen x in `rect` whose pixel passes `test`, or null. */
export function rightmost(shot: Snapshot, rect: Rect, test: (pixel: Rgba) => boolean): number | null {
  for (let x = Math.floor(rect.x + rect.width - 1); x >= rect.x; x--) {
    for (let y = Math.ceil(rect.y); y < rect.y + rect.height; y++) if (test(shot.at(x, y))) return x;
  }
  return null;
}

export interface LabelSpot {
  /** Where the label must be: the screen rectangle it is painted in. */
  readonly rect: Rect;
  /** Screen x its text starts at. */
  readonly left: number;
  readonly text: string;
}

/**
 * How wide each label's painted text is, relative to its text measured at
 * 16 px in `weight` of the board font: one number per label. Labels painted
 * at one size give (nearly) the same ratio; a label showing some other text
 * (a longer or shorter title) gives a different one. null: nothing painted.
 */
export function labelRatios(shot: Snapshot, spots: readonly LabelSpot[], isInk: (pixel: Rgba) => boolean, weight = 600): (number | null)[] {
  return spots.map((spot) => {
    const right = rightmost(shot, spot.rect, isInk);
    return right === null ? null : (right + 1 - spot.left) / textWidth(spot.text, `${weight} 16px ${FONT_FAMILY}`);
  });
}

/** Every label is painted, and all at one size: each shows its own text, not a neighbour's. */
export function expectOneSize(ratios: readonly (number | null)[], spots: readonly LabelSpot[], what: string): void {
  const described = spots.map((spot, i) => `${spot.text}: ${ratios[i]?.toFixed(3) ?? 'nothing painted'}`).join(', ');
  expect(ratios.every((r) => r !== null && r > 0.5 && r < 1.25), `${what} painted at a plausible size (${described})`).toBe(true);
  const values = ratios as number[];
  expect(Math.max(...values) / Math.min(...values), `${what} all at one size (${described})`).toBeLessThan(1.08);
}
