/**
 * Issue 11, item 5 (layout's part): persona cards show age, location,
 * occupation and segment, cut with an ellipsis; touchpoint labels use the
 * card's two lines before they are cut; a touchpoint without a label reads its
 * channel once; a persona whose name starts with an emoji gets that emoji as
 * its initial. Screenshot at 100% for people to look at.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { FIXTURES, expect, test, text } from './harness';

test('persona cards and touchpoint labels at 100%', async ({ app, page, workspace }, testInfo) => {
  const file = JSON.parse(await readFile(join(FIXTURES, 'full.cjm'), 'utf8'));
  const personas = Object.values(file.map.personas) as { id: string; name: string; showCard: boolean }[];
  personas[0]!.name = `👩‍🔬 ${personas[0]!.name}`;
  for (const p of personas) p.showCard = true;
  const touchpoints = Object.values(file.map.touchpoints) as { id: string; label: string; channel: string }[];
  const unlabelled = touchpoints.find((t) => t.label === 'Product page')!;
  unlabelled.label = '';
  const long = touchpoints.find((t) => t.label === 'Checkout')!;
  long.label = 'Checkout with saved cards, BLIK and a promo code field';
  await app.openWithKeyboard(await workspace.write('cards.cjm', JSON.stringify(file, null, 2)));
  await page.evaluate(() => window.__journeyboard!.board!.setCamera({ x: 248, y: 64, scale: 1 }));
  await app.frames();

  const layout = await page.evaluate(() => window.__journeyboard!.layouts.get());
  const anna = layout.personaCards.find((c) => c.personaId === personas[0]!.id)!;
  expect(anna.initial).toBe('👩‍🔬');
  const annaText = anna.texts.map((t) => t.text);
  expect(annaText).toContain(`${text('personaCard.age', { age: '34' })} · Kraków · Accountant`);
  expect(annaText).toContain('Young families');
  const bottom = anna.y + anna.height;
  for (const run of anna.texts) expect(run.y + run.size).toBeLessThanOrEqual(bottom);

  const tp = (id: string) => layout.touchpoints.find((b) => b.id === id)!;
  expect(tp(unlabelled.id).title).toEqual([text('channel.website')]);
  expect(tp(unlabelled.id).channelLine).toBeNull();
  expect(tp(long.id).title).toHaveLength(2);
  expect(tp(long.id).title[1]!.endsWith('…')).toBe(true);

  testInfo.annotations.push({ type: 'screenshot', description: await app.screenshot('persona-cards-100.png', testInfo) });

  // The touchpoint row, with the unlabelled card and the long label in view.
  const first = tp(unlabelled.id);
  await page.evaluate((y) => window.__journeyboard!.board!.setCamera({ x: 248, y: 64 - y + 60, scale: 1 }), first.y);
  await app.frames();
  testInfo.annotations.push({ type: 'screenshot', description: await app.screenshot('touchpoint-labels-100.png', testInfo) });
});
