/**
 * Issue 4 acceptance, driven like a facilitator with the real mouse and
 * keyboard: a new persona with a photo and buying behaviour, an emotion curve
 * dragged into place and nudged with the arrow keys, four touchpoints with
 * KPIs and a drop-off, a save, and a reopen from disk that shows all of it.
 * Then the picture for the issue: two personas' curves overlaid in one shared
 * emotions lane, above their touchpoints.
 *
 * Coordinates come from the board's own layout (world units) through its
 * camera; every point is checked to land on the board canvas before it is used.
 */
import type { Locator, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parseCjm, serializeCjm } from '../../renderer/model/cjmFormat';
import { bandLabelGeometry, type CurvePoint, type Rect } from '../../renderer/model/layout';
import type { EmotionCurve, JourneyMap, Lane, Persona, Touchpoint } from '../../renderer/model/types';
import { type AppDriver, type Catalog, expect, FIXTURES, mapOnDisk, type Point, test, text } from './harness';
import { encodePng, type Rgb } from './png';

/* ---------- the panels' strings, from the app's own catalog ---------- */

const PANELS = JSON.parse(readFileSync(fileURLToPath(new URL('../../renderer/i18n/en/panels.json', import.meta.url)), 'utf8')) as Catalog;

/** A panels.json string with `{{name}}` placeholders filled. */
function panelText(key: string, values: Readonly<Record<string, string | number>> = {}): string {
  let node: string | Catalog | undefined = PANELS;
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  if (typeof node !== 'string') throw new Error(`No string ${key} in panels.json`);
  return node.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? `{{${name}}}`));
}

/* ---------- what the facilitator enters ---------- */

const PERSONA = {
  name: 'Ola Wiśniewska, the weekend rider',
  purchaseFrequency: 'sporadic',
  recency: 'active',
  averageBasket: '€180 per order',
  topCategories: ['Gravel bikes', 'Helmets'],
  channels: ['website', 'mobileApp', 'shop'],
  devices: ['Smartphone', 'Laptop'],
  needs: ['Try the bike before buying'],
  fears: ['Choosing the wrong frame size'],
  dataSources: ['interviews', 'surveys'],
} as const;

/** The photo file: teal above, orange below, wider than tall (the app crops the centre square). */
const PHOTO = { width: 120, height: 80, top: [13, 148, 136] as Rgb, bottom: [249, 115, 22] as Rgb };

/** Stage index → score, each set by one drag from the neutral line in an empty column. */
const DRAGGED: readonly (readonly [number, number])[] = [
  [0, 1],
  [1, 3],
  [2, -1],
  [3, -2],
  [4, 2],
];
/** The curve as it ends: stage 2 dragged on down to −3, stage 3 raised with ↑, the new sixth stage clicked at 0 and raised twice. */
const FINAL_SCORES = [1, 3, -3, -1, 2, 2] as const;
const NEW_STAGE = 'Loyalty';

interface TouchpointInput {
  readonly stage: number;
  readonly how: 'double-click' | 'Alt+T' | 'context menu';
  readonly label: string;
  readonly channel: Touchpoint['channel'];
  readonly goal: string;
  readonly kpi: string;
  /** As typed; `target`/`actual` below are what it means and `shown` what the field shows afterwards. */
  readonly typed: { readonly target: string; readonly actual: string };
  readonly target: number;
  readonly actual: number;
  readonly shown: { readonly target: string; readonly actual: string };
  readonly dropOff: boolean;
}

const TOUCHPOINTS: readonly TouchpointInput[] = [
  {
    stage: 0, how: 'double-click', label: 'Instagram reel', channel: 'socialMedia', goal: 'Reach', kpi: 'Views',
    typed: { target: '50 000', actual: '42,300' }, target: 50000, actual: 42300, shown: { target: '50,000', actual: '42,300' }, dropOff: false,
  },
  {
    stage: 1, how: 'double-click', label: 'Size guide page', channel: 'website', goal: 'Traffic', kpi: 'Visits',
    typed: { target: '12000', actual: '10450.5' }, target: 12000, actual: 10450.5, shown: { target: '12,000', actual: '10,450.5' }, dropOff: false,
  },
  {
    stage: 2, how: 'Alt+T', label: 'Fitting advice chat', channel: 'liveChat', goal: 'Engagement', kpi: 'Chats answered',
    typed: { target: '200', actual: '150' }, target: 200, actual: 150, shown: { target: '200', actual: '150' }, dropOff: false,
  },
  {
    stage: 3, how: 'context menu', label: 'Checkout in the app', channel: 'mobileApp', goal: 'Conversions', kpi: 'Orders',
    typed: { target: '300', actual: '90' }, target: 300, actual: 90, shown: { target: '300', actual: '90' }, dropOff: true,
  },
];

/* ---------- reading the board ---------- */

const STRIP_WIDTH = 232;
const STRIP_HEIGHT = 52;
/** Stage width for the screenshot: one touchpoint card (168) with room around it. */
const STAGE_WIDTH = 200;
const SHARED_LANE = 'Emotions overlaid';

interface EmotionLaneFacts extends Rect {
  readonly laneId: string;
  /** y of scores −3 … +3, index = score + 3. */
  readonly ys: readonly number[];
  readonly curves: readonly { readonly personaId: string; readonly curve: EmotionCurve; readonly color: string; readonly points: readonly CurvePoint[] }[];
}

async function emotionLane(page: Page, laneId: string): Promise<EmotionLaneFacts> {
  const facts = await page.evaluate((id) => {
    const lane = window.__journeyboard!.board!.getLayout()!.emotionLanes.find((l) => l.laneId === id);
    if (!lane) return null;
    return {
      laneId: lane.laneId,
      x: lane.x,
      y: lane.y,
      width: lane.width,
      height: lane.height,
      // yForScore, inlined: the page has no module to import it from.
      ys: [-3, -2, -1, 0, 1, 2, 3].map((s) => lane.scoreTop + ((3 - s) / 6) * (lane.scoreBottom - lane.scoreTop)),
      curves: lane.curves.map((c) => ({ personaId: c.personaId, curve: c.curve, color: c.color, points: c.points.map((p) => ({ ...p })) })),
    };
  }, laneId);
  if (!facts) throw new Error(`Lane ${laneId} is not an emotions lane on the board`);
  return facts;
}

const yOf = (lane: EmotionLaneFacts, score: number): number => lane.ys[score + 3]!;

/** The face the board draws for a persona's stage, or undefined when that stage has no point. */
function faceOf(lane: EmotionLaneFacts, personaId: string, stageId: string, curve: EmotionCurve = 'current'): CurvePoint | undefined {
  return lane.curves.find((c) => c.personaId === personaId && c.curve === curve)?.points.find((p) => p.stageId === stageId);
}

/** The persona's scores by stage id, as the store holds them. */
async function scoresOf(app: AppDriver, personaId: string, curve: EmotionCurve = 'current'): Promise<Record<string, number>> {
  const map = await app.map();
  return Object.fromEntries(
    Object.values(map.emotionPoints)
      .filter((p) => p.personaId === personaId && p.curve === curve)
      .map((p) => [p.stageId, p.score]),
  );
}

async function touchpointBoxes(page: Page): Promise<{ id: string; laneId: string; stageId: string; rect: Rect }[]> {
  return page.evaluate(() =>
    window.__journeyboard!.board!.getLayout()!.touchpoints.map((b) => ({
      id: b.id,
      laneId: b.laneId,
      stageId: b.stageId,
      rect: { x: b.x, y: b.y, width: b.width, height: b.height },
    })),
  );
}

/** Page coordinates of a persona's label in the left strip: its name row, or its colour bar when zoomed out (clicking it opens the card). */
async function personaLabel(app: AppDriver, personaId: string | null): Promise<Point> {
  const band = await app.page.evaluate((id) => {
    const found = window.__journeyboard!.board!.getLayout()!.bands.find((b) => b.personaId === id);
    return found ? { y: found.y, height: found.height } : null;
  }, personaId);
  if (!band) throw new Error(`No band for persona ${personaId}`);
  const [camera, board] = await Promise.all([app.camera(), app.page.getByTestId('board').boundingBox()]);
  if (!board) throw new Error('The board is not on screen');
  const top = band.y * camera.scale + camera.y;
  const bottom = top + band.height * camera.scale;
  const { vertical, labelHeight, barWidth } = bandLabelGeometry(camera.scale);
  // The name row sticks to the top of its band while the band is on screen; zoomed out, the bar is the label.
  const labelTop = vertical ? Math.max(top, STRIP_HEIGHT) : Math.min(Math.max(top, STRIP_HEIGHT), bottom - labelHeight);
  const from = Math.max(labelTop, top);
  const to = Math.min(vertical ? board.height : labelTop + labelHeight, bottom);
  if (to - from < 4) throw new Error(`The label of persona ${personaId} is not on screen`);
  return { x: board.x + (vertical ? barWidth / 2 : 120), y: board.y + (from + to) / 2 };
}

/** Page coordinates of a lane's title in the left strip. */
async function laneTitle(app: AppDriver, laneId: string): Promise<Point> {
  const row = (await app.layout()).rows.find((r) => r.laneId === laneId);
  if (!row) throw new Error(`No row for lane ${laneId}`);
  const [camera, board] = await Promise.all([app.camera(), app.page.getByTestId('board').boundingBox()]);
  if (!board) throw new Error('The board is not on screen');
  return { x: board.x + 120, y: board.y + camera.y + (row.y + row.height / 2) * camera.scale };
}

/* ---------- moving around like a facilitator ---------- */

/** A page point for a world point, checked to be on the board canvas. */
async function onBoard(app: AppDriver, worldX: number, worldY: number): Promise<Point> {
  const point = await app.toPage(worldX, worldY);
  await app.expectOnBoard(point);
  return point;
}


/** Presses, moves in several steps and releases: a real drag, not a jump. */
async function drag(page: Page, from: Point, to: Point): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 1, from.y + (to.y - from.y) / 4, { steps: 2 });
  await page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 3 });
  await page.mouse.move(to.x, to.y, { steps: 3 });
  await page.mouse.up();
}

/** Types into a panel field and presses Enter, which commits it (one undo step). */
async function enter(field: Locator, value: string): Promise<void> {
  await field.fill(value);
  await field.press('Enter');
}

/* ---------- checks shared by the live app and the file ---------- */

function expectPersona(persona: Persona | undefined): void {
  expect(persona, 'the new persona').toBeDefined();
  const p = persona!;
  expect(p.name).toBe(PERSONA.name);
  expect(p.photo ?? '').toMatch(/^data:image\/(jpeg|png|webp);base64,[A-Za-z0-9+/]+=*$/);
  expect(p.behaviour).toEqual({
    purchaseFrequency: PERSONA.purchaseFrequency,
    recency: PERSONA.recency,
    averageBasket: PERSONA.averageBasket,
    topCategories: PERSONA.topCategories,
    channels: PERSONA.channels,
    devices: PERSONA.devices,
  });
  expect(p.needs).toEqual(PERSONA.needs);
  expect(p.fears).toEqual(PERSONA.fears);
  // The chips keep the schema's order, whatever order they were ticked in.
  expect(p.dataSources).toEqual(['surveys', 'interviews']);
}

function expectJourney(map: JourneyMap, personaId: string, stageIds: readonly string[], touchpointLaneId: string): void {
  expectPersona(map.personas[personaId]);
  const scores = Object.fromEntries(
    Object.values(map.emotionPoints)
      .filter((p) => p.personaId === personaId && p.curve === 'current')
      .map((p) => [p.stageId, p.score]),
  );
  expect(scores).toEqual(Object.fromEntries(stageIds.map((id, i) => [id, FINAL_SCORES[i]])));
  const touchpoints = Object.values(map.touchpoints)
    .map((tp) => ({ ...tp }))
    .sort((a, b) => stageIds.indexOf(a.stageId) - stageIds.indexOf(b.stageId));
  expect(touchpoints.map(({ id: _id, order: _order, ...rest }) => rest)).toEqual(
    TOUCHPOINTS.map((tp) => ({
      laneId: touchpointLaneId,
      stageId: stageIds[tp.stage],
      label: tp.label,
      channel: tp.channel,
      goal: tp.goal,
      kpi: tp.kpi,
      target: tp.target,
      actual: tp.actual,
      momentOfTruth: false,
      dropOff: tp.dropOff,
    })),
  );
}

/** Decodes a data URL into an <img> in the page; its size, and the colours at a quarter and three quarters of its height. */
async function decodeInPage(page: Page, dataUrl: string): Promise<{ width: number; height: number; top: Rgb; bottom: Rgb }> {
  return page.evaluate(async (src) => {
    const img = new Image();
    img.src = src;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.naturalWidth;
    canvas.height = img.naturalHeight;
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const at = (fy: number): [number, number, number] => {
      const d = ctx.getImageData(Math.floor(img.naturalWidth / 2), Math.floor(img.naturalHeight * fy), 1, 1).data;
      return [d[0]!, d[1]!, d[2]!];
    };
    return { width: img.naturalWidth, height: img.naturalHeight, top: at(0.25), bottom: at(0.75) };
  }, dataUrl);
}

function expectColourNear(actual: Rgb, expected: Rgb, what: string): void {
  const distance = Math.max(...actual.map((c, i) => Math.abs(c - expected[i]!)));
  expect(distance, `${what}: rgb(${actual.join(',')}) should be close to rgb(${expected.join(',')})`).toBeLessThanOrEqual(24);
}

/** The photo is a picture the browser can show, and it is the one that was imported (teal over orange, cropped square). */
async function expectPhotoIsOurs(page: Page, dataUrl: string): Promise<void> {
  const decoded = await decodeInPage(page, dataUrl);
  expect(decoded.width).toBeGreaterThan(0);
  expect(decoded.width).toBe(Math.min(PHOTO.width, PHOTO.height));
  expect(decoded.height).toBe(decoded.width);
  expectColourNear(decoded.top, PHOTO.top, 'top of the photo');
  expectColourNear(decoded.bottom, PHOTO.bottom, 'bottom of the photo');
}

/* ---------- the tests ---------- */

test('a facilitator builds a persona with photo, an emotion curve and four touchpoints; all of it comes back from the saved file', async ({
  app,
  page,
  bridge,
  workspace,
}) => {
  const photoPath = workspace.path('ola.png');
  await writeFile(photoPath, encodePng(PHOTO.width, PHOTO.height, (_x, y) => (y < PHOTO.height / 2 ? PHOTO.top : PHOTO.bottom)));

  // A new map: one persona, five stages.
  const fresh = await app.map();
  expect(Object.keys(fresh.personas)).toHaveLength(1);
  expect(Object.keys(fresh.stages)).toHaveLength(5);

  /* ---- 1. A persona with a photo and buying behaviour ---- */
  await page.getByRole('button', { name: text('toolbar.addPersona'), exact: true }).click();
  const panel = page.getByTestId('panel-persona');
  await expect(panel).toBeVisible();
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(panelText('persona.title'));
  const personaId = Object.keys((await app.map()).personas).find((id) => !(id in fresh.personas))!;
  expect(personaId).toBeDefined();

  const name = panel.getByLabel(panelText('persona.name'), { exact: true });
  await expect(name).toHaveValue(text('board.newPersona', { number: 2 }));
  await name.fill(PERSONA.name);
  await name.press('Enter');
  await expect.poll(async () => (await app.map()).personas[personaId]!.name).toBe(PERSONA.name);
  // The board's band for this persona is called that now.
  await expect
    .poll(() => page.evaluate((id) => window.__journeyboard!.board!.getLayout()!.bands.find((b) => b.personaId === id)?.name, personaId))
    .toBe(PERSONA.name);

  // Before the import the card shows initials; after it, the picture.
  const photo = panel.getByRole('img', { name: panelText('photo.alt', { name: PERSONA.name }) });
  await expect(photo).toHaveCount(0);
  await expect(panel.locator('.photo-frame.placeholder')).toHaveText('OW');
  bridge.nextImagePath = photoPath;
  await panel.getByRole('button', { name: panelText('photo.import') }).click();
  await expect(photo).toBeVisible();
  await expect.poll(() => photo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
  expect(bridge.prompts.at(-1)?.kind).toBe('image');
  await expect(panel.getByRole('button', { name: panelText('photo.remove') })).toBeVisible();
  await expectPhotoIsOurs(page, (await app.map()).personas[personaId]!.photo!);

  const group = (legend: string) => panel.getByRole('group', { name: legend, exact: true });
  await group(panelText('persona.behaviour.purchaseFrequency'))
    .getByRole('radio', { name: panelText(`persona.behaviour.frequency.${PERSONA.purchaseFrequency}`), exact: true })
    .check();
  await group(panelText('persona.behaviour.recency'))
    .getByRole('radio', { name: panelText(`persona.behaviour.recencyValue.${PERSONA.recency}`), exact: true })
    .check();
  await enter(panel.getByLabel(panelText('persona.behaviour.averageBasket'), { exact: true }), PERSONA.averageBasket);
  // A list adds from its empty last field: type, Enter, type the next one.
  const addCategory = panel.getByRole('textbox', { name: panelText('persona.behaviour.addCategory'), exact: true });
  for (const category of PERSONA.topCategories) await enter(addCategory, category);
  // Ticked out of order on purpose: the card keeps the channel list's order.
  const channels = group(panelText('persona.behaviour.channels'));
  for (const channel of ['shop', 'website', 'mobileApp'] as const) {
    await channels.getByRole('checkbox', { name: text(`channel.${channel}`), exact: true }).check();
  }
  const addDevice = panel.getByRole('textbox', { name: panelText('persona.behaviour.addDevice'), exact: true });
  for (const device of PERSONA.devices) await enter(addDevice, device);
  await enter(panel.getByRole('textbox', { name: panelText('persona.needs.add'), exact: true }), PERSONA.needs[0]);
  await enter(panel.getByRole('textbox', { name: panelText('persona.fears.add'), exact: true }), PERSONA.fears[0]);
  const sources = group(panelText('persona.dataSources.legend'));
  for (const source of ['interviews', 'surveys'] as const) {
    await sources.getByRole('checkbox', { name: panelText(`persona.dataSources.value.${source}`), exact: true }).check();
  }
  // What the card now shows, as the room sees it: each list's fields, the empty "add" field last.
  const list = (name: string) =>
    panel
      .getByRole('list', { name, exact: true })
      .getByRole('textbox')
      .evaluateAll((fields) => fields.map((f) => (f as HTMLInputElement | HTMLTextAreaElement).value));
  await expect.poll(() => list(panelText('persona.behaviour.topCategories'))).toEqual([...PERSONA.topCategories, '']);
  await expect.poll(() => list(panelText('persona.behaviour.devices'))).toEqual([...PERSONA.devices, '']);
  expectPersona((await app.map()).personas[personaId]);

  await panel.getByRole('button', { name: panelText('host.close') }).click();
  await expect(panel).toBeHidden();

  // A sixth stage, added and named from the toolbar.
  await page.getByRole('button', { name: text('toolbar.addStage'), exact: true }).click();
  const rename = page.getByTestId('inline-rename');
  await expect(rename).toBeFocused();
  await page.keyboard.press('Control+A');
  await page.keyboard.type(NEW_STAGE);
  await page.keyboard.press('Enter');
  await expect(rename).toBeHidden();
  await expect.poll(async () => (await app.layout()).columns.map((c) => c.name).at(-1)).toBe(NEW_STAGE);
  const stageIds = (await app.layout()).columns.map((c) => c.stageId);
  expect(stageIds).toHaveLength(6);

  /* ---- 2. The emotion curve: five drags, one face dragged further, arrows ---- */
  const lanes = (await app.map()).lanes;
  const laneOf = (kind: Lane['kind']) => Object.values(lanes).find((l) => l.personaId === personaId && l.kind === kind)!.id;
  const emotionsLaneId = laneOf('emotions');
  const touchpointsLaneId = laneOf('touchpoints');
  await page.keyboard.press('Control+0');
  await expect(page.getByTestId('zoom')).toHaveText('100%');

  const columnCentre = async (stageId: string) => {
    const column = (await app.layout()).columns.find((c) => c.stageId === stageId)!;
    return column.x + column.width / 2;
  };
  const showStage = async (stageId: string) => app.panToShow(await app.cell(emotionsLaneId, stageId));

  for (const [index, score] of DRAGGED) {
    const stageId = stageIds[index]!;
    await showStage(stageId);
    const before = await emotionLane(page, emotionsLaneId);
    expect(faceOf(before, personaId, stageId), `no face yet in stage ${index + 1}`).toBeUndefined();
    const x = await columnCentre(stageId);
    // Press on the neutral line of the empty column, let go a third of a step off the score: it snaps.
    const from = await onBoard(app, x, yOf(before, 0));
    const to = await onBoard(app, x, yOf(before, score) + (yOf(before, -3) - yOf(before, 3)) / 6 / 3);
    await drag(page, from, to);
    await expect.poll(async () => (await scoresOf(app, personaId))[stageId], `score of stage ${index + 1}`).toBe(score);
    const face = faceOf(await emotionLane(page, emotionsLaneId), personaId, stageId);
    expect(face?.y, `the face of stage ${index + 1} sits on ${score}`).toBe(yOf(before, score));
    expect(face?.x).toBe(x);
  }
  expect(await scoresOf(app, personaId)).toEqual(Object.fromEntries(DRAGGED.map(([i, s]) => [stageIds[i], s])));
  // The drags are one curve for this persona through the five stages.
  expect(faceOf(await emotionLane(page, emotionsLaneId), personaId, stageIds[5]!)).toBeUndefined();

  // Grab the Decision face and pull it down to −3; one Ctrl+Z puts the whole drag back.
  const decision = stageIds[2]!;
  await showStage(decision);
  let lane = await emotionLane(page, emotionsLaneId);
  const decisionFace = faceOf(lane, personaId, decision)!;
  await drag(page, await onBoard(app, decisionFace.x, decisionFace.y), await onBoard(app, decisionFace.x, yOf(lane, -3) + 6));
  await expect.poll(async () => (await scoresOf(app, personaId))[decision]).toBe(-3);
  expect(faceOf(await emotionLane(page, emotionsLaneId), personaId, decision)?.y).toBe(yOf(lane, -3));
  await page.keyboard.press('Control+Z');
  await expect.poll(async () => (await scoresOf(app, personaId))[decision]).toBe(-1);
  expect(faceOf(await emotionLane(page, emotionsLaneId), personaId, decision)?.y).toBe(yOf(lane, -1));
  await page.keyboard.press('Control+Shift+Z');
  await expect.poll(async () => (await scoresOf(app, personaId))[decision]).toBe(-3);

  // Click the Purchase face: nothing changes, it is selected; ↑ raises it one step.
  const purchase = stageIds[3]!;
  await showStage(purchase);
  lane = await emotionLane(page, emotionsLaneId);
  const purchaseFace = faceOf(lane, personaId, purchase)!;
  const scoresBeforeClick = await scoresOf(app, personaId);
  await page.mouse.click(...xy(await onBoard(app, purchaseFace.x, purchaseFace.y)));
  await expect
    .poll(() => page.evaluate(() => window.__journeyboard!.ui.get().selectedEmotion))
    .toEqual({ personaId, stageId: purchase, curve: 'current' });
  expect(await scoresOf(app, personaId)).toEqual(scoresBeforeClick);
  await page.keyboard.press('ArrowUp');
  await expect.poll(async () => (await scoresOf(app, personaId))[purchase]).toBe(-1);
  const raised = faceOf(await emotionLane(page, emotionsLaneId), personaId, purchase)!;
  expect(raised.y).toBe(yOf(lane, -1));
  expect(raised.y).toBeLessThan(purchaseFace.y);

  // The new stage: a click on its neutral line puts a face there; ↑ ↑ lifts it to +2.
  const loyalty = stageIds[5]!;
  await showStage(loyalty);
  lane = await emotionLane(page, emotionsLaneId);
  await page.mouse.click(...xy(await onBoard(app, await columnCentre(loyalty), yOf(lane, 0))));
  await expect.poll(async () => (await scoresOf(app, personaId))[loyalty]).toBe(0);
  expect(faceOf(await emotionLane(page, emotionsLaneId), personaId, loyalty)?.y).toBe(yOf(lane, 0));
  await page.keyboard.press('ArrowUp');
  await expect.poll(async () => (await scoresOf(app, personaId))[loyalty]).toBe(1);
  await page.keyboard.press('ArrowUp');
  await expect.poll(async () => (await scoresOf(app, personaId))[loyalty]).toBe(2);
  expect(faceOf(await emotionLane(page, emotionsLaneId), personaId, loyalty)?.y).toBe(yOf(lane, 2));

  expect(await scoresOf(app, personaId)).toEqual(Object.fromEntries(stageIds.map((id, i) => [id, FINAL_SCORES[i]])));
  const curve = (await emotionLane(page, emotionsLaneId)).curves.find((c) => c.personaId === personaId && c.curve === 'current')!;
  expect(curve.points.map((p) => p.score)).toEqual([...FINAL_SCORES]);
  expect(curve.points.map((p) => p.y)).toEqual(FINAL_SCORES.map((s) => yOf(lane, s)));

  /* ---- 3. Four touchpoints in the persona's touchpoints lane ---- */
  const tpPanel = page.getByTestId('panel-touchpoint');
  const field = (key: string) => tpPanel.getByLabel(panelText(`touchpoint.${key}`), { exact: true });
  for (const [n, input] of TOUCHPOINTS.entries()) {
    const stageId = stageIds[input.stage]!;
    const cell = await app.cell(touchpointsLaneId, stageId);
    await app.panToShow(cell);
    // An empty spot in the cell, clear of any card.
    const spot = await onBoard(app, cell.x + cell.width * 0.8, cell.y + cell.height * 0.7);
    if (input.how === 'double-click') {
      await page.mouse.dblclick(spot.x, spot.y);
    } else if (input.how === 'Alt+T') {
      await page.mouse.click(spot.x, spot.y);
      await expect.poll(() => page.evaluate(() => window.__journeyboard!.ui.get().selectedCell)).toEqual({ laneId: touchpointsLaneId, stageId });
      await page.keyboard.press('Alt+T');
    } else {
      await page.mouse.click(spot.x, spot.y, { button: 'right' });
      await page.getByTestId('context-menu').getByRole('menuitem', { name: text('context.addTouchpoint') }).click();
    }
    await expect(tpPanel).toBeVisible();
    await expect.poll(async () => Object.keys((await app.map()).touchpoints).length).toBe(n + 1);
    const stageName = (await app.map()).stages[stageId]!.name;
    await expect(tpPanel.locator('.panel-context')).toHaveText(`${stageName} · ${PERSONA.name}`);

    await enter(field('label'), input.label);
    await tpPanel.getByRole('radio', { name: text(`channel.${input.channel}`), exact: true }).check();
    await enter(field('goal'), input.goal);
    await enter(field('kpi'), input.kpi);
    if (n === 0) {
      // Not a number: the field says so and the map keeps no target.
      await enter(field('target'), 'lots');
      await expect(tpPanel.getByRole('alert')).toHaveText(panelText('touchpoint.notANumber'));
      await expect(field('target')).toHaveAttribute('aria-invalid', 'true');
    }
    await enter(field('target'), input.typed.target);
    await enter(field('actual'), input.typed.actual);
    await expect(tpPanel.getByRole('alert')).toHaveCount(0);
    await expect(field('target')).toHaveValue(input.shown.target);
    await expect(field('actual')).toHaveValue(input.shown.actual);
    if (input.dropOff) await tpPanel.getByRole('checkbox', { name: panelText('touchpoint.dropOff'), exact: true }).check();

    const created = Object.values((await app.map()).touchpoints).find((tp) => tp.stageId === stageId && tp.laneId === touchpointsLaneId);
    expect(created, `touchpoint ${n + 1} in its cell`).toMatchObject({
      label: input.label,
      channel: input.channel,
      goal: input.goal,
      kpi: input.kpi,
      target: input.target,
      actual: input.actual,
      dropOff: input.dropOff,
    });
    await tpPanel.getByRole('button', { name: panelText('host.close') }).click();
    await expect(tpPanel).toBeHidden();
    // Its card is on the board, inside the cell.
    const box = (await touchpointBoxes(page)).find((b) => b.id === created!.id);
    expect(box, `card of touchpoint ${n + 1}`).toMatchObject({ laneId: touchpointsLaneId, stageId });
    const cellNow = await app.cell(touchpointsLaneId, stageId);
    expect(box!.rect.x).toBeGreaterThanOrEqual(cellNow.x);
    expect(box!.rect.x + box!.rect.width).toBeLessThanOrEqual(cellNow.x + cellNow.width);
  }

  /* ---- 4. Save, start over, reopen from disk ---- */
  const path = workspace.path('ola-journey.cjm');
  bridge.nextSavePath = path;
  await app.saveWithKeyboard();
  expect(bridge.prompts.at(-1)?.kind).toBe('save');
  expect(await app.sessionPath()).toBe(path);
  const saved = await app.map();
  expectJourney(saved, personaId, stageIds, touchpointsLaneId);

  await page.keyboard.press('Control+N');
  await expect.poll(() => app.sessionPath()).toBeNull();
  expect(Object.keys((await app.map()).touchpoints)).toHaveLength(0);
  await app.openWithKeyboard(path);
  expect(bridge.prompts.at(-1)?.kind).toBe('open');

  const reopened = await app.map();
  expectJourney(reopened, personaId, stageIds, touchpointsLaneId);
  expect(reopened).toEqual(saved);
  await expectPhotoIsOurs(page, reopened.personas[personaId]!.photo!);

  // The file itself, read with the app's own parser in the test process.
  const onDisk = await mapOnDisk(path);
  expectJourney(onDisk, personaId, stageIds, touchpointsLaneId);
  await expectPhotoIsOurs(page, onDisk.personas[personaId]!.photo!);

  // What the room sees after reopening: the card with the photo and every field…
  await page.mouse.click(...xy(await personaLabel(app, personaId)));
  await expect(panel).toBeVisible();
  await expect(panel.getByLabel(panelText('persona.name'), { exact: true })).toHaveValue(PERSONA.name);
  await expect(photo).toBeVisible();
  await expect.poll(() => photo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
  await expect(group(panelText('persona.behaviour.purchaseFrequency')).getByRole('radio', { checked: true })).toHaveAccessibleName(
    panelText(`persona.behaviour.frequency.${PERSONA.purchaseFrequency}`),
  );
  await expect(group(panelText('persona.behaviour.recency')).getByRole('radio', { checked: true })).toHaveAccessibleName(
    panelText(`persona.behaviour.recencyValue.${PERSONA.recency}`),
  );
  await expect(panel.getByLabel(panelText('persona.behaviour.averageBasket'), { exact: true })).toHaveValue(PERSONA.averageBasket);
  expect(await list(panelText('persona.behaviour.topCategories'))).toEqual([...PERSONA.topCategories, '']);
  expect(await list(panelText('persona.behaviour.devices'))).toEqual([...PERSONA.devices, '']);
  expect(await list(panelText('persona.needs.heading'))).toEqual([...PERSONA.needs, '']);
  expect(await list(panelText('persona.fears.heading'))).toEqual([...PERSONA.fears, '']);
  const checkedNames = async (legend: string) =>
    Promise.all((await group(legend).getByRole('checkbox', { checked: true }).all()).map((c) => c.evaluate((e) => e.closest('label')!.textContent!.trim())));
  expect(await checkedNames(panelText('persona.behaviour.channels'))).toEqual(PERSONA.channels.map((c) => text(`channel.${c}`)));
  expect(await checkedNames(panelText('persona.dataSources.legend'))).toEqual(
    ['surveys', 'interviews'].map((s) => panelText(`persona.dataSources.value.${s}`)),
  );

  // …the curve's faces where they were…
  const reopenedLane = await emotionLane(page, emotionsLaneId);
  const reopenedCurve = reopenedLane.curves.find((c) => c.personaId === personaId && c.curve === 'current')!;
  expect(reopenedCurve.points.map((p) => [p.stageId, p.score, p.y])).toEqual(stageIds.map((id, i) => [id, FINAL_SCORES[i], yOf(reopenedLane, FINAL_SCORES[i]!)]));

  // …and the four touchpoints in the summary table, with their KPIs and the drop-off.
  await page.getByRole('button', { name: text('toolbar.touchpoints'), exact: true }).click();
  const summary = page.getByTestId('panel-touchpointSummary');
  await expect(summary.getByRole('heading', { level: 2 })).toHaveText(panelText('summary.title', { count: 4 }));
  const rows = summary.locator('tbody tr');
  await expect(rows).toHaveCount(4);
  for (const input of TOUCHPOINTS) {
    const row = rows.filter({ hasText: input.label });
    await expect(row.locator('td')).toHaveText([
      (await app.map()).stages[stageIds[input.stage]!]!.name,
      PERSONA.name,
      text(`channel.${input.channel}`),
      input.label,
      input.goal,
      input.kpi,
      input.shown.target,
      input.shown.actual,
      input.dropOff ? panelText('summary.flag.dropOff') : '',
    ]);
  }
  // And the cards are on the board in their cells.
  const cards = await touchpointBoxes(page);
  expect(cards.map((c) => `${c.laneId}|${c.stageId}`).sort()).toEqual(TOUCHPOINTS.map((tp) => `${touchpointsLaneId}|${stageIds[tp.stage]}`).sort());
});

test('issue 4 screenshot: two personas’ curves overlaid in one shared emotions lane, above their touchpoints', async ({
  app,
  page,
  workspace,
}, testInfo) => {
  // full.cjm: Anna (blue) and Marek (pink), both with as-is curves, to-be points and
  // touchpoints. Set up as a facilitator would before this talk, each step something the
  // board offers: every lane but the touchpoints collapsed, the touchpoints moved to the
  // bottom of each band, the stages narrowed, the cards hidden; and Marek's pick-up in store
  // marked a moment of truth, so that his row (the one in the picture) shows both flags.
  const parsed = parseCjm(await readFile(`${FIXTURES}full.cjm`, 'utf8'));
  if (!parsed.ok) throw new Error('full.cjm does not parse');
  const base = parsed.value.document;
  const lanes = Object.fromEntries(
    Object.values(base.map.lanes).map((l) => [l.id, l.kind === 'touchpoints' ? { ...l, order: 'a9' } : { ...l, collapsed: true }]),
  );
  const stages = Object.fromEntries(Object.values(base.map.stages).map((s) => [s.id, { ...s, width: STAGE_WIDTH }]));
  const personas = Object.fromEntries(Object.values(base.map.personas).map((p) => [p.id, { ...p, showCard: false }]));
  const touchpoints = { ...base.map.touchpoints, t0007: { ...base.map.touchpoints.t0007!, momentOfTruth: true } };
  const prepared = serializeCjm({ ...base, map: { ...base.map, lanes, stages, personas, touchpoints } }, { name: 'Journeyboard', version: '0.1.0' });
  const path = await workspace.write('curves-overlaid.cjm', prepared);
  await app.openWithKeyboard(path);
  const map = await app.map();
  expect(Object.keys(map.personas)).toHaveLength(2);

  // Right-click "All personas" in the left strip → Add shared lane; name it; Lane kind → Emotions.
  await page.mouse.click(...xy(await personaLabel(app, null)), { button: 'right' });
  const menu = page.getByTestId('context-menu');
  await menu.getByRole('menuitem', { name: text('context.addSharedLane') }).click();
  const rename = page.getByTestId('inline-rename');
  await expect(rename).toBeFocused();
  await page.keyboard.press('Control+A');
  await page.keyboard.type(SHARED_LANE);
  await page.keyboard.press('Enter');
  await expect(rename).toBeHidden();
  const shared = Object.values((await app.map()).lanes).find((l) => l.personaId === null && !(l.id in map.lanes))!;
  expect(shared).toMatchObject({ title: SHARED_LANE, kind: 'backstage' });

  // The band grew below the view: Fit, then right-click the new lane's title.
  await page.keyboard.press('Shift+1');
  await app.frames();
  const title = await laneTitle(app, shared.id);
  await app.expectOnBoard(title);
  await page.mouse.click(...xy(title), { button: 'right' });
  await menu.getByLabel(text('context.laneKind')).selectOption({ label: text('laneKind.emotions') });
  await expect(menu).toBeHidden();
  await expect.poll(async () => (await app.map()).lanes[shared.id]!.kind).toBe('emotions');

  // The shared lane overlays both personas' curves (as-is solid, to-be dashed) in their own colours.
  const lane = await emotionLane(page, shared.id);
  const anna = map.personas.p0001!;
  const marek = map.personas.p0002!;
  expect(lane.curves.map((c) => `${c.personaId}:${c.curve}:${c.color}`).sort()).toEqual(
    [`p0001:current:${anna.color}`, `p0001:target:${anna.color}`, `p0002:current:${marek.color}`, `p0002:target:${marek.color}`].sort(),
  );
  expect(anna.color).not.toBe(marek.color);
  for (const curve of lane.curves) {
    const points = Object.values(map.emotionPoints).filter((p) => p.personaId === curve.personaId && p.curve === curve.curve);
    expect(curve.points).toHaveLength(points.length);
  }

  // Frame Marek's touchpoints and the shared band below them as large as the window allows,
  // with the minimap off so it covers nothing.
  await page.keyboard.press('m');
  const layout = await app.layout();
  const marekTouchpoints = layout.rows.find((r) => r.personaId === 'p0002' && r.kind === 'touchpoints')!;
  const top = marekTouchpoints.y - 8;
  const bottom = lane.y + lane.height + 8;
  const board = (await page.getByTestId('board').boundingBox())!;
  const scale = Math.min((board.width - STRIP_WIDTH - 24) / layout.width, (board.height - STRIP_HEIGHT) / (bottom - top));
  await page.evaluate((camera) => window.__journeyboard!.board!.setCamera(camera), { x: STRIP_WIDTH + 12, y: STRIP_HEIGHT - top * scale, scale });
  await app.frames();
  await expect(page.getByTestId('zoom')).toHaveText(`${Math.round(scale * 100)}%`);
  expect(scale, 'the picture is at a zoom where faces, legend and icons read').toBeGreaterThanOrEqual(0.9);
  // Every face of both curves and every one of Marek's touchpoint cards is in the picture, on the board.
  for (const curve of lane.curves) for (const point of curve.points) await app.expectOnBoard(await app.toPage(point.x, point.y));
  const marekCards = (await touchpointBoxes(page)).filter((b) => b.laneId === marekTouchpoints.laneId);
  expect(marekCards).toHaveLength(3);
  for (const card of marekCards) {
    await app.expectOnBoard(await app.pointIn(card.rect, 0.05, 0.05));
    await app.expectOnBoard(await app.pointIn(card.rect, 0.95, 0.95));
  }

  testInfo.annotations.push({ type: 'screenshot', description: await app.screenshot('curves-overlaid.png', testInfo) });
});

const xy = (p: Point): [number, number] => [p.x, p.y];
