/**
 * The `.cjm` file format: a UTF-8 JSON envelope around one journey map.
 *
 *   { format: "cjm", formatVersion, schemaVersion, app: { name, version }, map }
 *
 * `formatVersion` changes only when old readers could not understand a file at
 * all; such files are refused as too new. `schemaVersion` counts migrations:
 * older files are migrated up, and a file from a newer schema of the same format
 * is read with its unknown fields kept, so saving it here does not lose them.
 */
import type { z } from 'zod';
import { MAX_NESTING_DEPTH, NestingTooDeepError, pathDeeperThan, sortedCopy } from './canonicalJson';
import { isValidLocale } from './locale';
import { CURRENT_SCHEMA_VERSION, type JsonObject, latestVersion, type Migration, MIGRATIONS, runMigrations } from './migrations';
import { type CjmParseError, err, ok, type RecordProblem, type Result } from './parseErrors';
import { findBrokenReferences } from './references';
import { COLLECTION_NAMES, COLLECTIONS, mapMetaSchema } from './schema';
import type { CjmDocument, JourneyMap } from './types';

export const CJM_FORMAT = 'cjm';
export const FORMAT_VERSION = 1;
const MAX_REPORTED_PROBLEMS = 20;

export interface AppStamp {
  readonly name: string;
  readonly version: string;
}

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isPositiveInt = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 1;

function issuePath(prefix: string, issue: z.core.$ZodIssue): string {
  return [prefix, ...issue.path.map(String)].join('.');
}

function validateMap(raw: JsonObject): Result<JourneyMap, RecordProblem[]> {
  const problems: RecordProblem[] = [];
  const meta = mapMetaSchema.loose().safeParse(raw);
  if (!meta.success) {
    problems.push(...meta.error.issues.map((issue) => ({ path: issuePath('map', issue), reason: issue.message })));
  }
  const collections: Record<string, Record<string, unknown>> = {};
  for (const name of COLLECTION_NAMES) {
    const records = raw[name] ?? {};
    if (!isObject(records)) {
      problems.push({ path: `map.${name}`, reason: 'expected an object keyed by id' });
      continue;
    }
    const schema = COLLECTIONS[name].loose();
    const parsed: Record<string, unknown> = {};
    for (const [key, record] of Object.entries(records)) {
      const result = schema.safeParse(record);
      if (!result.success) {
        problems.push(
          ...result.error.issues.map((issue) => ({ path: issuePath(`map.${name}.${key}`, issue), reason: issue.message })),
        );
      } else if (result.data.id !== key) {
        problems.push({ path: `map.${name}.${key}.id`, reason: `id "${result.data.id}" does not match its key` });
      } else {
        parsed[key] = result.data;
      }
    }
    collections[name] = parsed;
  }
  if (problems.length > 0 || !meta.success) return err(problems);
  const map = { ...meta.data, ...collections } as unknown as JourneyMap;
  problems.push(...findDuplicateEmotionPoints(map));
  return problems.length > 0 ? err(problems) : ok(map);
}

/** A persona has at most one point per stage on each curve; two would make the curve ambiguous. */
function findDuplicateEmotionPoints(map: JourneyMap): RecordProblem[] {
  const seen = new Map<string, string>();
  const problems: RecordProblem[] = [];
  for (const point of Object.values(map.emotionPoints)) {
    const slot = `${point.personaId}/${point.stageId}/${point.curve}`;
    const first = seen.get(slot);
    if (first !== undefined) {
      problems.push({ path: `map.emotionPoints.${point.id}`, reason: `same persona, stage and curve as ${first}` });
    } else {
      seen.set(slot, point.id);
    }
  }
  return problems;
}

/** A value the reader fixed rather than refuse the whole map for it; the UI says so. */
export type Repair = { readonly kind: 'locale'; readonly from: string; readonly to: string };

export interface ParsedCjm {
  readonly document: CjmDocument;
  /** The schema version the file was written with, before any migration. */
  readonly fileSchemaVersion: number;
  readonly repairs: readonly Repair[];
}

export interface ParseOptions {
  readonly migrations?: readonly Migration[];
  /** The app's language, which replaces a locale Intl would refuse (`pl_PL`). */
  readonly fallbackLocale?: string;
}

/**
 * A locale Intl would throw on is not worth refusing a workshop's map for: it
 * only steers number formats and sorting, so it becomes the app's language.
 */
function repairLocale(map: JsonObject, fallbackLocale: string): Repair[] {
  if (isValidLocale(map.locale)) return [];
  const from = typeof map.locale === 'string' ? map.locale : JSON.stringify(map.locale ?? null);
  map.locale = fallbackLocale;
  return [{ kind: 'locale', from, to: fallbackLocale }];
}

export function parseCjm(text: string, options: ParseOptions = {}): Result<ParsedCjm, CjmParseError> {
  const migrations = options.migrations ?? MIGRATIONS;
  let json: unknown;
  try {
    // Editors on Windows like to add a byte-order mark; JSON.parse would fail on it.
    json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    return err({ kind: 'notJson', detail: error instanceof Error ? error.message : String(error) });
  }
  if (
    !isObject(json) ||
    json.format !== CJM_FORMAT ||
    !isPositiveInt(json.formatVersion) ||
    !isPositiveInt(json.schemaVersion) ||
    !isObject(json.map)
  ) {
    return err({ kind: 'notCjm' });
  }
  if (json.formatVersion > FORMAT_VERSION) {
    return err({ kind: 'versionTooNew', fileVersion: json.formatVersion, supportedVersion: FORMAT_VERSION });
  }
  // Before anything walks the tree: what nests deeper could never be edited or saved again.
  const tooDeep = pathDeeperThan(json, MAX_NESTING_DEPTH);
  if (tooDeep !== null) {
    return err({ kind: 'invalidRecords', problems: [{ path: tooDeep, reason: `nested deeper than ${MAX_NESTING_DEPTH} levels` }] });
  }
  const currentVersion = latestVersion(migrations);
  const migrated = runMigrations(json.map, json.schemaVersion, migrations);
  if (!migrated.ok) {
    return err({ kind: 'migrationFailed', fromVersion: migrated.fromVersion, detail: migrated.detail });
  }
  // The app's language comes from the OS; it is checked like any other value that reaches Intl.
  const repairs = repairLocale(migrated.map, isValidLocale(options.fallbackLocale) ? options.fallbackLocale : 'en');
  const validated = validateMap(migrated.map);
  if (!validated.ok) {
    return err({ kind: 'invalidRecords', problems: validated.error.slice(0, MAX_REPORTED_PROBLEMS) });
  }
  const broken = findBrokenReferences(validated.value);
  if (broken.length > 0) {
    return err({ kind: 'brokenReferences', references: broken.slice(0, MAX_REPORTED_PROBLEMS) });
  }
  return ok({
    document: { schemaVersion: Math.max(json.schemaVersion, currentVersion), map: validated.value },
    fileSchemaVersion: json.schemaVersion,
    repairs,
  });
}

/** The map with sorted keys; throws NestingTooDeepError, with the path from the envelope, past the depth a file may have. */
function sortedMap(map: JourneyMap): unknown {
  try {
    return sortedCopy(map, MAX_NESTING_DEPTH - 1);
  } catch (error) {
    throw error instanceof NestingTooDeepError ? new NestingTooDeepError(`map.${error.path}`) : error;
  }
}

/** Byte-stable text of a document: sorted keys, two-space indent. Throws NestingTooDeepError (see sortedMap). */
export function serializeCjm(document: CjmDocument, app: AppStamp): string {
  const envelope = {
    format: CJM_FORMAT,
    formatVersion: FORMAT_VERSION,
    schemaVersion: Math.max(document.schemaVersion, CURRENT_SCHEMA_VERSION),
    app: { name: app.name, version: app.version },
    map: sortedMap(document.map),
  };
  // Safe to recurse now: sortedMap has bounded the depth.
  return `${JSON.stringify(envelope, null, 2)}\n`;
}
