/** Service blueprint lines across the whole wall, each labelled where the wall starts. */
import type { BlueprintLine, BoardLayout, Rect } from '../../model/layout';
import { FONT_FAMILY } from '../theme';
import type { PaintContext } from './paintContext';

const LINE_STYLE: { readonly [L in BlueprintLine]: { readonly color: string; readonly dash: readonly number[] } } = {
  interaction: { color: '#0f766e', dash: [] },
  visibility: { color: '#7c3aed', dash: [14, 8] },
  internalInteraction: { color: '#b45309', dash: [4, 6] },
};

export function paintBlueprintLines(
  ctx: PaintContext,
  layout: BoardLayout,
  visible: Rect,
  label: (line: BlueprintLine) => string,
): void {
  const left = layout.columns[0]?.x ?? 0;
  for (const { line, y } of layout.blueprintLines) {
    if (y < visible.y - 20 || y > visible.y + visible.height + 20) continue;
    const style = LINE_STYLE[line];
    ctx.strokeStyle = style.color;
    ctx.lineWidth = 4;
    ctx.setLineDash([...style.dash]);
    ctx.beginPath();
    ctx.moveTo(left, y);
    ctx.lineTo(layout.width, y);
    ctx.stroke();
    ctx.setLineDash([]);
    ctx.font = `700 14px ${FONT_FAMILY}`;
    ctx.textBaseline = 'middle';
    const text = label(line);
    // At the wall's right end: notes fill cells from the left, so the label rarely covers one.
    const width = ctx.measureText(text).width + 16;
    const x = Math.max(left, Math.min(layout.width, visible.x + visible.width) - width - 12);
    ctx.fillStyle = style.color;
    ctx.fillRect(x, y - 12, width, 24);
    ctx.fillStyle = '#ffffff';
    ctx.fillText(text, x + 8, y + 1);
  }
}
