/** Note text fitting: long unbroken text, emoji and the grapheme-aware helpers the cards use. */
import { describe, expect, it } from 'vitest';
import { ellipsizeText, estimateTextWidth, firstGrapheme, fitText, LINE_HEIGHT, type MeasureText, NOTE_FONT_SIZES, wrapText } from '../../../renderer/model/textFit';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function counting(): { measure: MeasureText; calls: () => number } {
  let calls = 0;
  return {
    measure: (text, size) => {
      calls++;
      return estimateTextWidth(text, size);
    },
    calls: () => calls,
  };
}

describe('wrapText', () => {
  it('breaks a long pasted URL with a number of measurements that grows linearly, not quadratically', () => {
    const url = `https://example.com/${'a1b2c3d4e5'.repeat(100)}`;
    const { measure, calls } = counting();
    const lines = wrapText(url, 148, 14, measure);
    expect(lines.join('')).toBe(url);
    for (const line of lines) expect(estimateTextWidth(line, 14)).toBeLessThanOrEqual(148);
    // The old character-by-character search made ~35,000 calls here.
    expect(calls()).toBeLessThan(url.length);
  });

  it('never splits an emoji into lone surrogates', () => {
    const text = '😀👍🏽👨‍👩‍👧'.repeat(40);
    const lines = wrapText(text, 100, 20, estimateTextWidth);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe(text);
    for (const line of lines) expect(line).not.toMatch(LONE_SURROGATE);
  });

  it('still wraps words at spaces and keeps every word', () => {
    const lines = wrapText('waits three days for the courier to come back', 120, 16, estimateTextWidth);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe('waits three days for the courier to come back');
  });

  it('picks the same size for long notes as trying every size would', () => {
    for (let words = 30; words <= 120; words += 7) {
      const text = Array.from({ length: words }, (_, i) => ['a', 'bike', 'delivery', 'x', 'unbelievably'][i % 5]).join(' ');
      const expected = NOTE_FONT_SIZES.find((size) => wrapText(text, 148, size, estimateTextWidth).length * size * LINE_HEIGHT <= 84) ?? 12;
      expect(fitText(text, 168, 104, estimateTextWidth).fontSize, `${text.length} characters`).toBe(expected);
    }
  });

  it('fits a 5,000-character note at the smallest size with every character kept', () => {
    const text = 'x'.repeat(5000);
    const fitted = fitText(text, 168, 104, estimateTextWidth);
    expect(fitted.fontSize).toBe(12);
    expect(fitted.lines.join('')).toBe(text);
  });
});

describe('firstGrapheme', () => {
  it('takes a whole emoji, not its first UTF-16 unit', () => {
    expect(firstGrapheme('👩‍🔬 Ada')).toBe('👩‍🔬');
    expect(firstGrapheme('ómar')).toBe('Ó');
    expect(firstGrapheme('')).toBe('');
  });
});

describe('ellipsizeText', () => {
  it('cuts at a grapheme and adds an ellipsis only when the text does not fit', () => {
    expect(ellipsizeText('short', 200, 14, estimateTextWidth)).toBe('short');
    const cut = ellipsizeText('😀'.repeat(30), 60, 14, estimateTextWidth);
    expect(cut.endsWith('…')).toBe(true);
    expect(cut).not.toMatch(LONE_SURROGATE);
    expect(estimateTextWidth(cut, 14)).toBeLessThanOrEqual(60);
  });
});
