/** Real input driven with page.mouse / page.keyboard, recorded frame by frame in the page. */
import type { KeyRecord, Recording } from '../page/types';
import { type BoardInfo, type CameraTarget, boardInfo, pickNote, setCamera } from '../page/queries';
import { type BenchPage, metrics, settle } from './benchPage';

export interface Measured extends Recording {
  /** Main-thread CPU time (CDP Performance TaskDuration, thread ticks) over the recording. */
  readonly taskMs: number;
}

export const MOVES = 60;

export async function record({ page, cdp }: BenchPage, action: () => Promise<void>): Promise<Measured> {
  const before = await metrics(cdp);
  await page.evaluate(() => window.__bench!.startFrames(true));
  await action();
  const recording = await page.evaluate(() => window.__bench!.stopFrames());
  const after = await metrics(cdp);
  return { ...recording, taskMs: ((after.TaskDuration ?? 0) - (before.TaskDuration ?? 0)) * 1000 };
}

export async function moveCamera({ page }: BenchPage, camera: CameraTarget): Promise<BoardInfo> {
  await page.evaluate(setCamera, camera);
  await settle(page);
  return page.evaluate(boardInfo);
}

/** Presses a visible note, drags it MOVES steps into another cell, then drops it. */
export async function dragNote(bp: BenchPage): Promise<{ drag: Measured; drop: Measured }> {
  const { page } = bp;
  const dx = 260;
  const dy = 90;
  const note = await page.evaluate(pickNote, { dx, dy });
  if (!note) throw new Error('no note fully on screen to drag');
  await page.mouse.move(note.x, note.y);
  await page.mouse.down();
  await settle(page);
  const drag = await record(bp, async () => {
    for (let i = 1; i <= MOVES; i++) await page.mouse.move(note.x + (dx * i) / MOVES, note.y + (dy * i) / MOVES);
  });
  const drop = await record(bp, async () => {
    await page.mouse.up();
    await settle(page, 4);
  });
  return { drag, drop };
}

/** Middle-button drag across the board body: the camera follows the pointer. */
export async function pan(bp: BenchPage): Promise<Measured> {
  const { page } = bp;
  const info = await page.evaluate(boardInfo);
  const startX = info.originX + info.body.x + info.body.width * 0.7;
  const startY = info.originY + info.body.y + info.body.height * 0.7;
  await page.mouse.move(startX, startY);
  await page.mouse.down({ button: 'middle' });
  const recording = await record(bp, async () => {
    for (let i = 1; i <= MOVES; i++) await page.mouse.move(startX - 8 * i, startY - 4 * i);
  });
  await page.mouse.up({ button: 'middle' });
  await settle(page);
  return recording;
}

/** Wheel notches from 10 % up to 400 % and back, one per frame, around the body's centre. */
export async function zoomSweep(bp: BenchPage): Promise<Measured> {
  const { page } = bp;
  const info = await moveCamera(bp, { homeScale: 0.1 });
  await page.mouse.move(info.originX + info.body.x + info.body.width / 2, info.originY + info.body.y + info.body.height / 2);
  const notches = 27; // 0.1 × 1.15^27 ≈ 4.4 (one notch zooms 15 %): reaches the 400 % clamp
  return record(bp, async () => {
    for (const deltaY of [-100, 100]) {
      for (let i = 0; i < notches; i++) {
        await page.mouse.wheel(0, deltaY);
        await settle(page, 1);
      }
    }
  });
}

/** Opens the note editor on a visible note (click, Enter) and types into it. */
export async function typeInNote(bp: BenchPage, text: string): Promise<{ keys: KeyRecord[]; commit: Measured }> {
  const { page } = bp;
  const note = await page.evaluate(pickNote, { dx: 0, dy: 0 });
  if (!note) throw new Error('no note on screen to edit');
  await page.mouse.click(note.x, note.y);
  await page.keyboard.press('Enter');
  await page.waitForSelector('[data-testid="note-editor"]');
  await settle(page);
  await page.evaluate(() => window.__bench!.startKeys());
  await page.keyboard.type(text);
  await settle(page, 2);
  const keys = await page.evaluate(() => window.__bench!.stopKeys());
  const commit = await record(bp, async () => {
    await page.keyboard.press('Control+Enter');
    await settle(page, 4);
  });
  return { keys, commit };
}
