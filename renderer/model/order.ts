/** Ordering by fractional-index keys: moving one record rewrites only that record's key. */
import { generateKeyBetween, generateNKeysBetween } from 'fractional-indexing';

export interface Ordered {
  readonly id: string;
  readonly order: string;
}

/** Plain code-unit comparison: fractional-index keys are not meant for locale collation. */
const compareKeys = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function compareOrdered(a: Ordered, b: Ordered): number {
  return compareKeys(a.order, b.order) || compareKeys(a.id, b.id);
}

export function sortByOrder<T extends Ordered>(items: Iterable<T>): T[] {
  return [...items].sort(compareOrdered);
}

export function keyBetween(before: string | null, after: string | null): string {
  return generateKeyBetween(before, after);
}

export function keysBetween(before: string | null, after: string | null, count: number): string[] {
  return generateNKeysBetween(before, after, count);
}

/** The key that places an item at `index` among `siblings` (sorted, not including the item itself). */
export function keyAtIndex(siblings: readonly Ordered[], index: number): string {
  const clamped = Math.max(0, Math.min(index, siblings.length));
  return keyBetween(siblings[clamped - 1]?.order ?? null, siblings[clamped]?.order ?? null);
}

export function keyAfterLast(siblings: readonly Ordered[]): string {
  return keyAtIndex(siblings, siblings.length);
}
