/** One app page with the bench probe installed, plus its CDP session. */
import type { BrowserContext, CDPSession, Page } from 'playwright';
import { installFakeApi } from '../page/fakeApi';
import { installProbe } from '../page/probe';
import type { OpenMarks } from '../page/types';

export interface BenchPage {
  readonly page: Page;
  readonly cdp: CDPSession;
}

export async function newBenchPage(context: BrowserContext, url: string, text: string): Promise<BenchPage> {
  const page = await context.newPage();
  await page.addInitScript(installFakeApi, { text });
  await page.addInitScript(installProbe);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  await page.goto(url);
  await waitForApp(page);
  return { page, cdp };
}

/** Until the app has mounted the board and the probe has patched its controller. */
export async function waitForApp(page: Page): Promise<void> {
  await page.waitForFunction(() => window.__bench!.hook(), undefined, { polling: 50 });
  await settle(page);
}

/** Waits a few quiet frames. */
export async function settle(page: Page, frames = 3): Promise<void> {
  await page.evaluate(
    (count) =>
      new Promise<void>((resolve) => {
        let left = count;
        const tick = () => (--left <= 0 ? resolve() : requestAnimationFrame(tick));
        requestAnimationFrame(tick);
      }),
    frames,
  );
}

/** Ctrl+O with the stand-in `openFile`, until the frame after the new board's first paint. */
export async function openWithCtrlO(page: Page): Promise<OpenMarks> {
  await page.evaluate(() => window.__bench!.armOpen());
  await page.keyboard.press('Control+O');
  await page.waitForFunction(() => window.__bench!.open.afterPaint !== undefined, undefined, {
    polling: 20,
    timeout: 60_000,
  });
  const marks = await page.evaluate(() => window.__bench!.open);
  return marks as OpenMarks;
}

export async function metrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

/** JS heap in use after a full garbage collection. */
export async function heapAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  return (await metrics(cdp)).JSHeapUsedSize ?? Number.NaN;
}
