/** The timer's start (or resume) / pause, +1 min and reset buttons: in the timer panel and in the presenter view. */
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { TimerPhase } from '../../model/timer';
import type { TimerStore } from '../../state/timerStore';

export function TimerRunButtons({ timer, phase, startRef }: { readonly timer: TimerStore; readonly phase: TimerPhase; readonly startRef?: Ref<HTMLButtonElement> }) {
  const { t } = useTranslation();
  return (
    <>
      {phase === 'running' ? (
        <button type="button" ref={startRef} onClick={() => timer.pause()}>
          {t('timer.pause')}
        </button>
      ) : (
        <button type="button" ref={startRef} className="primary" onClick={() => timer.start()}>
          {phase === 'paused' ? t('timer.resume') : t('timer.start')}
        </button>
      )}
      <button type="button" onClick={() => timer.addMinute()}>
        {t('timer.addMinute')}
      </button>
      <button type="button" onClick={() => timer.reset()}>
        {t('timer.reset')}
      </button>
    </>
  );
}
