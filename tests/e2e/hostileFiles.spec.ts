/**
 * Hostile .cjm files opened in the app, the way a facilitator would (Ctrl+O):
 * each is refused with the error dialog, or opens and the board draws it; the
 * window never breaks (the harness fails the test on any uncaught page error)
 * and stays usable afterwards.
 */
import { readFileSync } from 'node:fs';
import { generateCjmText } from '../fixtures/generateMap';
import { type AppDriver, expect, FIXTURES, test, text } from './harness';

const minimal = () => JSON.parse(readFileSync(`${FIXTURES}minimal.cjm`, 'utf8')) as { map: { notes: Record<string, Record<string, unknown>> } };
function withNote(edit: (note: Record<string, unknown>) => void): string {
  const doc = minimal();
  edit(Object.values(doc.map.notes)[0]!);
  return JSON.stringify(doc, null, 2);
}

const FILES: ReadonlyArray<readonly [string, () => string, 'refused' | 'opens']> = [
  ['nested 100,000 levels', () => `{"format":"journeyboard-cjm","formatVersion":1,"schemaVersion":1,"map":${'['.repeat(100_000)}${']'.repeat(100_000)}}`, 'refused'],
  ['a 50 MB note text', () => withNote((note) => (note.text = 'x'.repeat(50 * 1024 * 1024))), 'refused'],
  ['a 50 MB unknown field', () => withNote((note) => (note.fromTheFuture = 'y'.repeat(50 * 1024 * 1024))), 'opens'],
  ['1e999 as an order key', () => withNote((note) => (note.order = 'TOKEN')).replace('"TOKEN"', '1e999'), 'refused'],
  ['a note keyed "__proto__"', () => withNote((note) => (note.id = '__proto__')).replace(/"(n\w+)": \{\n(\s+)"id": "__proto__"/, '"__proto__": {\n$2"id": "__proto__"'), 'refused'],
];

async function openFile(app: AppDriver, path: string): Promise<'refused' | 'opens'> {
  app.bridge.nextOpenPath = path;
  await app.page.keyboard.press('Control+O');
  const dialog = app.page.getByTestId('error-dialog');
  await expect.poll(async () => (await dialog.isVisible()) || (await app.sessionPath()) === path, { timeout: 60_000 }).toBe(true);
  if (await dialog.isVisible()) {
    await expect(dialog.getByRole('heading')).toContainText(text('openError.title', { name: path.split('/').at(-1)! }));
    await dialog.getByRole('button', { name: text('dialog.ok') }).click();
    await expect(dialog).toBeHidden();
    return 'refused';
  }
  return 'opens';
}

/** The window still answers: a note can be added with the keyboard. */
async function stillUsable(app: AppDriver, timeout = 5_000): Promise<void> {
  const before = Object.keys((await app.map()).notes).length;
  await app.page.getByTestId('board-keys').focus();
  await app.page.keyboard.press('ArrowDown');
  await app.page.keyboard.type('Still here');
  // As a facilitator would: Enter once the note is seen being typed.
  await expect(app.page.getByTestId('note-editor')).toHaveValue('Still here', { timeout });
  await app.page.keyboard.press('Enter');
  await expect.poll(async () => Object.keys((await app.map()).notes).length, { timeout }).toBe(before + 1);
}

for (const [label, make, outcome] of FILES) {
  test(`${label}: ${outcome === 'refused' ? 'refused with the error dialog' : 'opens'}, and the window stays usable`, async ({ app, workspace }) => {
    const path = await workspace.write(`${label.replace(/\W+/g, '-')}.cjm`, make());
    expect(await openFile(app, path)).toBe(outcome);
    await stillUsable(app);
  });
}

test('a 100,000-note file opens, Fit shows it all, and the window stays usable', async ({ app, page, workspace }, testInfo) => {
  test.setTimeout(180_000);
  const path = await workspace.write('100k.cjm', generateCjmText({ personas: 4, stages: 10, totalNotes: 100_000, seed: 11 }));
  const started = Date.now();
  expect(await openFile(app, path)).toBe('opens');
  await app.frames();
  testInfo.annotations.push({ type: 'open time', description: `${Date.now() - started} ms` });
  expect(Object.keys((await app.map()).notes)).toHaveLength(100_000);
  await page.keyboard.press('Shift+1');
  await app.screenshot('hostile-100k.png', testInfo);
  // Still answering: the map's title can be changed from the toolbar.
  const title = page.getByLabel(text('toolbar.mapTitle'), { exact: true });
  await title.fill('A hundred thousand notes');
  await title.press('Enter');
  await expect.poll(async () => (await app.map()).title, { timeout: 30_000 }).toBe('A hundred thousand notes');
});
