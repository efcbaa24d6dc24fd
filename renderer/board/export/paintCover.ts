/**
 * The PDF's cover page: the map's type and title, its goal (seed 003: the
 * goal comes first), its stages in order and its personas.
 * Laid out on a virtual A4-landscape sheet (COVER_SIZE) and fitted to the page.
 */
import { COVER_SIZE } from '../../model/export/pagePlan';
import type { BoardLayout } from '../../model/layout';
import { BOARD, FONT_FAMILY } from '../theme';
import { ellipsize } from '../paint/ellipsize';
import type { PaintContext } from '../paint/paintContext';
import { splitLine, startOf } from '../paint/splitLine';

export interface CoverPersona {
  readonly name: string;
  readonly color: string;
  /** Segment, occupation, place: one line. */
  readonly details: string;
  /** The persona's quote in the language's quotation marks, or ''. */
  readonly quote: string;
}

/** The words of the cover; the UI builds them from the map and the catalog (ui/exportLabels.ts). */
export interface CoverText {
  readonly title: string;
  /** The map's type, e.g. "Current-state map". */
  readonly mapType: string;
  readonly goal: string;
  readonly goalCaption: string;
  readonly personasCaption: string;
  readonly personas: readonly CoverPersona[];
  readonly stagesCaption: string;
}

const MARGIN = 64;
const GOAL_LINES = 4;

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

function caption(ctx: PaintContext, text: string, y: number): number {
  ctx.fillStyle = BOARD.mutedText;
  ctx.font = `700 13px ${FONT_FAMILY}`;
  ctx.fillText(text.toUpperCase(), MARGIN, y);
  return y + 24;
}

/** The stages in order, one line: "1. Awareness › 2. Consideration › …" (Noto Sans has no arrow glyph, which a PDF would drop). */
function paintStages(ctx: PaintContext, layout: BoardLayout, y: number, width: number): number {
  ctx.fillStyle = BOARD.text;
  ctx.font = `600 17px ${FONT_FAMILY}`;
  const line = layout.columns.map((c) => `${c.index + 1}. ${c.name}`).join('  ›  ');
  return paintWrapped(ctx, line, MARGIN, y, width, 24, 2);
}

export function paintCover(ctx: PaintContext, layout: BoardLayout, text: CoverText): void {
  const width = COVER_SIZE.width - 2 * MARGIN;
  const bottom = COVER_SIZE.height - MARGIN / 2;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, COVER_SIZE.width, COVER_SIZE.height);
  ctx.fillStyle = BOARD.headerFill;
  ctx.fillRect(0, 0, COVER_SIZE.width, 12);
  ctx.textAlign = 'left';
  ctx.textBaseline = 'top';

  ctx.fillStyle = BOARD.mutedText;
  ctx.font = `600 15px ${FONT_FAMILY}`;
  ctx.fillText(ellipsize(ctx, text.mapType, width), MARGIN, MARGIN - 24);
  ctx.fillStyle = BOARD.text;
  ctx.font = `700 36px ${FONT_FAMILY}`;
  let y = paintWrapped(ctx, text.title, MARGIN, MARGIN, width, 46, 2) + 24;

  if (text.goal.trim()) {
    y = caption(ctx, text.goalCaption, y);
    ctx.fillStyle = BOARD.text;
    ctx.font = `22px ${FONT_FAMILY}`;
    y = paintWrapped(ctx, text.goal, MARGIN, y, width, 30, GOAL_LINES) + 24;
  }

  if (layout.columns.length > 0) {
    y = caption(ctx, text.stagesCaption, y);
    y = paintStages(ctx, layout, y, width) + 24;
  }

  if (text.personas.length === 0) return;
  y = caption(ctx, text.personasCaption, y);
  // Two columns of personas: a colour dot, the name, a line of details and the quote.
  const columnWidth = (width - 32) / 2;
  text.personas.forEach((persona, i) => {
    const x = MARGIN + (i % 2) * (columnWidth + 32);
    const top = y + Math.floor(i / 2) * 96;
    if (top + 72 > bottom) return;
    ctx.fillStyle = persona.color;
    ctx.beginPath();
    ctx.arc(x + 9, top + 8, 8, 0, Math.PI * 2);
    ctx.fill();
    ctx.fillStyle = BOARD.text;
    ctx.font = `700 18px ${FONT_FAMILY}`;
    ctx.fillText(ellipsize(ctx, persona.name, columnWidth - 28), x + 28, top);
    ctx.fillStyle = BOARD.mutedText;
    ctx.font = `15px ${FONT_FAMILY}`;
    if (persona.details) ctx.fillText(ellipsize(ctx, persona.details, columnWidth - 28), x + 28, top + 27);
    ctx.font = `italic 15px ${FONT_FAMILY}`;
    if (persona.quote) ctx.fillText(ellipsize(ctx, persona.quote, columnWidth - 28), x + 28, top + 50);
  });
}
