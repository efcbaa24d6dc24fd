/**
 * The presenter's own screen while presenting. With an audience window on a
 * second display ('dual'), the laptop window becomes the presenter view: the
 * current and next step, the timer, the private notes of the framed stage and
 * a live thumbnail of what the room sees. With one display ('single'), present
 * mode shows the room's view here, and P toggles a small overlay with the same
 * step, timer and notes.
 */
import { type ReactNode, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isTextInput } from '../../board/textTargets';
import { frameAt } from '../../model/present';
import type { JourneyMap } from '../../model/types';
import type { DocumentStore } from '../../state/documentStore';
import type { LayoutStore } from '../../state/layoutStore';
import { createBoardLabels } from '../boardLabels';
import type { PresentMode } from '../present/presentMode';
import { useValue } from '../useUi';
import type { Workshop } from '../workshop/workshop';
import { PresenterNotes, PresenterTimer, StepNames } from './PresenterParts';
import type { PresenterLink } from './presenterLink';
import { ReadOnlyBoard } from './ReadOnlyBoard';

export interface PresenterLayerProps {
  readonly link: PresenterLink;
  readonly mode: PresentMode;
  readonly workshop: Workshop;
  readonly store: DocumentStore;
  readonly layouts: LayoutStore;
  readonly map: JourneyMap;
}

export function PresenterLayer({ link, mode, workshop, store, layouts, map }: PresenterLayerProps) {
  const { layout, overlay } = useValue(link);
  const present = useValue(workshop.present);

  // P, before present mode's own keys (which swallow every plain key): this listener is added
  // at mount, so it runs ahead of theirs, added when presenting starts.
  useEffect(() => {
    const down = (e: KeyboardEvent) => {
      if (!workshop.present.get().active || link.get().layout?.kind !== 'single') return;
      if (e.key.toLowerCase() !== 'p' || e.ctrlKey || e.metaKey || e.altKey || e.repeat || isTextInput(e.target) || e.isComposing) return;
      e.preventDefault();
      e.stopImmediatePropagation();
      link.toggleOverlay();
    };
    window.addEventListener('keydown', down, true);
    return () => window.removeEventListener('keydown', down, true);
  }, [link, workshop]);

  if (!present.active || !layout) return null;
  const stageId = present.path[present.step]?.stageId ?? null;
  if (layout.kind === 'single') {
    return overlay ? (
      <aside className="presenter-overlay" data-testid="presenter-overlay" onClick={(e) => e.stopPropagation()}>
        <StepNames present={present} map={map} />
        <PresenterTimer timer={workshop.timer} />
        <PresenterNotes store={store} map={map} stageId={stageId} />
      </aside>
    ) : null;
  }
  return <PresenterView workshop={workshop} store={store} layouts={layouts} map={map} mode={mode} stageId={stageId} room={layout.audience} />;
}

function PresenterView({ workshop, store, layouts, map, mode, stageId, room }: Omit<PresenterLayerProps, 'link'> & { readonly stageId: string | null; readonly room: RoomSize }) {
  const { t } = useTranslation();
  const present = useValue(workshop.present);
  const labels = useMemo(() => createBoardLabels(t, map), [t, map]);
  const frame = frameAt(present.path, { step: present.step, frame: present.frame });
  return (
    <div className={`presenter-view theme-${present.theme}`} data-testid="presenter-view">
      <header className="presenter-head">
        <StepNames present={present} map={map} />
        <PresenterTimer timer={workshop.timer} />
      </header>
      <section className="presenter-room" aria-label={t('presenting:presenter.roomSees')}>
        <h2>{t('presenting:presenter.roomSees')}</h2>
        <RoomThumbnail room={room}>
          <ReadOnlyBoard map={map} layouts={layouts} labels={labels} present={workshop.present} frame={frame} testId="presenter-thumbnail" />
          {present.blank !== 'none' && (
            <div className={`presenter-thumbnail-blank ${present.blank}`} data-testid="presenter-thumbnail-blank">
              {t('presenting:present.blanked')}
            </div>
          )}
        </RoomThumbnail>
      </section>
      <PresenterNotes store={store} map={map} stageId={stageId} />
      <nav className="presenter-controls" aria-label={t('presenting:present.controls')}>
        <button type="button" onClick={() => workshop.present.previous()}>
          ← {t('presenting:present.previous')}
        </button>
        <button type="button" className="primary" onClick={() => workshop.present.next()}>
          {t('presenting:present.next')} →
        </button>
        <button type="button" onClick={() => workshop.present.toggleBlank('black')} aria-pressed={present.blank === 'black'}>
          {t('presenting:presenter.blank')}
        </button>
        <button type="button" onClick={() => mode.exit()}>
          {t('presenting:present.exit')}
        </button>
        <span className="presenter-keys">{t('presenting:present.keys')}</span>
      </nav>
    </div>
  );
}

type RoomSize = { readonly width: number; readonly height: number };

/**
 * The room's view drawn at the audience window's own size and scaled down, so
 * the thumbnail shows exactly what the room sees: the same framing, and the
 * sticky strips in the same proportion (they keep their screen size on a board).
 */
function RoomThumbnail({ room, children }: { readonly room: RoomSize; readonly children: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  const [scale, setScale] = useState(0);
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setScale(entry.contentRect.width / room.width);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [room.width]);
  return (
    <div ref={box} className="presenter-thumbnail" style={{ aspectRatio: `${room.width} / ${room.height}`, maxWidth: `calc((100vh - 260px) * ${room.width / room.height})` }}>
      {scale > 0 && (
        <div className="presenter-thumbnail-room" style={{ width: room.width, height: room.height, transform: `scale(${scale})` }}>
          {children}
        </div>
      )}
    </div>
  );
}
