/** Where the audience window goes for 1, 2 and 3 displays, and what a plug or unplug does to it. */
import { describe, expect, it } from 'vitest';
import { audienceMove, type DisplayInfo, placeAudience } from '../../../electron/present/displayPlacement';

const display = (id: number, x: number, width: number, height: number, internal = false): DisplayInfo => ({
  id,
  bounds: { x, y: 0, width, height },
  workArea: { x, y: 25, width, height: height - 25 },
  internal,
});
const LAPTOP = display(1, 0, 1280, 800, true);
const PROJECTOR = display(2, 1280, 1920, 1080);
const MONITOR = display(3, 3200, 2560, 1440);

describe('placeAudience', () => {
  it('one display: no audience window, the laptop shows the room’s view itself', () => {
    expect(placeAudience([LAPTOP], 1)).toEqual({ kind: 'single' });
    expect(placeAudience([], null)).toEqual({ kind: 'single' });
  });

  it('two displays: full screen on the one the presenter window is not on', () => {
    expect(placeAudience([LAPTOP, PROJECTOR], 1)).toEqual({ kind: 'dual', displayId: 2, bounds: PROJECTOR.bounds });
    // The facilitator dragged the laptop window onto the projector: the room gets the laptop panel.
    expect(placeAudience([LAPTOP, PROJECTOR], 2)).toEqual({ kind: 'dual', displayId: 1, bounds: LAPTOP.bounds });
  });

  it('three displays: an external display before the laptop panel, then the largest', () => {
    expect(placeAudience([LAPTOP, PROJECTOR, MONITOR], 1)).toMatchObject({ displayId: 3 });
    expect(placeAudience([LAPTOP, PROJECTOR, MONITOR], 3)).toMatchObject({ displayId: 2 });
    expect(placeAudience([MONITOR, LAPTOP, PROJECTOR], 2)).toMatchObject({ displayId: 3 });
  });

  it('the same displays in any order give the same choice; equal displays go by id', () => {
    const twin = display(4, 5760, 1920, 1080);
    expect(placeAudience([LAPTOP, twin, PROJECTOR], 1)).toMatchObject({ displayId: 2 });
    expect(placeAudience([PROJECTOR, twin, LAPTOP], 1)).toMatchObject({ displayId: 2 });
  });

  it('a presenter window on no known display (its display just went) still leaves one for the room', () => {
    expect(placeAudience([LAPTOP, PROJECTOR], 9)).toMatchObject({ kind: 'dual', displayId: 2 });
    expect(placeAudience([LAPTOP, PROJECTOR], null)).toMatchObject({ kind: 'dual', displayId: 2 });
  });
});

describe('audienceMove', () => {
  const onProjector = placeAudience([LAPTOP, PROJECTOR], 1);
  const onMonitor = placeAudience([LAPTOP, MONITOR], 1);

  it('opens when presenting starts with a second display, and does nothing with one', () => {
    expect(audienceMove({ kind: 'single' }, onProjector)).toEqual({ kind: 'open', bounds: PROJECTOR.bounds });
    expect(audienceMove(null, onProjector)).toEqual({ kind: 'open', bounds: PROJECTOR.bounds });
    expect(audienceMove({ kind: 'single' }, { kind: 'single' })).toEqual({ kind: 'keep' });
  });

  it('unplugging the projector closes the audience window; plugging it back opens it again', () => {
    const unplugged = placeAudience([LAPTOP], 1);
    expect(audienceMove(onProjector, unplugged)).toEqual({ kind: 'close' });
    expect(audienceMove(unplugged, placeAudience([LAPTOP, PROJECTOR], 1))).toEqual({ kind: 'open', bounds: PROJECTOR.bounds });
  });

  it('moves to another display, or to new bounds of the same one (resolution changed)', () => {
    expect(audienceMove(onProjector, onMonitor)).toEqual({ kind: 'move', bounds: MONITOR.bounds });
    const resized = placeAudience([LAPTOP, { ...PROJECTOR, bounds: { ...PROJECTOR.bounds, width: 1280, height: 720 } }], 1);
    expect(audienceMove(onProjector, resized)).toEqual({ kind: 'move', bounds: { x: 1280, y: 0, width: 1280, height: 720 } });
    expect(audienceMove(onProjector, placeAudience([PROJECTOR, LAPTOP], 1))).toEqual({ kind: 'keep' });
  });
});
