/**
 * The audience window's renderer: read-only. It draws what the presenter
 * publishes (the document, the framed rectangle, theme, blank screen, timer)
 * with the same layout and Board paint code, and can ask the main process for
 * nothing but the latest update.
 */
import { useMemo, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { AudienceView } from '../../../electron/ipc-contract';
import type { TimerState } from '../../model/timer';
import type { DocumentStore } from '../../state/documentStore';
import type { LayoutStore } from '../../state/layoutStore';
import { ValueStore } from '../../state/valueStore';
import { createBoardLabels } from '../boardLabels';
import { useValue } from '../useUi';
import { Countdown } from './Countdown';
import { ReadOnlyBoard } from './ReadOnlyBoard';

export interface AudienceState {
  readonly view: AudienceView | null;
  /** The presenter's timer, counting on this window's clock. */
  readonly timer: TimerState | null;
}

export class AudienceViewStore extends ValueStore<AudienceState> {
  constructor() {
    super({ view: null, timer: null });
  }
}

export function AudienceApp({ store, layouts, audience, now }: { readonly store: DocumentStore; readonly layouts: LayoutStore; readonly audience: AudienceViewStore; readonly now: () => number }) {
  const { t } = useTranslation();
  const map = useSyncExternalStore(store.subscribe, store.getMap);
  const { view, timer } = useValue(audience);
  const labels = useMemo(() => createBoardLabels(t, map), [t, map]);
  const theme = view?.theme ?? 'light';
  return (
    <div className={`audience theme-${theme}`} data-testid="audience" data-stage-id={view?.stageId ?? ''}>
      <ReadOnlyBoard map={map} layouts={layouts} labels={labels} frame={view?.frame ?? null} className="audience-board" />
      {timer && <Countdown timer={timer} now={now} className="audience-countdown" testId="audience-countdown" />}
      {view && view.blank !== 'none' && <div className={`audience-blank ${view.blank}`} data-testid="audience-blank" />}
    </div>
  );
}
