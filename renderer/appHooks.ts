/**
 * What the running app exposes on `window.__journeyboard`, for the e2e tests and
 * the bench to reach the live stores and board. Nothing in the app reads it.
 */
import type { JourneyboardApi } from '../electron/ipc-contract';
import type { BoardController } from './board/boardController';
import type { DocumentStore } from './state/documentStore';
import type { LayoutStore } from './state/layoutStore';
import type { NoteFitter } from './board/textMeasure';
import type { UiStore } from './state/uiStore';
import type { FileSession } from './ui/fileSession';

export interface AppHooks {
  readonly store: DocumentStore;
  readonly ui: UiStore;
  readonly session: FileSession;
  readonly layouts: LayoutStore;
  /** The app's memoized note fitter (canvas measurement); the bench times a long note with it. */
  readonly fitNote: NoteFitter;
  board?: BoardController;
}

declare global {
  interface Window {
    journeyboard: JourneyboardApi;
    __journeyboard?: AppHooks;
  }
}
