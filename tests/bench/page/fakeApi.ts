/**
 * A stand-in for the preload's `window.journeyboard`, installed by
 * `page.addInitScript` before the app starts: `openFile` hands back the
 * generated map as if the user had picked it; everything else is a no-op.
 * The real preload + IPC + file service path is covered by part A (Node) and
 * by the e2e tests; here only the renderer is measured.
 *
 * SELF-CONTAINED: Playwright sends this function's source text to the page.
 */
import type { JourneyboardApi } from '../../../electron/ipc-contract';

export interface FakeApiMarks {
  /** performance.now() when openFile was last called and when it returned its file. */
  openCalled: number;
  openReturned: number;
}

export function installFakeApi(arg: { readonly text: string }): void {
  const marks: FakeApiMarks = { openCalled: Number.NaN, openReturned: Number.NaN };
  const api: JourneyboardApi = {
    openFile: async () => {
      marks.openCalled = performance.now();
      const file = { path: '/bench/bench.cjm', name: 'bench.cjm', text: arg.text, stamp: { sha256: '0'.repeat(64), size: arg.text.length, mtimeMs: 1 } };
      marks.openReturned = performance.now();
      return { kind: 'opened', file };
    },
    saveFile: async () => ({ kind: 'canceled' }),
    saveFileAs: async () => ({ kind: 'canceled' }),
    askUnsavedChanges: async () => 'discard',
    askConflict: async () => 'cancel',
    importImage: async () => ({ kind: 'canceled' }),
    setDocumentState: async () => undefined,
    closeWindow: async () => undefined,
    exportFile: async () => ({ kind: 'canceled' }),
    exportBinary: async () => ({ kind: 'canceled' }),
    print: async () => ({ kind: 'canceled' }),
    openCsv: async () => ({ kind: 'canceled' }),
    listUserTemplates: async () => [],
    saveUserTemplate: async () => ({ kind: 'error', error: { code: 'io', detail: 'bench' } }),
    getLanguage: async () => 'en',
    setLanguage: async () => undefined,
    writeDraft: async () => ({ kind: 'written' }),
    listDrafts: async () => [],
    resolveDraft: async () => ({ kind: 'discarded' }),
    watchFile: async () => undefined,
    listRecent: async () => [],
    openRecent: async () => ({ kind: 'canceled' }),
    clearRecent: async () => undefined,
    // One display: present mode runs in this window alone, with nothing to relay.
    startPresenting: async () => ({ kind: 'single' }),
    stopPresenting: async () => undefined,
    publishToAudience: async () => undefined,
    audienceReady: async () => undefined,
    setFullScreen: async () => ({ wasFullScreen: false }),
    onMenuCommand: () => () => undefined,
    onOpenedFile: () => () => undefined,
    onCloseRequested: () => () => undefined,
    onLanguageChanged: () => () => undefined,
    onDiskChanged: () => () => undefined,
    onPresentLayout: () => () => undefined,
    onAudienceUpdate: () => () => undefined,
  };
  window.journeyboard = api;
  window.__benchApi = marks;
}
