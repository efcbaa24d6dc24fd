/** The main process's answer to a renderer that crashed or hangs: offer to reload, never pile up dialogs. */
import { describe, expect, it } from 'vitest';
import { type GoneReason, type RendererDialogs, type RendererLifecycle, watchRenderer } from '../../../electron/rendererHealth';

/** A webContents stand-in that records what it was asked to do and fires the events a test chooses. */
class FakeRenderer implements RendererLifecycle {
  readonly actions: string[] = [];
  private gone: (reason: GoneReason) => void = () => {};
  private unresponsive: () => void = () => {};
  private responsive: () => void = () => {};
  onGone(listener: (reason: GoneReason) => void) {
    this.gone = listener;
  }
  onUnresponsive(listener: () => void) {
    this.unresponsive = listener;
  }
  onResponsive(listener: () => void) {
    this.responsive = listener;
  }
  reload() {
    this.actions.push('reload');
  }
  restart() {
    this.actions.push('restart');
    // Ending the hung renderer makes Electron report it gone, a moment later.
    setTimeout(() => this.gone('killed'), 0);
  }
  close() {
    this.actions.push('close');
  }
  die(reason: GoneReason) {
    this.gone(reason);
  }
  hang() {
    this.unresponsive();
  }
  recover() {
    this.responsive();
  }
}

/** The user at the message boxes: each question waits until the test answers it. */
class FakeDialogs implements RendererDialogs {
  readonly asked: string[] = [];
  private answer: ((choice: string) => void) | null = null;
  signal: AbortSignal | null = null;
  askAfterCrash(reason: GoneReason) {
    this.asked.push(`crash:${reason}`);
    return new Promise<'reload' | 'close'>((resolve) => (this.answer = resolve as (choice: string) => void));
  }
  askWhenUnresponsive(signal: AbortSignal) {
    this.asked.push('unresponsive');
    this.signal = signal;
    return new Promise<'reload' | 'wait'>((resolve) => {
      this.answer = resolve as (choice: string) => void;
      signal.addEventListener('abort', () => resolve('wait'));
    });
  }
  async choose(choice: string) {
    this.answer?.(choice);
    this.answer = null;
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

function setUp() {
  const renderer = new FakeRenderer();
  const dialogs = new FakeDialogs();
  watchRenderer(renderer, dialogs);
  return { renderer, dialogs };
}

describe('a renderer that is gone', () => {
  it.each(['crashed', 'oom', 'killed', 'abnormal-exit'] as const)('(%s) is offered a reload, and Reload reloads', async (reason) => {
    const { renderer, dialogs } = setUp();
    renderer.die(reason);
    expect(dialogs.asked).toEqual([`crash:${reason}`]);
    await dialogs.choose('reload');
    expect(renderer.actions).toEqual(['reload']);
  });

  it('Close closes the window without asking about unsaved work again', async () => {
    const { renderer, dialogs } = setUp();
    renderer.die('crashed');
    await dialogs.choose('close');
    expect(renderer.actions).toEqual(['close']);
  });

  it('a clean exit (the window closing) asks nothing', () => {
    const { renderer, dialogs } = setUp();
    renderer.die('clean-exit');
    expect(dialogs.asked).toEqual([]);
  });

  it('a second crash while the question is open does not stack a second dialog; after the answer it asks again', async () => {
    const { renderer, dialogs } = setUp();
    renderer.die('crashed');
    renderer.die('crashed');
    expect(dialogs.asked).toHaveLength(1);
    await dialogs.choose('reload');
    renderer.die('oom');
    expect(dialogs.asked).toEqual(['crash:crashed', 'crash:oom']);
  });
});

describe('a renderer that hangs', () => {
  it('is offered a restart; Reload ends it and loads again, without a second crash question', async () => {
    const { renderer, dialogs } = setUp();
    renderer.hang();
    expect(dialogs.asked).toEqual(['unresponsive']);
    await dialogs.choose('reload');
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(renderer.actions).toEqual(['restart']);
    expect(dialogs.asked).toEqual(['unresponsive']);
    // A real crash later is news again.
    renderer.die('crashed');
    expect(dialogs.asked).toEqual(['unresponsive', 'crash:crashed']);
  });

  it('Wait leaves it alone', async () => {
    const { renderer, dialogs } = setUp();
    renderer.hang();
    await dialogs.choose('wait');
    expect(renderer.actions).toEqual([]);
  });

  it('the question closes itself when the window answers again, and nothing is reloaded', async () => {
    const { renderer, dialogs } = setUp();
    renderer.hang();
    renderer.recover();
    expect(dialogs.signal?.aborted).toBe(true);
    await dialogs.choose('reload');
    expect(renderer.actions).toEqual([]);
    // Hanging again asks again.
    renderer.hang();
    expect(dialogs.asked).toEqual(['unresponsive', 'unresponsive']);
  });
});
