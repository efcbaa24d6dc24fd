/** Writes the short label under an emotion point ("waits 3 days for delivery"), in place. */
import { useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardController } from '../../board/boardController';
import type { EmotionSlot } from '../../state/commands/emotionCommands';
import { useCamera } from './useCamera';

export interface EmotionLabelEditorProps {
  readonly slot: EmotionSlot;
  readonly initial: string;
  readonly controller: BoardController;
  readonly onCommit: (label: string) => void;
  readonly onCancel: () => void;
}

const WIDTH = 240;

export function EmotionLabelEditor({ slot, initial, controller, onCommit, onCancel }: EmotionLabelEditorProps) {
  const { t } = useTranslation();
  const camera = useCamera(controller);
  const [value, setValue] = useState(initial);
  const done = useRef(false);
  const input = useRef<HTMLInputElement>(null);
  useLayoutEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, []);

  const point = controller
    .getLayout()
    ?.emotionLanes.flatMap((lane) => lane.curves)
    .find((c) => c.personaId === slot.personaId && c.curve === slot.curve)
    ?.points.find((p) => p.stageId === slot.stageId);
  if (!point) return null;

  const finish = (commit: boolean) => {
    if (done.current) return;
    done.current = true;
    if (commit && value.trim() !== initial) onCommit(value.trim());
    else onCancel();
  };

  return (
    <input
      ref={input}
      className="inline-rename"
      data-testid="emotion-label-editor"
      aria-label={t('emotion.label')}
      placeholder={t('emotion.labelPlaceholder')}
      value={value}
      maxLength={200}
      style={{ left: point.x * camera.scale + camera.x - WIDTH / 2, top: point.y * camera.scale + camera.y + 20, width: WIDTH, height: 34 }}
      onChange={(e) => setValue(e.target.value)}
      onBlur={() => finish(true)}
      onKeyDown={(e) => {
        if (e.key === 'Enter') finish(true);
        else if (e.key === 'Escape') finish(false);
        e.stopPropagation();
      }}
    />
  );
}
