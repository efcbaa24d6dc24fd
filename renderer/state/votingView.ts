/** What the voting UI shows: its panel, the setup dialog, which round (null: the open one, else the newest) and the top-N highlight. */
import { ValueStore } from './valueStore';

export interface VotingView {
  readonly panelOpen: boolean;
  readonly setupOpen: boolean;
  readonly roundId: string | null;
  /** Dims everything but the items in the top N ranks; null shows all. */
  readonly topN: number | null;
  /** Why the last click gave no dot, shown in the panel where the voter is looking. */
  readonly refusal: 'noneLeft' | 'notVotable' | null;
}

export const newVotingView = () => new ValueStore<VotingView>({ panelOpen: false, setupOpen: false, roundId: null, topN: null, refusal: null });
