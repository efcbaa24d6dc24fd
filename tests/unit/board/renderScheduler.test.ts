/** Repaints coalesce: however often a layer is invalidated within a frame, it is drawn once, at that frame. */
import type Konva from 'konva';
import { describe, expect, it } from 'vitest';
import { type LayerName, RenderScheduler } from '../../../renderer/board/renderScheduler';

function fakeLayers() {
  const drawn: LayerName[] = [];
  const layer = (name: LayerName) => ({ draw: () => drawn.push(name) }) as unknown as Konva.Layer;
  return { drawn, layers: { world: layer('world'), drag: layer('drag'), interaction: layer('interaction'), headers: layer('headers') } };
}

describe('RenderScheduler', () => {
  it('asks for one frame per burst of invalidations and draws each pending layer once, in stacking order', () => {
    const frames: (() => void)[] = [];
    const scheduler = new RenderScheduler((callback) => frames.push(callback));
    const { drawn, layers } = fakeLayers();
    scheduler.attach(layers);
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
    const frames: (() => void)[] = [];
    const scheduler = new RenderScheduler((callback) => frames.push(callback));
    const { drawn, layers } = fakeLayers();
    scheduler.attach(layers);
    scheduler.invalidate('world');
    scheduler.flush();
    frames[0]!();
    expect(drawn).toEqual(['world']);
  });
});
