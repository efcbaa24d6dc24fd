/**
 * What every renderer e2e test gets: its own temp folder with copies of the
 * fixtures, the bridge (real main-process services behind `window.journeyboard`),
 * and an `app` driver that reads the running app through `window.__journeyboard`
 * and turns board (world) coordinates into page coordinates for the real mouse.
 *
 * The driver only observes the app and converts coordinates; every change a
 * test makes goes through the keyboard, the mouse or a dialog answer.
 */
import { test as base, type BrowserContext, expect, type Page, type TestInfo } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
// For its global `window.journeyboard` / `window.__journeyboard` declarations.
import type {} from '../../renderer/appHooks';
import type { Camera } from '../../renderer/board/camera';
import { parseCjm } from '../../renderer/model/cjmFormat';
import type { CellBox, ColumnBox, NoteBox, RowBox } from '../../renderer/model/layout';
import type { JourneyMap } from '../../renderer/model/types';
import { Bridge } from './bridge';
import { LANE_STRIP_WIDTH, STAGE_STRIP_HEIGHT } from '../../renderer/board/theme';

export const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
/** Named board screenshots, kept after the run (test-results/ is gitignored). */
export const SCREENS = fileURLToPath(new URL('../../test-results/screens/', import.meta.url));
const catalogFile = (language: string, namespace: string) => fileURLToPath(new URL(`../../renderer/i18n/${language}/${namespace}.json`, import.meta.url));

/** The English UI strings, read from the app's own catalog. */
export const strings = JSON.parse(readFileSync(catalogFile('en', 'app'), 'utf8')) as Catalog;
/** Every other language/namespace pair, read the first time a key names it (`exporting:dialog.title`). */
const catalogs = new Map<string, Catalog>([['en/app', strings]]);
function catalogOf(language: string, namespace = 'app'): Catalog {
  const name = `${language}/${namespace}`;
  let catalog = catalogs.get(name);
  if (!catalog) catalogs.set(name, (catalog = JSON.parse(readFileSync(catalogFile(language, namespace), 'utf8')) as Catalog));
  return catalog;
}
export interface Catalog {
  readonly [key: string]: string | Catalog;
}

/** A catalog string with `{{name}}` placeholders filled, like i18next does (`{{count, number}}`: small counts read the same in English). */
export function text(key: string, values: Readonly<Record<string, string | number>> = {}): string {
  return textIn('en', key, values);
}

/** A UI string in `language`, filled like {@link text}. */
export function textIn(language: string, key: string, values: Readonly<Record<string, string | number>> = {}): string {
  const [, namespace, path] = /^(?:(\w+):)?(.*)$/.exec(key)!;
  const node = lookup(catalogOf(language, namespace), path!.split('.'));
  if (typeof node !== 'string') throw new Error(`No string ${key} in ${language}/${namespace ?? 'app'}.json`);
  return node.replace(/\{\{(\w+)(?:, *number)?\}\}/g, (_, name: string) => String(values[name] ?? `{{${name}}}`));
}

/** The keys under a catalog section, e.g. `shortcuts.board`. */
export function catalogKeys(key: string): string[] {
  const node = lookup(strings, key.split('.'));
  if (typeof node !== 'object') throw new Error(`No section ${key} in app.json`);
  return Object.keys(node);
}

/** Resolves a dotted key; catalog keys may contain dots themselves (`command.file.open`). */
function lookup(node: string | Catalog | undefined, parts: readonly string[]): string | Catalog | undefined {
  if (parts.length === 0 || typeof node !== 'object') return parts.length === 0 ? node : undefined;
  for (let take = parts.length; take >= 1; take--) {
    const child = node[parts.slice(0, take).join('.')];
    const found = child === undefined ? undefined : lookup(child, parts.slice(take));
    if (found !== undefined) return found;
  }
  return undefined;
}

export type { Camera };

/** A plain-data copy of the layout (its Maps and functions do not cross into the test). */
export interface LayoutSnapshot {
  readonly width: number;
  readonly height: number;
  readonly columns: readonly ColumnBox[];
  readonly rows: readonly RowBox[];
  readonly cells: readonly CellBox[];
  readonly notes: readonly NoteBox[];
}

export interface Point {
  readonly x: number;
  readonly y: number;
}

export class AppDriver {
  constructor(
    readonly page: Page,
    readonly bridge: Bridge,
  ) {}

  /** Loads the app and waits until the board has laid out a map. */
  async start(): Promise<void> {
    await this.page.goto('./');
    await this.page.waitForFunction(() => !!window.__journeyboard?.board?.getLayout());
    await this.page.locator('[data-testid=board] canvas').first().waitFor();
    await this.frames();
  }

  /** Waits for two animation frames: the board repaints at most once per frame. */
  async frames(): Promise<void> {
    await this.page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
  }

  async map(): Promise<JourneyMap> {
    return this.page.evaluate(() => window.__journeyboard!.store.getMap());
  }

  async isDirty(): Promise<boolean> {
    return this.page.evaluate(() => window.__journeyboard!.store.isDirty);
  }

  async sessionPath(): Promise<string | null> {
    return this.page.evaluate(() => window.__journeyboard!.session.get().path);
  }

  async selectedNoteIds(): Promise<string[]> {
    return this.page.evaluate(() => [...window.__journeyboard!.ui.get().selectedNoteIds]);
  }

  async editing(): Promise<string | null> {
    return this.page.evaluate(() => window.__journeyboard!.ui.get().editing?.kind ?? null);
  }

  async camera(): Promise<Camera> {
    return this.page.evaluate(() => window.__journeyboard!.board!.getCamera());
  }

  async layout(): Promise<LayoutSnapshot> {
    return this.page.evaluate(() => {
      const layout = window.__journeyboard!.board!.getLayout()!;
      const strip = <T extends object>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
      return {
        width: layout.width,
        height: layout.height,
        columns: strip([...layout.columns]),
        rows: strip([...layout.rows]),
        cells: strip(Object.values(layout.cells)),
        notes: strip([...layout.notes]),
      };
    });
  }

  /** The title the OS window shows (what the renderer last gave the window port). */
  windowTitle(): string {
    return this.bridge.windowState?.title ?? '';
  }

  /** Page coordinates of a world point, through the current camera and the board element's position. */
  async toPage(worldX: number, worldY: number): Promise<Point> {
    const [camera, box] = await Promise.all([this.camera(), this.page.getByTestId('board').boundingBox()]);
    if (!box) throw new Error('The board is not on screen');
    return { x: box.x + camera.x + worldX * camera.scale, y: box.y + camera.y + worldY * camera.scale };
  }

  /** Page coordinates of a point inside a world rectangle (fractions of its size). */
  async pointIn(rect: { x: number; y: number; width: number; height: number }, fx = 0.5, fy = 0.5): Promise<Point> {
    return this.toPage(rect.x + rect.width * fx, rect.y + rect.height * fy);
  }

  /** Page coordinates of a stage header in the sticky top strip. */
  async stageHeader(stageId: string): Promise<Point> {
    const layout = await this.layout();
    const column = layout.columns.find((c) => c.stageId === stageId);
    if (!column) throw new Error(`No column for stage ${stageId}`);
    const [camera, box] = await Promise.all([this.camera(), this.page.getByTestId('board').boundingBox()]);
    if (!box) throw new Error('The board is not on screen');
    // The header strip is 52 px tall in screen space; aim at its middle, clear of the resize edges.
    return { x: box.x + camera.x + (column.x + column.width * 0.4) * camera.scale, y: box.y + 26 };
  }

  /** Fails unless the point is on the board's canvas (not under the minimap, a panel or a dialog). */
  /** The middle of the board's body (between the sticky strips), in page coordinates. */
  async bodyCentre(): Promise<Point> {
    const board = await this.page.getByTestId('board').boundingBox();
    if (!board) throw new Error('The board is not on screen');
    return {
      x: board.x + LANE_STRIP_WIDTH + (board.width - LANE_STRIP_WIDTH) / 2,
      y: board.y + STAGE_STRIP_HEIGHT + (board.height - STAGE_STRIP_HEIGHT) / 2,
    };
  }

  /** Pans with middle-button drags, as a facilitator would, until the rectangle is in the middle of the view. */
  async panToShow(rect: { x: number; y: number; width: number; height: number }): Promise<void> {
    const { page } = this;
    for (let attempt = 0; attempt < 10; attempt++) {
      const centre = await this.bodyCentre();
      const target = await this.pointIn(rect);
      const dx = Math.max(-250, Math.min(250, centre.x - target.x));
      const dy = Math.max(-250, Math.min(250, centre.y - target.y));
      if (Math.abs(dx) < 2 && Math.abs(dy) < 2) return;
      await this.expectOnBoard(centre);
      await page.mouse.move(centre.x, centre.y);
      await page.mouse.down({ button: 'middle' });
      await page.mouse.move(centre.x + dx / 2, centre.y + dy / 2, { steps: 3 });
      await page.mouse.move(centre.x + dx, centre.y + dy, { steps: 3 });
      await page.mouse.up({ button: 'middle' });
    }
    throw new Error('Could not pan the rectangle into view');
  }

  async expectOnBoard(point: Point): Promise<void> {
    const hit = await this.page.evaluate(({ x, y }) => {
      const element = document.elementFromPoint(x, y);
      return element?.tagName === 'CANVAS' && !!element.closest('[data-testid=board]');
    }, point);
    expect(hit, `(${Math.round(point.x)}, ${Math.round(point.y)}) should be on the board canvas`).toBe(true);
  }

  async cell(laneId: string, stageId: string): Promise<CellBox> {
    const cell = (await this.layout()).cells.find((c) => c.laneId === laneId && c.stageId === stageId);
    if (!cell) throw new Error(`No cell ${laneId}|${stageId}`);
    return cell;
  }

  async noteBox(noteId: string): Promise<NoteBox> {
    const box = (await this.layout()).notes.find((n) => n.id === noteId);
    if (!box) throw new Error(`Note ${noteId} is not on the board`);
    return box;
  }

  /** Picks `path` in the Open dialog the next Ctrl+O shows, and waits until the app has it open. */
  async openWithKeyboard(path: string): Promise<void> {
    this.bridge.nextOpenPath = path;
    await this.page.keyboard.press('Control+O');
    await expect.poll(() => this.sessionPath()).toBe(path);
    await this.waitForFitAfterOpen();
  }

  /** The app fits the board to the window one frame after a document is replaced. */
  async waitForFitAfterOpen(): Promise<void> {
    await this.frames();
  }

  /** Ctrl+S, waiting until the save has finished (the title drops its dirty marker). */
  async saveWithKeyboard(): Promise<void> {
    await this.page.keyboard.press('Control+S');
    await expect.poll(() => this.windowTitle()).not.toMatch(/^• /);
    await expect.poll(() => this.isDirty()).toBe(false);
  }

  /** Saves a PNG of the page under test-results/screens/ and attaches it to the report. */
  async screenshot(name: string, testInfo: TestInfo): Promise<string> {
    await this.frames();
    await mkdir(SCREENS, { recursive: true });
    const path = join(SCREENS, name);
    await this.page.screenshot({ path, animations: 'disabled', caret: 'hide' });
    await testInfo.attach(name, { path, contentType: 'image/png' });
    return path;
  }
}

/** The map a file on disk holds, parsed with the app's own reader. */
export async function mapOnDisk(path: string): Promise<JourneyMap> {
  const parsed = parseCjm(await readFile(path, 'utf8'));
  if (!parsed.ok) throw new Error(`${path} does not parse: ${JSON.stringify(parsed.error)}`);
  return parsed.value.document.map;
}

export interface Workspace {
  readonly folder: string;
  /** Copies a fixture into the folder (optionally under another name) and returns its path. */
  copy(fixture: string, as?: string): Promise<string>;
  path(name: string): string;
  write(name: string, text: string): Promise<string>;
}

export const test = base.extend<{ workspace: Workspace; bridge: Bridge; app: AppDriver }, { sharedContext: BrowserContext }>({
  /**
   * One browser context per worker, so the 2 MB bundle and the fonts come from
   * its cache after the first test. Each test still gets a fresh page (a fresh
   * app), its own bridge and its own folder; the app keeps nothing in storage.
   */
  sharedContext: [
    async ({ browser }, use, workerInfo) => {
      const { viewport, baseURL, locale, timezoneId, deviceScaleFactor } = workerInfo.project.use;
      const context = await browser.newContext({ viewport, baseURL, locale, timezoneId, deviceScaleFactor });
      await use(context);
      await context.close();
    },
    { scope: 'worker' },
  ],
  page: async ({ sharedContext }, use, testInfo) => {
    const page = await sharedContext.newPage();
    await use(page);
    if (testInfo.status !== testInfo.expectedStatus && !page.isClosed()) {
      await testInfo.attach('page at failure', { body: await page.screenshot(), contentType: 'image/png' });
    }
    await page.close();
  },
  workspace: async ({}, use) => {
    const folder = await mkdtemp(join(tmpdir(), 'journeyboard-e2e-'));
    await use({
      folder,
      async copy(fixture, as) {
        const target = join(folder, as ?? fixture);
        await copyFile(join(FIXTURES, fixture), target);
        return target;
      },
      path: (name) => join(folder, name),
      async write(name, content) {
        const target = join(folder, name);
        await writeFile(target, content);
        return target;
      },
    });
    await rm(folder, { recursive: true, force: true });
  },
  bridge: async ({ page, workspace }, use) => {
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => {
      // Chromium reports this notice (not an exception from app code) when a ResizeObserver
      // callback changes layout; it is harmless and timing-dependent, so it is noted, not failed.
      if (error.message.startsWith('ResizeObserver loop')) test.info().annotations.push({ type: 'notice', description: error.message });
      else pageErrors.push(error.message);
    });
    const bridge = await Bridge.install(page, workspace.folder);
    await use(bridge);
    // Whatever a test did, it must not have left the app in one of these states.
    expect(pageErrors, 'uncaught errors in the page').toEqual([]);
    expect(bridge.invokeErrors, 'IPC calls the main process refused').toEqual([]);
    expect(bridge.unexpectedPrompts, 'dialogs the test did not expect').toEqual([]);
    expect(bridge.unusedAnswers, 'dialog answers queued for dialogs that never appeared').toBe(0);
  },
  app: async ({ page, bridge }, use) => {
    const app = new AppDriver(page, bridge);
    await app.start();
    await use(app);
  },
});

export { expect };
