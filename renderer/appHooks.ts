/**
 * What the running app exposes on `window.__journeyboard`, for the e2e tests and
 * the bench to reach the live stores and board. Nothing in the app reads it.
 */
import type { JourneyboardApi } from '../electron/ipc-contract';
import type { BoardController } from './board/boardController';
import type { ExportOptions, ExportResult } from './model/export/exportOptions';
import type { DocumentStore } from './state/documentStore';
import type { LayoutStore } from './state/layoutStore';
import type { NoteFitter } from './board/textMeasure';
import type { Workshop } from './ui/workshop/workshop';
import type { PresentMode } from './ui/present/presentMode';
import type { PresenterLink } from './ui/presenter/presenterLink';
import type { UiStore } from './state/uiStore';
import type { Autosave } from './ui/autosave';
import type { FileSession } from './ui/fileSession';
import type { FaultPlace } from './ui/renderError/renderFaults';

export interface AppHooks {
  readonly store: DocumentStore;
  readonly ui: UiStore;
  readonly session: FileSession;
  readonly layouts: LayoutStore;
  /** The app's memoized note fitter (canvas measurement); the bench times a long note with it. */
  readonly fitNote: NoteFitter;
  /** Makes the next render of the app or of the side panel throw, to test the render-error screens. */
  readonly failRender: (place: FaultPlace) => void;
  readonly autosave: Autosave;
  readonly workshop: Workshop;
  /** Present mode: the framed stage, where the camera is heading and the smallest note text on screen. */
  readonly presentMode: PresentMode;
  /** Presenting with an audience window: the layout main reported and the one-display overlay. */
  readonly presenterLink: PresenterLink;
  /** The PDF/SVG/PNG export engine on the live map and layout, in the UI's language (the bench times it). */
  readonly exportMap: (options: ExportOptions) => Promise<ExportResult>;
  board?: BoardController;
}

declare global {
  interface Window {
    journeyboard: JourneyboardApi;
    __journeyboard?: AppHooks;
  }
}
