/** Small statistics and table helpers for the bench. */

export interface Summary {
  readonly n: number;
  readonly median: number;
  readonly p95: number;
  readonly max: number;
  readonly mean: number;
}

/** Nearest-rank percentile (p in 0..100) of a non-empty sample. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))] ?? Number.NaN;
}

export function summarize(values: readonly number[]): Summary {
  const n = values.length;
  const mean = n === 0 ? Number.NaN : values.reduce((s, v) => s + v, 0) / n;
  return { n, median: percentile(values, 50), p95: percentile(values, 95), max: n === 0 ? Number.NaN : Math.max(...values), mean };
}

export const ms = (value: number): string => (Number.isFinite(value) ? `${value.toFixed(value < 10 ? 2 : 1)} ms` : '—');
export const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** A PASS/FAIL cell: every check must hold. */
export function verdict(...checks: readonly boolean[]): string {
  return checks.every(Boolean) ? 'PASS' : 'FAIL';
}

export interface Row {
  readonly name: string;
  readonly median?: string;
  readonly p95?: string;
  readonly other?: string;
  readonly target?: string;
  readonly result?: string;
}

/** Column order: the verdict sits next to its numbers, the long notes come last. */
const HEADER: Required<Row> = { name: 'measure', median: 'median', p95: 'p95', target: 'target', result: 'result', other: 'notes' };

/** Prints rows under a title; a column whose label is set to '' is left out. */
export function printTable(title: string, rows: readonly Row[], labels: Partial<Row> = {}): void {
  const header: Required<Row> = { ...HEADER, ...labels };
  const keys = (Object.keys(HEADER) as (keyof Row)[]).filter((key) => header[key] !== '');
  const all = [header, ...rows].map((row) => keys.map((key) => row[key] ?? ''));
  const widths = keys.map((_, i) => Math.max(...all.map((r) => (r[i] ?? '').length)));
  const leftAligned = new Set<keyof Row>(['name', 'other', 'target']);
  const line = (r: readonly string[]) =>
    r.map((c, i) => (leftAligned.has(keys[i]!) ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ').trimEnd();
  console.log(`\n${title}`);
  console.log(line(all[0]!));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of all.slice(1)) console.log(line(r));
}
