/**
 * Issue 12 acceptance, the kill test: a child process saves a 2,000-note map in
 * a loop (writing a draft before each save) and is SIGKILLed at a random moment,
 * 200 times. After every kill the .cjm parses and is exactly one complete
 * version, the .bak parses, the draft parses, and at most one temp file is left.
 */
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDraftStore } from '../../../electron/drafts/draftStore';
import { createFileService, nodeFsPort } from '../../../electron/files/fileService';
import { parseCjm, serializeCjm } from '../../../renderer/model/cjmFormat';
import { BENCH_2K, FIXTURE_APP, generateMap } from '../../fixtures/generateMap';
import { TITLE_PLACEHOLDER, versionText } from './versions';

const KILLS = 200;
/** Kills land anywhere from during start-up to a few saves in. */
const MAX_DELAY_MS = 80;

let work: string;
let childScript: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'journeyboard-kill-'));
  // The child runs plain Node, so the TypeScript it needs is bundled once.
  await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      ssr: fileURLToPath(new URL('./saveLoop.ts', import.meta.url)),
      outDir: join(work, 'bin'),
      emptyOutDir: true,
      minify: false,
      rolldownOptions: { output: { format: 'es', entryFileNames: 'saveLoop.mjs' } },
    },
    ssr: { noExternal: true, target: 'node' },
  });
  childScript = join(work, 'bin', 'saveLoop.mjs');
}, 60_000);

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

/**
 * Which complete version `text` is, or what is wrong with it. Byte-identical to
 * a version means it parses as that version does (every version is the same map
 * but for its title, and version 0 is parsed in full); anything else is parsed
 * to say what is wrong.
 */
function versionOf(template: string, text: string): number | string {
  const match = /"title": "v(\d+)"/.exec(text);
  if (match && text === versionText(template, Number(match[1]))) return Number(match[1]);
  const parsed = parseCjm(text);
  return parsed.ok ? `parses but is no complete version (title ${parsed.value.document.map.title})` : `does not parse (${parsed.error.kind})`;
}

function runAndKill(args: string[], delayMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [childScript, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    // Kill relative to the moment the child has opened the file, so every kill lands in the save loop or just before it.
    child.stdout.once('data', () => setTimeout(() => child.kill('SIGKILL'), delayMs));
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve();
      else reject(new Error(`child exited with ${code}: ${stderr}`));
    });
  });
}

/** One file killed `kills` times in a row; returns what went wrong and the highest version seen. */
async function killLane(lane: string, template: string, templatePath: string, kills: number, seed: number) {
  const mapFolder = join(work, lane, 'maps');
  const recovery = join(work, lane, 'recovery');
  const path = join(mapFolder, 'workshop.cjm');
  await mkdir(mapFolder, { recursive: true });
  await writeFile(path, versionText(template, 0));
  const drafts = createDraftStore({ folder: recovery, files: createFileService(), fs: nodeFsPort, now: Date.now });

  let highest = 0;
  let random = seed;
  const problems: string[] = [];
  for (let kill = 1; kill <= kills; kill++) {
    random = (random * 1103515245 + 12345) % 2 ** 31; // seeded, so a failure can be replayed
    await runAndKill([path, recovery, templatePath, String(highest + 1)], random % MAX_DELAY_MS);

    const where = `${lane}, kill ${kill}`;
    const current = versionOf(template, await readFile(path, 'utf8'));
    if (typeof current === 'string') problems.push(`${where}: the .cjm ${current}`);
    else highest = Math.max(highest, current);
    const backup = await readFile(`${path}.bak`, 'utf8').catch(() => null);
    if (backup !== null && typeof versionOf(template, backup) === 'string') problems.push(`${where}: the .bak ${versionOf(template, backup)}`);
    const temps = (await readdir(mapFolder)).filter((name) => name.endsWith('.tmp'));
    if (temps.length > 1) problems.push(`${where}: temp files ${temps.join(', ')}`);
    const draft = await drafts.read('killtest0001');
    if (draft && typeof versionOf(template, draft.text) === 'string') problems.push(`${where}: the draft ${versionOf(template, draft.text)}`);
    const draftTemps = (await readdir(recovery).catch(() => [])).filter((name) => name.endsWith('.tmp'));
    if (draftTemps.length > 1) problems.push(`${where}: draft temp files ${draftTemps.join(', ')}`);
  }
  const finalBackup = await readFile(`${path}.bak`, 'utf8').catch(() => '');
  return { problems, highest, backupOk: typeof versionOf(template, finalBackup) === 'number' };
}

describe('killed while saving', () => {
  it(`keeps a complete map, a readable backup, a readable draft and at most one temp file, ${KILLS} times`, async () => {
    const document = generateMap(BENCH_2K);
    const template = serializeCjm({ ...document, map: { ...document.map, title: TITLE_PLACEHOLDER } }, FIXTURE_APP);
    const templatePath = join(work, 'template.txt');
    await writeFile(templatePath, template);
    const first = parseCjm(versionText(template, 0));
    expect(first.ok && first.value.document.map.title).toBe('v0');

    // Two files at once, half the kills each: most of a kill's time is spent waiting (spawn, fsync).
    const lanes = await Promise.all([
      killLane('lane-a', template, templatePath, KILLS / 2, 12),
      killLane('lane-b', template, templatePath, KILLS / 2, 77),
    ]);

    expect(lanes.flatMap((lane) => lane.problems)).toEqual([]);
    for (const lane of lanes) {
      // The loop did save: many versions went by, and a backup was kept.
      expect(lane.highest).toBeGreaterThan(KILLS / 4);
      expect(lane.backupOk).toBe(true);
    }
  }, 120_000);
});
