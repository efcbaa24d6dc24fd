/**
 * Typing on an emotions cell starts that point's label with every character
 * typed, the first included: in a persona's emotions lane whose stage has no
 * point yet, and in a shared emotions lane (one lane for every persona).
 */
import type { Page } from '@playwright/test';
import { generateCjmText } from '../fixtures/generateMap';
import { type AppDriver, expect, test } from './harness';

const cursor = (page: Page) => page.evaluate(() => window.__journeyboard!.ui.get().selectedCell);

async function moveDownTo(app: AppDriver, laneId: string): Promise<void> {
  for (let i = 0; i < 80 && (await cursor(app.page))?.laneId !== laneId; i++) await app.page.keyboard.press('ArrowDown');
  expect((await cursor(app.page))?.laneId).toBe(laneId);
}

async function typeLabelAt(app: AppDriver, laneId: string, label: string) {
  const { page } = app;
  await page.getByTestId('board-keys').focus();
  await page.keyboard.press('ArrowDown');
  await moveDownTo(app, laneId);
  await page.keyboard.type(label);
  await expect(page.getByTestId('emotion-label-editor')).toHaveValue(label);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('board-keys')).toBeFocused();
}

test('typing on a persona emotions cell with no point yet keeps the first character', async ({ app, workspace }) => {
  await app.openWithKeyboard(await workspace.write('no-points.cjm', generateCjmText({ personas: 2, stages: 3, notesPerCell: 0, seed: 3, emotionPoints: false })));
  const lane = (await app.layout()).rows.find((r) => r.kind === 'emotions' && r.personaId)!;
  await typeLabelAt(app, lane.laneId, 'Waits 3 days 😤');
  const points = Object.values((await app.map()).emotionPoints);
  expect(points.map((p) => ({ personaId: p.personaId, label: p.label, score: p.score }))).toEqual([{ personaId: lane.personaId, label: 'Waits 3 days 😤', score: 0 }]);
});

test('typing on a shared emotions cell writes the label of the first persona (or the one in focus)', async ({ app, workspace }) => {
  await app.openWithKeyboard(
    await workspace.write('shared.cjm', generateCjmText({ personas: 2, stages: 3, notesPerCell: 0, seed: 3, emotionPoints: false, sharedLanes: ['emotions'] })),
  );
  const map = await app.map();
  const shared = Object.values(map.lanes).find((l) => l.kind === 'emotions' && l.personaId === null)!;
  expect(shared).toBeDefined();
  await typeLabelAt(app, shared.id, 'Confused');
  const first = Object.values(map.personas).sort((a, b) => (a.order < b.order ? -1 : 1))[0]!;
  const points = Object.values((await app.map()).emotionPoints);
  expect(points.map((p) => ({ personaId: p.personaId, label: p.label }))).toEqual([{ personaId: first.id, label: 'Confused' }]);
});
