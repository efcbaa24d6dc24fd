/** The map's goal: one named command that writes only that field, and undo brings the old goal back. */
import { describe, expect, it } from 'vitest';
import { setMapGoal } from '../../../renderer/state/commands/mapCommands';
import { newStore } from './storeHelpers';

const GOAL = 'More subscribers who buy within a month';

describe('setMapGoal', () => {
  it('writes only the goal (and the edit stamp), as one undoable step', () => {
    const { store } = newStore();
    const before = store.getMap();
    store.run(setMapGoal, { goal: GOAL });
    const after = store.getMap();
    expect(after.goal).toBe(GOAL);
    expect(store.history.undoName).toBe('setMapGoal');
    const { goal: _g1, updatedAt: _u1, ...restBefore } = before;
    const { goal: _g2, updatedAt: _u2, ...restAfter } = after;
    expect(restAfter).toEqual(restBefore);
    // The records themselves are the same objects: nothing else was rewritten.
    for (const key of ['personas', 'stages', 'lanes', 'notes', 'emotionPoints', 'touchpoints'] as const) expect(after[key]).toBe(before[key]);

    store.undo();
    expect(store.getMap().goal).toBe(before.goal);
    store.redo();
    expect(store.getMap().goal).toBe(GOAL);
  });

  it('setting the same goal again leaves no history entry', () => {
    const { store } = newStore();
    store.run(setMapGoal, { goal: GOAL });
    const depth = store.history;
    store.run(setMapGoal, { goal: GOAL });
    expect(store.history).toEqual(depth);
  });
});
