/** The present camera move: eased, on the frame clock, timed by the injected clock, never longer than its duration. */
import { describe, expect, it } from 'vitest';
import type { Camera } from '../../../renderer/board/camera';
import { CAMERA_MOVE_MS, CameraAnimation, cameraBetween, easeInOut } from '../../../renderer/board/cameraAnimation';

const BODY = { x: 232, y: 52, width: 1048, height: 668 };

function setup(start: Camera) {
  let camera = start;
  const seen: Camera[] = [];
  const frames: (() => void)[] = [];
  const clock = { ms: 0 };
  const animation = new CameraAnimation(
    { get: () => camera, set: (c) => (seen.push(c), (camera = c)), bodyRect: () => BODY },
    (callback) => frames.push(callback),
    () => clock.ms,
  );
  const runFrame = (atMs: number) => {
    clock.ms = atMs;
    frames.shift()!();
  };
  return { animation, seen, frames, runFrame, camera: () => camera };
}

describe('camera animation', () => {
  it('eases in and out', () => {
    expect(easeInOut(0)).toBe(0);
    expect(easeInOut(1)).toBe(1);
    expect(easeInOut(0.5)).toBeCloseTo(0.5);
    expect(easeInOut(0.1)).toBeLessThan(0.1);
    expect(easeInOut(0.9)).toBeGreaterThan(0.9);
  });

  it('keeps the zoom on a log scale and ends exactly at both ends', () => {
    const a = { x: 0, y: 0, scale: 0.25 };
    const b = { x: -500, y: -100, scale: 1 };
    expect(cameraBetween(a, b, 0, BODY)).toEqual(a);
    const end = cameraBetween(a, b, 1, BODY);
    expect(end.x).toBeCloseTo(b.x);
    expect(end.y).toBeCloseTo(b.y);
    expect(cameraBetween(a, b, 0.5, BODY).scale).toBeCloseTo(0.5);
  });

  it('moves one step per frame on the clock, and lands on the target when the time is up', () => {
    const to = { x: -800, y: -40, scale: 0.9 };
    const { animation, seen, frames, runFrame, camera } = setup({ x: 0, y: 0, scale: 0.3 });
    animation.moveTo(to);
    expect(animation.isMoving()).toBe(true);
    expect(animation.destination()).toEqual(to);
    runFrame(100);
    runFrame(200);
    expect(seen).toHaveLength(2);
    expect(camera()).not.toEqual(to);
    // A slow frame lands later on the curve: the move never outlasts its duration.
    runFrame(CAMERA_MOVE_MS + 50);
    expect(camera()).toEqual(to);
    expect(animation.isMoving()).toBe(false);
    expect(frames).toHaveLength(0);
  });

  it('a new target mid-move starts from where the camera is; a jump or a stop ends the move', () => {
    const { animation, frames, runFrame, camera } = setup({ x: 0, y: 0, scale: 1 });
    animation.moveTo({ x: -100, y: 0, scale: 1 });
    runFrame(100);
    const midway = camera();
    animation.moveTo({ x: 100, y: 0, scale: 1 });
    // The superseded move's frame does nothing.
    runFrame(150);
    expect(camera()).toEqual(midway);
    animation.jumpTo({ x: 7, y: 7, scale: 2 });
    expect(camera()).toEqual({ x: 7, y: 7, scale: 2 });
    expect(animation.isMoving()).toBe(false);
    while (frames.length > 0) runFrame(1000);
    expect(camera()).toEqual({ x: 7, y: 7, scale: 2 });
  });
});
