/**
 * Presenting with an audience window, through the real controller: the
 * displays and the second window are the OS (recorded); what the controller
 * decides, relays and refuses is the app's.
 */
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { AudienceUpdate, AudienceView, PresentLayout } from '../../../electron/ipc-contract';
import { dispatchInvoke, INVOKE_CHANNELS, RefusedSenderError } from '../../../electron/ipc/invokeHandlers';
import type { InvokeContext } from '../../../electron/ipc/ports';
import type { DisplayInfo, Rect } from '../../../electron/present/displayPlacement';
import { AUDIENCE_CHANNELS, mayInvoke, PresentationController } from '../../../electron/present/presentation';
import { createMainServices } from '../../../electron/services';
import { confPreferences, FakeDialogs, FakeWindow } from './fakes';
import { useTempFolder } from './tempFolder';

const LAPTOP: DisplayInfo = { id: 1, bounds: { x: 0, y: 0, width: 1280, height: 800 }, workArea: { x: 0, y: 0, width: 1280, height: 770 }, internal: true };
const PROJECTOR: DisplayInfo = { id: 2, bounds: { x: 1280, y: 0, width: 1920, height: 1080 }, workArea: { x: 1280, y: 0, width: 1920, height: 1080 }, internal: false };

const SINGLE: PresentLayout = { kind: 'single' };
const ON_PROJECTOR: PresentLayout = { kind: 'dual', audience: { width: 1920, height: 1080 } };

const view = (stageId: string | null): AudienceView => ({
  language: 'pl',
  frame: { x: 0, y: 0, width: 400, height: 300 },
  stageId,
  theme: 'light',
  blank: 'none',
  revealedLanes: null,
  laser: null,
  spotlightNoteId: null,
  timer: null,
  voting: { panelOpen: true, roundId: null, topN: 3 },
});

/** The OS side: a display list the test plugs and unplugs, and the audience window as it was opened, moved and fed. */
function setUp(displays: DisplayInfo[]) {
  const os = {
    displays,
    window: null as Rect | null,
    events: [] as string[],
    received: [] as AudienceUpdate[],
    layouts: [] as PresentLayout[],
  };
  const controller = new PresentationController({
    displays: { displays: () => os.displays, presenterDisplayId: () => 1 },
    audience: {
      open: (bounds) => {
        os.window = bounds;
        os.events.push(`open ${bounds.x}`);
      },
      move: (bounds) => {
        os.window = bounds;
        os.events.push(`move ${bounds.x}`);
      },
      close: () => {
        os.window = null;
        os.events.push('close');
      },
      send: (update) => os.received.push(update),
    },
    toPresenter: (layout) => os.layouts.push(layout),
  });
  return { os, controller };
}

describe('the presentation controller', () => {
  it('with one display presents alone: no audience window, nothing relayed', () => {
    const { os, controller } = setUp([LAPTOP]);
    expect(controller.start()).toEqual(SINGLE);
    controller.publish({ document: 'map', view: view('s1') });
    controller.audienceReady();
    expect(os.events).toEqual([]);
    expect(os.received).toEqual([]);
  });

  it('with two displays opens the audience window full screen on the projector and relays to it', () => {
    const { os, controller } = setUp([LAPTOP, PROJECTOR]);
    expect(controller.start()).toEqual(ON_PROJECTOR);
    expect(os.window).toEqual(PROJECTOR.bounds);
    controller.publish({ document: 'map v1', view: view(null) });
    controller.publish({ document: null, view: view('s2') });
    expect(os.received).toEqual([
      { document: 'map v1', view: view(null) },
      { document: null, view: view('s2') },
    ]);
  });

  it('an audience window that loads late gets the latest document and view at once', () => {
    const { os, controller } = setUp([LAPTOP, PROJECTOR]);
    controller.start();
    controller.publish({ document: 'map v1', view: view(null) });
    controller.publish({ document: 'map v2', view: null });
    controller.publish({ document: null, view: view('s3') });
    os.received.length = 0;
    controller.audienceReady();
    expect(os.received).toEqual([{ document: 'map v2', view: view('s3') }]);
  });

  it('unplugging the projector while presenting closes the audience window and hands the room’s view to the laptop; the step is the presenter’s and stays', () => {
    const { os, controller } = setUp([LAPTOP, PROJECTOR]);
    controller.start();
    controller.publish({ document: 'map', view: view('s3') });
    os.displays = [LAPTOP];
    controller.displaysChanged();
    expect(os.events).toEqual(['open 1280', 'close']);
    expect(os.layouts).toEqual([SINGLE]);
    expect(controller.presenting).toBe(true);

    // Plugged back in: the window opens again and, once loaded, shows the same step.
    os.displays = [LAPTOP, PROJECTOR];
    controller.displaysChanged();
    expect(os.events).toEqual(['open 1280', 'close', 'open 1280']);
    expect(os.layouts).toEqual([SINGLE, ON_PROJECTOR]);
    controller.audienceReady();
    expect(os.received.at(-1)).toEqual({ document: 'map', view: view('s3') });
  });

  it('follows a display added while presenting alone, and a projector that changed resolution', () => {
    const { os, controller } = setUp([LAPTOP]);
    controller.start();
    os.displays = [LAPTOP, PROJECTOR];
    controller.displaysChanged();
    expect(os.layouts).toEqual([ON_PROJECTOR]);
    os.displays = [LAPTOP, { ...PROJECTOR, bounds: { x: 1280, y: 0, width: 1280, height: 720 } }];
    controller.displaysChanged();
    expect(os.events).toEqual(['open 1280', 'move 1280']);
    expect(os.window).toEqual({ x: 1280, y: 0, width: 1280, height: 720 });
    // The thumbnail takes the new shape.
    expect(os.layouts).toEqual([ON_PROJECTOR, { kind: 'dual', audience: { width: 1280, height: 720 } }]);
    controller.displaysChanged();
    expect(os.layouts).toHaveLength(2);
  });

  it('ignores display changes when not presenting, and stop closes the window and forgets the last view', () => {
    const { os, controller } = setUp([LAPTOP, PROJECTOR]);
    controller.displaysChanged();
    expect(os.events).toEqual([]);
    controller.start();
    controller.publish({ document: 'map', view: view('s1') });
    controller.stop();
    expect(os.events).toEqual(['open 1280', 'close']);
    controller.start();
    os.received.length = 0;
    controller.audienceReady();
    expect(os.received).toEqual([{ document: null, view: null }]);
  });

  it('the audience window closed by the OS: the presenter shows the room’s view', () => {
    const { os, controller } = setUp([LAPTOP, PROJECTOR]);
    controller.start();
    controller.audienceClosed();
    expect(os.layouts).toEqual([SINGLE]);
    controller.publish({ document: 'map', view: view('s1') });
    expect(os.received).toEqual([]);
  });
});

describe('which window may call what', () => {
  it('the audience window may only say it is ready; the presenter may call everything else', () => {
    expect([...AUDIENCE_CHANNELS]).toEqual(['audienceReady']);
    for (const channel of INVOKE_CHANNELS) {
      expect(mayInvoke('audience', channel), channel).toBe(channel === 'audienceReady');
      expect(mayInvoke('presenter', channel), channel).toBe(channel !== 'audienceReady');
    }
  });

  describe('through dispatchInvoke, as ipcMain and the e2e bridge call it', () => {
    const folder = useTempFolder();
    let presenter: InvokeContext;
    let audience: InvokeContext;
    let dialogs: FakeDialogs;
    let services: ReturnType<typeof createMainServices>;
    let os: ReturnType<typeof setUp>['os'];

    beforeEach(() => {
      services = createMainServices({ preferences: confPreferences(join(folder.path, 'prefs')), defaultFolder: folder.path, userDataFolder: join(folder.path, 'userData') });
      const world = setUp([LAPTOP, PROJECTOR]);
      os = world.os;
      dialogs = new FakeDialogs();
      presenter = { role: 'presenter', dialogs, window: new FakeWindow(), presentation: world.controller };
      audience = { ...presenter, role: 'audience' };
    });

    it('refuses every document, file and presenting channel to the audience window before looking at its arguments', async () => {
      for (const channel of INVOKE_CHANNELS.filter((name) => name !== 'audienceReady')) {
        await expect(dispatchInvoke(services.handlers, channel, [], audience), channel).rejects.toBeInstanceOf(RefusedSenderError);
      }
      await expect(dispatchInvoke(services.handlers, 'publishToAudience', [{ document: 'forged', view: null }], audience)).rejects.toThrow('Refused publishToAudience');
      expect(dialogs.shown).toEqual([]);
      expect(os.events).toEqual([]);
    });

    it('refuses audienceReady to the presenter, and relays what the presenter publishes', async () => {
      await expect(dispatchInvoke(services.handlers, 'audienceReady', [], presenter)).rejects.toBeInstanceOf(RefusedSenderError);
      expect(await dispatchInvoke(services.handlers, 'startPresenting', [], presenter)).toEqual(ON_PROJECTOR);
      await dispatchInvoke(services.handlers, 'publishToAudience', [{ document: 'map', view: view('s1') }], presenter);
      await dispatchInvoke(services.handlers, 'audienceReady', [], audience);
      expect(os.received).toEqual([
        { document: 'map', view: view('s1') },
        { document: 'map', view: view('s1') },
      ]);
      await dispatchInvoke(services.handlers, 'stopPresenting', [], presenter);
      expect(os.window).toBeNull();
    });
  });
});
