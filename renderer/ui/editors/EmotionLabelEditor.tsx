/** Writes the short label under an emotion point ("waits 3 days for delivery"), in place. */
import { useTranslation } from 'react-i18next';
import type { BoardController } from '../../board/boardController';
import type { EmotionSlot } from '../../state/commands/emotionCommands';
import { OverlayInput } from './OverlayInput';
import { useBoardLayout, useCamera } from './useCamera';

export interface EmotionLabelEditorProps {
  readonly slot: EmotionSlot;
  readonly initial: string;
  /** What was typed on the board to start the label. */
  readonly typed?: string;
  readonly controller: BoardController;
  readonly onCommit: (label: string) => void;
  readonly onCancel: () => void;
}

const WIDTH = 240;

export function EmotionLabelEditor({ slot, initial, typed, controller, onCommit, onCancel }: EmotionLabelEditorProps) {
  const { t } = useTranslation();
  const camera = useCamera(controller);
  // From the layout store, not a one-off read: a point placed by typing is laid out just after this opens.
  const layout = useBoardLayout(controller);
  const point = layout
    ?.emotionLanes.flatMap((lane) => lane.curves)
    .find((c) => c.personaId === slot.personaId && c.curve === slot.curve)
    ?.points.find((p) => p.stageId === slot.stageId);
  if (!point) return null;
  return (
    <OverlayInput
      initial={initial}
      startWith={typed}
      label={t('emotion.label')}
      placeholder={t('emotion.labelPlaceholder')}
      testId="emotion-label-editor"
      allowEmpty
      style={{ left: point.x * camera.scale + camera.x - WIDTH / 2, top: point.y * camera.scale + camera.y + 20, width: WIDTH, height: 34 }}
      onCommit={onCommit}
      onCancel={onCancel}
    />
  );
}
