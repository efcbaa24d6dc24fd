/** Shared helpers of the model unit tests (Node only: they read the committed fixture files). */
import { readFileSync } from 'node:fs';
import { type ParsedCjm, parseCjm } from '../../../renderer/model/cjmFormat';
import type { Migration } from '../../../renderer/model/migrations';
import type { CjmParseError } from '../../../renderer/model/parseErrors';

export const FIXTURES_DIR = new URL('../../fixtures/', import.meta.url);

export function fixturePath(name: string): URL {
  return new URL(name, FIXTURES_DIR);
}

export function readFixture(name: string): string {
  return readFileSync(fixturePath(name), 'utf8');
}

/** Parses and fails the test with the parse error itself when the text does not open. */
export function parseOk(text: string, migrations?: readonly Migration[]): ParsedCjm {
  const result = parseCjm(text, { migrations });
  if (!result.ok) throw new Error(`expected the file to open, got ${JSON.stringify(result.error)}`);
  return result.value;
}

/** Parses and fails the test when the text opens after all. */
export function parseErr(text: string, migrations?: readonly Migration[]): CjmParseError {
  const result = parseCjm(text, { migrations });
  if (result.ok) throw new Error('expected the file to be refused, but it opened');
  return result.error;
}

export type Json = { [key: string]: unknown };

/** The JSON object at `path`, for editing a parsed file in a test. */
export function at(root: unknown, ...path: string[]): Json {
  let current = root;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) throw new Error(`no object at ${path.join('.')}`);
    current = (current as Json)[key];
  }
  if (typeof current !== 'object' || current === null || Array.isArray(current)) {
    throw new Error(`no object at ${path.join('.')}`);
  }
  return current as Json;
}

/** A deep copy of a file's JSON, to change and write back with `toText`. */
export const fileJson = (text: string): Json => JSON.parse(text) as Json;
export const toText = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;
