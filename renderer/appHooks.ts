/**
 * What the running app exposes on `window.__journeyboard`, for the e2e tests and
 * the bench to reach the live stores and board. Nothing in the app reads it.
 */
import type { JourneyboardApi } from '../electron/ipc-contract';
import type { BoardController } from './board/boardController';
import type { DocumentStore } from './state/documentStore';
import type { Workshop } from './ui/workshop/workshop';
import type { UiStore } from './state/uiStore';
import type { FileSession } from './ui/fileSession';

export interface AppHooks {
  readonly store: DocumentStore;
  readonly ui: UiStore;
  readonly session: FileSession;
  readonly workshop: Workshop;
  board?: BoardController;
}

declare global {
  interface Window {
    journeyboard: JourneyboardApi;
    __journeyboard?: AppHooks;
  }
}
