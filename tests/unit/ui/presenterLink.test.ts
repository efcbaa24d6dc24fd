/**
 * The presenter window's side of presenting with an audience window, over the
 * real stores, the real present path and the real presentation controller
 * (through dispatchInvoke, as the preload reaches it); only the OS is recorded.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AudienceUpdate, JourneyboardApi, PresentLayout } from '../../../electron/ipc-contract';
import { dispatchInvoke } from '../../../electron/ipc/invokeHandlers';
import type { InvokeContext } from '../../../electron/ipc/ports';
import type { DisplayInfo } from '../../../electron/present/displayPlacement';
import { PresentationController } from '../../../electron/present/presentation';
import { createMainServices } from '../../../electron/services';
import { parseCjm } from '../../../renderer/model/cjmFormat';
import { computeLayout } from '../../../renderer/model/layout';
import { presentPath } from '../../../renderer/model/present';
import type { FittedText } from '../../../renderer/model/textFit';
import { setPresenterNotes } from '../../../renderer/state/commands/presenterNoteCommands';
import { addNote } from '../../../renderer/state/commands/noteCommands';
import { createDraftTextBuilder } from '../../../renderer/state/draftText';
import { PresentStore } from '../../../renderer/state/presentStore';
import { TimerStore } from '../../../renderer/state/timerStore';
import { newVotingView } from '../../../renderer/state/votingView';
import { Messages } from '../../../renderer/ui/messages';
import { audienceViewOf, presentStateOf } from '../../../renderer/ui/presenter/audienceView';
import { PresenterLink } from '../../../renderer/ui/presenter/presenterLink';
import { confPreferences, FakeDialogs, FakeWindow } from '../electron/fakes';
import { useTempFolder } from '../electron/tempFolder';
import { manualClock, newStore } from '../state/storeHelpers';

const LAPTOP: DisplayInfo = { id: 1, bounds: { x: 0, y: 0, width: 1280, height: 800 }, workArea: { x: 0, y: 0, width: 1280, height: 770 }, internal: true };
const PROJECTOR: DisplayInfo = { id: 2, bounds: { x: 1280, y: 0, width: 1920, height: 1080 }, workArea: { x: 1280, y: 0, width: 1920, height: 1080 }, internal: false };
const fitNote = (text: string): FittedText => ({ fontSize: 20, lines: [text], height: 80 });
const folder = useTempFolder();

function setUp(displays: DisplayInfo[]) {
  const services = createMainServices({ preferences: confPreferences(join(folder.path, 'prefs')), defaultFolder: folder.path, userDataFolder: join(folder.path, 'userData') });
  const received: AudienceUpdate[] = [];
  const layoutListeners: ((layout: PresentLayout) => void)[] = [];
  const os = { displays };
  const presentation = new PresentationController({
    displays: { displays: () => os.displays, presenterDisplayId: () => 1 },
    audience: { open: () => undefined, move: () => undefined, close: () => undefined, send: (update) => received.push(update) },
    toPresenter: (layout) => layoutListeners.forEach((listener) => listener(layout)),
  });
  const context: InvokeContext = { role: 'presenter', dialogs: new FakeDialogs(), window: new FakeWindow(), presentation };
  const call = <K extends 'startPresenting' | 'stopPresenting' | 'publishToAudience'>(channel: K) =>
    ((...args: unknown[]) => dispatchInvoke(services.handlers, channel, args, context)) as unknown as JourneyboardApi[K];
  const api: PresenterLinkApi = {
    startPresenting: call('startPresenting'),
    stopPresenting: call('stopPresenting'),
    publishToAudience: call('publishToAudience'),
    onPresentLayout: (listener) => {
      layoutListeners.push(listener);
      return () => undefined;
    },
  };
  const env = newStore();
  const present = new PresentStore();
  const timer = new TimerStore(manualClock(0));
  const frames: (() => void)[] = [];
  const messages = new Messages();
  const link = new PresenterLink({
    api,
    store: env.store,
    present,
    timer,
    voting: newVotingView(),
    language: () => 'ro',
    documentText: createDraftTextBuilder({ name: 'Journeyboard', version: '0.1.0' }),
    messages,
    failedText: () => 'failed:',
    requestFrame: (callback) => frames.push(callback),
  });
  const enter = () => present.enter(presentPath(computeLayout(env.store.getMap(), { fitNote, focus: null }), { width: 1280, height: 720 }));
  const flush = () => frames.splice(0).forEach((callback) => callback());
  const settle = async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
    flush();
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  return { ...env, os, presentation, received, link, present, timer, enter, flush, settle, messages };
}
type PresenterLinkApi = Pick<JourneyboardApi, 'startPresenting' | 'stopPresenting' | 'publishToAudience' | 'onPresentLayout'>;

describe('the presenter link', () => {
  it('starts presenting with the audience window, publishes the map and the step, and follows every step', async () => {
    const { link, present, received, enter, settle, flush, stages } = setUp([LAPTOP, PROJECTOR]);
    enter();
    await settle();
    expect(link.get().layout).toEqual({ kind: 'dual', audience: { width: 1920, height: 1080 } });
    expect(received).toHaveLength(1);
    expect(received[0]!.view).toMatchObject({ stageId: null, language: 'ro', theme: 'light', blank: 'none' });
    const parsed = parseCjm(received[0]!.document!);
    expect(parsed.ok && Object.keys(parsed.value.document.map.stages)).toEqual(stages.map((s) => s.id).sort());

    present.next();
    present.toggleBlank('black');
    flush();
    // Two changes in one frame: one update, the view only.
    expect(received).toHaveLength(2);
    expect(received[1]).toEqual({ document: null, view: expect.objectContaining({ stageId: stages[0]!.id, blank: 'black' }) });
  });

  it('never sends the private notes to the audience, and sends an edit as a new document', async () => {
    const { link, store, received, enter, settle, flush, stages, laneOf } = setUp([LAPTOP, PROJECTOR]);
    store.run(setPresenterNotes, { stageId: stages[0]!.id, text: 'Only for me' });
    enter();
    await settle();
    expect(link.get().layout?.kind).toBe('dual');
    store.run(addNote, { laneId: laneOf('actions').id, stageId: stages[0]!.id, text: 'Added while presenting' });
    flush();
    const documents = received.map((update) => update.document).filter((text): text is string => text !== null);
    expect(documents).toHaveLength(2);
    for (const text of documents) {
      expect(text).not.toContain('Only for me');
      const parsed = parseCjm(text);
      expect(parsed.ok && parsed.value.document.map.presenterNotes).toEqual({});
    }
    expect(documents[1]).toContain('Added while presenting');
  });

  it('with one display publishes nothing; P toggles the overlay; a projector plugged in later switches to the presenter view', async () => {
    const { link, presentation, os, received, enter, settle } = setUp([LAPTOP]);
    enter();
    await settle();
    expect(link.get()).toEqual({ layout: { kind: 'single' }, overlay: false });
    expect(received).toEqual([]);
    link.toggleOverlay();
    expect(link.get().overlay).toBe(true);
    os.displays = [LAPTOP, PROJECTOR];
    presentation.displaysChanged();
    expect(link.get().layout?.kind).toBe('dual');
    // The new audience window asks and gets the map and the step.
    presentation.audienceReady();
    expect(received.at(-1)?.document).not.toBeNull();
  });

  it('stops with present mode: the audience window closes and the layout is gone', async () => {
    const { link, present, presentation, enter, settle } = setUp([LAPTOP, PROJECTOR]);
    enter();
    await settle();
    present.exit();
    await settle();
    expect(link.get().layout).toBeNull();
    expect(presentation.presenting).toBe(false);
  });
});

describe('the audience view', () => {
  it('carries the frame, dimming, builds, laser, spotlight and timer, and gives the audience the same present state', () => {
    const { store, stages } = newStore();
    const present = new PresentStore();
    present.enter(presentPath(computeLayout(store.getMap(), { fitNote, focus: null }), { width: 1280, height: 720 }));
    present.setBuilds(true);
    present.next();
    present.setLaser({ x: 10, y: 20 });
    const timer = new TimerStore(manualClock(0));
    timer.setMinutes(1);
    timer.start();
    const voting = newVotingView();
    voting.set({ panelOpen: true, topN: 3 });
    const view = audienceViewOf(present.get(), timer.get(), voting.get(), 31_000, 'pl');
    expect(view).toMatchObject({
      stageId: stages[0]!.id,
      revealedLanes: 1,
      laser: { x: 10, y: 20 },
      timer: { remainingMs: 29_000, durationMs: 60_000, running: true },
      voting: { panelOpen: true, roundId: null, topN: 3 },
    });
    const { path, step, frame } = present.get();
    expect(view.frame).toEqual(path[step]!.frames[frame]);

    const audience = new PresentStore();
    audience.set(presentStateOf(view));
    expect(audience.currentStep()?.stageId).toBe(stages[0]!.id);
    expect(audience.get()).toMatchObject({ active: true, builds: true, revealedLanes: 1, laser: { x: 10, y: 20 }, theme: 'light', blank: 'none' });
    expect(audience.get().path[0]!.frames[0]).toEqual(view.frame);

    // A hidden timer is not shown to the room.
    timer.setVisible(false);
    expect(audienceViewOf(present.get(), timer.get(), voting.get(), 31_000, 'pl').timer).toBeNull();
  });
});
