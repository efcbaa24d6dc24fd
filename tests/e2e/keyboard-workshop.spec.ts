/**
 * Issue 11, keyboard-first acceptance: a whole 30-note workshop typed without
 * the mouse, across two personas and five stages, in Polish, Romanian and
 * Russian, with an emotion score and label set from the keys, then saved and read back from disk.
 *
 * After the map opens the test only presses keys; a listener in the page counts
 * every mouse and pointer event and must count none. Notes start by typing on
 * the selected cell (the first character of each note is a key pressed on the
 * board), including letters that are shortcuts elsewhere (N, M, F), characters
 * no US key produces (Ș, С, Ё), and one started by an IME composition.
 */
import type { Page } from '@playwright/test';
import { sortedStages } from '../../renderer/model/queries';
import { type AppDriver, expect, mapOnDisk, test, text } from './harness';

/** Three notes per cell; the first row is Anna's actions, the second Marek's. */
const CELLS: readonly (readonly string[])[] = [
  ['Zażółć gęślą jaźń', 'Știință și țară', 'Съешь же ещё этих мягких французских булок'],
  ['Nie wiem, co wybrać', 'Caut recenzii pe forum', 'Ищу отзывы'],
  ['Muszę zadzwonić do banku', 'Prețul e prea mare', 'Жду доставку'],
  ['Fajnie, że jest czat', 'Întreb un prieten', 'Хочу скидку'],
  ['Szukam opinii w sieci', 'Aștept livrarea', 'Звоню в поддержку'],
  ['Știu ce vreau', 'Porównuję ceny w trzech sklepach', 'Оплачиваю картой'],
  ['Ёлка уже в корзине', 'Dostawa jutro? Świetnie', 'Plătesc cu cardul'],
  ['Читаю условия возврата', 'Płacę BLIKIEM', 'Mă abonez la newsletter'],
  ['Îmi place aplicația', 'Źle opisany zwrot', 'Это слишком дорого'],
  ['Ćwiczę z aplikacją co rano', 'Țin minte reducerea', 'Подписываюсь на рассылку'],
];
/** This note starts with an IME composition instead of a key press. */
const BY_IME = 'Ёлка уже в корзине';
const ANNA = 'Anna Kowalska';
const MAREK = 'Marek Popescu';
const FIRST_STAGE = 'Odkrycie';
const LANE = 'Działania';
const EMOTION_LABEL = 'Zadowolona';

/** Counts every mouse and pointer event the page sees from now on (keyboard activation of a button is not one). */
async function countPointerEvents(page: Page): Promise<() => Promise<number>> {
  await page.evaluate(() => {
    const w = window as unknown as { pointerEvents: string[] };
    w.pointerEvents = [];
    const types = ['pointerdown', 'pointerup', 'pointermove', 'mousedown', 'mouseup', 'mousemove', 'dblclick', 'wheel', 'click', 'contextmenu'];
    for (const type of types) {
      window.addEventListener(
        type,
        (e) => {
          // A click or context menu raised by a key has no pointer position and detail 0.
          if ((type === 'click' || type === 'contextmenu') && (e as MouseEvent).detail === 0 && (e as MouseEvent).screenX === 0) return;
          w.pointerEvents.push(type);
        },
        true,
      );
    }
  });
  return () => page.evaluate(() => (window as unknown as { pointerEvents: string[] }).pointerEvents.length);
}

const cursor = (page: Page) => page.evaluate(() => window.__journeyboard!.ui.get().selectedCell);
const focusedLabel = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent ?? null);

/** Types a note's text where the keyboard is; the note that starts by IME composes its first letter. */
async function typeNote(page: Page, note: string): Promise<void> {
  if (note !== BY_IME) {
    await page.keyboard.type(note);
    return;
  }
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.imeSetComposition', { text: 'е', selectionStart: 1, selectionEnd: 1 });
  await cdp.send('Input.imeSetComposition', { text: 'Ё', selectionStart: 1, selectionEnd: 1 });
  await cdp.send('Input.insertText', { text: 'Ё' });
  await cdp.detach();
  await expect(page.getByTestId('note-editor')).toHaveValue('Ё');
  await page.keyboard.type(note.slice(1));
}

/** Types three notes into the cursor's cell: Enter after each starts the next, Esc drops the empty last one. */
async function typeCell(page: Page, notes: readonly string[]): Promise<void> {
  const editor = page.getByTestId('note-editor');
  for (const note of notes) {
    await typeNote(page, note);
    await expect(editor).toHaveValue(note);
    await page.keyboard.press('Enter');
  }
  await expect(editor).toHaveValue('');
  await page.keyboard.press('Escape');
  await expect(editor).toBeHidden();
  await expect(page.getByTestId('board-keys')).toBeFocused();
}

/** Renames the persona through the cell's context menu, walked with the arrow keys. */
async function renamePersonaFromCellMenu(page: Page, name: string): Promise<void> {
  await page.keyboard.press('Shift+F10');
  const menu = page.getByTestId('context-menu');
  await expect(menu).toBeVisible();
  // The first item has the focus; Up wraps to the last one, the persona card.
  await expect(menu.getByRole('menuitem').first()).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(menu.getByRole('menuitem', { name: text('context.openPersona') })).toBeFocused();
  await page.keyboard.press('Enter');
  await fillPersonaName(page, name);
}

/** The persona panel took the focus in its name field: type the name, then Esc twice leaves the field and closes the panel. */
async function fillPersonaName(page: Page, name: string): Promise<void> {
  const panel = page.getByTestId('panel-persona');
  await expect(panel).toBeVisible();
  const field = panel.locator('.panel-body').locator('textarea, input[type=text]').first();
  await expect(field).toBeFocused();
  await page.keyboard.press('Control+A');
  await page.keyboard.type(name);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(page.getByTestId('board-keys')).toBeFocused();
}

/** The inline rename has the focus: replace the name, Enter. */
async function renameInPlace(page: Page, name: string): Promise<void> {
  const field = page.getByTestId('inline-rename');
  await expect(field).toBeFocused();
  await page.keyboard.press('Control+A');
  await page.keyboard.type(name);
  await page.keyboard.press('Enter');
  await expect(field).toBeHidden();
}

async function moveDownTo(app: AppDriver, laneId: string): Promise<void> {
  for (let i = 0; i < 80 && (await cursor(app.page))?.laneId !== laneId; i++) await app.page.keyboard.press('ArrowDown');
  expect((await cursor(app.page))?.laneId).toBe(laneId);
}

test('a 30-note workshop in Polish, Romanian and Russian is typed and saved with the keyboard only', async ({ app, page, bridge, workspace }) => {
  test.setTimeout(120_000);
  const pointerEvents = await countPointerEvents(page);
  const start = await app.map();
  const stages = sortedStages(start).map((s) => s.id);
  expect(stages).toHaveLength(5);

  // An arrow puts the cursor on the first cell of the empty board; the arrows walk empty cells.
  await page.keyboard.press('ArrowDown');
  const first = (await app.layout()).rows[0]!;
  await expect.poll(() => cursor(page)).toEqual({ laneId: first.laneId, stageId: stages[0] });
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => cursor(page)).toEqual({ laneId: first.laneId, stageId: stages[2] });
  await page.keyboard.press('Tab');
  await expect.poll(() => cursor(page)).toEqual({ laneId: first.laneId, stageId: stages[3] });
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect.poll(() => cursor(page)).toEqual({ laneId: first.laneId, stageId: stages[0] });

  // Persona, stage and lane names, from the keyboard.
  await renamePersonaFromCellMenu(page, ANNA);
  await page.keyboard.press('Shift+F10');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByTestId('context-menu').getByRole('menuitem', { name: text('context.renameStage') })).toBeFocused();
  await page.keyboard.press('Enter');
  await renameInPlace(page, FIRST_STAGE);
  await page.keyboard.press('F2');
  await renameInPlace(page, LANE);
  await expect(page.getByTestId('board-keys')).toBeFocused();

  // Anna's five cells, left to right.
  for (let stage = 0; stage < 5; stage++) {
    await typeCell(page, CELLS[stage]!);
    if (stage < 4) await page.keyboard.press('ArrowRight');
  }

  // Anna's emotion in the first stage: down to her emotions lane, Enter picks the point, ↑ twice, Esc lets go.
  const emotions = (await app.layout()).rows.find((r) => r.personaId === first.personaId && r.kind === 'emotions')!;
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowLeft');
  await moveDownTo(app, emotions.laneId);
  await page.keyboard.press('Enter');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Escape');
  await expect.poll(() => cursor(page)).toEqual({ laneId: emotions.laneId, stageId: stages[0] });
  // Typing on the emotions cell writes that point's label.
  await page.keyboard.type(EMOTION_LABEL);
  await expect(page.getByTestId('emotion-label-editor')).toHaveValue(EMOTION_LABEL);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('board-keys')).toBeFocused();

  // A second persona (Alt+P opens its card with the name field focused), then down to its actions lane.
  await page.keyboard.press('Alt+P');
  await fillPersonaName(page, MAREK);
  const afterPersona = await app.map();
  const marek = Object.values(afterPersona.personas).find((p) => p.name === MAREK)!;
  const marekActions = Object.values(afterPersona.lanes).find((l) => l.personaId === marek.id && l.kind === 'actions')!;
  await moveDownTo(app, marekActions.id);
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowLeft');
  await expect.poll(() => cursor(page)).toEqual({ laneId: marekActions.id, stageId: stages[0] });
  for (let stage = 0; stage < 5; stage++) {
    await typeCell(page, CELLS[5 + stage]!);
    if (stage < 4) await page.keyboard.press('ArrowRight');
  }

  // No letter became a mode switch: N, M and F started notes, and the minimap and focus are as they were.
  expect(await page.evaluate(() => ({ minimap: window.__journeyboard!.ui.get().minimap, focus: window.__journeyboard!.ui.get().focus }))).toEqual({
    minimap: true,
    focus: null,
  });

  const path = workspace.path('warsztat.cjm');
  bridge.nextSavePath = path;
  await page.keyboard.press('Control+Shift+S');
  await expect.poll(() => app.sessionPath()).toBe(path);
  await expect.poll(() => app.isDirty()).toBe(false);

  const saved = await mapOnDisk(path);
  const anna = Object.values(saved.personas).find((p) => p.name === ANNA);
  expect(anna, 'the first persona was renamed').toBeDefined();
  expect(Object.values(saved.personas).map((p) => p.name).sort()).toEqual([ANNA, MAREK].sort());
  expect(saved.stages[stages[0]!]!.name).toBe(FIRST_STAGE);
  expect(saved.lanes[first.laneId]!.title).toBe(LANE);
  expect(Object.keys(saved.notes)).toHaveLength(30);
  expect(Object.values(saved.emotionPoints).map((p) => ({ personaId: p.personaId, stageId: p.stageId, curve: p.curve, score: p.score, label: p.label }))).toEqual([
    { personaId: first.personaId, stageId: stages[0], curve: 'current', score: 2, label: EMOTION_LABEL },
  ]);
  const rows = [first.laneId, marekActions.id];
  for (let i = 0; i < CELLS.length; i++) {
    const laneId = rows[Math.floor(i / 5)]!;
    const stageId = stages[i % 5]!;
    const inCell = Object.values(saved.notes)
      .filter((n) => n.laneId === laneId && n.stageId === stageId)
      .sort((a, b) => (a.order < b.order ? -1 : 1))
      .map((n) => n.text);
    expect(inCell, `cell ${i}`).toEqual(CELLS[i]);
  }
  expect(await pointerEvents(), 'mouse or pointer events after the map opened').toBe(0);
  expect(await focusedLabel(page)).toBe(text('board.typeAhead'));
});
