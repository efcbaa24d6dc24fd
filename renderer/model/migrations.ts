/**
 * Numbered schema migrations. Each step turns the raw JSON `map` of schema
 * version `from` into version `from + 1`; they run before validation, so a step
 * sees exactly what an older app wrote. Steps must be contiguous from 1.
 */
export type JsonObject = { [key: string]: unknown };

export interface Migration {
  readonly from: number;
  readonly description: string;
  readonly migrate: (map: JsonObject) => JsonObject;
}

/** Each step appends here with its case in tests/unit/model/migrations.test.ts. */
export const MIGRATIONS: readonly Migration[] = [
  {
    from: 1,
    description: 'dot voting: empty voteRounds and dotVotes collections',
    // A v1 map has neither; anything already there (a hand-edited file) is kept for validation to judge.
    migrate: (map) => ({ voteRounds: {}, dotVotes: {}, ...map }),
  },
  {
    from: 2,
    description: "presenter view: an empty presenterNotes collection (the facilitator's private notes per stage)",
    migrate: (map) => ({ presenterNotes: {}, ...map }),
  },
];

export function assertContiguous(migrations: readonly Migration[]): void {
  migrations.forEach((step, index) => {
    if (step.from !== index + 1) {
      throw new Error(`Migration ${index} starts at version ${step.from}, expected ${index + 1}`);
    }
  });
}

export function latestVersion(migrations: readonly Migration[]): number {
  return migrations.length + 1;
}

assertContiguous(MIGRATIONS);
export const CURRENT_SCHEMA_VERSION = latestVersion(MIGRATIONS);

export type MigrationOutcome =
  | { readonly ok: true; readonly map: JsonObject }
  | { readonly ok: false; readonly fromVersion: number; readonly detail: string };

/** Runs every step from `fromVersion` up to the latest of `migrations`. */
export function runMigrations(
  map: JsonObject,
  fromVersion: number,
  migrations: readonly Migration[] = MIGRATIONS,
): MigrationOutcome {
  let current = map;
  for (const step of migrations.slice(fromVersion - 1)) {
    try {
      current = step.migrate(current);
    } catch (error) {
      return { ok: false, fromVersion: step.from, detail: error instanceof Error ? error.message : String(error) };
    }
  }
  return { ok: true, map: current };
}
