/**
 * What the presenter view and the one-display overlay both show: where the
 * presentation stands and what comes next, the timer, and the facilitator's
 * private notes for the framed stage (stored in the file, never shown to the room).
 */
import { useTranslation } from 'react-i18next';
import type { PresentStep } from '../../model/present';
import { presenterNoteOf } from '../../model/queries';
import { MAX_PRESENTER_NOTES_TEXT } from '../../model/schema';
import { timerPhase } from '../../model/timer';
import type { JourneyMap } from '../../model/types';
import { setPresenterNotes } from '../../state/commands/presenterNoteCommands';
import type { DocumentStore } from '../../state/documentStore';
import type { PresentState } from '../../state/presentStore';
import type { TimerStore } from '../../state/timerStore';
import { CommitText } from '../panels/CommitText';
import { useValue } from '../useUi';
import { TimerRunButtons } from '../workshop/TimerRunButtons';
import { Countdown } from './Countdown';

type T = ReturnType<typeof useTranslation>['t'];

function stepName(step: PresentStep | undefined, map: JourneyMap, t: T): string {
  if (!step) return t('presenting:presenter.end');
  if (step.kind === 'stage') return map.stages[step.stageId]?.name ?? '';
  return step.kind === 'closing' ? t('presenting:present.closing') : t('presenting:present.overview');
}

export function StepNames({ present, map }: { readonly present: PresentState; readonly map: JourneyMap }) {
  const { t } = useTranslation();
  const current = present.path[present.step];
  const stages = present.path.filter((s) => s.kind === 'stage').length;
  const parts = current?.kind === 'stage' ? current.frames.length : 1;
  // Within a tall stage the next thing the room sees is its next part.
  const next = present.frame < parts - 1 ? t('presenting:presenter.nextPart', { number: present.frame + 2, total: parts }) : stepName(present.path[present.step + 1], map, t);
  return (
    <div className="presenter-steps">
      <div className="presenter-now" data-testid="presenter-current">
        <span className="presenter-caption">
          {current?.kind === 'stage' ? t('presenting:presenter.nowStage', { number: current.stageIndex + 1, total: stages }) : t('presenting:presenter.now')}
        </span>
        <strong>{stepName(current, map, t)}</strong>
      </div>
      <div className="presenter-next" data-testid="presenter-next">
        <span className="presenter-caption">{t('presenting:presenter.next')}</span>
        <span>{next}</span>
      </div>
    </div>
  );
}

export function PresenterTimer({ timer }: { readonly timer: TimerStore }) {
  const { t } = useTranslation();
  const view = useValue(timer);
  const phase = timerPhase(view.timer, timer.now());
  return (
    <section className="presenter-timer" aria-label={t('timer.label')}>
      <Countdown timer={view.timer} now={() => timer.now()} testId="presenter-countdown" />
      <div className="presenter-timer-controls">
        <TimerRunButtons timer={timer} phase={phase} />
        <button type="button" aria-pressed={view.visible} onClick={() => timer.setVisible(!view.visible)}>
          {view.visible ? t('presenting:presenter.hideTimer') : t('presenting:presenter.showTimer')}
        </button>
      </div>
    </section>
  );
}

export function PresenterNotes({ store, map, stageId }: { readonly store: DocumentStore; readonly map: JourneyMap; readonly stageId: string | null }) {
  const { t } = useTranslation();
  const stage = stageId ? map.stages[stageId] : undefined;
  return (
    <section className="presenter-notes" data-testid="presenter-notes">
      <h2>{stage ? t('presenting:presenter.notesFor', { name: stage.name }) : t('presenting:presenter.notes')}</h2>
      {stage ? (
        <CommitText
          // A new stage is a new field: a half-typed note commits on blur before the step changes.
          key={stage.id}
          value={presenterNoteOf(map, stage.id)?.text ?? ''}
          lines="paragraph"
          maxLength={MAX_PRESENTER_NOTES_TEXT}
          className="presenter-notes-text"
          ariaLabel={t('presenting:presenter.notesFor', { name: stage.name })}
          placeholder={t('presenting:presenter.notesPlaceholder')}
          onCommit={(text) => {
            store.run(setPresenterNotes, { stageId: stage.id, text });
          }}
        />
      ) : (
        <p className="presenter-muted">{t('presenting:presenter.noStage')}</p>
      )}
    </section>
  );
}
