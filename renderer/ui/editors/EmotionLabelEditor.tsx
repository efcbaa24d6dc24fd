/** Writes the short label under an emotion point ("waits 3 days for delivery"), in place. */
import { useTranslation } from 'react-i18next';
import type { BoardController } from '../../board/boardController';
import type { EmotionSlot } from '../../state/commands/emotionCommands';
import { OverlayInput } from './OverlayInput';
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
  const point = controller
    .getLayout()
    ?.emotionLanes.flatMap((lane) => lane.curves)
    .find((c) => c.personaId === slot.personaId && c.curve === slot.curve)
    ?.points.find((p) => p.stageId === slot.stageId);
  if (!point) return null;
  return (
    <OverlayInput
      initial={initial}
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
