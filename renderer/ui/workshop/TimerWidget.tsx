/**
 * The workshop timer over the board: digits large enough to read from the back
 * of the room, presets, a custom value, start/pause, +1 minute and reset. The
 * last 30 s turn amber; at zero it flashes and plays the bundled chime (unless
 * muted). The time is read from the store's clock on every poll, so a slow
 * poll shows a late frame, never a wrong time.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import chimeUrl from '../../../assets/sounds/timer-chime.wav';
import { formatRemaining, remainingMs, TIMER_MAX_MINUTES, TIMER_PRESET_MINUTES, TIMER_WARNING_MS, timerPhase } from '../../model/timer';
import type { TimerStore } from '../../state/timerStore';
import { useValue } from '../useUi';
import type { Messages } from '../messages';
import { TimerRunButtons } from './TimerRunButtons';

const POLL_MS = 200;

export function TimerWidget({ timer, messages }: { readonly timer: TimerStore; readonly messages: Messages }) {
  const { t } = useTranslation();
  const view = useValue(timer);
  const [now, setNow] = useState(() => timer.now());
  const [custom, setCustom] = useState('');
  const startButton = useRef<HTMLButtonElement>(null);
  const chime = useRef<HTMLAudioElement | null>(null);
  const phase = timerPhase(view.timer, now);
  const lastPhase = useRef(phase);

  // Polls only while it counts; a paused, finished or hidden-and-idle timer costs nothing.
  const running = view.timer.runningSince !== null && phase !== 'finished';
  useEffect(() => {
    setNow(timer.now());
    if (!running) return;
    const id = window.setInterval(() => setNow(timer.now()), POLL_MS);
    return () => window.clearInterval(id);
  }, [timer, view, running]);

  useEffect(() => {
    const was = lastPhase.current;
    lastPhase.current = phase;
    if (was !== 'running' || phase !== 'finished' || view.muted) return;
    chime.current ??= new Audio(chimeUrl);
    chime.current.currentTime = 0;
    chime.current.play().catch(() => messages.notice(t('timer.soundFailed')));
  }, [phase, view.muted, messages, t]);

  useEffect(() => {
    if (view.visible) startButton.current?.focus();
  }, [view.visible]);

  if (!view.visible) return null;
  const remaining = remainingMs(view.timer, now);
  const warning = phase === 'running' && remaining <= TIMER_WARNING_MS;
  const setCustomMinutes = () => {
    const minutes = Number(custom);
    if (custom.trim() && Number.isFinite(minutes)) timer.setMinutes(minutes);
  };

  return (
    <section
      className={`timer phase-${phase}${warning ? ' warning' : ''}`}
      data-testid="timer"
      data-covers-board
      data-phase={phase}
      aria-label={t('timer.label')}
      // Enter and Space press the focused button; the board must not take them for its own keys.
      onKeyDown={(e) => {
        if (e.key === 'Enter' || e.key === ' ') e.stopPropagation();
      }}
    >
      <div className="timer-display" data-testid="timer-display" role="timer" aria-live={phase === 'finished' ? 'assertive' : 'off'}>
        {formatRemaining(remaining)}
      </div>
      <div className="timer-controls">
        <TimerRunButtons timer={timer} phase={phase} startRef={startButton} />
        <button type="button" aria-pressed={view.muted} onClick={() => timer.setMuted(!view.muted)}>
          {view.muted ? t('timer.unmute') : t('timer.mute')}
        </button>
        <button type="button" aria-label={t('timer.hide')} title={t('timer.hide')} onClick={() => timer.setVisible(false)}>
          ×
        </button>
      </div>
      <div className="timer-presets" role="group" aria-label={t('timer.presets')}>
        {TIMER_PRESET_MINUTES.map((minutes) => (
          <button key={minutes} type="button" onClick={() => timer.setMinutes(minutes)}>
            {t('timer.minutes', { count: minutes })}
          </button>
        ))}
        <input
          type="number"
          min={1}
          max={TIMER_MAX_MINUTES}
          aria-label={t('timer.customMinutes')}
          placeholder={t('timer.custom')}
          value={custom}
          onChange={(e) => setCustom(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') setCustomMinutes();
          }}
        />
        <button type="button" onClick={setCustomMinutes}>
          {t('timer.set')}
        </button>
      </div>
    </section>
  );
}
