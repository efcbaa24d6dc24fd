/**
 * Fits note text into a sticky: wrap at word boundaries, shrink the font down
 * to a floor, and only then let the note grow taller. Measuring is injected
 * (a canvas in the app, a fixed-width estimate in tests), so this stays pure.
 */
export type MeasureText = (text: string, fontSize: number) => number;

export interface FittedText {
  readonly fontSize: number;
  readonly lines: readonly string[];
  /** Height the text needs, padding included; never less than the box's minimum height. */
  readonly height: number;
}

export const NOTE_FONT_SIZES = [20, 18, 16, 14, 12] as const;
export const NOTE_TEXT_PADDING = 10;
export const LINE_HEIGHT = 1.25;

/**
 * Greedy word wrap. A line's width is the sum of its words' and spaces'
 * widths, so each distinct word is measured once per size (the measurer
 * caches) instead of re-measuring the growing line after every word: that was
 * most of the time to open a 2,000-note map.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, measure: MeasureText): string[] {
  const lines: string[] = [];
  const space = measure(' ', fontSize);
  for (const paragraph of text.split('\n')) {
    const words = paragraph.split(/\s+/).filter((w) => w.length > 0);
    let line = '';
    let lineWidth = 0;
    for (const word of words) {
      const wordWidth = measure(word, fontSize);
      const candidateWidth = line ? lineWidth + space + wordWidth : wordWidth;
      if (candidateWidth <= maxWidth) {
        line = line ? `${line} ${word}` : word;
        lineWidth = candidateWidth;
        continue;
      }
      if (line) lines.push(line);
      line = word;
      lineWidth = wordWidth;
      // A single word wider than the note is broken by characters.
      while (measure(line, fontSize) > maxWidth && line.length > 1) {
        let cut = line.length - 1;
        while (cut > 1 && measure(line.slice(0, cut), fontSize) > maxWidth) cut--;
        lines.push(line.slice(0, cut));
        line = line.slice(cut);
        lineWidth = measure(line, fontSize);
      }
    }
    lines.push(line);
  }
  return lines;
}

export function fitText(text: string, width: number, minHeight: number, measure: MeasureText): FittedText {
  const innerWidth = width - 2 * NOTE_TEXT_PADDING;
  const innerHeight = minHeight - 2 * NOTE_TEXT_PADDING;
  let lines: string[] = [];
  let fontSize: number = NOTE_FONT_SIZES[0];
  for (const size of NOTE_FONT_SIZES) {
    fontSize = size;
    lines = wrapText(text, innerWidth, size, measure);
    if (lines.length * size * LINE_HEIGHT <= innerHeight) return { fontSize, lines, height: minHeight };
  }
  const needed = Math.ceil(lines.length * fontSize * LINE_HEIGHT + 2 * NOTE_TEXT_PADDING);
  return { fontSize, lines, height: Math.max(minHeight, needed) };
}

/** A fixed-advance estimate, close enough for tests and for sizing before fonts load. */
export const estimateTextWidth: MeasureText = (text, fontSize) => text.length * fontSize * 0.55;
