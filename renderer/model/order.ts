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

/**
 * Keys longer than this are spread out again. Inserting again and again at one
 * spot (Ctrl+D held on a note) makes each new key a little longer, and the
 * schema refuses keys past 256 characters: a map with one would save but never
 * reopen. Rebalancing well before that keeps every key short.
 */
export const REBALANCE_KEY_LENGTH = 32;

export interface Placement {
  /** Keys for the placed items, in order. */
  readonly keys: string[];
  /** Siblings whose key had to change (empty unless the sequence was rebalanced). */
  readonly rekeyed: ReadonlyArray<{ readonly id: string; readonly order: string }>;
}

/**
 * Keys for `count` items placed at `index` among `siblings` (sorted, without
 * the items). Usually only the new keys; when they would grow past
 * REBALANCE_KEY_LENGTH, or the siblings' keys leave no room between them (two
 * equal keys after a merge), the whole sequence gets fresh evenly spaced keys.
 */
export function placeAt(siblings: readonly Ordered[], index: number, count: number): Placement {
  const at = Math.max(0, Math.min(index, siblings.length));
  try {
    const keys = keysBetween(siblings[at - 1]?.order ?? null, siblings[at]?.order ?? null, count);
    if (keys.every((key) => key.length <= REBALANCE_KEY_LENGTH)) return { keys, rekeyed: [] };
  } catch {
    // No key fits between equal or misordered neighbours: rebalance below.
  }
  const fresh = keysBetween(null, null, siblings.length + count);
  const rekeyed = siblings
    .map((sibling, i) => ({ id: sibling.id, order: fresh[i < at ? i : i + count]! }))
    .filter((item, i) => item.order !== siblings[i]!.order);
  return { keys: fresh.slice(at, at + count), rekeyed };
}

/** Writes the rebalanced keys of a placement into the records they belong to. */
export function applyRekeyed(records: { [id: string]: { order: string } }, placement: Placement): void {
  for (const { id, order } of placement.rekeyed) {
    const record = records[id];
    if (record) record.order = order;
  }
}
