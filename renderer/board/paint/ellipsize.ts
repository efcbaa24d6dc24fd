/** Shortens text with an ellipsis to fit `width` in the context's current font (cut between graphemes). */
import { ellipsizeText } from '../../model/textFit';
import type { PaintContext } from './paintContext';

export function ellipsize(ctx: PaintContext, text: string, width: number): string {
  return ellipsizeText(text, width, 0, (t) => ctx.measureText(t).width);
}
