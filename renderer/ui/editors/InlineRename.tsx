/** Renames a stage or a lane in place, over its sticky header. */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardController } from '../../board/boardController';
import { LANE_STRIP_WIDTH, STAGE_STRIP_HEIGHT } from '../../board/theme';
import { OverlayInput } from './OverlayInput';
import { useBoardLayout, useCamera } from './useCamera';

export type RenameTarget = { readonly kind: 'stage'; readonly stageId: string } | { readonly kind: 'lane'; readonly laneId: string };

export interface InlineRenameProps {
  readonly target: RenameTarget;
  readonly initial: string;
  readonly controller: BoardController;
  readonly onCommit: (value: string) => void;
  readonly onCancel: () => void;
}

export function InlineRename({ target, initial, controller, onCommit, onCancel }: InlineRenameProps) {
  const { t } = useTranslation();
  const camera = useCamera(controller);
  const layout = useBoardLayout(controller);
  const column = target.kind === 'stage' ? layout?.columns.find((c) => c.stageId === target.stageId) : undefined;
  // A stage just added may be off to the right: bring it into view once it is laid out.
  useEffect(() => {
    if (column) controller.revealColumn(column.x, column.width);
  }, [column === undefined]);
  let style: React.CSSProperties | null = null;
  if (layout && target.kind === 'stage') {
    const column = layout.columns.find((c) => c.stageId === target.stageId);
    if (column) {
      const left = Math.max(LANE_STRIP_WIDTH, column.x * camera.scale + camera.x);
      style = { left, top: 6, width: Math.max(180, column.width * camera.scale - 12), height: STAGE_STRIP_HEIGHT - 12 };
    }
  } else if (layout && target.kind === 'lane') {
    const row = layout.rows.find((r) => r.laneId === target.laneId);
    if (row) style = { left: 16, top: Math.max(STAGE_STRIP_HEIGHT, row.y * camera.scale + camera.y + 4), width: LANE_STRIP_WIDTH - 24, height: 32 };
  }
  if (!style) return null;
  return (
    <OverlayInput
      initial={initial}
      label={t(target.kind === 'stage' ? 'board.renameStage' : 'board.renameLane')}
      testId="inline-rename"
      style={style}
      onCommit={onCommit}
      onCancel={onCancel}
    />
  );
}
