/** Label text for paint code: two-line splits and bounded prefixes of long texts. */
import type { PaintContext } from './paintContext';

/** Splits a label between words so that the first line fits `width` in the context's current font; a single long word is kept whole (callers ellipsize it). */
export function splitLine(ctx: PaintContext, text: string, width: number): [string, string] {
  const words = text.split(' ');
  let first = words[0] ?? '';
  let i = 1;
  while (i < words.length && ctx.measureText(`${first} ${words[i]}`).width <= width) first += ` ${words[i++]}`;
  return [first, words.slice(i).join(' ')];
}

/** The first `max` UTF-16 units of a text, without a lone high surrogate at the cut: what paint code measures of a long text. */
export function startOf(text: string, max: number): string {
  return text.length <= max ? text : text.slice(0, max).replace(/[\uD800-\uDBFF]$/, '');
}
