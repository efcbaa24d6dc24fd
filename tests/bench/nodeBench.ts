/**
 * Part A: the Node side on the generated 2,000-note map: parse, serialize, and a
 * save through the real file service (temp file + fsync + rename, after copying
 * the previous version to `<file>.bak` the same way).
 */
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FileStamp } from '../../electron/ipc-contract';
import { backupPathFor, createFileService } from '../../electron/files/fileService';
import { parseCjm, serializeCjm } from '../../renderer/model/cjmFormat';
import { FIXTURE_APP } from '../fixtures/generateMap';
import { type Row, mb, ms, summarize } from './stats';

const REPEAT = 20;
const WARMUP = 3;

const collect = (): void => (globalThis as { gc?: () => void }).gc?.();

async function sample(run: () => unknown | Promise<unknown>): Promise<number[]> {
  for (let i = 0; i < WARMUP; i++) await run();
  const samples: number[] = [];
  for (let i = 0; i < REPEAT; i++) {
    collect(); // each sample starts from a clean heap, so one sample does not pay for another's garbage
    const started = performance.now();
    await run();
    samples.push(performance.now() - started);
  }
  return samples;
}

export async function runNodeBench(text: string): Promise<Row[]> {
  const parsed = parseCjm(text);
  if (!parsed.ok) throw new Error(`the generated map does not parse: ${JSON.stringify(parsed.error)}`);
  const document = parsed.value.document;
  if (serializeCjm(document, FIXTURE_APP) !== text) throw new Error('serialize(parse(text)) is not byte-identical');

  const parse = summarize(await sample(() => parseCjm(text)));
  const serialize = summarize(await sample(() => serializeCjm(document, FIXTURE_APP)));

  const folder = await mkdtemp(join(tmpdir(), 'journeyboard-bench-'));
  try {
    const files = createFileService();
    const path = join(folder, 'bench-2k.cjm');
    let base: FileStamp | null = null;
    const save = async () => {
      const result = await files.writeDocument(path, text, { base, overwriteConflict: false });
      if (result.kind !== 'written') throw new Error('unexpected save conflict');
      base = result.stamp;
    };
    const saves = summarize(await sample(save));
    const size = (await stat(path)).size;
    const backup = (await stat(backupPathFor(path))).size;
    return [
      { name: 'file size (2,000 notes)', other: `${mb(size)} (${size} B), .bak ${backup} B` },
      { name: 'parseCjm', median: ms(parse.median), p95: ms(parse.p95), other: `n=${parse.n}` },
      { name: 'serializeCjm', median: ms(serialize.median), p95: ms(serialize.p95), other: `n=${serialize.n}` },
      { name: 'save (real fileService: .bak + atomic write)', median: ms(saves.median), p95: ms(saves.p95), other: `n=${saves.n}, ${tmpdir()}` },
      { name: 'serialize + save (Ctrl+S, sum of medians)', median: ms(serialize.median + saves.median), other: 'no target given' },
    ];
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
