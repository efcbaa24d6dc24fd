/**
 * The minimap of any wall is usable: a tall wall (many personas and lanes, few
 * stages) is not squeezed into a strip a few pixels wide; it gets a taller
 * minimap and, past that, a minimap that scrolls with the view.
 */
import { describe, expect, it } from 'vitest';
import { MINIMAP_MAX_HEIGHT, MINIMAP_MIN_DRAWN_WIDTH, MINIMAP_SIZE, minimapFor } from '../../../renderer/model/layout';

describe('minimapFor', () => {
  it('shows a wide wall whole in the usual frame', () => {
    const m = minimapFor(6000, 2000);
    expect({ width: m.width, height: m.height }).toEqual(MINIMAP_SIZE);
    expect(6000 * m.scale).toBeLessThanOrEqual(MINIMAP_SIZE.width);
    expect(m.contentHeight).toBeLessThanOrEqual(m.height);
  });

  it('gives a somewhat tall wall a taller frame, still showing all of it', () => {
    const m = minimapFor(1200, 2000);
    expect(m.height).toBeGreaterThan(MINIMAP_SIZE.height);
    expect(m.height).toBeLessThanOrEqual(MINIMAP_MAX_HEIGHT);
    expect(2000 * m.scale).toBeLessThanOrEqual(m.height + 0.001);
    expect(1200 * m.scale).toBeGreaterThanOrEqual(MINIMAP_MIN_DRAWN_WIDTH);
  });

  it('draws a very tall wall (3 stages, 40 personas) at least the minimum width wide, and scrolls it', () => {
    const m = minimapFor(900, 40 * 6 * 70);
    expect(900 * m.scale).toBeGreaterThanOrEqual(MINIMAP_MIN_DRAWN_WIDTH);
    expect(m.height).toBe(MINIMAP_MAX_HEIGHT);
    expect(m.contentHeight).toBeCloseTo(40 * 6 * 70 * m.scale);
    expect(m.contentHeight).toBeGreaterThan(m.height);
  });

  it('never asks for an offscreen canvas taller than browsers allow', () => {
    const m = minimapFor(300, 5_000_000);
    expect(m.contentHeight).toBeLessThanOrEqual(16_000);
  });

  it('survives an empty wall', () => {
    const m = minimapFor(0, 0);
    expect(Number.isFinite(m.scale) && m.scale > 0).toBe(true);
  });
});
