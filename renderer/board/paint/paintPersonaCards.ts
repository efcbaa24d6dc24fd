/** Persona cards in the column left of the stages; the layout has placed every line of text, this draws them. */
import type { BoardLayout, PersonaCardBox, Rect } from '../../model/layout';
import { intersects } from '../../model/layout';
import { BOARD, FONT_FAMILY } from '../theme';
import type { PaintContext } from './paintContext';

const FONT_PREFIX = { normal: '', bold: '700 ', italic: 'italic ' } as const;

function paintCard(ctx: PaintContext, box: PersonaCardBox, photo: HTMLImageElement | undefined): void {
  ctx.fillStyle = 'rgba(15, 23, 42, 0.14)';
  ctx.fillRect(box.x + 2, box.y + 3, box.width, box.height);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(box.x, box.y, box.width, box.height);
  ctx.fillStyle = box.color;
  ctx.fillRect(box.x, box.y, box.width, 6);

  const { x, y, radius } = box.avatar;
  ctx.save();
  ctx.beginPath();
  ctx.arc(x, y, radius, 0, Math.PI * 2);
  ctx.fillStyle = box.color;
  ctx.fill();
  if (photo && photo.complete && photo.naturalWidth > 0) {
    ctx.clip();
    ctx.drawImage(photo, x - radius, y - radius, radius * 2, radius * 2);
  } else {
    ctx.fillStyle = '#ffffff';
    ctx.font = `700 24px ${FONT_FAMILY}`;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    ctx.fillText(box.initial, x, y + 1);
  }
  ctx.restore();

  ctx.textBaseline = 'top';
  for (const run of box.texts) {
    ctx.font = `${FONT_PREFIX[run.style]}${run.size}px ${FONT_FAMILY}`;
    ctx.fillStyle = run.tone === 'muted' ? BOARD.mutedText : BOARD.text;
    ctx.fillText(run.text, run.x, run.y);
  }
}

export function paintPersonaCards(ctx: PaintContext, layout: BoardLayout, visible: Rect, photos: ReadonlyMap<string, HTMLImageElement>): void {
  for (const box of layout.personaCards) {
    if (!intersects(box, visible)) continue;
    ctx.globalAlpha = box.dimmed ? BOARD.dimAlpha : 1;
    paintCard(ctx, box, photos.get(box.personaId));
  }
  ctx.globalAlpha = 1;
}
