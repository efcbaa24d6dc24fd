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

/** Where `placeAt` puts new records, and the siblings it had to re-key to make room. */
export interface Placement {
  /** One key per placed record, ascending. */
  readonly keys: readonly string[];
  /** Sibling id → its new key; empty unless the siblings' keys collided. */
  readonly rekeyed: ReadonlyMap<string, string>;
}

/**
 * Keys for `count` records placed at `index` among `siblings` (sorted, not
 * including the placed records). Two siblings can share a key (concurrent
 * edits, a hand-edited file) and then there is no key between them: instead of
 * throwing, every sibling gets a fresh key in its current order and the placed
 * records take their slot. A move then still lands where it was dropped.
 */
export function placeAt(siblings: readonly Ordered[], index: number, count = 1): Placement {
  const at = Math.max(0, Math.min(index, siblings.length));
  const before = siblings[at - 1]?.order ?? null;
  const after = siblings[at]?.order ?? null;
  if (before === null || after === null || before < after) {
    try {
      return { keys: keysBetween(before, after, count), rekeyed: new Map() };
    } catch {
      // A malformed key: re-key below, like a collision.
    }
  }
  const fresh = keysBetween(null, null, siblings.length + count);
  const rekeyed = new Map<string, string>();
  siblings.forEach((sibling, i) => rekeyed.set(sibling.id, fresh[i < at ? i : i + count]!));
  return { keys: fresh.slice(at, at + count), rekeyed };
}
