/**
 * A whole workshop, played as a facilitator at 1280×720 in Polish: a map from
 * a template, a stage renamed with a long Polish word, notes typed from the
 * keyboard only (an emoji, a pasted 5,000-character link, an IME composition),
 * a persona, notes dragged, emotion scores, a 3-minute timer, a dot vote with
 * 3 participants and its reveal, undo and redo, save, reopen and a CSV export.
 * Screenshots at each key point go to test-results/screens/walk-*.png, to be
 * looked at as from the back of the room.
 */
import type { Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { exportCsv } from '../../renderer/model/csv/csvExport';
import { sortedStages } from '../../renderer/model/queries';
import type { JourneyMap } from '../../renderer/model/types';
import { type AppDriver, expect, mapOnDisk, type Point, test, textIn } from './harness';

/** A Polish UI string from the app's own catalog. */
const pl = (key: string, values: Readonly<Record<string, string | number>> = {}) => textIn('pl', key, values);

const LONG_WORD = 'Konstantynopolitańczykowianeczka';
const EMOJI_NOTE = 'Czeka 3 dni na kuriera 😤📦';
const LONG_URL = `https://sklep.example.pl/zamowienie?${'q=%C5%BC%C3%B3%C5%82w&'.repeat(500)}`.slice(0, 5000);
const IME_NOTE = 'Żółw w koszyku';

const cursor = (page: Page) => page.evaluate(() => window.__journeyboard!.ui.get().selectedCell);

/** The status bar's Fit: Shift+1 types "!" while a cell is selected, as in a spreadsheet. */
async function fit(app: AppDriver): Promise<void> {
  await app.page.locator('[data-command="view.fit"]').click();
  await app.frames();
}

async function shot(app: AppDriver, name: string): Promise<void> {
  await app.screenshot(`walk-${name}.png`, test.info());
}

async function moveDownTo(app: AppDriver, laneId: string): Promise<void> {
  for (let i = 0; i < 80 && (await cursor(app.page))?.laneId !== laneId; i++) await app.page.keyboard.press('ArrowDown');
  expect((await cursor(app.page))?.laneId).toBe(laneId);
}

async function drag(page: Page, from: Point, to: Point): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 8, from.y + 4, { steps: 2 });
  await page.mouse.move(to.x, to.y, { steps: 10 });
  await page.mouse.up();
}

const noteTexts = (map: JourneyMap) => Object.values(map.notes).map((n) => n.text);

test('a facilitator runs a whole workshop in Polish at 1280×720', async ({ app, page, bridge, workspace }) => {
  test.setTimeout(240_000);

  // 1. Polish, and a new map from the Polish shop template.
  await page.evaluate(() => window.journeyboard.setLanguage({ language: 'pl' }));
  await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
  await bridge.sendMenuCommand('file.newFromTemplate');
  const gallery = page.locator('dialog.template-gallery');
  await gallery.getByTestId('template-card').filter({ hasText: 'Zakup w sklepie internetowym' }).click();
  await expect(gallery).toBeHidden();
  await app.frames();
  const start = await app.map();
  expect(start.title).toContain('sklep');
  await shot(app, '01-template');

  // 2. The first stage renamed, with a long Polish word, from the keyboard.
  const stages = sortedStages(start);
  await page.getByTestId('board-keys').focus();
  await page.keyboard.press('ArrowDown');
  await expect.poll(() => cursor(page)).not.toBeNull();
  for (let i = 0; i < 10 && (await cursor(page))?.stageId !== stages[0]!.id; i++) await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Shift+F10');
  const menu = page.getByTestId('context-menu');
  await menu.getByRole('menuitem', { name: pl('context.renameStage') }).focus();
  await page.keyboard.press('Enter');
  const rename = page.getByTestId('inline-rename');
  await expect(rename).toBeFocused();
  await page.keyboard.press('Control+A');
  await page.keyboard.type(LONG_WORD);
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await app.map()).stages[stages[0]!.id]!.name).toBe(LONG_WORD);
  await shot(app, '02-long-stage-name');

  // 3. Notes from the keyboard: an emoji, a pasted 5,000-character link, an IME composition.
  const editor = page.getByTestId('note-editor');
  await expect(page.getByTestId('board-keys')).toBeFocused();
  const firstLane = (await app.layout()).rows.find((r) => r.kind !== 'emotions' && r.kind !== 'touchpoints')!;
  await moveDownTo(app, firstLane.laneId);
  await page.keyboard.type(EMOJI_NOTE);
  await expect(editor).toHaveValue(EMOJI_NOTE);
  await page.keyboard.press('Enter');
  await expect(editor).toHaveValue('');
  await page.keyboard.insertText(LONG_URL);
  await expect(editor).toHaveValue(LONG_URL);
  await shot(app, '03-long-url-editing');
  await page.keyboard.press('Enter');
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.imeSetComposition', { text: 'z', selectionStart: 1, selectionEnd: 1 });
  await cdp.send('Input.imeSetComposition', { text: 'Ż', selectionStart: 1, selectionEnd: 1 });
  await cdp.send('Input.insertText', { text: 'Ż' });
  await cdp.detach();
  await page.keyboard.type(IME_NOTE.slice(1));
  await expect(editor).toHaveValue(IME_NOTE);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  await expect(editor).toBeHidden();
  await expect.poll(async () => noteTexts(await app.map())).toEqual(expect.arrayContaining([EMOJI_NOTE, LONG_URL, IME_NOTE]));
  await shot(app, '04-notes-typed');

  // 4. A second persona, named from its card.
  await page.getByRole('button', { name: pl('toolbar.addPersona'), exact: true }).click();
  const personaPanel = page.getByTestId('panel-persona');
  await expect(personaPanel).toBeVisible();
  const nameField = personaPanel.locator('.panel-body').locator('textarea, input[type=text]').first();
  await expect(nameField).toBeFocused();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Marek, kupujący w biegu');
  await page.keyboard.press('Enter');
  await shot(app, '05-persona-panel');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await expect(personaPanel).toBeHidden();
  expect(Object.values((await app.map()).personas).map((p) => p.name)).toContain('Marek, kupujący w biegu');
  await fit(app);
  await shot(app, '06-two-personas-fit');

  // 5. Notes dragged to other stages.
  const afterTyping = await app.map();
  const emojiNote = Object.values(afterTyping.notes).find((n) => n.text === EMOJI_NOTE)!;
  const imeNote = Object.values(afterTyping.notes).find((n) => n.text === IME_NOTE)!;
  for (const [note, stage] of [[emojiNote, stages[3]!], [imeNote, stages[2]!]] as const) {
    const box = await app.noteBox(note.id);
    const from = await app.pointIn(box, 0.5, 0.3);
    await app.expectOnBoard(from);
    const to = await app.pointIn(await app.cell(note.laneId, stage.id), 0.8, 0.5);
    await drag(page, from, to);
    await expect.poll(async () => (await app.map()).notes[note.id]!.stageId).toBe(stage.id);
  }
  await shot(app, '07-notes-dragged');

  // 6. Emotion scores from the keyboard: the first persona's curve, second stage, up two.
  const emotionsLane = (await app.layout()).rows.find((r) => r.kind === 'emotions')!;
  await page.getByTestId('board-keys').focus();
  await moveDownTo(app, emotionsLane.laneId);
  for (let i = 0; i < 10 && (await cursor(page))?.stageId !== stages[1]!.id; i++) await page.keyboard.press((await cursor(page))!.stageId === stages[0]!.id ? 'ArrowRight' : 'ArrowLeft');
  const scoreBefore = Object.values((await app.map()).emotionPoints).find((p) => p.personaId === emotionsLane.personaId && p.stageId === stages[1]!.id && p.curve === 'current')?.score ?? 0;
  await page.keyboard.press('Enter');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Escape');
  await expect
    .poll(async () => Object.values((await app.map()).emotionPoints).find((p) => p.personaId === emotionsLane.personaId && p.stageId === stages[1]!.id && p.curve === 'current')?.score)
    .toBe(Math.min(3, scoreBefore + 2));
  await shot(app, '08-emotions');

  // 7. Undo and redo several things: the score, both drags; then all of it again.
  const beforeUndo = await app.map();
  for (let i = 0; i < 4; i++) await page.keyboard.press('Control+Z');
  await expect.poll(async () => (await app.map()).notes[emojiNote.id]!.stageId).toBe(emojiNote.stageId);
  await shot(app, '09-undone');
  for (let i = 0; i < 4; i++) await page.keyboard.press('Control+Shift+Z');
  await expect.poll(async () => noteTexts(await app.map()).length).toBe(noteTexts(beforeUndo).length);
  await expect.poll(async () => JSON.stringify((await app.map()).notes)).toBe(JSON.stringify(beforeUndo.notes));
  await expect.poll(async () => JSON.stringify((await app.map()).emotionPoints)).toBe(JSON.stringify(beforeUndo.emotionPoints));

  // 8. A 3-minute timer, started.
  await page.keyboard.press('Alt+Shift+T');
  const timer = page.getByTestId('timer');
  await expect(timer).toBeVisible();
  await timer.getByRole('button', { name: pl('timer.minutes_few', { count: 3 }), exact: true }).click();
  await expect(page.getByTestId('timer-display')).toHaveText('3:00');
  await timer.getByRole('button', { name: pl('timer.start'), exact: true }).click();
  await expect(timer).toHaveAttribute('data-phase', 'running');
  await shot(app, '10-timer');

  // 9. A dot vote with 3 participants on the pain points, then the reveal.
  await page.keyboard.press('Alt+Shift+V');
  const setup = page.getByTestId('vote-setup');
  await expect(setup).toBeVisible();
  await setup.getByLabel(pl('vote.label')).fill('Największe trudności');
  await setup.getByLabel(pl('vote.participantCount')).fill('3');
  await setup.getByLabel(pl('vote.votesEach')).fill('2');
  await shot(app, '11-vote-setup');
  await setup.getByRole('button', { name: pl('vote.start') }).click();
  await expect(setup).toBeHidden();
  await fit(app);
  const panel = page.getByTestId('voting-panel');
  const pains = Object.values((await app.map()).notes).filter((n) => start.lanes[n.laneId]?.kind === 'pains');
  expect(pains.length).toBeGreaterThanOrEqual(2);
  const plan = [
    [pains[0]!, pains[1]!],
    [pains[0]!, pains[0]!],
    [pains[1]!, pains[pains.length - 1]!],
  ];
  for (const [index, votes] of plan.entries()) {
    if (index > 0) await panel.getByRole('button', { name: pl('vote.next') }).click();
    for (const note of votes) {
      const at = await app.pointIn(await app.noteBox(note.id), 0.4, 0.6);
      await app.expectOnBoard(at);
      await page.mouse.click(at.x, at.y);
    }
    await expect(page.getByTestId('votes-left')).toHaveText(pl(`vote.left_${new Intl.PluralRules('pl').select(0)}`, { count: 0, total: 2 }));
    if (index === 1) await shot(app, '12-voting');
  }
  await panel.getByRole('button', { name: pl('vote.next') }).click();
  await panel.getByRole('button', { name: pl('vote.reveal') }).click();
  await expect(panel.getByTestId('vote-ranking').locator('li').first()).toBeVisible();
  await shot(app, '13-revealed');
  await panel.getByRole('button', { name: pl('vote.end') }).click();

  // 10. Save, reopen, export the CSV.
  const path = workspace.path('warsztat.cjm');
  bridge.nextSavePath = path;
  await page.keyboard.press('Control+S');
  await expect.poll(() => app.sessionPath()).toBe(path);
  await expect.poll(() => app.isDirty()).toBe(false);
  const saved = await app.map();
  expect((await mapOnDisk(path)).notes).toEqual(saved.notes);
  await bridge.sendMenuCommand('file.new');
  await expect.poll(() => app.sessionPath()).toBeNull();
  await app.openWithKeyboard(path);
  const reopened = await app.map();
  expect(reopened.notes).toEqual(saved.notes);
  expect(reopened.dotVotes).toEqual(saved.dotVotes);
  expect(reopened.stages[stages[0]!.id]!.name).toBe(LONG_WORD);
  await shot(app, '14-reopened');
  bridge.nextExportPath = workspace.path('warsztat.csv');
  await bridge.sendMenuCommand('file.export');
  const exportDialog = page.getByTestId('export-dialog');
  await exportDialog.getByRole('radio', { name: pl('exporting:format.csv.name') }).check();
  await exportDialog.getByRole('button', { name: pl('exporting:dialog.export') }).click();
  await expect(page.locator('.notice', { hasText: pl('share.export.done', { name: 'warsztat.csv' }) })).toBeVisible();
  const csv = await readFile(workspace.path('warsztat.csv'), 'utf8');
  expect(csv).toBe(exportCsv(reopened));
  expect(csv).toContain(LONG_URL);
  expect(csv).toContain('😤📦');
  await shot(app, '15-exported');
});

