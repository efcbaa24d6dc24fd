/** Page planning of the PDF export, and the regions and PNG sizes every export draws. */
import { describe, expect, it } from 'vitest';
import { COVER_SIZE, MAX_PAGE_PT, PAPER_MARGIN_MM, PT_PER_MM, PT_PER_PX, paperPage, place, planPdf } from '../../../renderer/model/export/pagePlan';
import { MAX_CANVAS_AREA, MAX_CANVAS_SIDE, pngSize } from '../../../renderer/model/export/pngSize';
import { mapRegion, pngRegion, stageRegion, viewRegion } from '../../../renderer/model/export/regions';
import { LANE_STRIP_WIDTH, STAGE_STRIP_HEIGHT, type ColumnBox } from '../../../renderer/model/layout';

const column = (stageId: string, index: number, x: number, width: number): ColumnBox => ({ stageId, index, name: stageId, color: null, x, width });
const layout = { width: 1480, height: 900, columns: [column('s1', 0, 280, 400), column('s2', 1, 680, 400), column('s3', 2, 1080, 400)] };

describe('export regions', () => {
  it('the whole map is the wall with the stage strip above it and the lane strip left of it', () => {
    expect(mapRegion(layout)).toEqual({
      content: { x: 0, y: 0, width: 1480, height: 900 },
      viewport: { x: -LANE_STRIP_WIDTH, y: -STAGE_STRIP_HEIGHT, width: 1480 + LANE_STRIP_WIDTH, height: 900 + STAGE_STRIP_HEIGHT },
    });
  });

  it('one stage is its column, full height, with the same strips; an unknown stage is null', () => {
    expect(stageRegion(layout, 's2')).toEqual({
      content: { x: 680, y: 0, width: 400, height: 900 },
      viewport: { x: 680 - LANE_STRIP_WIDTH, y: -STAGE_STRIP_HEIGHT, width: 400 + LANE_STRIP_WIDTH, height: 900 + STAGE_STRIP_HEIGHT },
    });
    expect(stageRegion(layout, 'gone')).toBeNull();
    expect(pngRegion(layout, { kind: 'stage', stageId: 'gone' })).toBeNull();
  });

  it('the current view keeps its rectangle, and the strips lie over its top-left edge as on screen', () => {
    const rect = { x: 100, y: -20, width: 1200, height: 680 };
    expect(viewRegion(rect)).toEqual({
      viewport: rect,
      content: { x: 100 + LANE_STRIP_WIDTH, y: -20 + STAGE_STRIP_HEIGHT, width: 1200 - LANE_STRIP_WIDTH, height: 680 - STAGE_STRIP_HEIGHT },
    });
    expect(pngRegion(layout, { kind: 'view', rect })).toEqual(viewRegion(rect));
  });
});

describe('PDF pages', () => {
  it('A4–A0 are the ISO sizes; auto orientation follows the picture', () => {
    const [w, h] = paperPage('A4', 'auto', { width: 2000, height: 1000 });
    expect(w).toBeCloseTo(297 * PT_PER_MM);
    expect(h).toBeCloseTo(210 * PT_PER_MM);
    expect(paperPage('A0', 'auto', { width: 100, height: 300 })[1]).toBeCloseTo(1189 * PT_PER_MM);
    expect(paperPage('A3', 'portrait', { width: 2000, height: 1000 })[0]).toBeCloseTo(297 * PT_PER_MM);
  });

  it('fits a picture inside the paper margins, centred, keeping its proportions', () => {
    const picture = { width: 4000, height: 1000 };
    const p = place({ paper: 'A3', orientation: 'auto' }, picture);
    const margin = PAPER_MARGIN_MM * PT_PER_MM;
    expect(p.width).toBeCloseTo(420 * PT_PER_MM);
    expect(picture.width * p.scale).toBeCloseTo(p.width - 2 * margin);
    expect(p.x).toBeCloseTo(margin);
    expect(p.y).toBeCloseTo((p.height - picture.height * p.scale) / 2);
    expect(picture.height * p.scale).toBeLessThanOrEqual(p.height - 2 * margin);
  });

  it('a poster page is the map itself at 96 dpi, scaled down only past the largest page a reader opens', () => {
    expect(place({ paper: 'poster', orientation: 'auto' }, { width: 3000, height: 1200 })).toEqual({ width: 3000 * PT_PER_PX, height: 1200 * PT_PER_PX, scale: PT_PER_PX, x: 0, y: 0 });
    const huge = place({ paper: 'poster', orientation: 'auto' }, { width: 40000, height: 5000 });
    expect(huge.width).toBeCloseTo(MAX_PAGE_PT);
    expect(huge.height).toBeCloseTo(5000 * (MAX_PAGE_PT / 40000));
  });

  it('plans the cover, the whole map, then one page per stage in stage order', () => {
    const pages = planPdf({ format: 'pdf', paper: 'A2', orientation: 'auto', pagePerStage: true, coverPage: true }, layout);
    expect(pages.map((p) => (p.kind === 'stage' ? p.stageId : p.kind))).toEqual(['cover', 'map', 's1', 's2', 's3']);
    expect(pages[0]!.placement.width).toBeCloseTo(594 * PT_PER_MM);
    expect(planPdf({ format: 'pdf', paper: 'poster', orientation: 'auto', pagePerStage: false, coverPage: false }, layout).map((p) => p.kind)).toEqual(['map']);
    // A poster's cover is a sheet of A4, not a wall-sized empty page.
    const poster = planPdf({ format: 'pdf', paper: 'poster', orientation: 'auto', pagePerStage: false, coverPage: true }, layout);
    expect(poster[0]!.placement.width).toBeCloseTo(297 * PT_PER_MM);
    expect(COVER_SIZE.width).toBeGreaterThan(COVER_SIZE.height);
  });
});

describe('PNG size', () => {
  it('is the picture times the scale', () => {
    expect(pngSize({ width: 2232, height: 1090 }, 2)).toEqual({ width: 4464, height: 2180, scale: 2 });
  });

  it('stays within the largest canvas a browser draws, and says which scale it used', () => {
    const wide = pngSize({ width: 20000, height: 3000 }, 4);
    expect(wide.width).toBeLessThanOrEqual(MAX_CANVAS_SIDE);
    expect(wide.scale).toBeCloseTo(MAX_CANVAS_SIDE / 20000);
    const big = pngSize({ width: 12000, height: 12000 }, 2);
    expect(big.width * big.height).toBeLessThanOrEqual(MAX_CANVAS_AREA);
    expect(big.scale).toBeLessThan(2);
  });
});
