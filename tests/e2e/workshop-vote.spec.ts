/**
 * Issue 13 item 4: a dot-voting round with 4 participants × 3 dots, hidden
 * until the reveal, cast with the real mouse (click, right-click and Alt-click
 * to take a dot back, Ctrl+Z to undo one); then the reveal, the ranked list,
 * top-N highlight, a save, a reopen, and the round viewed again.
 *
 * Whether a dot shows is read from the overlay canvas's pixels at the spot the
 * dot is painted, so "hidden" means not drawn, not just not counted.
 */
import type { Page } from '@playwright/test';
import { type AppDriver, expect, mapOnDisk, test, text } from './harness';

// workshop-40.cjm: Anna's pains (lane l0005) and Marek's (l0011); n0007 is a thought.
const A = 'n0013'; // Shipping cost appears only at checkout
const B = 'n0032'; // App logs him out at payment
const C = 'n0012'; // Size chart hidden in a PDF
const D = 'n0034'; // No reply to his e-mail for 3 days
const THOUGHT = 'n0007';

async function notePoint(app: AppDriver, noteId: string) {
  const point = await app.pointIn(await app.noteBox(noteId), 0.4, 0.6);
  await app.expectOnBoard(point);
  return point;
}

async function click(app: AppDriver, noteId: string, button: 'left' | 'right' = 'left') {
  const p = await notePoint(app, noteId);
  await app.page.mouse.click(p.x, p.y, { button });
}

async function altClick(app: AppDriver, noteId: string) {
  const p = await notePoint(app, noteId);
  await app.page.keyboard.down('Alt');
  await app.page.mouse.click(p.x, p.y);
  await app.page.keyboard.up('Alt');
}

/** Is a red dot painted on the note's top-right corner? */
async function dotShown(app: AppDriver, noteId: string): Promise<boolean> {
  const [box, camera] = await Promise.all([app.noteBox(noteId), app.camera()]);
  await app.frames();
  return app.page.evaluate(
    ({ box, camera }) => {
      const canvas = document.querySelector<HTMLCanvasElement>('[data-testid=vote-overlay]')!;
      const board = document.querySelector('[data-testid=board]')!.getBoundingClientRect();
      const host = canvas.getBoundingClientRect();
      const radius = Math.max(11, Math.min(22, 18 * camera.scale));
      const x = board.left - host.left + camera.x + (box.x + box.width) * camera.scale - radius * 0.6 - radius * 0.75;
      const y = board.top - host.top + camera.y + box.y * camera.scale + radius * 0.6;
      const ratio = canvas.width / host.width;
      const [r, g, b] = canvas.getContext('2d')!.getImageData(Math.round(x * ratio), Math.round(y * ratio), 1, 1).data;
      return r! > 150 && g! < 80 && b! < 80;
    },
    { box, camera },
  );
}

const votesLeft = (page: Page) => page.getByTestId('votes-left');

test('4 participants × 3 hidden dots: reveal, rank, save, reopen, view again', async ({ app, page, workspace, bridge }, testInfo) => {
  const path = await workspace.copy('workshop-40.cjm');
  await app.start();
  await app.openWithKeyboard(path);
  await page.keyboard.press('Shift+1');
  await app.frames();

  await page.keyboard.press('Alt+Shift+V');
  const setup = page.getByTestId('vote-setup');
  await expect(setup).toBeVisible();
  await setup.getByLabel(text('vote.label')).fill('Biggest pains');
  await setup.getByLabel(text('vote.participantCount')).fill('4');
  await setup.getByLabel(text('vote.votesEach')).fill('3');
  await expect(setup.getByLabel(text('vote.hidden'))).toBeChecked();
  await expect(setup.getByLabel(text('laneKind.pains'))).toBeChecked();
  testInfo.annotations.push({ type: 'screenshot', description: await app.screenshot('vote-setup.png', testInfo) });
  await setup.getByRole('button', { name: text('vote.start') }).click();
  await expect(setup).toBeHidden();
  const panel = page.getByTestId('voting-panel');
  await expect(panel.getByTestId('vote-turn')).toContainText(text('vote.turn', { name: text('vote.participantNumber', { number: 1 }) }));
  await expect(votesLeft(page)).toHaveText(text('vote.left_other', { count: 3, total: 3 }));

  // Participant 1: a thought is not votable; a vote is undone; right-click and Alt-click take dots back.
  await click(app, THOUGHT);
  await expect(page.getByTestId('voting-panel').getByRole('status')).toHaveText(text('vote.notVotable'));
  await expect(votesLeft(page)).toHaveText(text('vote.left_other', { count: 3, total: 3 }));
  await click(app, A);
  await expect(votesLeft(page)).toHaveText(text('vote.left_other', { count: 2, total: 3 }));
  await page.keyboard.press('Control+Z');
  await expect(votesLeft(page)).toHaveText(text('vote.left_other', { count: 3, total: 3 }));
  await click(app, D);
  await click(app, D);
  await click(app, D, 'right');
  await altClick(app, D);
  await expect(votesLeft(page)).toHaveText(text('vote.left_other', { count: 3, total: 3 }));
  expect(await app.selectedNoteIds(), 'voting clicks select nothing').toEqual([]);
  for (const id of [A, A, B]) await click(app, id);
  await expect(votesLeft(page)).toHaveText(text('vote.left_other', { count: 0, total: 3 }));
  await click(app, C); // out of dots: refused, with a word why
  await expect(page.getByTestId('voting-panel').getByRole('status')).toHaveText(text('vote.noneLeft'));
  await expect(votesLeft(page)).toHaveText(text('vote.left_other', { count: 0, total: 3 }));
  expect(await dotShown(app, A), 'participant 1 sees their own dot').toBe(true);

  const plan = [
    [A, B, C],
    [A, C, C],
    [A, B, D],
  ];
  for (const [index, votes] of plan.entries()) {
    await panel.getByRole('button', { name: text('vote.next') }).click();
    await expect(panel.getByTestId('vote-turn')).toContainText(text('vote.participantNumber', { number: index + 2 }));
    expect(await dotShown(app, A), 'the previous participants’ dots are hidden').toBe(false);
    for (const id of votes!) await click(app, id);
    await expect(votesLeft(page)).toHaveText(text('vote.left_other', { count: 0, total: 3 }));
  }
  await panel.getByRole('button', { name: text('vote.next') }).click();
  await expect(panel).toContainText(text('vote.allVoted'));
  expect(await dotShown(app, A)).toBe(false);

  await panel.getByRole('button', { name: text('vote.reveal') }).click();
  const expected = [
    ['1', 'Shipping cost appears only at checkout', text('vote.dots_other', { count: 5 })],
    // A tie shares its rank.
    ['2', 'Size chart hidden in a PDF', text('vote.dots_other', { count: 3 })],
    ['2', 'App logs him out at payment', text('vote.dots_other', { count: 3 })],
    ['4', 'No reply to his e-mail for 3 days', text('vote.dots_one', { count: 1 })],
  ];
  const rows = panel.getByTestId('vote-ranking').locator('li');
  const readRanking = () => rows.evaluateAll((items) => items.map((li) => [...li.querySelectorAll('span')].map((s) => s.textContent)));
  await expect.poll(readRanking).toEqual(expected);
  for (const id of [A, B, C, D]) expect(await dotShown(app, id), `${id} shows its dots`).toBe(true);
  await panel.getByTestId('vote-top-n').selectOption('1');
  testInfo.annotations.push({ type: 'screenshot', description: await app.screenshot('vote-revealed.png', testInfo) });
  await page.setViewportSize({ width: 1920, height: 1080 });
  // Through the menu: the keyboard's focus is still on the top-N list, where Shift+1 is the list's own.
  await bridge.sendMenuCommand('view.fit');
  testInfo.annotations.push({ type: 'screenshot', description: await app.screenshot('vote-revealed-1080p.png', testInfo) });
  // Shown to the room: present mode keeps the ranked list and the dots.
  for (const size of [{ width: 1920, height: 1080, suffix: '-1080p' }, { width: 1280, height: 720, suffix: '' }]) {
    await page.setViewportSize({ width: size.width, height: size.height });
    await bridge.sendMenuCommand('view.present');
    await expect.poll(() => page.evaluate(() => window.__journeyboard!.presentMode.isActive())).toBe(true);
    await expect(panel.getByTestId('vote-ranking')).toBeVisible();
    await expect.poll(() => page.evaluate(() => window.__journeyboard!.presentMode.isMoving())).toBe(false);
    testInfo.annotations.push({ type: 'screenshot', description: await app.screenshot(`vote-revealed-present${size.suffix}.png`, testInfo) });
    await bridge.sendMenuCommand('view.present');
    await expect.poll(() => page.evaluate(() => window.__journeyboard!.presentMode.isActive())).toBe(false);
  }
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.keyboard.press('Shift+1');
  await app.frames();
  await panel.getByRole('button', { name: text('vote.end') }).click();

  await app.saveWithKeyboard();
  const saved = await mapOnDisk(path);
  const [round] = Object.values(saved.voteRounds);
  expect(round).toMatchObject({ label: 'Biggest pains', revealed: true, settings: { votesPerParticipant: 3, hiddenUntilReveal: true, laneKinds: ['pains'] } });
  expect(round!.settings.participants).toHaveLength(4);
  expect(Object.values(saved.dotVotes)).toHaveLength(12);
  for (const participant of round!.settings.participants) {
    expect(Object.values(saved.dotVotes).filter((v) => v.participantId === participant.id)).toHaveLength(3);
  }

  // A fresh start, the file reopened, the round viewed again.
  await app.start();
  await app.openWithKeyboard(path);
  await expect(panel).toBeHidden();
  await page.keyboard.press('Alt+Shift+R');
  await expect(panel.getByRole('heading')).toHaveText('Biggest pains');
  await expect.poll(readRanking).toEqual(expected);
  await expect(panel.getByTestId('vote-round-select')).toHaveValue(round!.id);
  expect(await dotShown(app, A)).toBe(true);
});
