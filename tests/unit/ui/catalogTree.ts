/**
 * Helpers for the catalog tests: a catalog flattened to its keys (plural forms
 * folded into one entry per key), the placeholders of a string, and the keys
 * the source code asks for, found by reading the code.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { Namespace } from '../../../renderer/i18n/i18n';

interface Tree {
  readonly [key: string]: string | readonly string[] | Tree;
}

export interface CatalogEntry {
  /** The plural categories the key has (`_one`, `_few`…), or null for a key without plural forms. */
  readonly plural: ReadonlySet<string> | null;
  readonly values: readonly string[];
  readonly isArray: boolean;
}

const PLURAL = /^(.*)_(zero|one|two|few|many|other)$/;

export function flattenCatalog(tree: object, prefix = '', into = new Map<string, CatalogEntry>()): Map<string, CatalogEntry> {
  for (const [name, value] of Object.entries(tree as Tree)) {
    const key = `${prefix}${name}`;
    if (typeof value === 'object' && !Array.isArray(value)) {
      flattenCatalog(value, `${key}.`, into);
      continue;
    }
    const values = typeof value === 'string' ? [value] : [...(value as readonly string[])];
    const plural = PLURAL.exec(key);
    const base = plural ? plural[1]! : key;
    const known = into.get(base);
    into.set(base, {
      plural: plural ? new Set([...(known?.plural ?? []), plural[2]!]) : null,
      values: [...(known?.values ?? []), ...values],
      isArray: Array.isArray(value),
    });
  }
  return into;
}

/** The names interpolated into a string: `{{count, number}}` gives `count`. */
export function placeholders(values: readonly string[]): string[] {
  const names = values.flatMap((value) => [...value.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]!));
  return [...new Set(names)].sort();
}

export interface CodeReferences {
  /** Keys asked for literally, as `namespace:key`. */
  readonly keys: ReadonlySet<string>;
  /** Beginnings of keys built at run time (`t(\`laneKind.${kind}\`)`), as `namespace:prefix`. */
  readonly prefixes: ReadonlySet<string>;
}

const ROOT = join(import.meta.dirname, '../../..');

async function sourceFiles(folder: string): Promise<string[]> {
  const entries = await readdir(join(ROOT, folder), { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && /\.tsx?$/.test(e.name)).map((e) => join(e.parentPath, e.name));
}

/**
 * Every key-shaped string in renderer/ and electron/: a quoted dotted name
 * (`'status.notes'`, also where it is picked before the call, as in
 * `t(isStage ? 'board.renameStage' : 'board.renameLane')`) is a key, and the
 * start of a template (`\`laneKind.${kind}\``) is a key prefix. The namespace
 * is the one the file's translator uses: `main` in electron/, `panels` where a
 * component asks for `useTranslation('panels')`, else `app`; an explicit `ns:`
 * prefix wins.
 */
export async function keysInCode(): Promise<CodeReferences> {
  const keys = new Set<string>();
  const prefixes = new Set<string>();
  for (const file of [...(await sourceFiles('renderer')), ...(await sourceFiles('electron'))]) {
    const source = await readFile(file, 'utf8');
    const namespace: Namespace = relative(ROOT, file).startsWith('electron') ? 'main' : source.includes("useTranslation('panels')") ? 'panels' : 'app';
    const qualify = (key: string) => (/^\w+:/.test(key) ? key : `${namespace}:${key}`);
    for (const m of source.matchAll(/['`]((?:\w+:)?[a-zA-Z]\w*(?:\.\w+)+)['`]/g)) keys.add(qualify(m[1]!));
    for (const m of source.matchAll(/`((?:\w+:)?[a-zA-Z]\w*(?:\.\w+)*\.)\$\{/g)) prefixes.add(qualify(m[1]!));
  }
  return { keys, prefixes };
}

export const isReferenced = (refs: CodeReferences, namespace: Namespace, key: string): boolean =>
  refs.keys.has(`${namespace}:${key}`) || [...refs.prefixes].some((prefix) => `${namespace}:${key}`.startsWith(prefix));
