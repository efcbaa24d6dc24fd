/**
 * Touchpoint cards: white with a channel icon and a coloured channel edge, so
 * they never read as sticky notes. Moment-of-truth and drop-off flags show as
 * markers on the card's corner. The layout has fitted the text.
 */
import type { Rect, TouchpointBox } from '../../model/layout';
import { TOUCHPOINT_TEXT, intersects } from '../../model/layout';
import type { IconNode } from 'lucide';
import { CHANNEL_ICONS, FLAG_ICONS, strokeIcon } from '../icons';
import { BOARD, FONT_FAMILY } from '../theme';
import type { PaintContext } from './paintContext';

const ACCENT = '#0f766e';
const DROP_OFF = '#dc2626';
const MOMENT = '#d97706';

export function paintTouchpoint(ctx: PaintContext, box: TouchpointBox, scale: number): void {
  const tp = box.touchpoint;
  ctx.fillStyle = 'rgba(15, 23, 42, 0.16)';
  ctx.fillRect(box.x + 2, box.y + 3, box.width, box.height);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(box.x, box.y, box.width, box.height);
  ctx.strokeStyle = tp.dropOff ? DROP_OFF : ACCENT;
  ctx.lineWidth = 2;
  ctx.strokeRect(box.x + 1, box.y + 1, box.width - 2, box.height - 2);
  ctx.fillStyle = tp.dropOff ? DROP_OFF : ACCENT;
  ctx.fillRect(box.x, box.y, 6, box.height);
  strokeIcon(ctx, CHANNEL_ICONS[tp.channel], box.x + 26, box.y + 24, 26, ACCENT);
  if (12 * scale < 5) return;
  const at = TOUCHPOINT_TEXT;
  ctx.fillStyle = BOARD.text;
  ctx.textBaseline = 'top';
  ctx.font = `700 ${at.titleSize}px ${FONT_FAMILY}`;
  box.title.forEach((line, i) => ctx.fillText(line, box.x + at.titleX, box.y + at.titleY + i * at.titleLine));
  ctx.font = `${at.channelSize}px ${FONT_FAMILY}`;
  if (box.channelLine) {
    ctx.fillStyle = BOARD.mutedText;
    ctx.fillText(box.channelLine, box.x + at.titleX, box.y + at.channelY);
  }
  if (box.kpiLine) {
    ctx.fillStyle = BOARD.text;
    ctx.fillText(box.kpiLine, box.x + at.kpiX, box.y + at.kpiY);
  }
  let flagX = box.x + box.width - 12;
  if (tp.dropOff) {
    paintFlag(ctx, flagX, box.y, DROP_OFF, FLAG_ICONS.dropOff);
    flagX -= 24;
  }
  if (tp.momentOfTruth) paintFlag(ctx, flagX, box.y, MOMENT, FLAG_ICONS.momentOfTruth);
}

function paintFlag(ctx: PaintContext, x: number, y: number, color: string, icon: IconNode): void {
  ctx.beginPath();
  ctx.arc(x, y, 12, 0, Math.PI * 2);
  ctx.fillStyle = color;
  ctx.fill();
  strokeIcon(ctx, icon, x, y, 15, '#ffffff');
}

export function paintTouchpoints(
  ctx: PaintContext,
  boxes: readonly TouchpointBox[],
  visible: Rect,
  scale: number,
  hidden: string | null,
): void {
  for (const box of boxes) {
    if (box.id === hidden || !intersects(box, visible)) continue;
    ctx.globalAlpha = box.dimmed ? BOARD.dimAlpha : 1;
    paintTouchpoint(ctx, box, scale);
  }
  ctx.globalAlpha = 1;
}
