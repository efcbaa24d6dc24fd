/**
 * Sticky header strips in screen space: stage names along the top and persona
 * and lane names down the left. They follow the camera along their own axis
 * only, so they stay readable while the facilitator pans a large wall.
 */
import { ADD_STAGE_BUTTON, type BoardLayout, MIN_LANE_HEIGHT, VERTICAL_BAR_WIDTH, addStageButtonX, bandLabelBoxes, bandLabelGeometry } from '../../model/layout';
import { firstGrapheme } from '../../model/textFit';
import type { Camera } from '../camera';
import { BOARD, FONT_FAMILY, LANE_STRIP_WIDTH, STAGE_STRIP_HEIGHT } from '../theme';
import { ellipsize } from './ellipsize';
import type { PaintContext } from './paintContext';
import type { CornerLabels } from './paintCorner';
import { paintStageLabel } from './stageLabel';

export interface HeaderLabels extends CornerLabels {
  readonly addStage: string;
  readonly laneKind: (kind: string) => string;
  readonly sharedBand: string;
}

export interface HeaderDrag {
  readonly stageId: string;
  /** Screen x of the pointer. */
  readonly pointerX: number;
  readonly dropIndex: number;
}

export interface HeaderState {
  readonly selectedStageId: string | null;
  readonly stageDrag: HeaderDrag | null;
  readonly photos: ReadonlyMap<string, HTMLImageElement>;
  /** Present mode: no editing affordances (the "+ stage" button). */
  readonly presenting?: boolean;
  /** The "+ stage" button after the last stage; an export leaves it out. */
  readonly addStageButton?: boolean;
}

/** A persona's name written upwards in its colour bar, centred on the visible part of the band. */
function paintVerticalName(ctx: PaintContext, name: string, top: number, height: number, viewHeight: number): void {
  const visibleTop = Math.max(top, STAGE_STRIP_HEIGHT);
  const visibleBottom = Math.min(top + height, viewHeight);
  const room = visibleBottom - visibleTop - 8;
  if (room < 20) return;
  ctx.save();
  ctx.translate(VERTICAL_BAR_WIDTH / 2, (visibleTop + visibleBottom) / 2);
  ctx.rotate(-Math.PI / 2);
  ctx.fillStyle = '#ffffff';
  ctx.font = `700 14px ${FONT_FAMILY}`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.fillText(ellipsize(ctx, name, room), 0, 1);
  ctx.restore();
}

export function paintStageStrip(
  ctx: PaintContext,
  layout: BoardLayout,
  camera: Camera,
  viewWidth: number,
  labels: HeaderLabels,
  state: HeaderState,
): void {
  ctx.fillStyle = BOARD.headerFill;
  ctx.fillRect(0, 0, viewWidth, STAGE_STRIP_HEIGHT);
  ctx.textBaseline = 'middle';
  for (const column of layout.columns) {
    const x = column.x * camera.scale + camera.x;
    const width = column.width * camera.scale;
    ctx.font = `600 ${Math.round(Math.min(18, Math.max(12, width / 9)))}px ${FONT_FAMILY}`;
    // Strict: a column that only touches the strip or the right edge shows nothing (an export of one stage draws no neighbour).
    if (x >= viewWidth || x + width <= LANE_STRIP_WIDTH) continue;
    const dragged = state.stageDrag?.stageId === column.stageId;
    ctx.globalAlpha = dragged ? 0.35 : 1;
    if (column.stageId === state.selectedStageId) {
      ctx.fillStyle = '#334155';
      ctx.fillRect(x, 0, width, STAGE_STRIP_HEIGHT);
    }
    if (column.color) {
      ctx.fillStyle = column.color;
      ctx.fillRect(x, STAGE_STRIP_HEIGHT - 8, width, 8);
    }
    ctx.fillStyle = BOARD.headerText;
    paintStageLabel(ctx, column, x, width);
    ctx.fillStyle = '#4b5563';
    ctx.fillRect(x + width - 1, 8, 1, STAGE_STRIP_HEIGHT - 16);
    ctx.globalAlpha = 1;
  }
  const drag = state.stageDrag;
  if (drag) {
    const target = layout.columns[drag.dropIndex];
    const lineX = (target ? target.x : layout.width) * camera.scale + camera.x;
    ctx.fillStyle = '#60a5fa';
    ctx.fillRect(lineX - 2, 0, 4, STAGE_STRIP_HEIGHT);
    const column = layout.columns.find((c) => c.stageId === drag.stageId);
    if (column) {
      ctx.fillStyle = 'rgba(37, 99, 235, 0.9)';
      const width = Math.min(column.width * camera.scale, 260);
      ctx.fillRect(drag.pointerX - width / 2, 4, width, STAGE_STRIP_HEIGHT - 8);
      ctx.fillStyle = '#ffffff';
      ctx.fillText(ellipsize(ctx, column.name, width - 16), drag.pointerX - width / 2 + 8, STAGE_STRIP_HEIGHT / 2);
    }
  }
  const plusX = addStageButtonX(layout, camera);
  if (plusX < viewWidth && !state.presenting && state.addStageButton !== false) {
    ctx.fillStyle = '#374151';
    ctx.fillRect(plusX, (STAGE_STRIP_HEIGHT - ADD_STAGE_BUTTON) / 2, ADD_STAGE_BUTTON, ADD_STAGE_BUTTON);
    ctx.fillStyle = '#ffffff';
    ctx.font = `600 24px ${FONT_FAMILY}`;
    ctx.textAlign = 'center';
    ctx.fillText('+', plusX + ADD_STAGE_BUTTON / 2, STAGE_STRIP_HEIGHT / 2);
    ctx.textAlign = 'left';
  }
}

export function paintLaneStrip(
  ctx: PaintContext,
  layout: BoardLayout,
  camera: Camera,
  viewHeight: number,
  hint: HeaderLabels,
  state: HeaderState,
): void {
  ctx.fillStyle = BOARD.laneHeaderFill;
  ctx.fillRect(0, STAGE_STRIP_HEIGHT, LANE_STRIP_WIDTH, viewHeight - STAGE_STRIP_HEIGHT);
  ctx.textBaseline = 'top';
  const toY = (worldY: number) => worldY * camera.scale + camera.y;

  // The persona's name sticks to the top of the visible part of its band. Once
  // zoomed out so far that the band's own header row is shorter than the label,
  // the name turns vertical in a wider colour bar, so it never covers a lane title.
  const { vertical, labelHeight, barWidth } = bandLabelGeometry(camera.scale);
  const labels = bandLabelBoxes(layout, camera);
  // One title size for every lane, from the zoom, so titles line up and read as a list.
  const size = Math.min(16, Math.max(11, MIN_LANE_HEIGHT * camera.scale * 0.4));
  const titleX = barWidth + 10;

  layout.rows.forEach((row) => {
    const top = toY(row.y);
    const height = row.height * camera.scale;
    if (top > viewHeight || top + height < STAGE_STRIP_HEIGHT) return;
    ctx.globalAlpha = row.dimmed ? BOARD.dimAlpha : 1;
    ctx.fillStyle = BOARD.laneRule;
    ctx.fillRect(barWidth + 2, top + height - 1, LANE_STRIP_WIDTH - barWidth - 2, 1);
    const band = labels.find((l) => row.y >= l.band.y && row.y < l.band.y + l.band.height);
    const floor = Math.max(STAGE_STRIP_HEIGHT, band ? band.labelTop + labelHeight : 0) + 4;
    const textTop = Math.max(top + Math.min(8, (height - size) / 2), Math.min(floor, top + height - size - 4));
    if (textTop + size > top + height + 2) return;
    ctx.fillStyle = BOARD.wallText;
    ctx.font = `600 ${size}px ${FONT_FAMILY}`;
    ctx.fillText(ellipsize(ctx, (row.collapsed ? '▸ ' : '') + row.title, LANE_STRIP_WIDTH - titleX - 8), titleX, textTop);
  });

  for (const { band, top, height, labelTop } of labels) {
    if (top > viewHeight || top + height < STAGE_STRIP_HEIGHT) continue;
    ctx.globalAlpha = band.dimmed ? BOARD.dimAlpha : 1;
    ctx.fillStyle = band.color;
    ctx.fillRect(0, top, barWidth, height);
    const name = band.name || hint.sharedBand;
    if (vertical) {
      paintVerticalName(ctx, name, top, height, viewHeight);
      continue;
    }
    const radius = labelHeight * 0.35;
    ctx.fillStyle = BOARD.laneLabelFill;
    ctx.fillRect(barWidth, labelTop, LANE_STRIP_WIDTH - barWidth, labelHeight);
    ctx.fillStyle = band.color;
    ctx.fillRect(barWidth, labelTop + labelHeight - 3, LANE_STRIP_WIDTH - barWidth, 3);
    const photo = band.personaId ? state.photos.get(band.personaId) : undefined;
    const cx = 20 + radius;
    const cy = labelTop + labelHeight / 2 - 1;
    ctx.save();
    ctx.beginPath();
    ctx.arc(cx, cy, radius, 0, Math.PI * 2);
    ctx.fillStyle = band.color;
    ctx.fill();
    if (photo && photo.complete && photo.naturalWidth > 0) {
      ctx.clip();
      ctx.drawImage(photo, cx - radius, cy - radius, radius * 2, radius * 2);
    } else {
      ctx.fillStyle = '#ffffff';
      ctx.font = `700 ${Math.round(radius)}px ${FONT_FAMILY}`;
      ctx.textAlign = 'center';
      ctx.textBaseline = 'middle';
      ctx.fillText(firstGrapheme(name), cx, cy + 1);
    }
    ctx.restore();
    ctx.fillStyle = BOARD.wallText;
    ctx.font = `700 ${Math.round(Math.min(17, Math.max(13, labelHeight * 0.45)))}px ${FONT_FAMILY}`;
    ctx.textBaseline = 'middle';
    ctx.fillText(ellipsize(ctx, name, LANE_STRIP_WIDTH - cx - radius - 16), cx + radius + 8, cy + 1);
    ctx.textBaseline = 'top';
  }
  ctx.globalAlpha = 1;
  ctx.fillStyle = BOARD.stripEdge;
  ctx.fillRect(LANE_STRIP_WIDTH - 1, STAGE_STRIP_HEIGHT, 1, viewHeight - STAGE_STRIP_HEIGHT);

}
