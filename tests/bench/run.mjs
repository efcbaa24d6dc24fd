/**
 * Journeyboard bench: `npm run bench` (= `npm run build && node --expose-gc tests/bench/run.mjs`).
 * Add `-- --profile` to also print CPU-profile hot spots of the slow paths.
 * Takes about 50 s on the idle 2-core machine (up to ~2.5 min when it is busy; `--profile` adds ~40 s). Not part of `npm test`.
 *
 * WHY THIS FILE IS .mjs: Node 20 cannot run TypeScript and neither vite-node
 * nor tsx is installed. Vite's own `runnerImport` (the module runner Vite uses
 * to load TS config files) transpiles `main.ts` and everything it imports on
 * the fly, so the bench is strict TypeScript that reuses the real generator
 * (tests/fixtures/generateMap.ts), the real .cjm format and the real file
 * service, with nothing extra to install and no pre-generated files.
 *
 * WHAT IT MEASURES
 * A. Node, on generateCjmText(BENCH_2K) (3 personas × 8 lanes × 10 stages, 2,000 notes):
 *    parseCjm, serializeCjm, and a save through electron/files/fileService.ts
 *    (copy the old file to .bak, write a temp file, fsync, rename, fsync the
 *    folder) into a temp folder. 3 warm-ups, then 20 runs each, gc() before each.
 * B. The built renderer (out/renderer) in headless Chromium (/usr/bin/chromium,
 *    --disable-gpu: canvas and compositing are rasterized on the CPU), 1280×720,
 *    served by a tiny static server (server.ts). page/fakeApi.ts stands in for
 *    the preload: openFile() returns the generated map. page/probe.ts patches the
 *    live board controller instance in the page (the app's code is unchanged)
 *    to timestamp input, store changes, flush() and each Konva layer's draw().
 *    All input is real: page.mouse / page.keyboard through CDP.
 *
 *    Ctrl+O → first painted frame: from the keydown to the rAF after the first
 *      flush that drew the new board (world layer drawn and rasterized). Median
 *      of 5 page loads (the first is JIT-cold, so it is usually the p95).
 *      "of which": parse+validate (file returned → store changed), React render
 *      + computeLayout (store changed → board got the layout), wait for the
 *      frame, draw (scene functions) and raster.
 *    work/frame — THE PRIMARY FRAME FIGURE. Per animation frame in which
 *      something happened: input (event dispatch from the capture listener on
 *      window to the last bubble listener, which includes the board's handlers
 *      and any React render they flush) + draw (board.flush(): Konva scene
 *      functions recording canvas calls) + raster (a 1-pixel getImageData after
 *      each layer draw, which makes Chromium rasterize the recorded calls right
 *      there; it would do the same work later in the frame, out of sight).
 *      The breakdown row gives means (they add up) and draw+raster per layer.
 *    rAF interval: time between consecutive requestAnimationFrame callbacks.
 *      Headless Chromium runs a 60 Hz clock, so this is quantized to 16.7 ms:
 *      a frame is either on time (16.7), or one or more vsyncs late (33, 50…).
 *      It is judged with 1 ms of timer jitter allowed (16.72 is on time). It
 *      also moves with anything else the machine is doing.
 *    main-thread CPU/frame: CDP Performance.getMetrics TaskDuration (renderer
 *      main thread, thread time) over the gesture divided by its frames. It
 *      also counts work the probe cannot see: style, layout, paint, GC, React
 *      renders scheduled as tasks.
 *    drag: press a fully visible note at 100 %, 60 pointer moves (one per
 *      frame) into another cell; the drop is reported separately as
 *      input → first repaint showing the move (command, React render +
 *      computeLayout, repaint).
 *    pan: middle-button drag, 60 moves of (−8, −4) px, at 100 % and at the
 *      "fit" zoom, which frames the whole wall (4 % at 2,000 notes, about 1 %
 *      at 10,000; the zoom floor is 0.5 %), painted as the semantic-zoom
 *      summary. "Fit shows all notes" counts the notes wholly inside the
 *      board's body and clear of the minimap, against all notes laid out.
 *    zoom step: one wheel notch (deltaY ±100 = ×1.15) per frame from 10 % to
 *      400 % and back; per busy frame.
 *    typing: click a note, Enter opens the editor, type 40 characters with
 *      page.keyboard.type. keydown → next rAF after input: from the keydown
 *      (capture on window) to the first rAF callback after the input event was
 *      handled, i.e. the start of the frame that shows the character; it
 *      includes the wait for that frame (0–16.7 ms). "after that frame" adds
 *      the frame's style/layout/paint (a message posted from that rAF).
 *    layout after one edit: right after the drop, the drop is undone and redone
 *      20 times in the page; each step is one incremental layout from its
 *      patches, timed by the layout store (`layouts.lastTiming`). Targets:
 *      ≤ 2 ms at 2,000 notes, ≤ 5 ms at 10,000; the 10k drop (input → repaint)
 *      ≤ 16 ms.
 *    fit a 5,000-character note: the app's canvas note fitter on a new text
 *      each time (one unbroken URL; 720 distinct words); p95 ≤ 16 ms.
 *    present mode (browser/presentBench.ts): F5 → the frame after the full-size
 *      present view is painted (≤ 300 ms), and → from stage to stage: each eased
 *      camera move (≤ 400 ms) recorded like a gesture, work/frame p95 ≤ 12 ms.
 *    10k typing: the same typing as at 2k on the 10,000-note board.
 *    autosave (browser/autosaveBench.ts): 8 rounds at 2k, 6 at 10k, each a
 *      colour change (Alt+digit) then ~2 s of typing in a note, so the autosave
 *      it schedules fires mid-typing. Main-thread time per autosave = the sum of
 *      the app's Autosave.write calls (draft text, chunked in idle time, plus the
 *      API call) up to the draft being sent; targets median ≤ 4 ms at 2k and
 *      ≤ 12 ms at 10k. "frames it landed in": the rAF intervals around those
 *      calls, none may exceed 1.5 frames; all late frames of the typing are
 *      given for comparison.
 *    JS heap: CDP HeapProfiler.collectGarbage (twice), then JSHeapUsedSize.
 *    10k: BENCH_10K (same shape, 10,000 notes): one open, then the same gestures and the autosave rows.
 *
 * CAVEATS
 * - performance.now() is 100 µs-coarse in a normal page; the server sends
 *   COOP/COEP headers so the page is cross-origin isolated (5 µs resolution).
 * - On 2 cores, other processes (tsc, test runners) change every number here;
 *   the load average is printed first. Trust runs with a load below ~1.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
// runnerImport would otherwise set NODE_ENV=development (libraries take slower dev paths).
process.env.NODE_ENV ??= 'production';
const { module } = await runnerImport(resolve(root, 'tests/bench/main.ts'), { configFile: false, root, logLevel: 'error' });
await module.main(root, { profile: process.argv.includes('--profile') });
