/** Splits a label between words so that the first line fits `width` in the context's current font; a single long word is kept whole (callers ellipsize it). */
export function splitLine(ctx: CanvasRenderingContext2D, text: string, width: number): [string, string] {
  const words = text.split(' ');
  let first = words[0] ?? '';
  let i = 1;
  while (i < words.length && ctx.measureText(`${first} ${words[i]}`).width <= width) first += ` ${words[i++]}`;
  return [first, words.slice(i).join(' ')];
}
