/**
 * Autosave on the renderer's main thread (issue 12): the time one autosave
 * takes (building the draft text incrementally, then handing it to the API),
 * the longest single piece of it (the first autosave after opening caches
 * every record in chunks over several idle periods), and whether the frames
 * around it are dropped while the user types.
 *
 * Each round changes a note's colour (Alt+digit, one store command), then opens
 * a note editor and types for about two seconds, so the autosave that change
 * schedules fires in the middle of the typing. The app's Autosave instance is
 * patched in the page to time its `write` (the app's code is unchanged). The
 * bench's stand-in API answers at once; in the app the preload's IPC also
 * copies the string (a memcpy, outside this figure).
 */
import type { Page } from 'playwright';
import { pickNote } from '../page/queries';
import type { FrameRecord } from '../page/types';
import { type Row, ms, summarize, verdict } from '../stats';
import { type BenchPage, settle } from './benchPage';
import { record } from './gestures';

const TYPED = 'the courier came twice';
const KEY_DELAY_MS = 80;
/** An on-time frame measures 16.7 ms ± about 1 ms of timer jitter. */
const DROPPED_FRAME_MS = 16.7 * 1.5;

interface AutosaveTrace {
  /** Each call of Autosave's write: one chunk of one autosave. */
  readonly chunks: Array<{ at: number; ms: number }>;
  /** When each draft went to the API. */
  readonly sent: number[];
}

function patchAutosave(): void {
  type Patched = { write(hasTime: () => boolean): void };
  const autosave = window.__journeyboard!.autosave as unknown as Patched;
  const trace: AutosaveTrace = { chunks: [], sent: [] };
  const write = autosave.write.bind(autosave);
  autosave.write = (hasTime) => {
    const at = performance.now();
    write(hasTime);
    trace.chunks.push({ at, ms: performance.now() - at });
  };
  const api = window.journeyboard as { writeDraft: (typeof window.journeyboard)['writeDraft'] };
  const writeDraft = api.writeDraft.bind(api);
  api.writeDraft = (args) => {
    trace.sent.push(performance.now());
    return writeDraft(args);
  };
  (window as unknown as { __autosaveTrace: AutosaveTrace }).__autosaveTrace = trace;
}

/** Main-thread time per autosave: the chunks since the previous send, summed. */
function perAutosave(trace: AutosaveTrace): number[] {
  let previous = Number.NEGATIVE_INFINITY;
  return trace.sent.map((sentAt) => {
    const total = trace.chunks.filter((c) => c.at > previous && c.at <= sentAt).reduce((sum, c) => sum + c.ms, 0);
    previous = sentAt;
    return total;
  });
}

async function typeRound(page: Page, round: number): Promise<void> {
  const note = await page.evaluate(pickNote, { dx: 0, dy: 0 });
  if (!note) throw new Error('no note on screen to edit');
  await page.mouse.click(note.x, note.y);
  await page.keyboard.press(`Alt+${(round % 9) + 1}`);
  await page.keyboard.press('Enter');
  await page.waitForSelector('[data-testid="note-editor"]');
  await page.keyboard.type(TYPED, { delay: KEY_DELAY_MS });
  await page.keyboard.press('Escape');
  await settle(page, 2);
}

/** The frame whose rAF interval contains `at`. */
const frameAround = (frames: readonly FrameRecord[], at: number) => frames.find((f) => f.t >= at && f.t - f.interval <= at);

export async function autosaveRows(bp: BenchPage, label: string, rounds: number, targetMedianMs: number): Promise<Row[]> {
  const { page } = bp;
  await page.evaluate(patchAutosave);
  const recording = await record(bp, async () => {
    for (let round = 0; round < rounds; round++) await typeRound(page, round);
  });
  const trace = await page.evaluate(() => (window as unknown as { __autosaveTrace: AutosaveTrace }).__autosaveTrace);
  const cost = summarize(perAutosave(trace));
  const chunk = summarize(trace.chunks.map((c) => c.ms));
  const around = trace.chunks.map((c) => frameAround(recording.frames, c.at)).filter((f): f is FrameRecord => f !== undefined);
  const dropped = around.filter((f) => f.interval > DROPPED_FRAME_MS).length;
  const worst = Math.max(...around.map((f) => f.interval));
  // For comparison: how many of all the frames of the typing were late, autosave or not (a busy machine drops some).
  const allLate = recording.frames.filter((f) => f.interval > DROPPED_FRAME_MS).length;
  return [
    {
      name: `${label} autosave: main-thread time per autosave`,
      median: ms(cost.median),
      p95: ms(cost.p95),
      other: `max ${ms(cost.max)}; ${cost.n} autosaves in ${rounds} rounds of typing (incremental draft text + API call); longest single chunk ${ms(chunk.max)}`,
      target: `median ≤ ${targetMedianMs}`,
      result: verdict(cost.n > 0 && cost.median <= targetMedianMs),
    },
    {
      name: `${label} autosave: frames it landed in, while typing`,
      other: `${around.length} frames, ${dropped} longer than ${ms(DROPPED_FRAME_MS)} (worst rAF interval ${ms(worst)}); of all ${recording.frames.length} frames while typing, ${allLate} were late`,
      target: 'no dropped frame',
      result: verdict(around.length > 0 && dropped === 0),
    },
  ];
}
