/**
 * Issue 14 visual acceptance: a PNG export of the current view looks like the
 * board showing that view. The board is the real Konva board (boardHarness) at
 * 100 %; the export draws the same layout with the same paint functions into
 * its own canvas. They may differ only where the export leaves out the board's
 * grey backdrop (it is made for paper), so the tolerance is:
 *   mean absolute difference per channel ≤ 2 (of 255), and
 *   at most 0.5 % of pixels differing by more than 32 in any channel.
 * A view shifted by 24 px must fail the same test, so it can tell.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { exportMap } from '../../renderer/board/export/exportMap';
import type { PngScale } from '../../renderer/model/export/exportOptions';
import { LANE_STRIP_WIDTH, STAGE_STRIP_HEIGHT, type Rect } from '../../renderer/model/layout';
import { createI18n } from '../../renderer/i18n/i18n';
import { createBoardLabels } from '../../renderer/ui/boardLabels';
import { createCoverText } from '../../renderer/ui/exportInput';
import { type MountedBoard, fixedMap, mountBoard } from './boardHarness';
import { keepExport, templateMap } from './exportHarness';

const MEAN_TOLERANCE = 2;
const OFF_SHARE_TOLERANCE = 0.005;
const OFF_CHANNEL = 32;

interface Difference {
  readonly mean: number;
  readonly offShare: number;
}

function compare(a: ImageData, b: ImageData): Difference {
  expect([a.width, a.height]).toEqual([b.width, b.height]);
  let sum = 0;
  let off = 0;
  for (let i = 0; i < a.data.length; i += 4) {
    let worst = 0;
    for (let c = 0; c < 3; c++) {
      const d = Math.abs(a.data[i + c]! - b.data[i + c]!);
      sum += d;
      worst = Math.max(worst, d);
    }
    if (worst > OFF_CHANNEL) off++;
  }
  const pixels = a.data.length / 4;
  return { mean: sum / (pixels * 3), offShare: off / pixels };
}

/** What the page shows: the four layer canvases composited at device resolution, over white. */
function boardPixels(board: MountedBoard): ImageData {
  board.paint();
  const { world, drag, interaction, headers } = board.canvases;
  const canvas = document.createElement('canvas');
  canvas.width = world.width;
  canvas.height = world.height;
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  for (const layer of [world, drag, interaction, headers]) ctx.drawImage(layer, 0, 0, canvas.width, canvas.height);
  return ctx.getImageData(0, 0, canvas.width, canvas.height);
}

async function pngPixels(bytes: Uint8Array): Promise<ImageData> {
  const bitmap = await createImageBitmap(new Blob([bytes as BlobPart], { type: 'image/png' }));
  const canvas = document.createElement('canvas');
  canvas.width = bitmap.width;
  canvas.height = bitmap.height;
  const ctx = canvas.getContext('2d')!;
  ctx.drawImage(bitmap, 0, 0);
  return ctx.getImageData(0, 0, canvas.width, canvas.height);
}

let board: MountedBoard | null = null;
afterEach(() => {
  board?.unmount();
  board = null;
});

describe('a PNG of the current view', () => {
  it('matches the on-screen board of the same map and view within the tolerance, and a shifted view does not', async () => {
    const map = templateMap('en');
    board = await mountBoard(fixedMap(map));
    // The persona band's header row in full: its tint lies over the board's grey backdrop on screen and over white in the export.
    board.controller.setCamera({ x: LANE_STRIP_WIDTH - 300, y: STAGE_STRIP_HEIGHT, scale: 1 });
    const onScreen = boardPixels(board);

    const t = (await createI18n('en')).t;
    const input = { layout: board.layout(), labels: createBoardLabels(t, map), photos: new Map(), cover: createCoverText(t, map) };
    const scale = window.devicePixelRatio as PngScale;
    const view = (rect: Rect) => exportMap({ format: 'png', region: { kind: 'view', rect }, scale, background: 'white' }, input, () => {});
    const visible = board.controller.visibleWorld();
    const exported = await view(visible);
    await keepExport('view.en.png', exported.bytes);
    const same = compare(onScreen, await pngPixels(exported.bytes));
    expect(same.mean).toBeLessThanOrEqual(MEAN_TOLERANCE);
    expect(same.offShare).toBeLessThanOrEqual(OFF_SHARE_TOLERANCE);

    const shifted = compare(onScreen, await pngPixels((await view({ ...visible, x: visible.x + 24 })).bytes));
    expect(shifted.mean > MEAN_TOLERANCE || shifted.offShare > OFF_SHARE_TOLERANCE).toBe(true);
    console.info(`view vs board: mean ${same.mean.toFixed(2)}, off ${(same.offShare * 100).toFixed(2)} %; shifted 24 px: mean ${shifted.mean.toFixed(2)}, off ${(shifted.offShare * 100).toFixed(2)} %`);
  });
});
