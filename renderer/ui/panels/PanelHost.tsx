/** The side panel slot: the persona card, a touchpoint's details or the touchpoint summary. */
import { type ReactNode, useEffect, useId, useRef, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { JourneyboardApi } from '../../../electron/ipc-contract';
import type { JourneyMap } from '../../model/types';
import type { DocumentStore } from '../../state/documentStore';
import type { Panel, UiStore } from '../../state/uiStore';
import { useUi } from '../useUi';
import type { Messages } from '../messages';
import { ErrorBoundary } from '../renderError/ErrorBoundary';
import { PanelFailed } from '../renderError/RenderErrorScreen';
import { FaultPoint } from '../renderError/renderFaults';
import { useFocusWhileOpen } from '../useFocusReturn';
import { PersonaPanel } from './PersonaPanel';
import { TouchpointPanel } from './TouchpointPanel';
import { TouchpointSummary } from './TouchpointSummary';

export interface PanelHostProps {
  readonly store: DocumentStore;
  readonly ui: UiStore;
  readonly api: JourneyboardApi;
  readonly messages: Messages;
}

function targetExists(map: JourneyMap, panel: Panel): boolean {
  switch (panel.kind) {
    case 'persona':
      return Object.hasOwn(map.personas, panel.personaId);
    case 'touchpoint':
      return Object.hasOwn(map.touchpoints, panel.touchpointId);
    case 'touchpointSummary':
      return true;
  }
}

const panelKey = (panel: Panel): string =>
  panel.kind === 'persona' ? panel.personaId : panel.kind === 'touchpoint' ? panel.touchpointId : panel.kind;

export function PanelHost({ store, ui, api, messages }: PanelHostProps) {
  const { t } = useTranslation('panels');
  const panel = useUi(ui, (s) => s.panel);
  const map = useSyncExternalStore(store.subscribe, store.getMap);
  const titleId = useId();
  const gone = panel !== null && !targetExists(map, panel);
  const aside = useRef<HTMLElement>(null);
  // The panel takes the focus when it opens (its first text field) and gives it back when it closes.
  useFocusWhileOpen(aside, panel && !gone ? `${panel.kind}:${panelKey(panel)}` : null, (root) =>
    root.querySelector<HTMLElement>('.panel-body input[type=text], .panel-body textarea, .panel-body input:not([type])'),
  );

  // Undo, a deletion elsewhere or another map can take the record away under the panel.
  useEffect(() => {
    if (gone && ui.get().panel === panel) ui.set({ panel: null });
  }, [gone, panel, ui]);

  if (!panel || gone) return null;

  const close = () => ui.set({ panel: null });
  let title: string;
  let body: ReactNode;
  switch (panel.kind) {
    case 'persona':
      title = t('persona.title');
      body = (
        <PersonaPanel
          persona={map.personas[panel.personaId]!}
          isLast={Object.keys(map.personas).length <= 1}
          store={store}
          api={api}
          messages={messages}
        />
      );
      break;
    case 'touchpoint':
      title = t('touchpoint.title');
      body = <TouchpointPanel touchpoint={map.touchpoints[panel.touchpointId]!} map={map} store={store} ui={ui} />;
      break;
    case 'touchpointSummary':
      title = t('summary.title', { count: Object.keys(map.touchpoints).length });
      body = <TouchpointSummary map={map} ui={ui} />;
      break;
  }

  return (
    <aside
      ref={aside}
      tabIndex={-1}
      className={`side-panel panel-${panel.kind}`}
      aria-labelledby={titleId}
      data-testid={`panel-${panel.kind}`}
      data-covers-board
      onKeyDown={(e) => {
        // Plain keys pressed in the panel belong to it: otherwise Enter on a checkbox would also open the
        // selected note's editor, and arrows in the channel grid would also move the board's selection.
        // Esc still closes the panel, and shortcuts with a modifier (Ctrl+S, Ctrl+Z, Alt+K) or on a
        // function key (F5 presents) still work.
        if (e.key !== 'Escape' && !e.ctrlKey && !e.metaKey && !e.altKey && !/^F\d+$/.test(e.key)) e.stopPropagation();
      }}
    >
      <header className="panel-title-bar">
        {panel.kind === 'touchpoint' && (
          <button type="button" className="panel-button back-button" onClick={() => ui.set({ panel: { kind: 'touchpointSummary' } })}>
            {t('touchpoint.allTouchpoints')}
          </button>
        )}
        <h2 id={titleId}>{title}</h2>
        <button type="button" className="icon-button close-button" aria-label={t('host.close')} title={t('host.close')} onClick={close}>
          ×
        </button>
      </header>
      {/* Keyed so that another persona or touchpoint opens scrolled to its top. */}
      <div className="panel-body" key={panelKey(panel)}>
        {/* A panel that fails to render leaves the board and the other panels working. */}
        <ErrorBoundary fallback={() => <PanelFailed onClose={close} />}>
          <FaultPoint place="panel" />
          {body}
        </ErrorBoundary>
      </div>
    </aside>
  );
}
