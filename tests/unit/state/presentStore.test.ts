/** The present store: its named moves, blanking, builds, and that its state is plain data. */
import { describe, expect, it } from 'vitest';
import type { PresentStep } from '../../../renderer/model/present';
import { PresentStore } from '../../../renderer/state/presentStore';

const rect = { x: 0, y: 0, width: 10, height: 10 };
const stage = (n: number, frames = 1, lanes = 2): PresentStep => ({
  kind: 'stage',
  stageId: `s${n}`,
  stageIndex: n - 1,
  frames: Array.from({ length: frames }, (_, i) => ({ ...rect, y: i * 10 })),
  lanes,
});
const PATH: PresentStep[] = [
  { kind: 'overview', stageId: null, frames: [rect] },
  stage(1),
  stage(2, 3),
  stage(3),
  { kind: 'closing', stageId: null, frames: [rect] },
];

const entered = () => {
  const store = new PresentStore();
  store.enter(PATH);
  return store;
};
const at = (store: PresentStore) => [store.get().step, store.get().frame];

describe('present store', () => {
  it('enters at the overview and walks forward and back through steps and sub-frames', () => {
    const store = entered();
    expect(store.get().active).toBe(true);
    expect(at(store)).toEqual([0, 0]);
    const seen: number[][] = [];
    for (let i = 0; i < 8; i++) {
      store.next();
      seen.push(at(store));
    }
    expect(seen).toEqual([[1, 0], [2, 0], [2, 1], [2, 2], [3, 0], [4, 0], [4, 0], [4, 0]]);
    store.previous();
    store.previous();
    expect(at(store)).toEqual([2, 0]);
    store.previous();
    expect(at(store)).toEqual([1, 0]);
  });

  it('jumps to the ends, to a step and to stage N, and ignores what does not exist', () => {
    const store = entered();
    store.last();
    expect(at(store)).toEqual([4, 0]);
    store.first();
    expect(at(store)).toEqual([0, 0]);
    store.goToStage(3);
    expect(store.currentStep()?.stageId).toBe('s3');
    store.goToStage(9);
    expect(store.currentStep()?.stageId).toBe('s3');
    store.goTo(2);
    expect(store.currentStep()?.stageId).toBe('s2');
    store.goTo(-1);
    expect(store.get().step).toBe(2);
  });

  it('scrolls with ↓ and ↑ only within the stage', () => {
    const store = entered();
    store.goToStage(2);
    store.scrollDown();
    store.scrollDown();
    store.scrollDown();
    expect(at(store)).toEqual([2, 2]);
    store.scrollUp();
    store.scrollUp();
    store.scrollUp();
    expect(at(store)).toEqual([2, 0]);
  });

  it('blanks to black or white and back with the same key', () => {
    const store = entered();
    store.toggleBlank('black');
    expect(store.get().blank).toBe('black');
    store.toggleBlank('white');
    expect(store.get().blank).toBe('white');
    store.toggleBlank('white');
    expect(store.get().blank).toBe('none');
  });

  it('reveals the lanes of a stage one at a time before moving on, when builds are on', () => {
    const store = entered();
    store.setBuilds(true);
    store.next();
    expect([store.get().step, store.get().revealedLanes]).toEqual([1, 1]);
    store.next();
    expect([store.get().step, store.get().revealedLanes]).toEqual([1, 2]);
    store.next();
    expect([store.get().step, store.get().revealedLanes]).toEqual([2, 1]);
    // Going back shows the earlier stage whole.
    store.previous();
    expect([store.get().step, store.get().revealedLanes]).toEqual([1, 2]);
  });

  it('keeps the projector theme and builds for the next presentation, and resets the rest on exit', () => {
    const store = entered();
    store.setTheme('dark');
    store.setBuilds(true);
    store.toggleBlank('black');
    store.spotlight('n1');
    store.setLaser({ x: 1, y: 2 });
    store.exit();
    expect(store.get()).toMatchObject({ active: false, blank: 'none', spotlightNoteId: null, laser: null, theme: 'dark', builds: true });
    store.enter(PATH);
    expect(store.get()).toMatchObject({ active: true, step: 0, theme: 'dark' });
  });

  it('closes the spotlight when the step changes', () => {
    const store = entered();
    store.spotlight('n1');
    store.next();
    expect(store.get().spotlightNoteId).toBeNull();
  });

  it('keeps the position when the path changes, clamped to what still exists', () => {
    const store = entered();
    store.goToStage(3);
    store.setPath(PATH.slice(0, 3));
    expect(at(store)).toEqual([2, 0]);
  });

  it('holds plain data that survives structuredClone and JSON', () => {
    const store = entered();
    store.goToStage(2);
    store.setLaser({ x: 3, y: 4 });
    const state = store.get();
    expect(structuredClone(state)).toEqual(state);
    expect(JSON.parse(JSON.stringify(state))).toEqual(state);
  });
});
