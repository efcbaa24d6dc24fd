/** Fractional-index ordering: items land where they are dropped, and a move rewrites one key. */
import { describe, expect, it } from 'vitest';
import {
  compareOrdered,
  keyBetween,
  keysBetween,
  type Ordered,
  placeAt,
  REBALANCE_KEY_LENGTH,
  sortByOrder,
} from '../../../renderer/model/order';
import { stageSchema } from '../../../renderer/model/schema';
import { createRng } from '../../fixtures/generateMap';

const items = (count: number): Ordered[] =>
  keysBetween(null, null, count).map((order, i) => ({ id: `i${String(i).padStart(3, '0')}`, order }));
const ids = (list: readonly Ordered[]) => sortByOrder(list).map((item) => item.id);
/** The key for one item placed at `index`, where no sibling needs a new key. */
function keyAtIndex(siblings: readonly Ordered[], index: number): string {
  const placement = placeAt(siblings, index, 1);
  expect(placement.rekeyed).toEqual([]);
  return placement.keys[0]!;
}
const keyAfterLast = (siblings: readonly Ordered[]) => keyAtIndex(siblings, siblings.length);

/** The key must also be one a file may carry. */
const validKey = (order: string) =>
  stageSchema.safeParse({ id: 's1', name: 'x', order, width: 400, color: null }).success;

describe('placeAt', () => {
  it('the first item of an empty list gets a valid key', () => {
    expect(validKey(keyAtIndex([], 0))).toBe(true);
    expect(keyAfterLast([])).toBe(keyAtIndex([], 0));
  });

  it.each([0, 1, 3, 5])('an item inserted at index %i ends up at that index', (index) => {
    const list = items(5);
    const inserted = { id: 'new', order: keyAtIndex(sortByOrder(list), index) };
    expect(validKey(inserted.order)).toBe(true);
    expect(ids([...list, inserted]).indexOf('new')).toBe(index);
  });

  it('keyAfterLast sorts after every sibling', () => {
    const list = items(12);
    const last = { id: 'last', order: keyAfterLast(sortByOrder(list)) };
    expect(ids([...list, last]).at(-1)).toBe('last');
  });

  it('out-of-range indexes clamp to the ends', () => {
    const list = sortByOrder(items(3));
    expect(keyAtIndex(list, -4)).toBe(keyAtIndex(list, 0));
    expect(keyAtIndex(list, 99)).toBe(keyAfterLast(list));
  });

  it('an item moved to the front sorts first (plain code-unit order, not locale order)', () => {
    const list = sortByOrder(items(3));
    const front = keyAtIndex(list, 0);
    // Keys before "a0" start with an upper-case letter; a locale-aware sort would put them last.
    expect(front < 'a0').toBe(true);
    expect(ids([...list, { id: 'zzz', order: front }])[0]).toBe('zzz');
  });

  it('keyBetween and keysBetween fill a gap in order', () => {
    const middle = keyBetween('a0', 'a1');
    expect('a0' < middle && middle < 'a1').toBe(true);
    const many = keysBetween('a0', 'a1', 20);
    expect([...many].sort()).toEqual(many);
    expect(many.every((key) => 'a0' < key && key < 'a1')).toBe(true);
  });
});

describe('moving items', () => {
  it('200 random drags each change exactly one key and give the requested order', () => {
    const rng = createRng(5);
    let list = items(30);
    let expected = ids(list);
    for (let move = 0; move < 200; move++) {
      const moving = rng.pick(list);
      const target = rng.int(0, list.length - 1);
      const siblings = sortByOrder(list.filter((item) => item.id !== moving.id));
      const order = keyAtIndex(siblings, target);
      const next = list.map((item) => (item.id === moving.id ? { ...item, order } : item));

      const changed = next.filter((item, i) => item.order !== list[i]?.order);
      expect(changed.map((item) => item.id)).toEqual(order === moving.order ? [] : [moving.id]);
      const withoutMoving = expected.filter((id) => id !== moving.id);
      withoutMoving.splice(target, 0, moving.id);
      expected = withoutMoving;
      expect(ids(next)).toEqual(expected);
      expect(validKey(order)).toBe(true);
      list = next;
    }
  });

  it('keys stay short enough for the file format after many drops into the same gap', () => {
    let before = 'a0';
    const after = 'a1';
    for (let i = 0; i < 500; i++) before = keyBetween(before, after);
    expect(validKey(before)).toBe(true);
  });
});

describe('rebalancing', () => {
  /** Inserts `count` items, one at a time, right after the first item, as Ctrl+D on one note does. */
  function insertAfterFirst(count: number): Ordered[] {
    let list = items(3);
    let rebalances = 0;
    for (let i = 0; i < count; i++) {
      const sorted = sortByOrder(list);
      const placement = placeAt(sorted, 1, 1);
      if (placement.rekeyed.length > 0) rebalances++;
      const rekeyed = new Map(placement.rekeyed.map((item) => [item.id, item.order]));
      list = [...list.map((item) => ({ ...item, order: rekeyed.get(item.id) ?? item.order })), { id: `d${String(i).padStart(4, '0')}`, order: placement.keys[0]! }];
      const expectedAfterFirst = sorted.map((item) => item.id);
      expectedAfterFirst.splice(1, 0, `d${String(i).padStart(4, '0')}`);
      expect(ids(list)).toEqual(expectedAfterFirst);
    }
    expect(rebalances).toBeGreaterThan(0);
    return list;
  }

  it('1,500 inserts at one spot keep every key within the rebalance length, in the requested order', () => {
    const list = insertAfterFirst(1500);
    expect(Math.max(...list.map((item) => item.order.length))).toBeLessThanOrEqual(REBALANCE_KEY_LENGTH);
    expect(list.every((item) => validKey(item.order))).toBe(true);
  });

  it('places between two equal keys (a merge) by giving the whole sequence fresh keys', () => {
    const tied = sortByOrder([
      { id: 'a', order: 'a1' },
      { id: 'b', order: 'a1' },
      { id: 'c', order: 'a2' },
    ]);
    const placement = placeAt(tied, 1, 2);
    const rekeyed = new Map(placement.rekeyed.map((item) => [item.id, item.order]));
    const result = [
      ...tied.map((item) => ({ ...item, order: rekeyed.get(item.id) ?? item.order })),
      { id: 'x1', order: placement.keys[0]! },
      { id: 'x2', order: placement.keys[1]! },
    ];
    expect(ids(result)).toEqual(['a', 'x1', 'x2', 'b', 'c']);
    expect(new Set(result.map((item) => item.order)).size).toBe(5);
  });
});

describe('sortByOrder', () => {
  it('breaks ties between equal keys by id, so every client draws the same order', () => {
    const tied = [
      { id: 'b', order: 'a1' },
      { id: 'a', order: 'a1' },
      { id: 'c', order: 'a0' },
    ];
    expect(ids(tied)).toEqual(['c', 'a', 'b']);
    expect(compareOrdered({ id: 'x', order: 'a0' }, { id: 'x', order: 'a0' })).toBe(0);
  });

  it('does not change the list it was given', () => {
    const list = [
      { id: 'b', order: 'a1' },
      { id: 'a', order: 'a0' },
    ];
    sortByOrder(list);
    expect(list.map((item) => item.id)).toEqual(['b', 'a']);
  });
});
