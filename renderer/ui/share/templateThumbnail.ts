/**
 * A template's preview, drawn from its own layout (the model's computeLayout,
 * the same boxes the board paints) at thumbnail scale: bands in the persona
 * colours, the notes in their paper colours, touchpoint cards, the emotion
 * curves and a blueprint's lines. Text is left out: it would be unreadable.
 */
import { NOTE_PAINT } from '../../board/theme';
import { computeLayout, NOTE_MIN_HEIGHT, NOTE_WIDTH } from '../../model/layout';
import { estimateTextWidth, fitText } from '../../model/textFit';
import type { JourneyMap } from '../../model/types';

const fitNote = (text: string) => fitText(text, NOTE_WIDTH, NOTE_MIN_HEIGHT, estimateTextWidth);

export function drawTemplateThumbnail(ctx: CanvasRenderingContext2D, map: JourneyMap, width: number, height: number): void {
  const layout = computeLayout(map, { fitNote, focus: null });
  const scale = Math.min(width / layout.width, height / layout.height);
  ctx.save();
  ctx.fillStyle = '#eef1f5';
  ctx.fillRect(0, 0, width, height);
  ctx.translate((width - layout.width * scale) / 2, 0);
  ctx.scale(scale, scale);

  for (const band of layout.bands) {
    ctx.fillStyle = band.color;
    ctx.globalAlpha = 0.14;
    ctx.fillRect(0, band.y, layout.width, band.height);
  }
  ctx.globalAlpha = 1;
  ctx.strokeStyle = '#c2cad6';
  ctx.lineWidth = 1 / scale;
  for (const column of layout.columns) {
    ctx.beginPath();
    ctx.moveTo(column.x, 0);
    ctx.lineTo(column.x, layout.height);
    ctx.stroke();
  }
  for (const row of layout.rows) {
    ctx.fillStyle = row.bandColor;
    ctx.fillRect(layout.columns[0]?.x ?? 0, row.y, 10, row.height);
  }
  for (const note of layout.notes) {
    ctx.fillStyle = NOTE_PAINT[note.color].fill;
    ctx.fillRect(note.x, note.y, note.width, note.height);
  }
  for (const touchpoint of layout.touchpoints) {
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(touchpoint.x, touchpoint.y, touchpoint.width, touchpoint.height);
    ctx.strokeStyle = '#475569';
    ctx.strokeRect(touchpoint.x, touchpoint.y, touchpoint.width, touchpoint.height);
  }
  for (const lane of layout.emotionLanes) {
    for (const curve of lane.curves) {
      ctx.strokeStyle = curve.color;
      ctx.lineWidth = 6;
      ctx.setLineDash(curve.curve === 'target' ? [18, 12] : []);
      for (const segment of curve.segments) {
        ctx.beginPath();
        ctx.moveTo(...segment.start);
        for (const [c1x, c1y, c2x, c2y, x, y] of segment.spans) ctx.bezierCurveTo(c1x, c1y, c2x, c2y, x, y);
        ctx.stroke();
      }
      ctx.fillStyle = curve.color;
      for (const point of curve.points) ctx.fillRect(point.x - 10, point.y - 10, 20, 20);
    }
  }
  ctx.setLineDash([24, 14]);
  ctx.strokeStyle = '#1f2937';
  ctx.lineWidth = 4;
  for (const line of layout.blueprintLines) {
    ctx.beginPath();
    ctx.moveTo(0, line.y);
    ctx.lineTo(layout.width, line.y);
    ctx.stroke();
  }
  ctx.restore();
}
