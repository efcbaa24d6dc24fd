/**
 * Issue 11 item 5: a wall that reads at every zoom. Fit reaches every stage of
 * the 2,000-note wall with a drag; the map's goal is edited from the keyboard
 * and shown on the board and in the window; the status bar and the window
 * title name the map alike; the minimap collapses to a button and a side panel
 * overlays the board instead of squeezing it.
 */
import { BENCH_2K, generateCjmText } from '../fixtures/generateMap';
import { expect, test, text } from './harness';

test('at fit, a note of the first stage is dragged to the last stage of the last persona', async ({ app, page, workspace }) => {
  await app.openWithKeyboard(await workspace.write('wall-2k.cjm', generateCjmText(BENCH_2K)));
  await page.keyboard.press('Shift+1');
  await app.frames();
  const layout = await app.layout();
  const first = layout.columns[0]!;
  const last = layout.columns.at(-1)!;
  const noteLanes = layout.rows.filter((r) => r.kind === 'actions');
  const from = layout.cells.find((c) => c.laneId === noteLanes[0]!.laneId && c.stageId === first.stageId)!;
  const to = layout.cells.find((c) => c.laneId === noteLanes.at(-1)!.laneId && c.stageId === last.stageId)!;
  const note = layout.notes.find((n) => n.laneId === from.laneId && n.stageId === from.stageId)!;

  const start = await app.pointIn(note);
  const end = await app.pointIn(to, 0.5, 0.9);
  await app.expectOnBoard(start);
  await app.expectOnBoard(end);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(start.x + 20, start.y + 20, { steps: 4 });
  await page.mouse.move(end.x, end.y, { steps: 12 });
  await page.mouse.up();
  await expect.poll(async () => (await app.map()).notes[note.id]).toMatchObject({ laneId: to.laneId, stageId: last.stageId });
});

test('the goal is typed into its field, shows on the board corner and undoes in one step', async ({ app, page, workspace }) => {
  await app.openWithKeyboard(await workspace.copy('workshop-40.cjm'));
  const field = page.getByTestId('map-goal');
  const title = (await app.map()).title;
  await expect(field).toHaveValue('Find why first-time buyers abandon the basket');

  await field.focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('More subscribers who buy within a month');
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await app.map()).goal).toBe('More subscribers who buy within a month');
  expect((await app.map()).title).toBe(title);
  expect(await app.isDirty()).toBe(true);

  // The corner of the board, where the two sticky strips meet, paints the goal in white on the dark strip.
  const whiteInCorner = () =>
    page.evaluate(() => {
      const canvases = [...document.querySelectorAll<HTMLCanvasElement>('[data-testid=board] canvas')];
      const top = canvases.at(-1)!;
      const ratio = top.width / top.clientWidth;
      const pixels = top.getContext('2d')!.getImageData(14 * ratio, 16 * ratio, 200 * ratio, 32 * ratio).data;
      let white = 0;
      for (let i = 0; i < pixels.length; i += 4) if (pixels[i]! > 220 && pixels[i + 1]! > 220 && pixels[i + 2]! > 220 && pixels[i + 3]! > 200) white++;
      return white;
    });
  await app.frames();
  expect(await whiteInCorner()).toBeGreaterThan(200);

  await page.getByTestId('board').focus();
  await page.keyboard.press('Control+Z');
  await expect.poll(async () => (await app.map()).goal).toBe('Find why first-time buyers abandon the basket');
  await expect(field).toHaveValue('Find why first-time buyers abandon the basket');
});

test('the status bar names the map as the window title does, before and after it has a file', async ({ app, page, workspace }) => {
  const name = page.getByTestId('document-name');
  const titleName = () => app.windowTitle().replace(/^• /, '').replace(/ — Journeyboard$/, '');
  // A new map, never saved.
  await expect(name).toHaveText(text('file.untitled'));
  await expect.poll(titleName).toBe(text('file.untitled'));

  await app.openWithKeyboard(await workspace.copy('workshop-40.cjm'));
  await expect(name).toHaveText('workshop-40.cjm');
  await expect.poll(titleName).toBe('workshop-40.cjm');
});

test('the minimap collapses to a button and back; a side panel overlays the board at full width', async ({ app, page, workspace }) => {
  await app.openWithKeyboard(await workspace.copy('workshop-40.cjm'));
  const board = page.getByTestId('board');
  const fullWidth = (await board.boundingBox())!.width;

  await page.getByTestId('minimap-hide').click();
  await expect(page.getByTestId('minimap')).toBeHidden();
  const button = page.getByTestId('minimap-show');
  const box = (await button.boundingBox())!;
  expect(box.width * box.height).toBeLessThan(200 * 60);
  await button.click();
  await expect(page.getByTestId('minimap')).toBeVisible();

  await page.getByRole('button', { name: 'Touchpoints' }).click();
  await expect(page.getByTestId('panel-touchpointSummary')).toBeVisible();
  expect((await board.boundingBox())!.width).toBe(fullWidth);
});
