/**
 * Zoom a person can control, driven by real WheelEvents on the board:
 * - one Ctrl+wheel notch of a mouse zooms by 10–20 % around the pointer (it
 *   used to multiply the zoom by 2.7);
 * - a trackpad pinch (ctrl wheel, small fractional deltas) zooms in small steps;
 * - a two-finger scroll (pixel deltas, no ctrl) pans;
 * - the preference decides whether the plain mouse wheel zooms or pans.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { toWorld } from '../../renderer/board/camera';
import { minimalMap } from '../fixtures/fixtureMaps';
import { type MountedBoard, fixedMap, mountBoard } from './boardHarness';

let board: MountedBoard;
beforeEach(async () => {
  board = await mountBoard(fixedMap(minimalMap().map));
  board.controller.setCamera({ x: 200, y: 60, scale: 0.5 });
});
afterEach(() => board.unmount());

const AT = { x: 600, y: 400 };

function wheel(deltaX: number, deltaY: number, init: WheelEventInit = {}): void {
  board.host
    .querySelector('[data-testid="board"]')!
    .dispatchEvent(new WheelEvent('wheel', { bubbles: true, cancelable: true, clientX: AT.x, clientY: AT.y, deltaX, deltaY, deltaMode: 0, ...init }));
}

const scale = () => board.controller.getCamera().scale;

describe('wheel and trackpad', () => {
  it('one Ctrl+wheel notch zooms in by 10–20 % around the pointer, and one notch back returns', () => {
    const anchor = toWorld(board.controller.getCamera(), AT.x, AT.y);
    wheel(0, -100, { ctrlKey: true });
    expect(scale() / 0.5).toBeGreaterThanOrEqual(1.1);
    expect(scale() / 0.5).toBeLessThanOrEqual(1.2);
    const after = toWorld(board.controller.getCamera(), AT.x, AT.y);
    expect(after.x).toBeCloseTo(anchor.x, 6);
    expect(after.y).toBeCloseTo(anchor.y, 6);
    wheel(0, 100, { ctrlKey: true });
    expect(scale()).toBeCloseTo(0.5, 6);
  });

  it('a trackpad pinch zooms in small steps, each under 5 %', () => {
    let previous = scale();
    for (let i = 0; i < 20; i++) {
      wheel(0, -2.4, { ctrlKey: true });
      const ratio = scale() / previous;
      expect(ratio).toBeGreaterThan(1);
      expect(ratio).toBeLessThan(1.05);
      previous = scale();
    }
    expect(scale()).toBeGreaterThan(0.6);
  });

  it('a two-finger scroll pans and does not zoom', () => {
    const camera = board.controller.getCamera();
    wheel(30, 12.5);
    expect(board.controller.getCamera()).toEqual({ x: camera.x - 30, y: camera.y - 12.5, scale: camera.scale });
  });

  it('the plain mouse wheel zooms one step per notch, or pans when the preference says so', () => {
    wheel(0, -100);
    expect(scale() / 0.5).toBeGreaterThanOrEqual(1.1);
    expect(scale() / 0.5).toBeLessThanOrEqual(1.2);
    board.ui.set({ wheelZooms: false });
    const camera = board.controller.getCamera();
    wheel(0, 100);
    expect(board.controller.getCamera()).toEqual({ ...camera, y: camera.y - 100 });
  });
});
