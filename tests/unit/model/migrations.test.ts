/**
 * Schema migrations: the mechanism (with a synthetic two-step list) and every
 * real step in MIGRATIONS (one describe each).
 *
 * Adding a real migration: append it to MIGRATIONS, then add its case to
 * REAL_STEP_CASES below (keyed by `from`): a file as the old app wrote it, and a
 * check of the migrated map. The "every real step has a case" test fails until
 * you do.
 */
import { describe, expect, it, vi } from 'vitest';
import { serializeCjm } from '../../../renderer/model/cjmFormat';
import {
  assertContiguous,
  CURRENT_SCHEMA_VERSION,
  type JsonObject,
  latestVersion,
  type Migration,
  MIGRATIONS,
  runMigrations,
} from '../../../renderer/model/migrations';
import { FIXTURE_APP } from '../../fixtures/generateMap';
import { at, fileJson, type Json, parseErr, parseOk, readFixture, toText } from './helpers';

const step = (from: number, migrate: Migration['migrate'] = (map) => map): Migration => ({
  from,
  description: `step ${from}`,
  migrate,
});

describe('the real migration list', () => {
  it('is contiguous from version 1', () => {
    expect(() => assertContiguous(MIGRATIONS)).not.toThrow();
    MIGRATIONS.forEach((migration, index) => expect(migration.from).toBe(index + 1));
  });

  it('defines the current schema version', () => {
    expect(CURRENT_SCHEMA_VERSION).toBe(latestVersion(MIGRATIONS));
    expect(CURRENT_SCHEMA_VERSION).toBe(MIGRATIONS.length + 1);
  });

  it('every step says what it does', () => {
    for (const migration of MIGRATIONS) expect(migration.description.trim()).not.toBe('');
  });

  it('files are written with the current schema version', () => {
    expect(fileJson(readFixture('minimal.cjm')).schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
  });
});

describe('assertContiguous and latestVersion', () => {
  it('accepts an empty list and a contiguous one', () => {
    expect(() => assertContiguous([])).not.toThrow();
    expect(() => assertContiguous([step(1), step(2), step(3)])).not.toThrow();
  });

  it.each([
    ['a gap', [1, 3]],
    ['a list that starts at 2', [2, 3]],
    ['a duplicate step', [1, 1]],
    ['steps out of order', [2, 1]],
  ])('throws for %s', (_, froms) => {
    expect(() => assertContiguous(froms.map((from) => step(from)))).toThrow(/expected/);
  });

  it('latestVersion is one past the last step', () => {
    expect(latestVersion([])).toBe(1);
    expect(latestVersion([step(1), step(2)])).toBe(3);
  });
});

describe('the mechanism, with a synthetic two-step list', () => {
  /** v1 → v2: notes stored their text as `body`. */
  const renameBody = vi.fn((map: JsonObject): JsonObject => {
    const notes = Object.fromEntries(
      Object.entries(map.notes as Record<string, Json>).map(([id, { body, ...note }]) => [id, { ...note, text: body }]),
    );
    return { ...map, notes };
  });
  /** v2 → v3: every map gets a shared support lane. */
  const addSupportLane = vi.fn(
    (map: JsonObject): JsonObject => ({
      ...map,
      lanes: {
        ...(map.lanes as Json),
        lsupport: { id: 'lsupport', personaId: null, kind: 'support', title: 'Support processes', order: 'a0' },
      },
    }),
  );
  const STEPS: readonly Migration[] = [
    { from: 1, description: 'note body → text', migrate: renameBody },
    { from: 2, description: 'add a shared support lane', migrate: addSupportLane },
  ];

  /** minimal.cjm as an app of the given schema version wrote it. */
  function oldFile(version: 1 | 2): string {
    const file = { ...fileJson(readFixture('minimal.cjm')), schemaVersion: version };
    if (version === 1) {
      for (const note of Object.values(at(file, 'map', 'notes')) as Json[]) {
        note.body = note.text;
        delete note.text;
      }
    }
    return toText(file);
  }

  const reset = () => {
    renameBody.mockClear();
    addSupportLane.mockClear();
  };

  it('the list itself is contiguous', () => {
    expect(() => assertContiguous(STEPS)).not.toThrow();
  });

  it('a v1 file runs both steps and opens as v3 with the notes the user wrote', () => {
    reset();
    const parsed = parseOk(oldFile(1), STEPS);
    expect(renameBody).toHaveBeenCalledTimes(1);
    expect(addSupportLane).toHaveBeenCalledTimes(1);
    expect(parsed.fileSchemaVersion).toBe(1);
    expect(parsed.document.schemaVersion).toBe(3);
    const { map } = parsed.document;
    expect(map.notes.n0002?.text).toBe('Shipping cost appears only at checkout');
    expect(map.lanes.lsupport).toEqual({
      id: 'lsupport',
      personaId: null,
      kind: 'support',
      title: 'Support processes',
      order: 'a0',
      collapsed: false,
    });
    expect(serializeCjm(parsed.document, FIXTURE_APP)).toContain('"schemaVersion": 3,');
  });

  it('a v2 file runs only the second step', () => {
    reset();
    const parsed = parseOk(oldFile(2), STEPS);
    expect(renameBody).not.toHaveBeenCalled();
    expect(addSupportLane).toHaveBeenCalledTimes(1);
    expect(parsed.fileSchemaVersion).toBe(2);
    expect(parsed.document.schemaVersion).toBe(3);
    expect(Object.keys(parsed.document.map.lanes)).toContain('lsupport');
  });

  it('proof that step 1 is skipped for v2: a v2 file with v1-style notes is invalid', () => {
    const file = { ...fileJson(oldFile(1)), schemaVersion: 2 };
    const error = parseErr(toText(file), STEPS);
    expect(error.kind).toBe('invalidRecords');
    if (error.kind === 'invalidRecords') expect(error.problems.map((p) => p.path)).toContain('map.notes.n0001.text');
  });

  it('a v3 file runs no step, and saving a migrated file gives a file that needs none', () => {
    reset();
    const migrated = serializeCjm(parseOk(oldFile(1), STEPS).document, FIXTURE_APP);
    reset();
    const reopened = parseOk(migrated, STEPS);
    expect(renameBody).not.toHaveBeenCalled();
    expect(addSupportLane).not.toHaveBeenCalled();
    expect(reopened.fileSchemaVersion).toBe(3);
    expect(serializeCjm(reopened.document, FIXTURE_APP)).toBe(migrated);
  });

  it('runMigrations hands the map through unchanged when there is nothing to run', () => {
    const map: JsonObject = { id: 'm1' };
    expect(runMigrations(map, 3, STEPS)).toEqual({ ok: true, map });
    expect(runMigrations(map, 1, [])).toEqual({ ok: true, map });
  });
});

// ---------------------------------------------------------------------------
// Real steps: one case per entry of MIGRATIONS.

interface RealStepCase {
  /** A complete `.cjm` text as the app of schema version `from` wrote it. */
  readonly oldFile: () => string;
  /** What the user must find after the step (called with the migrated, validated map). */
  readonly check: (map: JsonObject) => void;
}

const REAL_STEP_CASES: { readonly [from: number]: RealStepCase } = {
  1: {
    // full.cjm as a v1 app wrote it: no voting collections at all.
    oldFile: () => {
      const file = { ...fileJson(readFixture('full.cjm')), schemaVersion: 1 };
      const map = at(file, 'map');
      delete map.voteRounds;
      delete map.dotVotes;
      delete map.presenterNotes;
      return toText(file);
    },
    check: (map) => {
      expect(map.voteRounds).toEqual({});
      expect(map.dotVotes).toEqual({});
      expect(Object.keys(map.notes as Json)).toHaveLength(40);
      expect(at(map, 'touchpoints', 't0004').label).toBe('Checkout');
      // The later step ran too.
      expect(map.presenterNotes).toEqual({});
    },
  },
  2: {
    // full.cjm as a v2 app wrote it: voting records, no presenter notes.
    oldFile: () => {
      const file = { ...fileJson(readFixture('full.cjm')), schemaVersion: 2 };
      delete at(file, 'map').presenterNotes;
      return toText(file);
    },
    check: (map) => {
      expect(map.presenterNotes).toEqual({});
      expect(Object.keys(map.voteRounds as Json)).toEqual(['v0001']);
      expect(Object.keys(map.dotVotes as Json)).toHaveLength(4);
      expect(Object.keys(map.notes as Json)).toHaveLength(40);
    },
  },
};

describe('v2 → v3 keeps presenter notes a file already has', () => {
  it('does not overwrite an existing collection', () => {
    const notes = { pn1: { id: 'pn1', stageId: 's1', text: 'kept' } };
    expect(MIGRATIONS[1]!.migrate({ id: 'm', presenterNotes: notes }).presenterNotes).toBe(notes);
  });
});

describe('v1 → v2 keeps voting records a file already has', () => {
  it('does not overwrite existing collections', () => {
    const rounds = { v1: { id: 'v1' } };
    const migrated = MIGRATIONS[0]!.migrate({ id: 'm', voteRounds: rounds });
    expect(migrated.voteRounds).toBe(rounds);
    expect(migrated.dotVotes).toEqual({});
  });
});

describe('real migration steps', () => {
  it('every real step has a case in REAL_STEP_CASES', () => {
    expect(Object.keys(REAL_STEP_CASES).map(Number)).toEqual(MIGRATIONS.map((migration) => migration.from));
  });

  for (const migration of MIGRATIONS) {
    describe(`v${migration.from} → v${migration.from + 1}: ${migration.description}`, () => {
      const testCase = REAL_STEP_CASES[migration.from];

      it('opens a file of its version and gives the expected map', () => {
        if (testCase === undefined) throw new Error(`no case for step ${migration.from}`);
        const parsed = parseOk(testCase.oldFile());
        expect(parsed.fileSchemaVersion).toBe(migration.from);
        expect(parsed.document.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
        testCase.check(parsed.document.map as unknown as JsonObject);
      });

      it('does not change its input', () => {
        if (testCase === undefined) throw new Error(`no case for step ${migration.from}`);
        const before = at(fileJson(testCase.oldFile()), 'map');
        const copy = structuredClone(before);
        migration.migrate(before);
        expect(before).toEqual(copy);
      });
    });
  }
});
