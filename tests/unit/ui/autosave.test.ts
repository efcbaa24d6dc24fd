/**
 * Issue 12 item 2, the renderer side, with a fake clock and fake timers: at most
 * 2 s of work lost, never more than one write a second, drafts deleted when the
 * map is saved or discarded, and a draft text that parseCjm reads back.
 */
import { describe, expect, it } from 'vitest';
import type { DraftWriteOutcome, FileError } from '../../../electron/ipc-contract';
import { parseCjm, serializeCjm } from '../../../renderer/model/cjmFormat';
import { renameMap } from '../../../renderer/state/commands/mapCommands';
import { addNote, editNoteText } from '../../../renderer/state/commands/noteCommands';
import type { CjmDocument } from '../../../renderer/model/types';
import { createDraftTextBuilder, type DraftTextBuilder } from '../../../renderer/state/draftText';
import { Autosave, IDLE_TIMEOUT_MS, type AutosaveTimers } from '../../../renderer/ui/autosave';
import { FIXTURE_APP, generateMap, BENCH_2K } from '../../fixtures/generateMap';
import { newStore } from '../state/storeHelpers';

/** Timers on the store's manual clock; idle callbacks run as late as they may (the worst case). */
function fakeTimers(clock: { now(): number; advance(ms: number): void }) {
  let queue: Array<{ at: number; run: () => void; id: number }> = [];
  let nextId = 1;
  const timers: AutosaveTimers = {
    setTimeout: (run, ms) => {
      const id = nextId++;
      queue.push({ at: clock.now() + ms, run, id });
      return id;
    },
    clearTimeout: (id) => {
      queue = queue.filter((t) => t.id !== id);
    },
    idle: (run, timeoutMs) => void queue.push({ at: clock.now() + timeoutMs, run: () => run(() => true), id: nextId++ }),
  };
  /** Moves time forward, running each timer at its own time. */
  const advance = async (ms: number) => {
    const end = clock.now() + ms;
    for (;;) {
      queue.sort((a, b) => a.at - b.at);
      const next = queue[0];
      if (!next || next.at > end) break;
      queue.shift();
      clock.advance(next.at - clock.now());
      next.run();
      await Promise.resolve();
    }
    clock.advance(end - clock.now());
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  return { timers, advance };
}

function setup(writeResult: () => DraftWriteOutcome = () => ({ kind: 'written' })) {
  const { store, clock, stages, laneOf } = newStore();
  const { timers, advance } = fakeTimers(clock);
  const writes: Array<{ at: number; draftId: string; text: string; path: string | null }> = [];
  const discards: string[] = [];
  const errors: FileError[] = [];
  const autosave = new Autosave({
    api: {
      writeDraft: async ({ draftId, text, path }) => {
        writes.push({ at: clock.now(), draftId, text, path });
        return writeResult();
      },
      resolveDraft: async ({ draftId }) => {
        discards.push(draftId);
        return { kind: 'discarded' };
      },
    },
    store,
    clock,
    timers,
    draftText: createDraftTextBuilder(FIXTURE_APP),
    target: () => ({ path: null, base: null }),
    onError: (error) => errors.push(error),
    newDraftId: () => 'session00001',
  });
  const cell = { laneId: laneOf('pains').id, stageId: stages[0]!.id };
  return { store, clock, advance, writes, discards, errors, autosave, cell };
}

const titleIn = (text: string) => {
  const parsed = parseCjm(text);
  if (!parsed.ok) throw new Error(`draft does not parse: ${parsed.error.kind}`);
  return parsed.value.document.map.title;
};

describe('autosave', () => {
  it('loses at most 2 s of typing and never writes more than once a second', async () => {
    const { store, clock, advance, writes } = setup();
    const edits: Array<{ at: number; title: string }> = [];
    for (let i = 1; i <= 100; i++) {
      const title = `typed ${i}`;
      store.run(renameMap, { title });
      edits.push({ at: clock.now(), title });
      await advance(97); // a fast typist, deliberately off the timers' beat
    }
    await advance(3000);

    const gaps = writes.slice(1).map((w, i) => w.at - writes[i]!.at);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(1000);
    // Every edit is in a draft written at most 2 s after it was made.
    for (const edit of edits) {
      const covering = writes.find((w) => w.at >= edit.at && Number(titleIn(w.text).split(' ')[1]) >= Number(edit.title.split(' ')[1]));
      expect(covering, edit.title).toBeDefined();
      expect(covering!.at - edit.at, edit.title).toBeLessThanOrEqual(2000);
    }
    expect(titleIn(writes.at(-1)!.text)).toBe('typed 100');
  });

  it('waits for the idle callback, not the keystroke, to build the text', async () => {
    const { store, advance, writes } = setup();
    store.run(renameMap, { title: 'x' });
    await advance(1000 + IDLE_TIMEOUT_MS - 1);
    expect(writes).toHaveLength(0);
    await advance(1);
    expect(writes).toHaveLength(1);
  });

  it('deletes the draft when the map is saved, and when it is undone back to clean', async () => {
    const { store, advance, writes, discards } = setup();
    store.run(renameMap, { title: 'edited' });
    await advance(2000);
    expect(writes).toHaveLength(1);

    store.markSaved();
    await advance(10);
    expect(discards).toEqual(['session00001']);

    store.run(renameMap, { title: 'again' });
    await advance(2000);
    store.undo();
    await advance(10);
    expect(discards).toEqual(['session00001', 'session00001']);
  });

  it('writes nothing for a map that was never changed, nor after it became clean', async () => {
    const { store, advance, writes, discards } = setup();
    await advance(5000);
    store.run(renameMap, { title: 'edited' });
    store.undo();
    await advance(5000);
    expect(writes).toEqual([]);
    expect(discards).toEqual([]);
  });

  it('continues a recovered draft under its id and drops the one it replaces', async () => {
    const { store, advance, writes, discards, autosave } = setup();
    store.run(renameMap, { title: 'before recovery' });
    await advance(2000);

    autosave.adopt('recovered001');
    await advance(2000);

    expect(discards).toEqual(['session00001']);
    expect(writes.at(-1)?.draftId).toBe('recovered001');
  });

  it('deletes the draft and writes no more when the window closes without saving', async () => {
    const { store, advance, writes, discards, autosave } = setup();
    store.run(renameMap, { title: 'edited' });
    await advance(2000);

    await autosave.discard();
    store.run(renameMap, { title: 'typed while the window closes' });
    await advance(5000);

    expect(discards).toEqual(['session00001']);
    expect(writes).toHaveLength(1);
  });

  it('reports a failing write once, not every second', async () => {
    const { store, advance, errors } = setup(() => ({ kind: 'error', error: { code: 'diskFull', detail: 'ENOSPC' } }));
    for (let i = 0; i < 5; i++) {
      store.run(renameMap, { title: `t${i}` });
      await advance(1500);
    }
    expect(errors).toEqual([{ code: 'diskFull', detail: 'ENOSPC' }]);
  });
});

describe('the draft text', () => {
  it('reads back as the same map, and re-stringifies only what changed', () => {
    const { store, cell } = setup();
    const build = buildAll(createDraftTextBuilder(FIXTURE_APP));
    const noteId = store.run(addNote, { ...cell, text: 'Łódź — “quotes”, emoji 🎉' });
    expect(serializeCjm(roundTrip(build(store.getDocument())), FIXTURE_APP)).toBe(serializeCjm(store.getDocument(), FIXTURE_APP));

    store.run(editNoteText, { noteId, text: 'changed' });
    expect(roundTrip(build(store.getDocument())).map.notes[noteId]?.text).toBe('changed');
  });

  it('is prepared in chunks when the idle period runs out, and still reads back whole', () => {
    const document = generateMap(BENCH_2K);
    const builder = createDraftTextBuilder(FIXTURE_APP);
    let chunks = 1;
    while (!builder.prepare(document, () => false)) chunks++;
    expect(chunks).toBeGreaterThan(5);
    expect(serializeCjm(roundTrip(builder.build(document)), FIXTURE_APP)).toBe(serializeCjm(document, FIXTURE_APP));
  });

  it('round-trips a generated 2,000-note map', () => {
    const document = generateMap(BENCH_2K);
    const build = buildAll(createDraftTextBuilder(FIXTURE_APP));
    expect(serializeCjm(roundTrip(build(document)), FIXTURE_APP)).toBe(serializeCjm(document, FIXTURE_APP));
  });
});

const buildAll = (builder: DraftTextBuilder) => (document: CjmDocument) => {
  builder.prepare(document, () => true);
  return builder.build(document);
};

function roundTrip(text: string) {
  const parsed = parseCjm(text);
  if (!parsed.ok) throw new Error(parsed.error.kind);
  return parsed.value.document;
}
