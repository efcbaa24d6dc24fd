/**
 * The minimap of a tall wall (12 personas, 2 stages) is wide enough to see and
 * click: a click in its lower part moves the view down the wall.
 */
import { generateCjmText } from '../fixtures/generateMap';
import { expect, test } from './harness';

test('a tall wall gets a minimap wide enough to use, which scrolls with the view', async ({ app, page, workspace }, testInfo) => {
  const path = await workspace.write('tall.cjm', generateCjmText({ personas: 12, stages: 2, notesPerCell: 1, seed: 7 }));
  await app.openWithKeyboard(path);
  const minimap = page.getByTestId('minimap');
  const box = (await minimap.boundingBox())!;
  const layout = await app.layout();
  const drawn = await page.evaluate(() => {
    const m = window.__journeyboard!.board!.getLayout()!.minimap;
    return { width: window.__journeyboard!.board!.getLayout()!.width * m.scale, contentHeight: m.contentHeight };
  });
  expect(drawn.width, 'the wall is drawn at least 140 px wide').toBeGreaterThanOrEqual(140);
  expect(box.height).toBeLessThanOrEqual(260);
  expect(drawn.contentHeight).toBeGreaterThan(box.height);
  await app.screenshot('minimap-tall-wall.png', testInfo);

  // A click near the bottom of the minimap brings a lower part of the wall into view, twice over.
  const before = (await app.camera()).y;
  await page.mouse.click(box.x + box.width / 3, box.y + box.height - 6);
  const once = (await app.camera()).y;
  expect(once).toBeLessThan(before);
  await page.mouse.click(box.x + box.width / 3, box.y + box.height - 6);
  expect((await app.camera()).y).toBeLessThan(once);
  await app.screenshot('minimap-tall-wall-scrolled.png', testInfo);
  expect(layout.height).toBeGreaterThan(layout.width * 3);
});
