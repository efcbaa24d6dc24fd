/** Everything the workshop adds over the board: the dots, the timer and the voting panel, and the round setup dialog. */
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
  /** Present mode shows the timer itself, large; the dock and its panels wait for the way back. */
  readonly presenting: boolean;
}

export function WorkshopLayer({ store, workshop, controller, map, messages, presenting }: WorkshopLayerProps) {
  return (
    <>
      {controller && <VoteOverlay store={store} workshop={workshop} controller={controller} map={map} />}
      {!presenting && (
        <div className="workshop-dock">
          <TimerWidget timer={workshop.timer} messages={messages} />
          <VotingPanel store={store} workshop={workshop} map={map} />
        </div>
      )}
      <VoteSetupDialog store={store} workshop={workshop} map={map} />
      <LockDialogs store={store} workshop={workshop} messages={messages} />
    </>
  );
}
