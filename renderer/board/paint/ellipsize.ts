import type { PaintContext } from './paintContext';

/** Shortens text with an ellipsis to fit `width` in the context's current font. */
export function ellipsize(ctx: PaintContext, text: string, width: number): string {
  if (ctx.measureText(text).width <= width) return text;
  let end = text.length;
  while (end > 0 && ctx.measureText(`${text.slice(0, end)}…`).width > width) end--;
  return end > 0 ? `${text.slice(0, end)}…` : '';
}
