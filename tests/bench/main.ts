/** The bench: environment, part A (Node), part B (Chromium). See run.mjs for what each number means. */
import { existsSync, readFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { BENCH_10K, BENCH_2K, generateCjmText } from '../fixtures/generateMap';
import { runBrowserBench } from './browser/browserBench';
import { runNodeBench } from './nodeBench';
import { runHotSpots } from './profile/hotSpots';
import { mb, ms, printTable } from './stats';

export async function main(root: string, options: { readonly profile: boolean }): Promise<void> {
  const started = performance.now();
  const rendererDir = join(root, 'out', 'renderer');
  if (!existsSync(join(rendererDir, 'index.html'))) throw new Error(`${rendererDir} is missing: run \`npm run build\` first`);

  const cpu = cpus();
  console.log('Journeyboard bench');
  console.log(`node ${process.version} · ${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'} · RAM ${mb(totalmem())}`);
  const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');
  console.log(`load average ${load()} (1/5/15 min)${loadavg()[0]! > cpu.length / 2 ? ' — the machine is busy: expect slower, noisier numbers' : ''}`);

  const genStart = performance.now();
  const text2k = generateCjmText(BENCH_2K);
  const text10k = generateCjmText(BENCH_10K);
  console.log(`generated BENCH_2K (${mb(text2k.length)}) and BENCH_10K (${mb(text10k.length)}) in ${ms(performance.now() - genStart)}`);

  printTable('A. Node, 2,000 notes (BENCH_2K): 3 warm-ups, then 20 runs, GC before each', await runNodeBench(text2k));

  const { version, sections } = await runBrowserBench(rendererDir, text2k, text10k);
  console.log(`\nChromium ${version} (headless, --disable-gpu: CPU raster)`);
  for (const section of sections) printTable(section.title, section.rows);

  const failed = sections.flatMap((s) => s.rows).filter((r) => r.result === 'FAIL');
  console.log(`\n${failed.length === 0 ? 'All targets met.' : `${failed.length} target(s) missed: ${failed.map((r) => r.name).join('; ')}`}`);
  console.log(`load average at the end ${load()}`);
  if (options.profile) {
    const { version: appVersion } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    await runHotSpots(root, appVersion, text2k, text10k);
  }
  console.log(`bench finished in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
