/**
 * The text of an autosave draft, built incrementally so that an autosave costs
 * the keystroke path almost nothing even at 10,000 notes.
 *
 * immer keeps every record (and every collection) that a command did not touch
 * as the same object. So each record's JSON is cached by identity, records are
 * joined in groups of GROUP_SIZE whose text is reused while the group holds the
 * same records, and an untouched collection reuses its whole text. An edit to
 * one note restringifies one note and rejoins one group.
 *
 * The result is a valid `.cjm` envelope (parseCjm reads it back), compact and in
 * record order: a draft needs to be read back, not to diff well, so it is not
 * the canonical byte-stable form of serializeCjm.
 */
import { CJM_FORMAT, FORMAT_VERSION, type AppStamp } from '../model/cjmFormat';
import { CURRENT_SCHEMA_VERSION } from '../model/migrations';
import { COLLECTION_NAMES } from '../model/schema';
import type { CjmDocument } from '../model/types';

export interface DraftTextBuilder {
  /**
   * Stringifies records not yet cached until `hasTime()` says stop (after at
   * least one batch, so a busy thread still progresses); true when all are.
   * The first autosave after opening a map caches every record, which at
   * 10,000 notes is too long for one frame, so it is spread over idle periods.
   */
  prepare(document: CjmDocument, hasTime: () => boolean): boolean;
  /** The draft text; fast once `prepare` has returned true for this document. */
  build(document: CjmDocument): string;
}

const PREPARE_BATCH = 250;
const GROUP_SIZE = 256;

type Records = Readonly<Record<string, object>>;

interface Group {
  readonly records: readonly object[];
  readonly text: string;
}

export function createDraftTextBuilder(app: AppStamp): DraftTextBuilder {
  /** `"id":{…}` per record object. */
  const entries = new WeakMap<object, string>();
  const groups = new Map<string, Group[]>();
  const collectionTexts = new Map<string, { readonly records: Records; readonly text: string }>();
  const collections = new Set<string>(COLLECTION_NAMES);

  const entryOf = (key: string, record: object): string => {
    let entry = entries.get(record);
    if (entry === undefined) {
      entry = `${JSON.stringify(key)}:${JSON.stringify(record)}`;
      entries.set(record, entry);
    }
    return entry;
  };

  function groupText(cached: Group[], index: number, keys: readonly string[], records: readonly object[]): string {
    const previous = cached[index];
    if (previous && previous.records.length === records.length && previous.records.every((record, i) => record === records[i])) {
      return previous.text;
    }
    const text = records.map((record, i) => entryOf(keys[i]!, record)).join(',');
    cached[index] = { records, text };
    return text;
  }

  function collectionText(name: string, records: Records): string {
    const whole = collectionTexts.get(name);
    if (whole?.records === records) return whole.text;
    const cached = groups.get(name) ?? [];
    const parts: string[] = [];
    let keys: string[] = [];
    let group: object[] = [];
    for (const key in records) {
      keys.push(key);
      group.push(records[key]!);
      if (group.length === GROUP_SIZE) {
        parts.push(groupText(cached, parts.length, keys, group));
        keys = [];
        group = [];
      }
    }
    if (group.length > 0) parts.push(groupText(cached, parts.length, keys, group));
    cached.length = parts.length;
    groups.set(name, cached);
    const text = `{${parts.join(',')}}`;
    collectionTexts.set(name, { records, text });
    return text;
  }

  function prepare(document: CjmDocument, hasTime: () => boolean): boolean {
    const map = document.map as unknown as Record<string, unknown>;
    let batch = 0;
    for (const name of COLLECTION_NAMES) {
      const records = map[name] as Records | undefined;
      if (typeof records !== 'object' || records === null || collectionTexts.get(name)?.records === records) continue;
      for (const key in records) {
        const record = records[key]!;
        if (entries.has(record)) continue;
        entryOf(key, record);
        if (++batch % PREPARE_BATCH === 0 && !hasTime()) return false;
      }
    }
    return true;
  }

  function build(document: CjmDocument): string {
    const map = document.map as unknown as Record<string, unknown>;
    const parts: string[] = [];
    for (const [key, value] of Object.entries(map)) {
      if (value === undefined) continue;
      const text =
        collections.has(key) && typeof value === 'object' && value !== null ? collectionText(key, value as Records) : JSON.stringify(value);
      parts.push(`${JSON.stringify(key)}:${text}`);
    }
    const schemaVersion = Math.max(document.schemaVersion, CURRENT_SCHEMA_VERSION);
    const head = JSON.stringify({ format: CJM_FORMAT, formatVersion: FORMAT_VERSION, schemaVersion, app: { name: app.name, version: app.version } });
    return `${head.slice(0, -1)},"map":{${parts.join(',')}}}`;
  }

  return { prepare, build };
}
