/** Compact persona cards in the column left of the stages: photo, name, segment, quote, behaviour, needs and fears. */
import type { BoardLayout, PersonaCardBox, Rect } from '../../model/layout';
import { intersects } from '../../model/layout';
import { wrapText } from '../../model/textFit';
import type { Persona, RecordsById } from '../../model/types';
import { BOARD, FONT_FAMILY } from '../theme';
import type { PaintContext } from './paintContext';

export interface PersonaCardLabels {
  readonly needs: string;
  readonly fears: string;
  readonly behaviour: (persona: Persona) => string;
}

const measureWith = (ctx: PaintContext) => (text: string, size: number) => {
  ctx.font = `${size}px ${FONT_FAMILY}`;
  return ctx.measureText(text).width;
};

function paintCard(
  ctx: PaintContext,
  box: PersonaCardBox,
  persona: Persona,
  photo: HTMLImageElement | undefined,
  labels: PersonaCardLabels,
): void {
  ctx.fillStyle = 'rgba(15, 23, 42, 0.14)';
  ctx.fillRect(box.x + 2, box.y + 3, box.width, box.height);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(box.x, box.y, box.width, box.height);
  ctx.fillStyle = persona.color;
  ctx.fillRect(box.x, box.y, box.width, 6);

  const pad = 14;
  const avatar = 56;
  const ax = box.x + pad + avatar / 2;
  const ay = box.y + 18 + avatar / 2;
  ctx.save();
  ctx.beginPath();
  ctx.arc(ax, ay, avatar / 2, 0, Math.PI * 2);
  ctx.fillStyle = persona.color;
  ctx.fill();
  if (photo && photo.complete && photo.naturalWidth > 0) {
    ctx.clip();
    ctx.drawImage(photo, ax - avatar / 2, ay - avatar / 2, avatar, avatar);
  } else {
    ctx.fillStyle = '#ffffff';
    ctx.font = `700 24px ${FONT_FAMILY}`;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    ctx.fillText(persona.name.slice(0, 1).toUpperCase(), ax, ay + 1);
  }
  ctx.restore();

  const textX = box.x + pad + avatar + 12;
  const textWidth = box.x + box.width - pad - textX;
  const measure = measureWith(ctx);
  ctx.textBaseline = 'top';
  ctx.fillStyle = BOARD.text;
  const nameLines = wrapText(persona.name, textWidth, 18, measure).slice(0, 2);
  ctx.font = `700 18px ${FONT_FAMILY}`;
  nameLines.forEach((line, i) => ctx.fillText(line, textX, box.y + 20 + i * 22));
  if (persona.segment) {
    ctx.font = `14px ${FONT_FAMILY}`;
    ctx.fillStyle = BOARD.mutedText;
    ctx.fillText(wrapText(persona.segment, textWidth, 14, measure)[0] ?? '', textX, box.y + 24 + nameLines.length * 22);
  }

  let y = box.y + 18 + avatar + 14;
  const bottom = box.y + box.height - pad;
  const innerWidth = box.width - 2 * pad;
  const block = (lines: readonly string[], size: number, color: string, weight = '') => {
    for (const line of lines) {
      if (y + size * 1.3 > bottom) return;
      ctx.font = `${weight}${size}px ${FONT_FAMILY}`;
      ctx.fillStyle = color;
      ctx.fillText(line, box.x + pad, y);
      y += size * 1.3;
    }
  };
  if (persona.quote) {
    block(wrapText(`“${persona.quote}”`, innerWidth, 15, measure).slice(0, 3), 15, BOARD.text, 'italic ');
    y += 6;
  }
  const behaviour = labels.behaviour(persona);
  if (behaviour) {
    block(wrapText(behaviour, innerWidth, 14, measure).slice(0, 2), 14, BOARD.mutedText);
    y += 6;
  }
  const list = (title: string, items: readonly string[]) => {
    if (items.length === 0) return;
    block([title], 14, BOARD.text, '700 ');
    for (const item of items.slice(0, 3)) block(wrapText(`• ${item}`, innerWidth, 14, measure).slice(0, 2), 14, BOARD.text);
    y += 6;
  };
  list(labels.needs, persona.needs);
  list(labels.fears, persona.fears);
}

export function paintPersonaCards(
  ctx: PaintContext,
  layout: BoardLayout,
  visible: Rect,
  personas: RecordsById<Persona>,
  photos: ReadonlyMap<string, HTMLImageElement>,
  labels: PersonaCardLabels,
): void {
  for (const box of layout.personaCards) {
    const persona = personas[box.personaId];
    if (!persona || !intersects(box, visible)) continue;
    ctx.globalAlpha = box.dimmed ? BOARD.dimAlpha : 1;
    paintCard(ctx, box, persona, photos.get(box.personaId), labels);
  }
  ctx.globalAlpha = 1;
}
