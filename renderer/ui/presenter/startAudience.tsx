/**
 * Entry of the audience window (`index.html#audience`): its own stores, fed
 * only by the presenter's updates. A document that does not parse is ignored
 * (the room keeps the last good one); the presenter's own window has already
 * reported anything wrong with it.
 */
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import type { AudienceUpdate, JourneyboardApi } from '../../../electron/ipc-contract';
import type { BoardController } from '../../board/boardController';
import { canvasMeasure, createNoteFitter } from '../../board/textMeasure';
import { parseCjm } from '../../model/cjmFormat';
import { createMap } from '../../model/createMap';
import { randomId } from '../../model/ids';
import { createI18n } from '../../i18n/i18n';
import { DEFAULT_LANGUAGE } from '../../i18n/languages';
import { mapNames } from '../../i18n/mapNames';
import { monotonicClock, systemClock } from '../../state/clock';
import { DocumentStore } from '../../state/documentStore';
import { LayoutStore } from '../../state/layoutStore';
import type { PresentStore } from '../../state/presentStore';
import { newWorkshop } from '../workshop/workshop';
import { UiStore } from '../../state/uiStore';
import { createLayoutText } from '../boardLabels';
import { AudienceApp, AudienceViewStore } from './AudienceApp';
import { presentStateOf } from './audienceView';
import { timerFromSnapshot } from './Countdown';

/** What the audience window exposes to the e2e tests on `window.__journeyboardAudience`. */
export interface AudienceHooks {
  readonly store: DocumentStore;
  readonly audience: AudienceViewStore;
  readonly present: PresentStore;
  readonly layouts: LayoutStore;
  /** The audience board, once mounted. */
  board?: BoardController;
}

declare global {
  interface Window {
    __journeyboardAudience?: AudienceHooks;
  }
}

export async function startAudience(api: JourneyboardApi): Promise<void> {
  const i18n = await createI18n(DEFAULT_LANGUAGE);
  const t = i18n.t.bind(i18n);
  const blank = createMap({
    mapType: 'currentState',
    locale: i18n.language,
    nowIso: new Date(systemClock.now()).toISOString(),
    newId: randomId,
    names: mapNames(i18n, i18n.language).newMap('currentState'),
  });
  const store = new DocumentStore(blank, { clock: systemClock, newId: randomId });
  const ui = new UiStore();
  const measure = canvasMeasure();
  const layouts = new LayoutStore(store, ui, { fitNote: createNoteFitter(measure), measure, text: createLayoutText(t, i18n.language) });
  i18n.on('languageChanged', (language) => {
    document.documentElement.lang = language;
    layouts.setText(createLayoutText(t, language));
  });
  const audience = new AudienceViewStore();
  const workshop = newWorkshop(monotonicClock);
  const { present } = workshop;
  const hooks: AudienceHooks = { store, audience, present, layouts };
  window.__journeyboardAudience = hooks;

  const receive = (update: AudienceUpdate) => {
    if (update.document !== null) {
      const parsed = parseCjm(update.document);
      if (parsed.ok) store.replace(parsed.value.document);
    }
    if (update.view !== null) {
      const { view } = update;
      if (view.language !== i18n.language) void i18n.changeLanguage(view.language);
      present.set(presentStateOf(view));
      workshop.voting.set(view.voting);
      audience.set({ received: true, frame: view.frame, timer: view.timer && timerFromSnapshot(view.timer, monotonicClock.now()) });
    }
  };
  api.onAudienceUpdate(receive);

  createRoot(document.getElementById('root')!).render(
    <I18nextProvider i18n={i18n}>
      <AudienceApp store={store} layouts={layouts} audience={audience} workshop={workshop} now={monotonicClock.now} onController={(board) => (hooks.board = board)} />
    </I18nextProvider>,
  );
  // Subscribed: now the latest document and view may come.
  await api.audienceReady();
}
