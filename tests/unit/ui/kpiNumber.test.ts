/** KPI numbers typed in the touchpoint panel: what the facilitator types is what gets stored. */
import { describe, expect, it } from 'vitest';
import { formatKpiNumber, parseKpiNumber } from '../../../renderer/ui/panels/kpiNumber';

const value = (text: string, locale: string) => {
  const result = parseKpiNumber(text, locale);
  if (!result.ok) throw new Error(`"${text}" (${locale}) was refused`);
  return result.value;
};

describe('parseKpiNumber', () => {
  it('reads spaces and no-break spaces as thousands', () => {
    expect(value('1 000', 'pl')).toBe(1000);
    expect(value('12\u00a0345', 'ru')).toBe(12345);
    expect(value('1\u202f000\u202f000', 'fr')).toBe(1_000_000);
    expect(value("1'000", 'de-CH')).toBe(1000);
  });

  it('reads a lone comma as a decimal comma, even in an English map', () => {
    expect(value('1,5', 'pl')).toBe(1.5);
    expect(value('1,5', 'en-GB')).toBe(1.5);
    expect(value('0,25', 'en-GB')).toBe(0.25);
  });

  it('reads a lone non-decimal separator followed by three digits as thousands', () => {
    expect(value('1,000', 'en-GB')).toBe(1000);
    expect(value('12.000', 'de')).toBe(12000);
    expect(value('1.500', 'pl')).toBe(1500);
  });

  it("keeps the map locale's own decimal point a decimal point", () => {
    expect(value('1.500', 'en-GB')).toBe(1.5);
    expect(value('1,500', 'pl')).toBe(1.5);
  });

  it('takes the last of two different separators as the decimal point', () => {
    expect(value('10,450.5', 'pl')).toBe(10450.5);
    expect(value('10.450,5', 'en-GB')).toBe(10450.5);
    expect(value('1.234.567', 'en-GB')).toBe(1234567);
  });

  it('accepts signs, including the typographic minus', () => {
    expect(value('-12', 'en')).toBe(-12);
    expect(value('\u221212,5', 'pl')).toBe(-12.5);
    expect(value('+3', 'en')).toBe(3);
  });

  it('clears the value when the field is emptied', () => {
    expect(parseKpiNumber('', 'en')).toEqual({ ok: true, value: null });
    expect(parseKpiNumber('   ', 'pl')).toEqual({ ok: true, value: null });
  });

  it('refuses text that is not a number instead of guessing', () => {
    for (const text of ['abc', '12%', '€400', '1.2,3.4', ',', '-', '1e5', '5 visits']) {
      expect(parseKpiNumber(text, 'en-GB'), text).toEqual({ ok: false });
    }
  });
});

describe('formatKpiNumber', () => {
  it('shows numbers the way the map locale writes them', () => {
    expect(formatKpiNumber(10450.5, 'en-GB')).toBe('10,450.5');
    expect(formatKpiNumber(10450.5, 'pl')).toBe('10\u00a0450,5');
    expect(formatKpiNumber(null, 'en-GB')).toBe('');
  });

  it.each(['en-GB', 'en-US', 'pl', 'ro', 'ru', 'de', 'fr', 'de-CH', 'hi-IN'])('parses its own output back to the same number (%s)', (locale) => {
    for (const n of [0, 7, 1234, 12000, 1234567.25, -3200.5, 0.125]) expect(value(formatKpiNumber(n, locale), locale)).toBe(n);
  });
});
