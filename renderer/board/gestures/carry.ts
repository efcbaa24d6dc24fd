/** The part of a note or touchpoint drag they share: a press becomes a drag past the threshold, then follows the pointer. */
import { beyondThreshold } from './gesture';

export class Carry {
  dragging = false;
  /** World offset of the carried items from where they were picked up. */
  dx = 0;
  dy = 0;

  constructor(
    private readonly startX: number,
    private readonly startY: number,
  ) {}

  /** False while the press is still a click. */
  follow(sx: number, sy: number, scale: number): boolean {
    if (!this.dragging && !beyondThreshold(sx - this.startX, sy - this.startY)) return false;
    this.dragging = true;
    this.dx = (sx - this.startX) / scale;
    this.dy = (sy - this.startY) / scale;
    return true;
  }
}
