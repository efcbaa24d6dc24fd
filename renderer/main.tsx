/**
 * Renderer entry: load the bundled fonts, build the stores and the file
 * session, and mount the app. The OS is reached only through `window.journeyboard`.
 */
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { API_GLOBAL, type FileStamp } from '../electron/ipc-contract';
import type { AppHooks } from './appHooks';
import { canvasMeasure, createNoteFitter } from './board/textMeasure';
import { createMap } from './model/createMap';
import { randomId } from './model/ids';
import type { LaneKind, MapType } from './model/types';
import { createI18n } from './i18n/i18n';
import { systemClock } from './state/clock';
import { DocumentStore } from './state/documentStore';
import { initialUiState, UiStore } from './state/uiStore';
import { createDraftTextBuilder } from './state/draftText';
import { App } from './ui/App';
import { Autosave, browserTimers } from './ui/autosave';
import { FileSession } from './ui/fileSession';
import { Messages } from './ui/messages';
import { Recovery } from './ui/recovery';
import './ui/styles.css';

const APP = { name: 'Journeyboard', version: __APP_VERSION__ };

async function start(): Promise<void> {
  await Promise.all(['400 16px "Noto Sans"', '600 16px "Noto Sans"', '700 16px "Noto Sans"'].map((font) => document.fonts.load(font)));
  const i18n = await createI18n(navigator.language.split('-')[0] ?? 'en');
  const t = i18n.t.bind(i18n);
  const api = window[API_GLOBAL as 'journeyboard'];
  const newDocument = (mapType: MapType = 'currentState') =>
    createMap({
      mapType,
      locale: i18n.language,
      nowIso: new Date(systemClock.now()).toISOString(),
      newId: randomId,
      names: {
        title: t('file.untitledMap'),
        stageNames: t(`defaultStages.${mapType}`, { returnObjects: true }) as string[],
        personaName: t('board.newPersona', { number: 1 }),
        laneTitle: (kind: LaneKind) => t(`laneKind.${kind}`),
      },
    });
  const store = new DocumentStore(newDocument(), { clock: systemClock, newId: randomId });
  const ui = new UiStore();
  store.subscribe(() => ui.prune(store.getMap()));
  const messages = new Messages();
  const fitNote = createNoteFitter(canvasMeasure());
  let fitBoard = () => {};
  const session: FileSession = new FileSession({
    api,
    store,
    messages,
    t,
    app: APP,
    newDocument: () => newDocument(),
    onReplaced: () => {
      // Another map: nothing of the old one stays selected, edited or focused; view preferences stay.
      ui.set({ ...initialUiState, minimap: ui.get().minimap, emotionCurve: ui.get().emotionCurve });
      requestAnimationFrame(() => fitBoard());
    },
    discardDraft: (): Promise<void> => autosave.discard(),
  });
  const autosave: Autosave = new Autosave({
    api,
    store,
    clock: systemClock,
    timers: browserTimers,
    draftText: createDraftTextBuilder(APP),
    target: (): { path: string | null; base: FileStamp | null } => ({ path: session.get().path, base: session.get().stamp }),
    onError: (error) => messages.error(t('recovery.failedTitle'), t('recovery.failed'), [t(`fileError.${error.code}`), error.detail]),
    newDraftId: randomId,
  });
  const recovery = new Recovery(api, session, autosave, t);
  // At start, and after a renderer crash (which restarts the renderer), offer what autosave kept.
  recovery.refresh().catch((error: unknown) => messages.error(t('recovery.failedTitle'), String(error)));
  const isMac = navigator.userAgent.includes('Mac OS');
  const hooks: AppHooks = { store, ui, session, autosave };
  window.__journeyboard = hooks;

  createRoot(document.getElementById('root')!).render(
    <I18nextProvider i18n={i18n}>
      <App
        api={api}
        store={store}
        ui={ui}
        session={session}
        recovery={recovery}
        messages={messages}
        fitNote={fitNote}
        isMac={isMac}
        onController={(controller) => {
          fitBoard = () => controller.fit();
          hooks.board = controller;
        }}
      />
    </I18nextProvider>,
  );
}

void start();
