import { readFile, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { argSchemas, MAX_DOCUMENT_BYTES, MAX_EXPORT_BYTES, MAX_IMAGE_FILE_BYTES, type InvokeChannel } from '../../../electron/ipc-contract';
import { dispatchInvoke, INVOKE_CHANNELS, InvalidInvokeArgumentsError } from '../../../electron/ipc/invokeHandlers';
import type { InvokeContext } from '../../../electron/ipc/ports';
import { mayInvoke } from '../../../electron/present/presentation';
import { createMainServices, type MainServices } from '../../../electron/services';
import { confPreferences, FakeDialogs, FakeWindow, presenterContext } from './fakes';
import { useTempFolder } from './tempFolder';

const folder = useTempFolder();

let services: MainServices;
let dialogs: FakeDialogs;
let window: FakeWindow;
let context: InvokeContext;

beforeEach(() => {
  services = createMainServices({
    preferences: confPreferences(join(folder.path, 'prefs')),
    defaultFolder: folder.path,
    userDataFolder: join(folder.path, 'userData'),
  });
  dialogs = new FakeDialogs();
  window = new FakeWindow();
  context = presenterContext(dialogs, window);
});

const validSave = { path: '/tmp/x.cjm', text: '{}', base: null, overwriteConflict: false };
const validStamp = { sha256: 'a'.repeat(64), size: 2, mtimeMs: 1 };
const validDraft = { draftId: 'abcdefgh1234', text: '{}', path: null, base: null };
const validView = {
  language: 'en',
  frame: { x: 0, y: 0, width: 800, height: 600 },
  stageId: 's1',
  theme: 'dark',
  blank: 'none',
  revealedLanes: null,
  laser: null,
  spotlightNoteId: null,
  timer: null,
  voting: { panelOpen: false, roundId: null, topN: null },
};

const malformed: { readonly [K in InvokeChannel]: ReadonlyArray<readonly unknown[]> } = {
  openFile: [['/etc/passwd']],
  saveFile: [
    [],
    [{ ...validSave, path: '' }],
    [{ ...validSave, text: 42 }],
    [{ ...validSave, base: { ...validStamp, sha256: 'not a hash' } }],
    [{ ...validSave, base: { ...validStamp, size: -1 } }],
    [{ ...validSave, overwriteConflict: 'yes' }],
    [{ ...validSave, extra: true }],
    [validSave, validSave],
    ['/tmp/x.cjm'],
  ],
  saveFileAs: [[{ suggestedName: 'x'.repeat(501), text: '' }], [{ text: '{}' }], [null]],
  askUnsavedChanges: [[], [{ documentName: 7 }], [{ documentName: 'a', extra: 1 }]],
  askConflict: [[{}], ['map'], [{ documentName: 'map', deleted: 'yes' }]],
  importImage: [['/home/ana/secret.png']],
  setDocumentState: [[{ title: 'Map' }], [{ title: 'Map', dirty: 'no' }], [{ title: 'x'.repeat(501), dirty: true }]],
  closeWindow: [[true]],
  exportFile: [
    [{ kind: 'pdf', suggestedName: 'x', text: '' }],
    [{ kind: 'csv', suggestedName: 'x' }],
    [{ kind: 'csv', suggestedName: 'x', text: '', path: '/etc/passwd' }],
  ],
  exportBinary: [
    [{ kind: 'csv', suggestedName: 'x', bytes: new Uint8Array([1]) }],
    [{ kind: 'pdf', suggestedName: 'x', bytes: 'JVBERi0=' }],
    [{ kind: 'pdf', suggestedName: 'x', bytes: [37, 80, 68, 70] }],
    [{ kind: 'png', suggestedName: 'x', bytes: new Uint8Array(0) }],
    [{ kind: 'svg', suggestedName: 'x'.repeat(501), bytes: new Uint8Array([1]) }],
    [{ kind: 'pdf', suggestedName: 'x', bytes: new Uint8Array([1]), path: '/etc/passwd' }],
  ],
  print: [[], [{ landscape: 'yes' }], [{ landscape: true, silent: true }], [{ landscape: true, deviceName: 'x' }]],
  openCsv: [['/etc/passwd']],
  listUserTemplates: [['/tmp']],
  saveUserTemplate: [[{ name: '', text: '{}' }], [{ name: 'x'.repeat(201), text: '{}' }], [{ name: 'T', text: 1 }]],
  getLanguage: [['pl']],
  setLanguage: [[], [{ language: 'de' }], [{ language: 'PL' }], [{ language: 'pl', extra: 1 }], ['pl'], [{ language: null }]],
  writeDraft: [
    [{ ...validDraft, draftId: '../../etc/passwd' }],
    [{ ...validDraft, draftId: 'short' }],
    [{ ...validDraft, path: '' }],
    [{ ...validDraft, base: { sha256: 'x' } }],
    [{ ...validDraft, extra: 1 }],
  ],
  listDrafts: [[{}]],
  resolveDraft: [[{ draftId: 'abcdefgh1234', choice: 'delete everything' }], [{ draftId: 'a/b/c/d/e/f', choice: 'discard' }]],
  watchFile: [[{ path: '' , base: null }], [{ path: '/tmp/x.cjm' }]],
  listRecent: [[1]],
  openRecent: [[{ path: '' }], [{}], ['/etc/passwd']],
  clearRecent: [['all']],
  startPresenting: [[{ displayId: 2 }]],
  stopPresenting: [[true]],
  publishToAudience: [
    [],
    [{ document: null }],
    [{ document: 42, view: null }],
    [{ document: null, view: { frame: null } }],
    [{ document: null, view: { ...validView, theme: 'neon' } }],
    [{ document: null, view: { ...validView, frame: { x: 0, y: 0, width: -5, height: 10 } } }],
    [{ document: null, view: { ...validView, frame: { x: Number.NaN, y: 0, width: 5, height: 10 } } }],
    [{ document: null, view: { ...validView, stageId: 'x'.repeat(65) } }],
    [{ document: null, view: { ...validView, timer: { remainingMs: -1, durationMs: 60_000, running: true } } }],
    [{ document: null, view: { ...validView, script: 'alert(1)' } }],
    [{ document: null, view: { ...validView, voting: { panelOpen: true, roundId: null, topN: 0 } } }],
    [{ document: null, view: { ...validView, voting: undefined } }],
    [{ document: 'x'.repeat(MAX_DOCUMENT_BYTES + 1), view: null }],
  ],
  audienceReady: [[{ all: true }]],
  setFullScreen: [[], [{}], [{ on: 'yes' }], [true], [{ on: true, display: 2 }]],
};

describe('argument validation', () => {
  it('covers every channel of the contract', () => {
    expect([...INVOKE_CHANNELS].sort()).toEqual(Object.keys(argSchemas).sort());
  });

  for (const channel of INVOKE_CHANNELS) {
    it.each(malformed[channel].map((args) => [JSON.stringify(args), args] as const))(
      `${channel} rejects %s before doing anything`,
      async (_label, args) => {
        // Each channel is called by the window allowed to call it, so only the arguments are wrong.
        const sender = mayInvoke('presenter', channel) ? context : { ...context, role: 'audience' as const };
        const call = dispatchInvoke(services.handlers, channel, args, sender);

        await expect(call).rejects.toBeInstanceOf(InvalidInvokeArgumentsError);
        await expect(call).rejects.toThrow(`Invalid arguments for ${channel}`);
        expect(dialogs.shown).toEqual([]);
        expect(window.state).toBeNull();
        expect(window.closed).toBe(false);
        expect(window.prints).toEqual([]);
      },
    );
  }
});

describe('dispatch', () => {
  it('watches only a file the user picked', async () => {
    await expect(dispatchInvoke(services.handlers, 'watchFile', [{ path: '/etc/passwd.cjm', base: null }], context)).rejects.toThrow('not chosen by the user');
    await expect(dispatchInvoke(services.handlers, 'watchFile', [{ path: null, base: null }], context)).resolves.toBeUndefined();
  });

  it('saves through saveFileAs and then saveFile', async () => {
    const path = join(folder.path, 'Map.cjm');
    dialogs.saveAnswers.push(path);

    const first = await dispatchInvoke(services.handlers, 'saveFileAs', [{ suggestedName: 'Map', text: '1' }], context);
    if (first.kind !== 'saved') throw new Error(`expected saved, got ${first.kind}`);
    const second = await dispatchInvoke(
      services.handlers,
      'saveFile',
      [{ path, text: '2', base: first.stamp, overwriteConflict: false }],
      context,
    );

    expect(second).toMatchObject({ kind: 'saved', path });
  });

  it('asks the user through the dialogs and returns their choice', async () => {
    dialogs.unsavedAnswer = 'discard';
    dialogs.conflictAnswer = 'saveAs';

    expect(await dispatchInvoke(services.handlers, 'askUnsavedChanges', [{ documentName: 'Q3' }], context)).toBe('discard');
    expect(await dispatchInvoke(services.handlers, 'askConflict', [{ documentName: 'Q3' }], context)).toBe('saveAs');
    expect(dialogs.shown).toEqual(['unsaved Q3', 'conflict Q3']);
  });

  it('refuses an export larger than the contract allows before any dialog', async () => {
    const call = dispatchInvoke(services.handlers, 'exportBinary', [{ kind: 'png', suggestedName: 'x', bytes: new Uint8Array(MAX_EXPORT_BYTES + 1) }], context);
    await expect(call).rejects.toBeInstanceOf(InvalidInvokeArgumentsError);
    expect(dialogs.shown).toEqual([]);
  });

  it('writes the bytes of a binary export to the file the user picked', async () => {
    const bytes = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x00, 0xff]);
    dialogs.exportAnswers.push(join(folder.path, 'poster'));
    const outcome = await dispatchInvoke(services.handlers, 'exportBinary', [{ kind: 'pdf', suggestedName: 'Mapa podróży klienta', bytes }], context);
    expect(outcome).toEqual({ kind: 'exported', name: 'poster.pdf' });
    expect(new Uint8Array(await readFile(join(folder.path, 'poster.pdf')))).toEqual(bytes);
    expect(dialogs.shown).toEqual([`export pdf as ${join(folder.path, 'Mapa podróży klienta.pdf')}`]);
  });

  it('opens the print dialog of the window that asked, with the orientation', async () => {
    expect(await dispatchInvoke(services.handlers, 'print', [{ landscape: true }], context)).toEqual({ kind: 'printed' });
    expect(window.prints).toEqual([{ landscape: true }]);
  });

  it('passes document state and close requests to the window', async () => {
    await dispatchInvoke(services.handlers, 'setDocumentState', [{ title: '• Q3 — Journeyboard', dirty: true }], context);
    await dispatchInvoke(services.handlers, 'closeWindow', [], context);

    expect(window.state).toEqual({ title: '• Q3 — Journeyboard', dirty: true });
    expect(window.closed).toBe(true);
  });

  it('takes the window full-screen and back, answering what it was before', async () => {
    expect(await dispatchInvoke(services.handlers, 'setFullScreen', [{ on: true }], context)).toEqual({ wasFullScreen: false });
    expect(window.fullScreen).toBe(true);
    expect(await dispatchInvoke(services.handlers, 'setFullScreen', [{ on: false }], context)).toEqual({ wasFullScreen: true });
    expect(window.fullScreen).toBe(false);
  });
});

describe('importImage', () => {
  const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');

  it('returns the picked image as base64 with its real type', async () => {
    const path = join(folder.path, 'photo.jpg');
    await writeFile(path, png);
    dialogs.imageAnswers.push(path);

    const outcome = await dispatchInvoke(services.handlers, 'importImage', [], context);

    expect(outcome).toEqual({ kind: 'picked', mime: 'image/png', base64: png.toString('base64') });
  });

  it('refuses a file that is not an image', async () => {
    const path = join(folder.path, 'fake.png');
    await writeFile(path, '<svg onload="alert(1)"/>');
    dialogs.imageAnswers.push(path);

    expect(await dispatchInvoke(services.handlers, 'importImage', [], context)).toMatchObject({
      kind: 'error',
      error: { code: 'io' },
    });
  });

  it('refuses an image over the size limit', async () => {
    const path = join(folder.path, 'huge.png');
    await writeFile(path, png);
    await truncate(path, MAX_IMAGE_FILE_BYTES + 1);
    dialogs.imageAnswers.push(path);

    expect(await dispatchInvoke(services.handlers, 'importImage', [], context)).toMatchObject({
      kind: 'error',
      error: { code: 'tooLarge' },
    });
  });

  it('reports a cancelled dialog', async () => {
    dialogs.imageAnswers.push(null);
    expect(await dispatchInvoke(services.handlers, 'importImage', [], context)).toEqual({ kind: 'canceled' });
  });
});
