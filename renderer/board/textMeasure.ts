/**
 * Canvas text measurement for the layout's text fitting, memoized per text:
 * a 2,000-note board re-lays out on every edit, and only changed notes should
 * cost a measurement.
 */
import { fitText, type FittedText, type FontStyle, type MeasureText } from '../model/textFit';
import { NOTE_MIN_HEIGHT, NOTE_WIDTH } from '../model/layout';
import { FONT_FAMILY } from './theme';

const FONT_PREFIX: Record<FontStyle, string> = { normal: '', bold: '700 ', italic: 'italic ' };

/** Measures with a canvas, caching each (size, word): notes reuse a small vocabulary. */
export function canvasMeasure(): MeasureText {
  const context = document.createElement('canvas').getContext('2d');
  if (!context) throw new Error('2D canvas is not available');
  const widths = new Map<string, number>();
  let font = '';
  return (text, fontSize, style = 'normal') => {
    const key = `${style}|${fontSize}|${text}`;
    let width = widths.get(key);
    if (width === undefined) {
      const wanted = `${FONT_PREFIX[style]}${fontSize}px ${FONT_FAMILY}`;
      if (font !== wanted) {
        context.font = wanted;
        font = wanted;
      }
      width = context.measureText(text).width;
      if (widths.size > 50000) widths.clear();
      widths.set(key, width);
    }
    return width;
  };
}

/** Fits note text, memoized; the app loads the bundled font before the first fit, so entries never go stale. */
export type NoteFitter = (text: string) => FittedText;

export function createNoteFitter(measure: MeasureText): NoteFitter {
  const cache = new Map<string, FittedText>();
  return (text) => {
    let fitted = cache.get(text);
    if (!fitted) {
      fitted = fitText(text, NOTE_WIDTH, NOTE_MIN_HEIGHT, measure);
      if (cache.size > 20000) cache.clear();
      cache.set(text, fitted);
    }
    return fitted;
  };
}
