/**
 * Fits text into boxes: wrap at word boundaries, shrink the font down to a
 * floor, and only then let the note grow taller. Measuring is injected (a
 * canvas in the app, a fixed-width estimate in tests), so this stays pure.
 *
 * Text is cut only between graphemes (Intl.Segmenter), so an emoji or a letter
 * with combining marks is never split into lone surrogates.
 */
export type FontStyle = 'normal' | 'bold' | 'italic';
export type MeasureText = (text: string, fontSize: number, style?: FontStyle) => number;

export interface FittedText {
  readonly fontSize: number;
  readonly lines: readonly string[];
  /** Height the text needs, padding included; never less than the box's minimum height. */
  readonly height: number;
}

export const NOTE_FONT_SIZES = [20, 18, 16, 14, 12] as const;
export const NOTE_TEXT_PADDING = 10;
export const LINE_HEIGHT = 1.25;
const ELLIPSIS = '…';

const graphemeSegmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const wordSegmenter = new Intl.Segmenter(undefined, { granularity: 'word' });

export const graphemes = (text: string): string[] => Array.from(graphemeSegmenter.segment(text), (s) => s.segment);

/** The first user-perceived character, upper-cased: a persona's initial. */
export const firstGrapheme = (text: string): string => {
  const first = graphemeSegmenter.segment(text)[Symbol.iterator]().next();
  return first.done ? '' : first.value.segment.toLocaleUpperCase();
};

/**
 * Where a word wider than the line may break: after each grapheme, and
 * preferably at a word-segment boundary (after "/" or "." in a URL).
 */
function breakPoints(parts: readonly string[], word: string): { ends: number[]; wordEnds: Set<number> } {
  const ends: number[] = [];
  let offset = 0;
  for (const part of parts) {
    offset += part.length;
    ends.push(offset);
  }
  const wordEnds = new Set<number>();
  for (const segment of wordSegmenter.segment(word)) wordEnds.add(segment.index + segment.segment.length);
  return { ends, wordEnds };
}

/**
 * Breaks one overlong word into lines. Grapheme widths are measured once each
 * (a word repeats few distinct graphemes) and summed into prefix widths; each
 * line's end is then binary-searched on those sums and confirmed with one real
 * measurement, so a 5,000-character URL costs O(n) lookups, not O(n²) measures.
 */
function breakWord(word: string, maxWidth: number, fontSize: number, measure: MeasureText, style?: FontStyle): string[] {
  const parts = graphemes(word);
  const widthOf = new Map<string, number>();
  const prefix = [0];
  for (const part of parts) {
    let width = widthOf.get(part);
    if (width === undefined) {
      width = measure(part, fontSize, style);
      widthOf.set(part, width);
    }
    prefix.push(prefix.at(-1)! + width);
  }
  const { ends, wordEnds } = breakPoints(parts, word);
  const lines: string[] = [];
  let start = 0;
  while (start < parts.length) {
    // The last grapheme index `end` (exclusive) whose summed width fits.
    let lo = start + 1;
    let hi = parts.length;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (prefix[mid]! - prefix[start]! <= maxWidth) lo = mid;
      else hi = mid - 1;
    }
    let end = lo;
    const from = start === 0 ? 0 : ends[start - 1]!;
    // Kerning makes a real line a little narrower or wider than its sum: confirm, and step back if needed.
    while (end > start + 1 && measure(word.slice(from, ends[end - 1]), fontSize, style) > maxWidth) end--;
    if (end < parts.length) {
      // Prefer a word boundary in the second half of the line.
      for (let candidate = end; candidate > start + (end - start) / 2; candidate--) {
        if (wordEnds.has(ends[candidate - 1]!)) {
          end = candidate;
          break;
        }
      }
    }
    lines.push(word.slice(from, ends[end - 1]));
    start = end;
  }
  return lines;
}

/**
 * Greedy word wrap. A line's width is the sum of its words' and spaces'
 * widths, so each distinct word is measured once per size (the measurer
 * caches) instead of re-measuring the growing line after every word.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, measure: MeasureText, style?: FontStyle): string[] {
  const lines: string[] = [];
  const space = measure(' ', fontSize, style);
  for (const paragraph of text.split('\n')) {
    const words = paragraph.split(/\s+/).filter((w) => w.length > 0);
    let line = '';
    let lineWidth = 0;
    for (const word of words) {
      const wordWidth = measure(word, fontSize, style);
      const candidateWidth = line ? lineWidth + space + wordWidth : wordWidth;
      if (candidateWidth <= maxWidth) {
        line = line ? `${line} ${word}` : word;
        lineWidth = candidateWidth;
        continue;
      }
      if (line) lines.push(line);
      line = word;
      lineWidth = wordWidth;
      if (wordWidth > maxWidth) {
        const pieces = breakWord(word, maxWidth, fontSize, measure, style);
        lines.push(...pieces.slice(0, -1));
        line = pieces.at(-1) ?? '';
        lineWidth = measure(line, fontSize, style);
      }
    }
    lines.push(line);
  }
  return lines;
}

/** Shortens text at a grapheme, with an ellipsis, so that it fits `maxWidth`; binary search on the cut. */
export function ellipsizeText(text: string, maxWidth: number, fontSize: number, measure: MeasureText, style?: FontStyle): string {
  if (measure(text, fontSize, style) <= maxWidth) return text;
  const parts = graphemes(text);
  let lo = 0;
  let hi = parts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (measure(parts.slice(0, mid).join('') + ELLIPSIS, fontSize, style) <= maxWidth) lo = mid;
    else hi = mid - 1;
  }
  return lo > 0 ? parts.slice(0, lo).join('').trimEnd() + ELLIPSIS : '';
}

/** Wraps into at most `maxLines`; when text is cut, the last line ends in an ellipsis. */
export function wrapClamped(text: string, maxWidth: number, fontSize: number, maxLines: number, measure: MeasureText, style?: FontStyle): string[] {
  if (maxLines <= 0) return [];
  const lines = wrapText(text, maxWidth, fontSize, measure, style).filter((line, i, all) => line.length > 0 || all.length === 1);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = ellipsizeText(`${kept[maxLines - 1]!}${ELLIPSIS}`, maxWidth, fontSize, measure, style);
  return kept;
}

/** Texts this long are checked against a lower bound before a size is wrapped (short notes fit at the first size). */
const LONG_TEXT = 200;

const SAMPLE = 256;
/** Under-estimates a sample's average advance by this much, so a size that might fit is always tried. */
const ESTIMATE_MARGIN = 0.75;

/**
 * About the fewest lines the text can take: each paragraph's length times the
 * average advance of its first characters, with a safety margin. Measuring a
 * whole 5,000-character paragraph would cost more than wrapping it.
 */
function fewestLines(paragraphs: readonly string[], maxWidth: number, fontSize: number, measure: MeasureText): number {
  let lines = 0;
  for (const paragraph of paragraphs) {
    const sample = paragraph.slice(0, SAMPLE);
    const advance = sample.length === 0 ? 0 : measure(sample, fontSize) / sample.length;
    lines += Math.max(1, Math.ceil((advance * paragraph.length * ESTIMATE_MARGIN) / maxWidth));
  }
  return lines;
}

export function fitText(text: string, width: number, minHeight: number, measure: MeasureText): FittedText {
  const innerWidth = width - 2 * NOTE_TEXT_PADDING;
  const innerHeight = minHeight - 2 * NOTE_TEXT_PADDING;
  const paragraphs = text.length > LONG_TEXT ? text.split('\n') : null;
  let lines: string[] = [];
  let fontSize: number = NOTE_FONT_SIZES[0];
  for (const size of NOTE_FONT_SIZES) {
    fontSize = size;
    // A pasted page cannot fit the sticky at the larger sizes: skip wrapping it at each of them.
    const smallest = size === NOTE_FONT_SIZES.at(-1);
    if (paragraphs && !smallest && fewestLines(paragraphs, innerWidth, size, measure) * size * LINE_HEIGHT > innerHeight) continue;
    lines = wrapText(text, innerWidth, size, measure);
    if (lines.length * size * LINE_HEIGHT <= innerHeight) return { fontSize, lines, height: minHeight };
  }
  const needed = Math.ceil(lines.length * fontSize * LINE_HEIGHT + 2 * NOTE_TEXT_PADDING);
  return { fontSize, lines, height: Math.max(minHeight, needed) };
}

/** A fixed-advance estimate, close enough for tests and for sizing before fonts load. */
export const estimateTextWidth: MeasureText = (text, fontSize) => text.length * fontSize * 0.55;
