/**
 * `--profile`: where the time goes. Runs the open, a drag + drop and a
 * zoomed-out pan again, on an unminified production build (same code, readable
 * function names; built to a temp folder), under the CDP sampling profiler
 * (100 µs), and prints the app's own functions by inclusive time and the top
 * functions by self time. Sampling inflates times a little: compare rows with
 * each other, not with the targets.
 */
import { rm } from 'node:fs/promises';
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../chromium';
import { type BenchPage, newBenchPage, openWithCtrlO, settle } from '../browser/benchPage';
import { dragNote, moveCamera, pan } from '../browser/gestures';
import { serveFolder } from '../server';
import { ms, printTable } from '../stats';
import { type HotSpot, startProfile, stopProfile } from './cpuProfile';
import { buildDebugRenderer } from './debugBuild';

const TOP = 10;
const NOT_WORK = new Set(['(root)', '(program)', '(idle)']);
/** The app's own entry points and hot candidates, shown by inclusive time when they appear. */
const APP_FUNCTIONS = [
  'parseCjm', 'validateMap', 'findBrokenReferences', 'computeLayout', 'notesByCell', 'fitText', 'wrapText', 'placeGrid', 'emitCellContent',
  'paintWorld', 'paintGrid', 'paintEmotions', 'paintTouchpoints', 'paintNotes', 'paintDrag', 'paintInteractionLayer', 'paintHeaderLayer',
  'paintLaneStrip', 'paintStageStrip', 'ellipsize', 'ellipsize$1', 'strokeIcon', 'translate', 'pointerMove', 'pointerUp', 'setCamera',
  'dropIndex', 'cellAt', 'moveNotes', 'notesInCell', 'produceWithPatches', 'Immer2.produceWithPatches', 'paintOverview', 'draw',
  'updateLayout', 'stack', 'assemble', 'placeCell', 'shiftCell', 'placeRow', 'onDocument', 'run', 'freeze', 'finalize', 'setLayout',
];

async function profiled(bp: BenchPage, action: () => Promise<unknown>): Promise<HotSpot[]> {
  await startProfile(bp.cdp);
  await action();
  return stopProfile(bp.cdp);
}

const functionName = (spot: HotSpot) => spot.name.split(' ')[0] ?? '';

function printSpots(title: string, spots: readonly HotSpot[]): void {
  const app = spots.filter((s) => APP_FUNCTIONS.includes(functionName(s))).sort((a, b) => b.totalMs - a.totalMs);
  const bySelf = spots.filter((s) => !NOT_WORK.has(functionName(s))).sort((a, b) => b.selfMs - a.selfMs).slice(0, TOP);
  const labels = { name: 'function (bundle line)', median: 'total', p95: 'self', other: '', target: '', result: '' };
  printTable(`${title}: app functions, inclusive time`, app.map((s) => ({ name: s.name, median: ms(s.totalMs), p95: ms(s.selfMs) })), labels);
  printTable(`${title}: top ${TOP} by self time (native canvas calls include the raster they trigger)`, bySelf.map((s) => ({ name: s.name, median: ms(s.totalMs), p95: ms(s.selfMs) })), labels);
}

export async function runHotSpots(root: string, version: string, text2k: string, text10k: string): Promise<void> {
  const dir = await buildDebugRenderer(root, version);
  const server = await serveFolder(dir);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    for (const [label, text] of [
      ['2k', text2k],
      ['10k', text10k],
    ] as const) {
      const bp = await newBenchPage(context, server.url, text);
      printSpots(`profile ${label}: Ctrl+O → first paint`, await profiled(bp, () => openWithCtrlO(bp.page)));
      await settle(bp.page, 10);
      await moveCamera(bp, 'home');
      printSpots(`profile ${label}: drag + drop one note`, await profiled(bp, () => dragNote(bp)));
      await moveCamera(bp, 'fit');
      printSpots(`profile ${label}: pan zoomed out`, await profiled(bp, () => pan(bp)));
      await bp.page.close();
    }
  } finally {
    await browser.close();
    await server.close();
    await rm(dir, { recursive: true, force: true });
  }
}
