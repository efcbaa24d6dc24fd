/**
 * What the main process does when the window's renderer dies or hangs: it
 * offers to reload (the reloaded page then offers the autosaved draft). Plain
 * logic over two ports, so it is unit-tested without Electron; window.ts wires
 * the real webContents and rendererDialogs.ts the native message boxes.
 */

/** `render-process-gone` reasons (Electron's RenderProcessGoneDetails). */
export type GoneReason = 'clean-exit' | 'abnormal-exit' | 'killed' | 'crashed' | 'oom' | 'launch-failed' | 'integrity-failure' | 'memory-eviction';

export interface RendererLifecycle {
  onGone(listener: (reason: GoneReason) => void): void;
  onUnresponsive(listener: () => void): void;
  onResponsive(listener: () => void): void;
  /** Loads the page again in a fresh renderer. */
  reload(): void;
  /** Ends a hung renderer and loads the page again. */
  restart(): void;
  /** Closes the window without asking about unsaved work (the renderer holding it is gone). */
  close(): void;
}

export interface RendererDialogs {
  askAfterCrash(reason: GoneReason): Promise<'reload' | 'close'>;
  /** Closes itself, answering 'wait', when `signal` aborts (the window answers again). */
  askWhenUnresponsive(signal: AbortSignal): Promise<'reload' | 'wait'>;
}

export function watchRenderer(renderer: RendererLifecycle, dialogs: RendererDialogs): void {
  let asking = false;
  // Set while we end a hung renderer ourselves: its death is not news.
  let restarting = false;
  let waiting: AbortController | null = null;

  renderer.onGone((reason) => {
    waiting?.abort();
    if (restarting) {
      restarting = false;
      return;
    }
    // A clean exit is the window closing, not a failure.
    if (reason === 'clean-exit' || asking) return;
    asking = true;
    void dialogs
      .askAfterCrash(reason)
      .then((choice) => (choice === 'reload' ? renderer.reload() : renderer.close()))
      .finally(() => {
        asking = false;
      });
  });

  renderer.onUnresponsive(() => {
    if (asking) return;
    asking = true;
    const controller = new AbortController();
    waiting = controller;
    void dialogs
      .askWhenUnresponsive(controller.signal)
      .then((choice) => {
        if (choice !== 'reload' || controller.signal.aborted) return;
        restarting = true;
        renderer.restart();
      })
      .finally(() => {
        asking = false;
        if (waiting === controller) waiting = null;
      });
  });

  renderer.onResponsive(() => waiting?.abort());
}
