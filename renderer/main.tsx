/**
 * Renderer entry: load the bundled fonts, build the stores and the file
 * session, and mount the app. The OS is reached only through `window.journeyboard`.
 */
// Must stay the first import: it configures zod before any schema exists.
import './noEval';
// Next: it shows a failure page for whatever goes wrong before the app has mounted, imports included.
import { showStartupFailure, startupDone } from './ui/renderError/startupFailure';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { API_GLOBAL, AUDIENCE_HASH, type FileStamp } from '../electron/ipc-contract';
import type { AppHooks } from './appHooks';
import { canvasMeasure, createNoteFitter } from './board/textMeasure';
import { createMap } from './model/createMap';
import { randomId } from './model/ids';
import type { MapType } from './model/types';
import { createI18n } from './i18n/i18n';
import { DEFAULT_LANGUAGE, isLanguage } from './i18n/languages';
import { mapNames } from './i18n/mapNames';
import { monotonicClock, systemClock } from './state/clock';
import { DocumentStore } from './state/documentStore';
import { LayoutStore } from './state/layoutStore';
import { initialUiState, UiStore } from './state/uiStore';
import { createDraftTextBuilder } from './state/draftText';
import { App } from './ui/App';
import { PresenterLink } from './ui/presenter/presenterLink';
import { startAudience } from './ui/presenter/startAudience';
import { createLayoutText } from './ui/boardLabels';
import { createExportInput } from './ui/exportInput';
import { exportMap } from './board/export/exportMap';
import { Autosave, browserTimers } from './ui/autosave';
import { FileSession } from './ui/fileSession';
import { keepLock, restoreLock } from './ui/workshop/lockKeeper';
import { newWorkshop } from './ui/workshop/workshop';
import { PresentMode } from './ui/present/presentMode';
import { Messages } from './ui/messages';
import { installCloseGuard } from './ui/renderError/closeGuard';
import { ErrorBoundary } from './ui/renderError/ErrorBoundary';
import { RenderErrorScreen } from './ui/renderError/RenderErrorScreen';
import { failRender } from './ui/renderError/renderFaults';
import { Recovery } from './ui/recovery';
import './ui/styles.css';

const APP = { name: 'Journeyboard', version: __APP_VERSION__ };

async function start(): Promise<void> {
  await Promise.all(['400 16px "Noto Sans"', '600 16px "Noto Sans"', '700 16px "Noto Sans"'].map((font) => document.fonts.load(font)));
  const api = window[API_GLOBAL as 'journeyboard'];
  // The second display's window while presenting: the room's read-only view, nothing else of the app.
  if (window.location.hash === `#${AUDIENCE_HASH}`) return startAudience(api);
  // The main process decides the language (saved choice, else the OS's) and announces every switch;
  // if it cannot answer, the app still starts, in English.
  const i18n = await createI18n(await api.getLanguage().catch(() => DEFAULT_LANGUAGE));
  api.onLanguageChanged((language) => {
    if (isLanguage(language)) void i18n.changeLanguage(language);
  });
  // Screen readers pick their voice, and the browser its hyphenation, from the page's language.
  document.documentElement.lang = i18n.language;
  i18n.on('languageChanged', (language) => (document.documentElement.lang = language));
  const t = i18n.t.bind(i18n);
  // A new map is in the UI's language at the moment it is made.
  const newDocument = (mapType: MapType = 'currentState') =>
    createMap({
      mapType,
      locale: i18n.language,
      nowIso: new Date(systemClock.now()).toISOString(),
      newId: randomId,
      names: mapNames(i18n, i18n.language).newMap(mapType),
    });
  const store = new DocumentStore(newDocument(), { clock: systemClock, newId: randomId });
  // A reload (by a participant, or after a renderer crash) must not lift the participant lock.
  restoreLock(store, sessionStorage);
  keepLock(store, sessionStorage);
  const ui = new UiStore();
  const workshop = newWorkshop(monotonicClock);
  store.subscribe(() => ui.prune(store.getMap()));
  const messages = new Messages();
  const measure = canvasMeasure();
  const fitNote = createNoteFitter(measure);
  const layouts = new LayoutStore(store, ui, { fitNote, measure, text: createLayoutText(t, i18n.language) });
  // Card and touchpoint words are fitted in the layout: another language lays them out again.
  i18n.on('languageChanged', (language) => layouts.setText(createLayoutText(t, language)));
  let fitBoard = () => {};
  const session: FileSession = new FileSession({
    api,
    store,
    messages,
    t,
    app: APP,
    appLocale: () => i18n.language,
    newDocument: () => newDocument(),
    onReplaced: () => {
      // Another map: nothing of the old one stays selected, edited or focused; view preferences stay.
      const { minimap, emotionCurve, exportChoices, printLayout } = ui.get();
      ui.set({ ...initialUiState, minimap, emotionCurve, exportChoices, printLayout });
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
  i18n.on('languageChanged', () => session.renameUntitled());
  const presentMode = new PresentMode({
    api,
    present: workshop.present,
    ui,
    voting: workshop.voting,
    map: () => store.getMap(),
    board: () => hooks.board ?? null,
    onFullScreenFailed: () => messages.notice(t('presenting:present.fullScreenFailed')),
  });
  // With a second display, the room's view goes to an audience window and this one becomes the presenter view.
  const presenterLink = new PresenterLink({
    api,
    store,
    present: workshop.present,
    timer: workshop.timer,
    voting: workshop.voting,
    language: () => (isLanguage(i18n.language) ? i18n.language : DEFAULT_LANGUAGE),
    documentText: createDraftTextBuilder(APP),
    messages,
    failedText: () => t('presenting:presenter.relayFailed'),
  });
  const hooks: AppHooks = {
    store,
    ui,
    session,
    layouts,
    fitNote,
    failRender,
    autosave,
    workshop,
    presentMode,
    presenterLink,
    exportMap: async (options) => exportMap(options, await createExportInput(t, store.getMap(), layouts.get()), () => {}),
  };
  window.__journeyboard = hooks;
  const guard = installCloseGuard(api, session, store);

  createRoot(document.getElementById('root')!).render(
    <I18nextProvider i18n={i18n}>
      {/* The stores live out here, so the render-error screen can still save the whole map. */}
      <ErrorBoundary fallback={(error) => <RenderErrorScreen error={error} api={api} session={session} messages={messages} guard={guard} isMac={isMac} />}>
        <App
        api={api}
        store={store}
        ui={ui}
        session={session}
        recovery={recovery}
        messages={messages}
        fitNote={fitNote}
        isMac={isMac}
        layouts={layouts}
        workshop={workshop}
        presentMode={presentMode}
        presenterLink={presenterLink}
        onController={(controller) => {
          fitBoard = () => controller.fit();
          hooks.board = controller;
        }}
      />
      </ErrorBoundary>
    </I18nextProvider>,
  );
}

start().then(startupDone, showStartupFailure);
