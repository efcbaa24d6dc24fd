/**
 * Copy and paste of notes through the system clipboard, between two maps:
 * a facilitator copies stickies from last week's map into today's.
 */
import { expect, test } from './harness';

test('notes copied in one map paste into a cell of another map, with their text and colour, and paste is one undo step', async ({ app, page, workspace }) => {
  const source = await workspace.copy('workshop-40.cjm');
  const target = await workspace.copy('minimal.cjm');
  await app.openWithKeyboard(source);

  const map = await app.map();
  const picked = Object.values(map.notes)
    .filter((n) => n.laneId === 'l0005')
    .slice(0, 2);
  expect(picked).toHaveLength(2);
  const [first, second] = picked;
  await page.evaluate((ids) => window.__journeyboard?.ui.selectNotes(ids), [first!.id, second!.id]);
  await page.getByTestId('board').focus();
  await page.keyboard.press('Control+C');

  await app.openWithKeyboard(target);
  const layout = await app.layout();
  const cell = layout.cells.find((c) => c.noteIds.length === 0 && layout.rows.find((r) => r.laneId === c.laneId)?.kind === 'thoughts');
  expect(cell, 'an empty thoughts cell in minimal.cjm').toBeDefined();
  const point = await app.pointIn(cell!, 0.5, 0.6);
  await app.expectOnBoard(point);
  await page.mouse.click(point.x, point.y);
  await page.keyboard.press('Control+V');

  await expect.poll(async () => (await app.cell(cell!.laneId, cell!.stageId)).noteIds.length).toBe(2);
  const pasted = await app.map();
  const inCell = (await app.cell(cell!.laneId, cell!.stageId)).noteIds.map((id) => pasted.notes[id]!);
  expect(inCell.map((n) => [n.text, n.color])).toEqual([
    [first!.text, first!.color],
    [second!.text, second!.color],
  ]);
  expect(await app.selectedNoteIds()).toEqual(inCell.map((n) => n.id));

  await page.keyboard.press('Control+Z');
  await expect.poll(async () => (await app.cell(cell!.laneId, cell!.stageId)).noteIds.length).toBe(0);
});
