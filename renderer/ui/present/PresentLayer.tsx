/**
 * Present mode's DOM over the board: the input surface (laser, spotlight on
 * click, edit on double-click), the enlarged note, the blank screen, the
 * large timer and a small bar of controls. The keys are taken here, before
 * the app's own shortcuts see them.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isTextInput } from '../../board/textTargets';
import { NOTE_PAINT } from '../../board/theme';
import type { JourneyMap } from '../../model/types';
import type { UiStore } from '../../state/uiStore';
import type { Messages } from '../messages';
import { useValue } from '../useUi';
import { TimerWidget } from '../workshop/TimerWidget';
import type { Workshop } from '../workshop/workshop';
import type { PresentMode } from './presentMode';

interface PresentLayerProps {
  readonly mode: PresentMode;
  readonly workshop: Workshop;
  readonly ui: UiStore;
  readonly map: JourneyMap;
  readonly messages: Messages;
}

/** The control bar shows while the mouse moves and this long after; the room sees the map alone. */
const HUD_AWAKE_MS = 2500;
/** A click waits this long for a second one: a double-click edits the note, a single one spotlights it. */
const DOUBLE_CLICK_MS = 260;

export function PresentLayer({ mode, workshop, ui, map, messages }: PresentLayerProps) {
  const { t } = useTranslation();
  const state = useValue(workshop.present);
  const timer = useValue(workshop.timer);
  const pendingClick = useRef(0);
  const [awake, setAwake] = useState(false);
  const sleep = useRef(0);
  const wake = () => {
    setAwake(true);
    window.clearTimeout(sleep.current);
    sleep.current = window.setTimeout(() => setAwake(false), HUD_AWAKE_MS);
  };

  useEffect(() => {
    if (!state.active) return;
    const down = (e: KeyboardEvent) => {
      // Typing in the note editor, or Space/Enter on a focused control, are not presenting keys.
      if (ui.get().editing || isTextInput(e.target) || e.isComposing) return;
      if ((e.key === ' ' || e.key === 'Enter') && e.target instanceof HTMLButtonElement) return;
      if (mode.keyDown(e)) {
        e.preventDefault();
        e.stopImmediatePropagation();
      }
    };
    const up = (e: KeyboardEvent) => mode.keyUp(e);
    window.addEventListener('keydown', down, true);
    window.addEventListener('keyup', up, true);
    return () => {
      window.removeEventListener('keydown', down, true);
      window.removeEventListener('keyup', up, true);
      window.clearTimeout(pendingClick.current);
      window.clearTimeout(sleep.current);
    };
  }, [state.active, mode, ui]);

  // The timer focuses its start button when it appears; while presenting, Space must keep moving the slides on.
  const timerBox = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const focused = document.activeElement;
    if (focused instanceof HTMLElement && timerBox.current?.contains(focused)) focused.blur();
  }, [state.active, timer.visible]);

  if (!state.active) return null;
  const step = state.path[state.step];
  const stages = state.path.filter((s) => s.kind === 'stage').length;
  const stageName = step?.kind === 'stage' ? (map.stages[step.stageId]?.name ?? '') : '';
  const where =
    step?.kind === 'stage'
      ? t('presenting:present.stage', { number: step.stageIndex + 1, total: stages, name: stageName }) +
        (step.frames.length > 1 ? ` · ${t('presenting:present.part', { number: state.frame + 1, total: step.frames.length })}` : '')
      : step?.kind === 'closing'
        ? t('presenting:present.closing')
        : t('presenting:present.overview');
  const spotlit = state.spotlightNoteId ? map.notes[state.spotlightNoteId] : undefined;
  const local = (e: React.MouseEvent<HTMLElement>) => {
    const r = e.currentTarget.getBoundingClientRect();
    return { x: e.clientX - r.left, y: e.clientY - r.top };
  };

  return (
    <>
      <div
        className={`present-input${state.laser ? ' laser' : ''}`}
        data-testid="present-input"
        onPointerMove={(e) => {
          const p = local(e);
          mode.pointerAt(p.x, p.y);
          if (!state.laser) wake();
        }}
        onClick={(e) => {
          const p = local(e);
          window.clearTimeout(pendingClick.current);
          if (e.detail !== 1) return;
          pendingClick.current = window.setTimeout(() => workshop.present.spotlight(mode.noteAt(p.x, p.y)), DOUBLE_CLICK_MS);
        }}
        onDoubleClick={(e) => {
          window.clearTimeout(pendingClick.current);
          const p = local(e);
          const noteId = mode.noteAt(p.x, p.y);
          if (noteId) ui.set({ editing: { kind: 'note', noteId } });
        }}
        onWheel={(e) => e.preventDefault()}
      />
      {spotlit && (
        <div className="present-spotlight" data-testid="present-spotlight" onClick={() => workshop.present.spotlight(null)}>
          <figure
            className="present-spotlight-note"
            aria-label={t('presenting:present.spotlight')}
            style={{ background: NOTE_PAINT[spotlit.color].fill, borderColor: NOTE_PAINT[spotlit.color].edge }}
          >
            {spotlit.text}
          </figure>
        </div>
      )}
      {timer.visible && (
        <div
          className="present-timer"
          ref={timerBox}
          onMouseDown={(e) => {
            if (e.target instanceof HTMLButtonElement) e.preventDefault();
          }}
        >
          <TimerWidget timer={workshop.timer} messages={messages} />
        </div>
      )}
      <nav
        className={`present-hud${awake ? ' awake' : ''}`}
        aria-label={t('presenting:present.controls')}
        data-testid="present-hud"
        // A click does not leave the focus on a control: Space then keeps moving the presentation on.
        onMouseDown={(e) => e.preventDefault()}
      >
        <button type="button" aria-label={t('presenting:present.previous')} title={t('presenting:present.previous')} onClick={() => workshop.present.previous()}>
          ←
        </button>
        <span className="present-where" data-testid="present-where">
          {where}
        </span>
        <button type="button" aria-label={t('presenting:present.next')} title={t('presenting:present.next')} onClick={() => workshop.present.next()}>
          →
        </button>
        <button type="button" data-testid="present-theme" onClick={() => workshop.present.toggleTheme()}>
          {state.theme === 'light' ? t('presenting:present.themeDark') : t('presenting:present.themeLight')}
        </button>
        <label className="present-builds">
          <input type="checkbox" checked={state.builds} onChange={(e) => workshop.present.setBuilds(e.target.checked)} />
          {t('presenting:present.builds')}
        </label>
        <button type="button" onClick={() => mode.exit()}>
          {t('presenting:present.exit')}
        </button>
        <span className="present-keys">{t('presenting:present.keys')}</span>
      </nav>
      {state.blank !== 'none' && (
        <div className={`present-blank ${state.blank}`} data-testid="present-blank" data-blank={state.blank} aria-label={t('presenting:present.blanked')} />
      )}
    </>
  );
}
