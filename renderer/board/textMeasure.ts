/**
 * Canvas text measurement for the layout's text fitting, memoized per text:
 * a 2,000-note board re-lays out on every edit, and only changed notes should
 * cost a measurement.
 */
import { fitText, type FittedText, type MeasureText } from '../model/textFit';
import { NOTE_MIN_HEIGHT, NOTE_WIDTH } from '../model/layout';
import { FONT_FAMILY } from './theme';

export function canvasMeasure(): MeasureText {
  const context = document.createElement('canvas').getContext('2d');
  if (!context) throw new Error('2D canvas is not available');
  let font = '';
  return (text, fontSize) => {
    const wanted = `${fontSize}px ${FONT_FAMILY}`;
    if (font !== wanted) {
      context.font = wanted;
      font = wanted;
    }
    return context.measureText(text).width;
  };
}

export interface NoteFitter {
  (text: string): FittedText;
  /** Fonts finished loading: earlier measurements used a fallback face. */
  reset(): void;
}

export function createNoteFitter(measure: MeasureText): NoteFitter {
  const cache = new Map<string, FittedText>();
  const fitter = ((text: string) => {
    let fitted = cache.get(text);
    if (!fitted) {
      fitted = fitText(text, NOTE_WIDTH, NOTE_MIN_HEIGHT, measure);
      if (cache.size > 20000) cache.clear();
      cache.set(text, fitted);
    }
    return fitted;
  }) as NoteFitter;
  fitter.reset = () => cache.clear();
  return fitter;
}
