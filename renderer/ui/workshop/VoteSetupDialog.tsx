/**
 * Starting a dot-voting round: a label, what is votable (lane kinds and single
 * lanes), who votes (a count or names, one a line), dots each, an optional
 * time limit that starts the timer, and whether dots stay hidden until the reveal.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_VOTE_MINUTES, MAX_VOTE_PARTICIPANTS, MAX_VOTES_PER_PARTICIPANT } from '../../model/schema';
import { sortedPersonas, lanesOf } from '../../model/queries';
import type { JourneyMap, LaneKind } from '../../model/types';
import type { DocumentStore } from '../../state/documentStore';
import { startVoteRound } from '../../state/commands/voteCommands';
import { useValue } from '../useUi';
import { DialogActions, ModalDialog } from '../dialogs/ModalDialog';
import type { Workshop } from './workshop';

/** Lanes that hold notes or touchpoints; an emotions lane holds neither. */
const votableKind = (kind: LaneKind) => kind !== 'emotions';

const clampInt = (value: string, min: number, max: number, fallback: number) => {
  const n = Math.round(Number(value));
  return Number.isFinite(n) && value.trim() !== '' ? Math.min(max, Math.max(min, n)) : fallback;
};

function laneChoices(map: JourneyMap) {
  const personaLanes = sortedPersonas(map).flatMap((persona) => lanesOf(map, persona.id).map((lane) => ({ lane, owner: persona.name })));
  const shared = lanesOf(map, null).map((lane) => ({ lane, owner: '' }));
  return [...personaLanes, ...shared].filter(({ lane }) => votableKind(lane.kind));
}

export function VoteSetupDialog({ store, workshop, map }: { readonly store: DocumentStore; readonly workshop: Workshop; readonly map: JourneyMap }) {
  const { t } = useTranslation();
  const view = useValue(workshop.voting);
  const lanes = useMemo(() => laneChoices(map), [map]);
  const kinds = useMemo(() => [...new Set(lanes.map(({ lane }) => lane.kind))], [lanes]);
  const [label, setLabel] = useState('');
  // Pains are what a room votes on most; a map without them starts with nothing ticked.
  const [laneKinds, setLaneKinds] = useState<ReadonlySet<LaneKind>>(() => new Set(kinds.filter((kind) => kind === 'pains')));
  const [laneIds, setLaneIds] = useState<ReadonlySet<string>>(new Set());
  const [count, setCount] = useState('4');
  const [names, setNames] = useState('');
  const [votes, setVotes] = useState('3');
  const [minutes, setMinutes] = useState('');
  const [hidden, setHidden] = useState(true);

  const close = () => workshop.voting.set({ setupOpen: false });
  const toggle = <T,>(set: ReadonlySet<T>, value: T) => {
    const next = new Set(set);
    if (!next.delete(value)) next.add(value);
    return next;
  };
  const nothingVotable = laneKinds.size === 0 && laneIds.size === 0;

  const start = () => {
    const listed = names.split('\n').map((name) => name.trim()).filter(Boolean).slice(0, MAX_VOTE_PARTICIPANTS);
    const people = listed.length > 0 ? listed : Array.from({ length: clampInt(count, 1, MAX_VOTE_PARTICIPANTS, 4) }, () => '');
    const limit = minutes.trim() ? clampInt(minutes, 1, MAX_VOTE_MINUTES, 5) : null;
    const roundId = store.run(startVoteRound, {
      label: label.trim() || t('vote.defaultLabel'),
      settings: {
        laneKinds: [...laneKinds],
        laneIds: [...laneIds],
        participants: people.map((name) => ({ id: store.newId(), name })),
        votesPerParticipant: clampInt(votes, 1, MAX_VOTES_PER_PARTICIPANT, 3),
        timeLimitMinutes: limit,
        hiddenUntilReveal: hidden,
      },
    });
    // The participant lock refuses a new round; the store has said so already.
    if (!roundId) return close();
    workshop.voting.set({ setupOpen: false, panelOpen: true, roundId, topN: null });
    if (limit !== null) {
      workshop.timer.setMinutes(limit);
      workshop.timer.start();
    }
  };

  return (
    <ModalDialog open={view.setupOpen} className="message-dialog vote-setup" testId="vote-setup" labelledBy="vote-setup-title" onCancel={close}>
      {view.setupOpen && (
        <form
          method="dialog"
          onSubmit={(e) => {
            e.preventDefault();
            if (!nothingVotable) start();
          }}
        >
          <h2 id="vote-setup-title">{t('vote.setupTitle')}</h2>
          <label className="field">
            {t('vote.label')}
            <input value={label} maxLength={200} placeholder={t('vote.defaultLabel')} onChange={(e) => setLabel(e.target.value)} autoFocus />
          </label>
          <fieldset>
            <legend>{t('vote.laneKinds')}</legend>
            {kinds.map((kind) => (
              <label key={kind} className="check">
                <input type="checkbox" checked={laneKinds.has(kind)} onChange={() => setLaneKinds(toggle(laneKinds, kind))} />
                {t(`laneKind.${kind}`)}
              </label>
            ))}
          </fieldset>
          <details>
            <summary>{t('vote.singleLanes')}</summary>
            {lanes.map(({ lane, owner }) => (
              <label key={lane.id} className="check">
                <input type="checkbox" checked={laneIds.has(lane.id)} onChange={() => setLaneIds(toggle(laneIds, lane.id))} />
                {owner ? `${owner}: ${lane.title}` : lane.title}
              </label>
            ))}
          </details>
          <div className="field-row">
            <label className="field">
              {t('vote.participantCount')}
              <input type="number" min={1} max={MAX_VOTE_PARTICIPANTS} value={count} disabled={names.trim() !== ''} onChange={(e) => setCount(e.target.value)} />
            </label>
            <label className="field">
              {t('vote.votesEach')}
              <input type="number" min={1} max={MAX_VOTES_PER_PARTICIPANT} value={votes} onChange={(e) => setVotes(e.target.value)} />
            </label>
            <label className="field">
              {t('vote.timeLimit')}
              <input type="number" min={1} max={MAX_VOTE_MINUTES} value={minutes} placeholder={t('vote.noLimit')} onChange={(e) => setMinutes(e.target.value)} />
            </label>
          </div>
          <label className="field">
            {t('vote.names')}
            <textarea rows={3} value={names} placeholder={t('vote.namesHint')} onChange={(e) => setNames(e.target.value)} />
          </label>
          <label className="check">
            <input type="checkbox" checked={hidden} onChange={(e) => setHidden(e.target.checked)} />
            {t('vote.hidden')}
          </label>
          <DialogActions cancelLabel={t('vote.cancel')} onCancel={close} submitLabel={t('vote.start')} submitDisabled={nothingVotable} />
        </form>
      )}
    </ModalDialog>
  );
}
