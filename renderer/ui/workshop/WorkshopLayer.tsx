/** Everything the workshop adds over the board: the dots, the timer and the voting panel, and the round setup dialog. */
import { useEffect, useRef } from 'react';
import type { BoardController } from '../../board/boardController';
import type { JourneyMap } from '../../model/types';
import type { DocumentStore } from '../../state/documentStore';
import type { Messages } from '../messages';
import { LockDialogs } from './LockDialogs';
import { TimerWidget } from './TimerWidget';
import { VoteOverlay } from './VoteOverlay';
import { VoteSetupDialog } from './VoteSetupDialog';
import { VotingPanel } from './VotingPanel';
import type { Workshop } from './workshop';

interface WorkshopLayerProps {
  readonly store: DocumentStore;
  readonly workshop: Workshop;
  readonly controller: BoardController | null;
  readonly map: JourneyMap;
  readonly messages: Messages;
  /** Present mode shows the timer itself, large; a voting panel left open (the ranked list) stays for the room. */
  readonly presenting: boolean;
  /** While presenting: how wide the dock is over the board's right edge (0 when nothing shows in it). */
  readonly onDockWidth?: (width: number) => void;
}

export function WorkshopLayer({ store, workshop, controller, map, messages, presenting, onDockWidth }: WorkshopLayerProps) {
  const dock = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = dock.current;
    if (!element || !onDockWidth) return;
    // The dock's right margin (14 px) plus a little air.
    const observer = new ResizeObserver(() => onDockWidth(element.offsetWidth > 0 ? element.offsetWidth + 24 : 0));
    observer.observe(element);
    return () => observer.disconnect();
  }, [onDockWidth]);
  return (
    <>
      {controller && <VoteOverlay store={store} workshop={workshop} controller={controller} map={map} />}
      <div className="workshop-dock" ref={dock}>
        {!presenting && <TimerWidget timer={workshop.timer} messages={messages} />}
        <VotingPanel store={store} workshop={workshop} map={map} />
      </div>
      <VoteSetupDialog store={store} workshop={workshop} map={map} />
      <LockDialogs store={store} workshop={workshop} messages={messages} />
    </>
  );
}
