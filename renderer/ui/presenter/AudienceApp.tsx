/**
 * The audience window's renderer: read-only. It draws what the presenter
 * publishes (the document, the framed rectangle, dimming, builds, laser,
 * spotlight, theme, blank screen, timer) with the same layout and Board paint
 * code, through a present store of its own, and can ask the main process for
 * nothing but the latest update.
 */
import { useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardController } from '../../board/boardController';
import { NOTE_PAINT } from '../../board/theme';
import type { TimerState } from '../../model/timer';
import type { DocumentStore } from '../../state/documentStore';
import type { LayoutStore } from '../../state/layoutStore';
import { ValueStore } from '../../state/valueStore';
import { createBoardLabels } from '../boardLabels';
import { useValue } from '../useUi';
import { Countdown } from './Countdown';
import { VoteOverlay } from '../workshop/VoteOverlay';
import { VotingPanel } from '../workshop/VotingPanel';
import type { Workshop } from '../workshop/workshop';
import { ReadOnlyBoard } from './ReadOnlyBoard';

export interface AudienceState {
  /** Whether anything came from the presenter yet. */
  readonly received: boolean;
  readonly frame: { readonly x: number; readonly y: number; readonly width: number; readonly height: number } | null;
  /** The presenter's timer, counting on this window's clock; null when the room is not shown one. */
  readonly timer: TimerState | null;
}

export class AudienceViewStore extends ValueStore<AudienceState> {
  constructor() {
    super({ received: false, frame: null, timer: null });
  }
}

export interface AudienceAppProps {
  readonly store: DocumentStore;
  readonly layouts: LayoutStore;
  readonly audience: AudienceViewStore;
  /** The audience's own workshop stores: its present store and voting view mirror the presenter's. */
  readonly workshop: Workshop;
  readonly now: () => number;
  readonly onController?: (controller: BoardController) => void;
}

export function AudienceApp({ store, layouts, audience, workshop, now, onController }: AudienceAppProps) {
  const { present } = workshop;
  const [controller, setController] = useState<BoardController | null>(null);
  // The ranked list covers the right of the window: the framed stage goes to its left, as on the presenter's board.
  const dock = useRef<HTMLDivElement>(null);
  const [covered, setCovered] = useState(0);
  useEffect(() => {
    const element = dock.current;
    if (!element) return;
    const observer = new ResizeObserver(() => {
      const panel = element.querySelector<HTMLElement>('.voting-panel');
      setCovered(panel ? window.innerWidth - panel.getBoundingClientRect().left + 24 : 0);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  const { t } = useTranslation();
  const map = useSyncExternalStore(store.subscribe, store.getMap);
  const { frame, timer, received } = useValue(audience);
  const shown = useValue(present);
  const labels = useMemo(() => createBoardLabels(t, map), [t, map]);
  const spotlit = shown.spotlightNoteId ? map.notes[shown.spotlightNoteId] : undefined;
  return (
    <div className={`audience theme-${shown.theme}`} data-testid="audience" data-ready={received} data-stage-id={shown.path[0]?.stageId ?? ''}>
      <div className="audience-board">
        <ReadOnlyBoard
          map={map}
          layouts={layouts}
          labels={labels}
          present={present}
          frame={frame}
          coveredRight={covered}
          onController={(board) => {
            setController(board);
            onController?.(board);
          }}
        />
        {/* Revealed dots and the top-N highlight, drawn as on the presenter's board; nobody votes here. */}
        {controller && <VoteOverlay store={store} workshop={workshop} controller={controller} map={map} />}
      </div>
      <div className="audience-dock" ref={dock} inert>
        {timer && <Countdown timer={timer} now={now} className="audience-countdown" testId="audience-countdown" />}
        <VotingPanel store={store} workshop={workshop} map={map} readOnly />
      </div>
      {spotlit && (
        <div className="present-spotlight">
          <figure className="present-spotlight-note" style={{ background: NOTE_PAINT[spotlit.color].fill, borderColor: NOTE_PAINT[spotlit.color].edge }}>
            {spotlit.text}
          </figure>
        </div>
      )}
      {shown.blank !== 'none' && <div className={`present-blank ${shown.blank}`} data-testid="audience-blank" />}
    </div>
  );
}
