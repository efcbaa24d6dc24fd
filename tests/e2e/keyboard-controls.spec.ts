/**
 * Issue 11, keyboard-first acceptance: every toolbar button does its job when
 * pressed with Enter and with Space (the board's window-level keys used to eat
 * both), Tab moves between the buttons, the context menu opens from the
 * keyboard and is walked with the arrow keys, and deleting a stage that holds
 * notes asks first.
 */
import type { Locator, Page } from '@playwright/test';
import { NOTE_COLORS } from '../../renderer/model/schema';
import { type AppDriver, expect, test, text } from './harness';

const ui = (page: Page) =>
  page.evaluate(() => {
    const s = window.__journeyboard!.ui.get();
    return { panel: s.panel?.kind ?? null, focus: s.focus, curve: s.emotionCurve, editing: s.editing?.kind ?? null, notes: [...s.selectedNoteIds] };
  });

const counts = async (app: AppDriver) => {
  const map = await app.map();
  return { stages: Object.keys(map.stages).length, personas: Object.keys(map.personas).length, notes: Object.keys(map.notes).length };
};

/** Gives the button the keyboard focus and presses the key on it. */
async function press(page: Page, button: Locator, key: 'Enter' | 'Space'): Promise<void> {
  await button.focus();
  await expect(button).toBeFocused();
  await page.keyboard.press(key);
}

/** Starts a note on the first cell from the keyboard and finishes it; it stays selected. */
async function typeOneNote(page: Page, note: string): Promise<void> {
  await page.getByTestId('board-keys').focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.type(note);
  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('note-editor')).toBeHidden();
}

/** From the first cell, ↓ until the cursor is in the lane. */
async function cursorDownTo(page: Page, laneId: string): Promise<void> {
  const lane = () => page.evaluate(() => window.__journeyboard!.ui.get().selectedCell?.laneId);
  await page.getByTestId('board-keys').focus();
  await page.keyboard.press('ArrowDown');
  for (let i = 0; i < 10 && (await lane()) !== laneId; i++) await page.keyboard.press('ArrowDown');
  expect(await lane()).toBe(laneId);
}

test('every toolbar button works with Enter and with Space, and Tab walks the toolbar', async ({ app, page }) => {
  const toolbar = page.getByRole('toolbar');
  const button = (command: string) => toolbar.locator(`[data-command="${command}"]`);
  const editor = page.getByTestId('note-editor');

  // Tab goes from the title to the buttons in order, and Shift+Tab back.
  await toolbar.getByLabel(text('toolbar.mapTitle')).focus();
  await page.keyboard.press('Tab');
  await expect(button('board.newNote')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(button('board.addStage')).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(button('board.newNote')).toBeFocused();

  // + Note: the editor opens on the cell cursor's cell and has the focus.
  await typeOneNote(page, 'Pierwsza');
  const before = await counts(app);
  for (const key of ['Enter', 'Space'] as const) {
    await press(page, button('board.newNote'), key);
    await expect(editor, `+ Note with ${key}`).toBeFocused();
    await page.keyboard.type(`Nota ${key}`);
    await page.keyboard.press('Control+Enter');
    await expect(editor).toBeHidden();
  }
  expect((await counts(app)).notes).toBe(before.notes + 2);

  // The colours: each swatch with Enter, and the next one with Space, on the selected note.
  const [selected] = (await ui(page)).notes;
  expect(selected).toBeDefined();
  for (let i = 0; i < NOTE_COLORS.length; i++) {
    const enter = NOTE_COLORS[i]!;
    const space = NOTE_COLORS[(i + 1) % NOTE_COLORS.length]!;
    await press(page, button(`board.color.${enter}`), 'Enter');
    await expect.poll(async () => (await app.map()).notes[selected!]!.color, `${enter} with Enter`).toBe(enter);
    await press(page, button(`board.color.${space}`), 'Space');
    await expect.poll(async () => (await app.map()).notes[selected!]!.color, `${space} with Space`).toBe(space);
  }

  // + Stage: a stage is added and its name field opens; Esc keeps the stage with its default name.
  for (const [i, key] of (['Enter', 'Space'] as const).entries()) {
    await press(page, button('board.addStage'), key);
    await expect(page.getByTestId('inline-rename'), `+ Stage with ${key}`).toBeFocused();
    await page.keyboard.press('Escape');
    expect((await counts(app)).stages).toBe(before.stages + i + 1);
  }

  // + Persona: a persona is added and its card opens with the focus in it; Esc twice closes it.
  for (const [i, key] of (['Enter', 'Space'] as const).entries()) {
    await press(page, button('board.addPersona'), key);
    const panel = page.getByTestId('panel-persona');
    await expect(panel, `+ Persona with ${key}`).toBeVisible();
    await expect(panel.locator('.panel-body textarea, .panel-body input').first()).toBeFocused();
    expect((await counts(app)).personas).toBe(before.personas + i + 1);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await expect(panel).toBeHidden();
  }

  // Focus mode (shown once a persona is in focus): hide, then dim.
  await toolbar.getByLabel(text('toolbar.focus')).selectOption({ index: 1 });
  await press(page, button('view.focusMode'), 'Enter');
  await expect.poll(async () => (await ui(page)).focus?.mode).toBe('hide');
  await press(page, button('view.focusMode'), 'Space');
  await expect.poll(async () => (await ui(page)).focus?.mode).toBe('dim');

  // The curve switch: to-be, then as-is.
  await press(page, button('board.emotionCurve'), 'Enter');
  await expect.poll(async () => (await ui(page)).curve).toBe('target');
  await press(page, button('board.emotionCurve'), 'Space');
  await expect.poll(async () => (await ui(page)).curve).toBe('current');

  // Touchpoints: the summary opens and takes the focus; Esc closes it and the focus comes back to the button.
  for (const key of ['Enter', 'Space'] as const) {
    await press(page, button('view.touchpointSummary'), key);
    const summary = page.getByTestId('panel-touchpointSummary');
    await expect(summary, `Touchpoints with ${key}`).toBeVisible();
    await expect.poll(() => page.evaluate(() => !!document.activeElement?.closest('[data-testid=panel-touchpointSummary]'))).toBe(true);
    await page.keyboard.press('Escape');
    await expect(summary).toBeHidden();
    await expect(button('view.touchpointSummary')).toBeFocused();
  }

  // Undo and redo: the second persona goes and comes back, then the first.
  const personas = (await counts(app)).personas;
  await press(page, button('edit.undo'), 'Enter');
  await expect.poll(async () => (await counts(app)).personas).toBe(personas - 1);
  await press(page, button('edit.undo'), 'Space');
  await expect.poll(async () => (await counts(app)).personas).toBe(personas - 2);
  await press(page, button('edit.redo'), 'Enter');
  await expect.poll(async () => (await counts(app)).personas).toBe(personas - 1);
  await press(page, button('edit.redo'), 'Space');
  await expect.poll(async () => (await counts(app)).personas).toBe(personas);
});

test('the context menu opens from the keyboard on the selection, moves with the arrows, Home and End, and gives the focus back', async ({ app, page }) => {
  await typeOneNote(page, 'Menu');
  const menu = page.getByTestId('context-menu');
  const item = (key: string) => menu.getByRole('menuitem', { name: text(key) });
  const boardKeys = page.getByTestId('board-keys');

  // The Menu key opens the selected note's menu with its first item focused.
  await page.keyboard.press('ContextMenu');
  await expect(menu).toBeVisible();
  await expect(item('context.editNote')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(item('context.duplicate')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(item('context.arrangeByColor')).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(item('context.editNote')).toBeFocused();
  // Up from the first wraps to the last button (the last colour), Home and End jump.
  await page.keyboard.press('ArrowUp');
  await expect(menu.getByRole('button', { name: text('color.white') })).toBeFocused();
  await page.keyboard.press('Home');
  await expect(item('context.editNote')).toBeFocused();
  await page.keyboard.press('End');
  await expect(menu.getByRole('button', { name: text('color.white') })).toBeFocused();
  // Esc closes it and the board has the keyboard again.
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(boardKeys).toBeFocused();

  // Shift+F10 opens it too; Enter on an item runs it.
  const notes = Object.keys((await app.map()).notes).length;
  await page.keyboard.press('Shift+F10');
  await expect(item('context.editNote')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(menu).toBeHidden();
  await expect.poll(async () => Object.keys((await app.map()).notes).length).toBe(notes + 1);
  await expect(boardKeys).toBeFocused();

  // On an empty cell (Esc clears the cursor, an arrow puts it back) the menu is the cell's.
  await page.keyboard.press('Escape');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Shift+F10');
  await expect(item('context.newNote')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('note-editor')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(boardKeys).toBeFocused();
});

test('deleting a stage that holds notes asks first; Cancel keeps it, Delete removes it and Ctrl+Z brings it back', async ({ app, page }) => {
  await typeOneNote(page, 'Zostaję');
  const stageId = await page.evaluate(() => window.__journeyboard!.ui.get().selectedCell!.stageId);
  const before = await app.map();
  const dialog = page.getByTestId('confirm-dialog');

  const openDelete = async () => {
    await page.keyboard.press('Escape');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Shift+F10');
    await page.getByTestId('context-menu').getByRole('menuitem', { name: text('context.deleteStage') }).focus();
    await page.keyboard.press('Enter');
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText(text('confirm.deleteStage.message_one', { count: 1 }));
  };

  // Cancel has the focus: Enter alone never deletes.
  await openDelete();
  await expect(dialog.getByRole('button', { name: text('dialog.cancel') })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  expect(await app.map()).toEqual(before);

  // Esc is a no too.
  await openDelete();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  expect(await app.map()).toEqual(before);

  await openDelete();
  await dialog.getByRole('button', { name: text('confirm.deleteStage.confirm') }).focus();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect.poll(async () => stageId in (await app.map()).stages).toBe(false);
  expect(Object.values((await app.map()).notes).some((n) => n.text === 'Zostaję')).toBe(false);

  await page.keyboard.press('Control+Z');
  await expect.poll(async () => (await app.map()).stages[stageId]).toEqual(before.stages[stageId]);
  expect(Object.values((await app.map()).notes).map((n) => n.text)).toContain('Zostaję');
});

test('the shortcuts overlay takes the focus, keeps Tab inside, marks the keys that type, and gives the focus back on Esc', async ({ app, page }) => {
  await app.frames();
  const overlay = page.getByTestId('shortcuts');
  const boardKeys = page.getByTestId('board-keys');
  await boardKeys.focus();
  await page.keyboard.press('Shift+Slash');
  await expect(overlay).toBeVisible();
  const close = overlay.getByRole('button', { name: text('dialog.close') });
  await expect(close).toBeFocused();
  // The close button is the only control: Tab and Shift+Tab stay on it.
  await page.keyboard.press('Tab');
  await expect(close).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(close).toBeFocused();
  await expect(overlay).toContainText(text('shortcuts.typingKeys'));
  await expect(overlay.locator('.shortcut-row', { hasText: text('command.view.minimap') }).locator('.typing-key')).toHaveCount(1);
  await expect(overlay.locator('.shortcut-row', { hasText: text('command.file.save') }).locator('.typing-key')).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(overlay).toBeHidden();
  await expect(boardKeys).toBeFocused();
});

test('an Enter that picks an IME candidate commits nothing: not a note, not a rename, not the map title', async ({ app, page }) => {
  const imeEnter = { key: 'Enter', code: 'Enter', isComposing: true, bubbles: true, cancelable: true };
  const map = await app.map();

  // The note editor keeps the text and stays open.
  await page.getByTestId('board-keys').focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.type('Zamówienie');
  const editor = page.getByTestId('note-editor');
  await editor.dispatchEvent('keydown', imeEnter);
  await expect(editor).toBeFocused();
  expect(Object.keys((await app.map()).notes)).toHaveLength(Object.keys(map.notes).length);
  await page.keyboard.press('Escape');

  // The inline rename of a lane stays open.
  await page.keyboard.press('F2');
  const rename = page.getByTestId('inline-rename');
  await expect(rename).toBeFocused();
  await page.keyboard.type('ы');
  await rename.dispatchEvent('keydown', imeEnter);
  await expect(rename).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(rename).toBeHidden();

  // The map title keeps the focus.
  const title = page.getByRole('toolbar').getByLabel(text('toolbar.mapTitle'));
  await title.focus();
  await title.dispatchEvent('keydown', imeEnter);
  await expect(title).toBeFocused();
  expect(await app.map()).toEqual(map);
});

test('typing on a touchpoints cell adds a touchpoint whose label is what was typed, letter for letter', async ({ app, page }) => {
  await app.frames();
  const layout = await app.layout();
  const touchpoints = layout.rows.find((r) => r.kind === 'touchpoints')!;
  await cursorDownTo(page, touchpoints.laneId);
  await page.keyboard.type('Strona www');
  const panel = page.getByTestId('panel-touchpoint');
  await expect(panel).toBeVisible();
  await expect(panel.locator('.panel-body input[type=text]').first()).toHaveValue('Strona www');
  await page.keyboard.press('Enter');
  await expect.poll(async () => Object.values((await app.map()).touchpoints).map((t) => t.label)).toEqual(['Strona www']);
});

test('typing on an emotions cell with no point yet places one on neutral and labels it with what was typed', async ({ app, page }) => {
  await app.frames();
  const emotions = (await app.layout()).rows.find((r) => r.kind === 'emotions')!;
  await cursorDownTo(page, emotions.laneId);
  await page.keyboard.type('Żal');
  await expect(page.getByTestId('emotion-label-editor')).toHaveValue('Żal');
  await page.keyboard.press('Enter');
  await expect.poll(async () => Object.values((await app.map()).emotionPoints).map((p) => [p.score, p.label])).toEqual([[0, 'Żal']]);
});
