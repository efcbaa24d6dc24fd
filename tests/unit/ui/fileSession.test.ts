/**
 * Every save failure shows a message; none is swallowed. The file session runs
 * against the real main-process services (dispatchInvoke, real temp folders);
 * only the IPC transport is a stand-in where a test needs it to fail.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ParticipantLock } from '../../../renderer/state/participantLock';
import { beforeAll, describe, expect, it } from 'vitest';
import type { JourneyboardApi } from '../../../electron/ipc-contract';
import { dispatchInvoke } from '../../../electron/ipc/invokeHandlers';
import { createMainServices } from '../../../electron/services';
import { serializeCjm } from '../../../renderer/model/cjmFormat';
import type { CjmDocument } from '../../../renderer/model/types';
import { createI18n } from '../../../renderer/i18n/i18n';
import { renameMap } from '../../../renderer/state/commands/mapCommands';
import { DocumentStore } from '../../../renderer/state/documentStore';
import { FileSession } from '../../../renderer/ui/fileSession';
import { Messages } from '../../../renderer/ui/messages';
import { minimalMap } from '../../fixtures/fixtureMaps';
import { FIXTURE_APP } from '../../fixtures/generateMap';
import { confPreferences, FakeDialogs, FakeWindow, presenterContext } from '../electron/fakes';
import { useTempFolder } from '../electron/tempFolder';
import { counterIds, manualClock } from '../state/storeHelpers';

// FileSession names the window through document.title; Node has no DOM.
beforeAll(() => {
  (globalThis as { document?: unknown }).document ??= { title: '' };
});

const folder = useTempFolder();

/** The preload API over the real services, as the e2e bridge builds it; `override` replaces channels. */
async function setUp(document: CjmDocument, override: Partial<JourneyboardApi> = {}) {
  const t = (await createI18n('en')).t;
  const services = createMainServices({ preferences: confPreferences(folder.path), defaultFolder: folder.path, userDataFolder: join(folder.path, 'userData') });
  const dialogs = new FakeDialogs();
  const context = presenterContext(dialogs, new FakeWindow());
  const invoke = (channel: Parameters<typeof dispatchInvoke>[1]) => (...args: unknown[]) => dispatchInvoke(services.handlers, channel, args, context);
  const api = {
    openFile: invoke('openFile'),
    saveFile: invoke('saveFile'),
    saveFileAs: invoke('saveFileAs'),
    askUnsavedChanges: invoke('askUnsavedChanges'),
    askConflict: invoke('askConflict'),
    importImage: invoke('importImage'),
    setDocumentState: invoke('setDocumentState'),
    closeWindow: invoke('closeWindow'),
    watchFile: invoke('watchFile'),
    onMenuCommand: () => () => {},
    onOpenedFile: () => () => {},
    onCloseRequested: () => () => {},
    ...override,
  } as JourneyboardApi;
  const store = new DocumentStore(document, { clock: manualClock(), newId: counterIds() });
  const messages = new Messages();
  const session = new FileSession({
    api,
    store,
    messages,
    t,
    app: FIXTURE_APP,
    appLocale: () => 'en',
    newDocument: minimalMap,
    onReplaced: () => {},
    // No autosave runs in these tests, so there is never a draft to discard.
    discardDraft: async () => {},
  });
  // A file the user opened, so Save writes in place.
  const path = join(folder.path, 'workshop.cjm');
  await writeFile(path, serializeCjm(minimalMap(), FIXTURE_APP));
  const opened = await services.documents.openPath(path);
  if (opened.kind !== 'opened') throw new Error('could not open the test file');
  session.load(opened.file);
  store.replace(document);
  return { session, messages, dialogs, path, t, store };
}

const withNote = (doc: CjmDocument, changes: Record<string, unknown>): CjmDocument => ({
  ...doc,
  map: { ...doc.map, notes: { ...doc.map.notes, n0001: { ...doc.map.notes.n0001!, ...changes } } },
});

describe('FileSession: a save that fails always says so', () => {
  it('a map the reader would refuse is not written, and the message says why', async () => {
    const { session, messages, path, t } = await setUp(withNote(minimalMap(), { order: `a${'V'.repeat(300)}` }));
    const before = await readFile(path, 'utf8');
    expect(await session.save()).toBe(false);
    expect(await readFile(path, 'utf8')).toBe(before);
    expect(messages.get().errors).toEqual([
      expect.objectContaining({ message: t('saveError.unreadable'), details: [expect.stringContaining('map.notes.n0001.order')] }),
    ]);
  });

  it('a map nested too deep in memory is not written, with the path in the message', async () => {
    // Deeper than a file may be (64 levels), though not so deep that freezing it in the store overflows the stack.
    let deep: unknown = 1;
    for (let i = 0; i < 200; i++) deep = { a: deep };
    const { session, messages, t } = await setUp(withNote(minimalMap(), { fromTheFuture: deep }));
    expect(await session.save()).toBe(false);
    expect(messages.get().errors).toEqual([
      expect.objectContaining({ message: t('saveError.tooDeep'), details: [expect.stringMatching(/^map\.notes\.n0001\.fromTheFuture\.a\./)] }),
    ]);
  });

  it('an IPC call that rejects becomes a message, for Save, Save As, Save a copy and closing', async () => {
    const refused = () => Promise.reject(new Error('the main process refused the call'));
    const { session, messages, t, store } = await setUp(minimalMap(), { saveFile: refused, saveFileAs: refused, askUnsavedChanges: refused });
    // Unsaved work, so closing asks first (and that call fails too).
    store.run(renameMap, { title: 'After the break' });
    expect(await session.save()).toBe(false);
    expect(await session.saveAs()).toBe(false);
    expect(await session.saveCopy()).toBe(false);
    await expect(session.requestClose()).resolves.toBeUndefined();
    const errors = messages.get().errors;
    expect(errors.map((e) => e.message)).toEqual([t('saveError.unexpected'), t('saveError.unexpected'), t('saveError.unexpected'), t('file.closeFailed')]);
    expect(errors.every((e) => e.details.includes('the main process refused the call'))).toBe(true);
  });

  it('an error outcome from the disk is a message too', async () => {
    const { session, messages, path, t, dialogs } = await setUp(minimalMap());
    // The folder of the open file disappears under it; asked whether to recreate the file, the user says yes.
    await import('node:fs/promises').then((fs) => fs.rm(folder.path, { recursive: true, force: true }));
    dialogs.conflictAnswer = 'overwrite';
    expect(await session.save()).toBe(false);
    expect(dialogs.shown).toContain('conflict workshop.cjm');
    expect(messages.get().errors).toEqual([expect.objectContaining({ title: t('saveError.title', { name: 'workshop.cjm' }) })]);
    expect(path).toContain('workshop.cjm');
  });

  it('Save a copy writes the map elsewhere and leaves the open file and its path alone', async () => {
    const { session, messages, dialogs, path } = await setUp(withNote(minimalMap(), { text: 'changed' }));
    const copy = join(folder.path, 'copy.cjm');
    dialogs.saveAnswers.push(copy);
    expect(await session.saveCopy()).toBe(true);
    expect(await readFile(copy, 'utf8')).toContain('"text": "changed"');
    expect(await readFile(path, 'utf8')).not.toContain('"text": "changed"');
    expect(session.get().path).toBe(path);
    expect(messages.get().notices).toHaveLength(1);
  });
});

describe('FileSession under the participant lock', () => {
  it('neither replaces nor closes the map, whatever path asks (recent file, reload, the window closing)', async () => {
    const { session, store, dialogs, path } = await setUp(minimalMap());
    const refused: string[] = [];
    store.onRefused((name) => refused.push(name));
    store.lockFor(new ParticipantLock(null));
    const before = store.getMap();

    expect(await session.confirmDiscard()).toBe(false);
    await session.openRecent(path);
    await session.requestClose();

    expect(store.getMap()).toBe(before);
    expect(dialogs.shown).toEqual([]);
    expect(refused).toEqual(['replaceMap', 'replaceMap', 'replaceMap']);
  });
});
