/**
 * KPI targets and actuals as facilitators type them on a shared laptop:
 * "1 000", "1,5", "12.000" or "10,450.5", whatever the keyboard layout. The
 * map's locale decides only the one case a person cannot: a single separator.
 */
import { intlLocale } from '../../model/locale';

export type KpiParse = { readonly ok: true; readonly value: number | null } | { readonly ok: false };

/** Separators that only ever group digits: spaces (incl. no-break and narrow) and Swiss apostrophes. */
const GROUPING_ONLY = /[\s\u00a0\u202f\u2009'\u2019]/g;

function decimalSeparator(locale: string): string {
  return new Intl.NumberFormat(intlLocale(locale)).formatToParts(1.5).find((part) => part.type === 'decimal')?.value ?? '.';
}

const count = (text: string, char: string): number => text.split(char).length - 1;

/** Digits with '.' and ',' turned into a plain JS number literal, or null when ambiguous beyond repair. */
function plainDigits(body: string, localeDecimal: string): string | null {
  const dots = count(body, '.');
  const commas = count(body, ',');
  if (dots > 0 && commas > 0) {
    // Both present: whichever comes last is the decimal point ("1.234,5", "1,234.5").
    const decimal = body.lastIndexOf('.') > body.lastIndexOf(',') ? '.' : ',';
    if (count(body, decimal) > 1) return null;
    return body.replaceAll(decimal === '.' ? ',' : '.', '').replace(decimal, '.');
  }
  const separator = dots > 0 ? '.' : commas > 0 ? ',' : null;
  if (separator === null) return body;
  // Only grouping repeats ("1.234.567").
  if (dots + commas > 1) return body.replaceAll(separator, '');
  // One separator: the locale's decimal point is a decimal point; any other one
  // is grouping only when exactly three digits follow ("1,000" in Polish is 1.0,
  // "1.000" there is a thousand, "1,5" in English is one and a half).
  const digitsAfter = body.length - body.indexOf(separator) - 1;
  const grouping = separator !== localeDecimal && digitsAfter === 3;
  return grouping ? body.replace(separator, '') : body.replace(separator, '.');
}

/** Empty text clears the value (null); anything that is not a number is refused. */
export function parseKpiNumber(text: string, locale: string): KpiParse {
  const compact = text.trim().replace(/^[\u2212\u2013]/, '-').replace(GROUPING_ONLY, '');
  if (compact === '') return { ok: true, value: null };
  const match = /^([+-]?)([\d.,]+)$/.exec(compact);
  if (!match) return { ok: false };
  const digits = plainDigits(match[2]!, decimalSeparator(locale));
  const value = digits === null ? Number.NaN : Number(match[1]! + digits);
  return Number.isFinite(value) ? { ok: true, value } : { ok: false };
}

/** How a KPI number is shown in the panel and the summary; its output parses back to the same number. */
export function formatKpiNumber(value: number | null, locale: string): string {
  return value === null ? '' : new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: 6 }).format(value);
}
