/**
 * The dot-voting panel: whose turn it is and how many dots they have left,
 * next participant, reveal and end; then the ranked list with an optional
 * "highlight top N"; and any past round picked from the list.
 */
import { useTranslation } from 'react-i18next';
import { intlLocale } from '../../model/locale';
import type { JourneyMap, VoteRound } from '../../model/types';
import { ranking, remainingVotes, roundsNewestFirst } from '../../model/voting';
import type { DocumentStore } from '../../state/documentStore';
import { endVoteRound, nextParticipant, revealVotes } from '../../state/commands/voteCommands';
import { useValue } from '../useUi';
import { participantName, shownRound, type Workshop } from './workshop';

const TOP_CHOICES = [1, 3, 5] as const;
const MAX_LABEL_CHARS = 80;

function itemText(map: JourneyMap, targetId: string): string {
  const text = map.notes[targetId]?.text ?? map.touchpoints[targetId]?.label ?? '';
  const line = text.split('\n')[0]!.trim();
  return line.length > MAX_LABEL_CHARS ? `${line.slice(0, MAX_LABEL_CHARS - 1)}…` : line;
}

interface VotingPanelProps {
  readonly store: DocumentStore;
  readonly workshop: Workshop;
  readonly map: JourneyMap;
  /** The room's view (the audience window): the round and its ranking, with none of the facilitator's controls. */
  readonly readOnly?: boolean;
}

export function VotingPanel({ store, workshop, map, readOnly = false }: VotingPanelProps) {
  const { t, i18n } = useTranslation();
  const view = useValue(workshop.voting);
  const round = shownRound(map, view);
  if (!view.panelOpen) return null;
  const rounds = roundsNewestFirst(map);
  const date = new Intl.DateTimeFormat(intlLocale(i18n.language), { dateStyle: 'medium', timeStyle: 'short' });

  return (
    <section className="voting-panel" data-testid="voting-panel" data-covers-board aria-label={t('vote.panelTitle')}>
      <header>
        <h2>{round ? round.label : t('vote.panelTitle')}</h2>
        {!readOnly && (
          <button type="button" aria-label={t('vote.closePanel')} title={t('vote.closePanel')} onClick={() => workshop.voting.set({ panelOpen: false })}>
            ×
          </button>
        )}
      </header>
      {round ? <RoundBody store={store} workshop={workshop} map={map} round={round} topN={view.topN} readOnly={readOnly} /> : <p>{t('vote.noRound')}</p>}
      {view.refusal && round?.endedAt === null && (
        <p className="vote-refusal" role="status">
          {t(`vote.${view.refusal}`)}
        </p>
      )}
      {!readOnly && (
        <footer>
          {rounds.length > 0 && (
            <label className="field">
              {t('vote.rounds')}
              <select
                data-testid="vote-round-select"
                value={round?.id ?? ''}
                onChange={(e) => workshop.voting.set({ roundId: e.target.value || null, topN: null })}
              >
                {rounds.map((r) => (
                  <option key={r.id} value={r.id}>
                    {`${r.label} · ${date.format(new Date(r.createdAt))}`}
                  </option>
                ))}
              </select>
            </label>
          )}
          <button type="button" onClick={() => workshop.voting.set({ setupOpen: true })}>
            {t('vote.newRound')}
          </button>
        </footer>
      )}
    </section>
  );
}

interface RoundProps {
  readonly store: DocumentStore;
  readonly workshop: Workshop;
  readonly map: JourneyMap;
  readonly round: VoteRound;
  readonly topN: number | null;
  readonly readOnly: boolean;
}

function RoundBody({ store, workshop, map, round, topN, readOnly }: RoundProps) {
  const { t } = useTranslation();
  const open = round.endedAt === null;
  const showResults = round.revealed || !round.settings.hiddenUntilReveal;
  const current = round.currentParticipantId;
  const ranked = showResults ? ranking(map, round) : [];
  const roundId = round.id;

  return (
    <>
      {open && current && (
        <div className="vote-turn" data-testid="vote-turn">
          <strong>{t('vote.turn', { name: participantName(t, round, current) })}</strong>
          <span data-testid="votes-left">{t('vote.left', { count: remainingVotes(map, round, current), total: round.settings.votesPerParticipant })}</span>
          <small>{t('vote.howTo')}</small>
        </div>
      )}
      {open && !current && <p className="vote-turn">{t('vote.allVoted')}</p>}
      {open && !readOnly && (
        <div className="vote-actions">
          {current && (
            <button
              type="button"
              className="primary"
              onClick={() => {
                store.run(nextParticipant, { roundId });
                workshop.voting.set({ refusal: null });
              }}
            >
              {t('vote.next')}
            </button>
          )}
          {!showResults && (
            <button type="button" onClick={() => store.run(revealVotes, { roundId })}>
              {t('vote.reveal')}
            </button>
          )}
          <button type="button" onClick={() => store.run(endVoteRound, { roundId })}>
            {t('vote.end')}
          </button>
        </div>
      )}
      {showResults && (
        <>
          <ol className="vote-ranking" data-testid="vote-ranking">
            {ranked.map((item) => (
              <li key={item.targetId} className={topN !== null && item.rank > topN ? 'dimmed' : undefined}>
                <span className="rank">{item.rank}</span>
                <span className="text">{itemText(map, item.targetId) || t('vote.untitled')}</span>
                <span className="count">{t('vote.dots', { count: item.votes })}</span>
              </li>
            ))}
          </ol>
          {ranked.length === 0 && <p>{t('vote.noVotes')}</p>}
          {!readOnly && (
            <label className="field inline">
              {t('vote.highlight')}
              <select
                data-testid="vote-top-n"
                value={topN ?? ''}
                onChange={(e) => workshop.voting.set({ topN: e.target.value ? Number(e.target.value) : null })}
              >
                <option value="">{t('vote.highlightAll')}</option>
                {TOP_CHOICES.map((n) => (
                  <option key={n} value={n}>
                    {t('vote.top', { count: n })}
                  </option>
                ))}
              </select>
            </label>
          )}
        </>
      )}
    </>
  );
}
