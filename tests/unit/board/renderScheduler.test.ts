/** Repaints coalesce: however often a layer is invalidated within a frame, it is drawn once, at that frame. */
import type Konva from 'konva';
import { describe, expect, it } from 'vitest';
import { type LayerName, RenderScheduler } from '../../../renderer/board/renderScheduler';

/** A scheduler on fake layers that record their draws, with a frame clock the test runs by hand. */
function setup() {
  const drawn: LayerName[] = [];
  const layer = (name: LayerName) => ({ draw: () => drawn.push(name) }) as unknown as Konva.Layer;
  const frames: (() => void)[] = [];
  const scheduler = new RenderScheduler((callback) => frames.push(callback));
  scheduler.attach({ world: layer('world'), drag: layer('drag'), interaction: layer('interaction'), headers: layer('headers') });
  return { drawn, frames, scheduler };
}

describe('RenderScheduler', () => {
  it('asks for one frame per burst of invalidations and draws each pending layer once, in stacking order', () => {
    const { drawn, frames, scheduler } = setup();
    scheduler.invalidate('interaction');
    scheduler.invalidate('drag', 'interaction');
    scheduler.invalidate('world');
    expect(frames).toHaveLength(1);
    expect(drawn).toEqual([]);
    frames[0]!();
    expect(drawn).toEqual(['world', 'drag', 'interaction']);
    scheduler.invalidate('headers');
    expect(frames).toHaveLength(2);
    frames[1]!();
    expect(drawn).toEqual(['world', 'drag', 'interaction', 'headers']);
  });

  it('a flush called directly (the bench, the tests) paints what is pending and leaves nothing for the frame', () => {
    const { drawn, frames, scheduler } = setup();
    scheduler.invalidate('world');
    scheduler.flush();
    frames[0]!();
    expect(drawn).toEqual(['world']);
  });
});
