/**
 * The PDF's cover page: the map's title, its goal (seed 003: the goal comes
 * first) and its personas, the cards drawn by the board's own card painter.
 * Laid out on a virtual A4-landscape sheet (COVER_SIZE) and fitted to the page.
 */
import { COVER_SIZE } from '../../model/export/pagePlan';
import type { BoardLayout } from '../../model/layout';
import { BOARD, FONT_FAMILY } from '../theme';
import { ellipsize } from '../paint/ellipsize';
import type { PaintContext } from '../paint/paintContext';
import { paintPersonaCards } from '../paint/paintPersonaCards';
import { splitLine, startOf } from '../paint/splitLine';

/** The words of the cover; the UI builds them from the map and the catalog (ui/exportLabels.ts). */
export interface CoverText {
  readonly title: string;
  readonly goal: string;
  readonly goalCaption: string;
  readonly personasCaption: string;
}

const MARGIN = 64;
const GOAL_LINES = 5;
const CARD_GAP = 24;

function paintWrapped(ctx: PaintContext, text: string, x: number, y: number, width: number, lineHeight: number, maxLines: number): number {
  let rest = startOf(text, 2000).replace(/\s+/g, ' ').trim();
  let lines = 0;
  while (rest && lines < maxLines) {
    const [first, next] = splitLine(ctx, rest, width);
    const last = lines === maxLines - 1 && next !== '';
    ctx.fillText(ellipsize(ctx, last ? `${first} ${next}` : first, width), x, y + lines * lineHeight);
    rest = next;
    lines++;
  }
  return y + lines * lineHeight;
}

export function paintCover(ctx: PaintContext, layout: BoardLayout, photos: ReadonlyMap<string, HTMLImageElement>, text: CoverText): void {
  const width = COVER_SIZE.width - 2 * MARGIN;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, COVER_SIZE.width, COVER_SIZE.height);
  ctx.fillStyle = BOARD.headerFill;
  ctx.fillRect(0, 0, COVER_SIZE.width, 12);
  ctx.textAlign = 'left';
  ctx.textBaseline = 'top';

  ctx.fillStyle = BOARD.text;
  ctx.font = `700 36px ${FONT_FAMILY}`;
  let y = paintWrapped(ctx, text.title, MARGIN, MARGIN, width, 46, 2) + 24;

  if (text.goal.trim()) {
    ctx.fillStyle = BOARD.mutedText;
    ctx.font = `700 14px ${FONT_FAMILY}`;
    ctx.fillText(text.goalCaption.toUpperCase(), MARGIN, y);
    ctx.fillStyle = BOARD.text;
    ctx.font = `22px ${FONT_FAMILY}`;
    y = paintWrapped(ctx, text.goal, MARGIN, y + 24, width, 30, GOAL_LINES) + 28;
  }

  const withCards = new Set(layout.personaCards.map((card) => card.personaId));
  const chips = layout.bands.filter((band) => band.personaId && !withCards.has(band.personaId));
  if (layout.personaCards.length === 0 && chips.length === 0) return;
  ctx.fillStyle = BOARD.mutedText;
  ctx.font = `700 14px ${FONT_FAMILY}`;
  ctx.fillText(text.personasCaption.toUpperCase(), MARGIN, y);
  y += 28;

  // Personas without a card: their colour and name in a row.
  let x = MARGIN;
  for (const band of chips) {
    ctx.font = `600 16px ${FONT_FAMILY}`;
    const name = ellipsize(ctx, band.name, 240);
    const chipWidth = ctx.measureText(name).width + 40;
    if (x + chipWidth > COVER_SIZE.width - MARGIN) break;
    ctx.fillStyle = band.color;
    ctx.beginPath();
    ctx.arc(x + 10, y + 11, 8, 0, Math.PI * 2);
    ctx.fill();
    ctx.fillStyle = BOARD.text;
    ctx.fillText(name, x + 26, y + 1);
    x += chipWidth + 16;
  }
  if (chips.length > 0) y += 40;

  // The cards side by side, scaled down together when they do not fit.
  const cards = layout.personaCards;
  if (cards.length === 0) return;
  const rowWidth = cards.reduce((sum, card) => sum + card.width, 0) + CARD_GAP * (cards.length - 1);
  const tallest = Math.max(...cards.map((card) => card.height));
  const scale = Math.min(1, width / rowWidth, (COVER_SIZE.height - MARGIN / 2 - y) / tallest);
  if (scale <= 0.2) return;
  x = MARGIN;
  for (const card of cards) {
    ctx.save();
    ctx.translate(x, y);
    ctx.scale(scale, scale);
    ctx.translate(-card.x, -card.y);
    // Only this card: the cards are stacked in their column, so its own box (inset) reaches no other.
    paintPersonaCards(ctx, layout, { x: card.x + 1, y: card.y + 1, width: card.width - 2, height: card.height - 2 }, photos);
    ctx.restore();
    x += (card.width + CARD_GAP) * scale;
  }
}
