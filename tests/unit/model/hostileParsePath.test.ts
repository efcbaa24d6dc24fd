/**
 * Hostile .cjm files through the real open path: the main process's file
 * service reads the bytes from a real temp folder, the renderer's parseCjm
 * reads the text. Each gives a typed error or opens (repaired where it must),
 * never a throw or a hang, and what opens can be saved and read back.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFileService } from '../../../electron/files/fileService';
import { MAX_DOCUMENT_BYTES } from '../../../electron/ipc-contract';
import { parseCjm, serializeCjm } from '../../../renderer/model/cjmFormat';
import { savableText } from '../../../renderer/model/savable';
import { FIXTURE_APP, generateCjmText } from '../../fixtures/generateMap';
import { fileJson, readFixture, toText } from './helpers';

const minimal = () => fileJson(readFixture('minimal.cjm')) as { schemaVersion: number; map: Record<string, Record<string, Record<string, unknown>>> };
const firstNoteId = (doc: ReturnType<typeof minimal>) => Object.keys(doc.map.notes!)[0]!;

/** The minimal map with its first note changed by `edit` (on the parsed JSON). */
function withNote(edit: (note: Record<string, unknown>) => void): string {
  const doc = minimal();
  edit(doc.map.notes![firstNoteId(doc)]!);
  return toText(doc);
}

let folder = '';
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'journeyboard-hostile-'));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

/** Writes the bytes, reads them as the app does, and parses them as the app does. */
async function open(name: string, bytes: string | Buffer) {
  const path = join(folder, name);
  await writeFile(path, bytes);
  const read = await createFileService().readDocument(path);
  return parseCjm(read.text, { fallbackLocale: 'en' });
}

/** What opened must save to text that opens again to the same map. */
function expectSavable(parsed: Awaited<ReturnType<typeof open>>) {
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.error).slice(0, 500));
  const saved = savableText(parsed.value.document, FIXTURE_APP, MAX_DOCUMENT_BYTES);
  if (!saved.ok) throw new Error(JSON.stringify(saved.error).slice(0, 500));
  const again = parseCjm(saved.value);
  expect(again.ok && again.value.document.map).toEqual(parsed.value.document.map);
}

describe('hostile .cjm files through the file service and parseCjm', () => {
  it('JSON nested 100,000 levels deep: a typed error (no stack overflow)', async () => {
    const parsed = await open('deep.cjm', `{"format":"journeyboard-cjm","formatVersion":1,"schemaVersion":1,"map":${'['.repeat(100_000)}${']'.repeat(100_000)}}`);
    expect(parsed.ok).toBe(false);
  });

  it('a 50 MB note text: refused with the path of the note', async () => {
    const parsed = await open('huge-text.cjm', withNote((note) => (note.text = 'x'.repeat(50 * 1024 * 1024))));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(JSON.stringify(parsed.error).length).toBeLessThan(10_000);
  });

  it('a 50 MB string in an unknown field: opens, and saves and reads back', async () => {
    const parsed = await open('huge-unknown.cjm', withNote((note) => (note.fromTheFuture = 'y'.repeat(50 * 1024 * 1024))));
    expect(parsed.ok).toBe(true);
  });

  it.each([
    ['1e999 (Infinity once parsed) as an order key', '1e999'],
    ['a bare NaN', 'NaN'],
    ['a bare Infinity', 'Infinity'],
    ['-Infinity', '-Infinity'],
  ])('%s: a typed error', async (_label, token) => {
    const text = withNote((note) => (note.order = 'TOKEN')).replace('"TOKEN"', token);
    expect(text).toContain(token);
    const parsed = await open('numbers.cjm', text);
    expect(parsed.ok).toBe(false);
  });

  it('Infinity in an emotion score or a KPI: a typed error', async () => {
    const doc = fileJson(readFixture('full.cjm')) as { map: { touchpoints: Record<string, Record<string, unknown>>; emotionPoints: Record<string, Record<string, unknown>> } };
    const tp = Object.keys(doc.map.touchpoints)[0]!;
    const text = toText(doc).replace(new RegExp(`("${tp}": \\{[^}]*?"target": )[^,\\n]+`), '$11e999');
    expect(text).toContain('1e999');
    expect((await open('kpi.cjm', text)).ok).toBe(false);
  });

  it('a record keyed by one id that says another: a typed error', async () => {
    const doc = minimal();
    const id = firstNoteId(doc);
    doc.map.notes!.nSomethingElse = { ...doc.map.notes![id]!, id };
    expect((await open('dupe.cjm', toText(doc))).ok).toBe(false);
  });

  it('the same key twice in the text: the last one wins, as JSON says, and it opens', async () => {
    const doc = minimal();
    const id = firstNoteId(doc);
    const text = toText(doc).replace(`"${id}": {`, `"${id}": {"text": "first", `);
    const parsed = await open('dupe-key.cjm', text);
    expectSavable(parsed);
  });

  it('an unknown future schemaVersion (same format): opens, as a newer minor does, and saves', async () => {
    const doc = minimal();
    doc.schemaVersion = 999;
    expectSavable(await open('future.cjm', toText(doc)));
  });

  it('an unknown future formatVersion: the typed "too new" error', async () => {
    const doc = { ...minimal(), formatVersion: 999 };
    const parsed = await open('future-format.cjm', toText(doc));
    expect(!parsed.ok && parsed.error.kind).toBe('versionTooNew');
  });

  it('a byte-order mark: opens', async () => {
    expectSavable(await open('bom.cjm', `\ufeff${readFixture('minimal.cjm')}`));
  });

  it('invalid UTF-8 inside a note text: opens with replacement characters, and saves', async () => {
    const doc = minimal();
    const id = firstNoteId(doc);
    doc.map.notes![id]!.text = 'MARK';
    const [before, after] = toText(doc).split('MARK');
    const parsed = await open('bad-utf8.cjm', Buffer.concat([Buffer.from(before!), Buffer.from([0xff, 0xfe, 0xc3]), Buffer.from(after!)]));
    expectSavable(parsed);
    if (parsed.ok) expect(parsed.value.document.map.notes[id]!.text).toContain('\ufffd');
  });

  it('invalid UTF-8 in the JSON structure: a typed error', async () => {
    expect((await open('bad-utf8-structure.cjm', Buffer.concat([Buffer.from('{"format'), Buffer.from([0xff]), Buffer.from('": 1}')]))).ok).toBe(false);
  });

  it.each(['__proto__', 'constructor', 'prototype'])('a record keyed "%s": a typed error, and nothing polluted', async (key) => {
    const doc = minimal();
    const id = firstNoteId(doc);
    const text = toText(doc).replace(`"${id}": {`, `"${key}": {"polluted": true, "id": "${key}", "x": {`).replace(/("x": \{[\s\S]*?)\}/, '$1}}');
    const parsed = await open('proto.cjm', text);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(parsed.ok).toBe(false);
  });

  it('"__proto__" as an unknown field of a note: opens with nothing polluted; the field is dropped, never made a prototype', async () => {
    const text = withNote(() => undefined).replace('"text":', '"__proto__": {"polluted": true}, "text":');
    expect(text).toContain('__proto__');
    const parsed = await open('proto-field.cjm', text);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expectSavable(parsed);
    if (parsed.ok) {
      const note = Object.values(parsed.value.document.map.notes)[0]!;
      expect(Object.getPrototypeOf(note)).toBe(Object.prototype);
      expect((note as unknown as Record<string, unknown>).polluted).toBeUndefined();
      expect(serializeCjm(parsed.value.document, FIXTURE_APP)).not.toContain('polluted');
    }
  });

  it('a 100,000-note file: opens (in seconds, not a hang)', { timeout: 120_000 }, async () => {
    const text = generateCjmText({ personas: 4, stages: 10, totalNotes: 100_000, seed: 11 });
    const parsed = await open('100k.cjm', text);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(Object.keys(parsed.value.document.map.notes)).toHaveLength(100_000);
  });
});
