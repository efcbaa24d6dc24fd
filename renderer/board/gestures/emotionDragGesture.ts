/**
 * Drags one emotion point up or down (or places it where its curve has a
 * gap); the release is one `setEmotion` command. The hit names one curve and
 * the gesture only ever touches that curve.
 */
import { type EmotionHit, scoreAtY } from '../../model/layout';
import { toWorld } from '../camera';
import type { Cursor, Gesture, GestureHost } from './gesture';

export class EmotionDragGesture implements Gesture {
  constructor(
    private readonly host: GestureHost,
    private readonly hit: EmotionHit,
    private score: number,
  ) {
    host.invalidate('interaction');
  }

  onPointerMove(sx: number, sy: number): Cursor {
    const lane = this.host.layout()?.emotionLanes.find((l) => l.laneId === this.hit.laneId);
    if (!lane) return 'ns-resize';
    this.score = scoreAtY(lane, toWorld(this.host.camera.get(), sx, sy).y);
    this.host.invalidate('interaction');
    return 'ns-resize';
  }

  onPointerUp(): void {
    this.host.intents.setEmotion(this.hit, this.score);
    this.onCancel();
  }

  onCancel(): void {
    this.host.invalidate('interaction');
  }

  emotionDrag(): { hit: EmotionHit; score: number } {
    return { hit: this.hit, score: this.score };
  }
}
