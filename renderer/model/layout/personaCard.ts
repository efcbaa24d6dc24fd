/**
 * The text geometry of a persona card: what is written where, wrapped and cut
 * with an ellipsis to the card's size. The paint code only draws these runs.
 */
import { type FontStyle, type MeasureText, ellipsizeText, firstGrapheme, wrapClamped } from '../textFit';
import type { Persona } from '../types';
import type { CardText, LayoutText, PersonaCardBox, Rect } from './types';

const PAD = 14;
const AVATAR = 56;
const LINE = 1.3;

export function personaCard(persona: Persona, rect: Rect, dimmed: boolean, measure: MeasureText, text: LayoutText): PersonaCardBox {
  const texts: CardText[] = [];
  const avatar = { x: rect.x + PAD + AVATAR / 2, y: rect.y + 18 + AVATAR / 2, radius: AVATAR / 2 };

  // Beside the avatar: the name (two lines at most) and the segment.
  const textX = rect.x + PAD + AVATAR + 12;
  const textWidth = rect.x + rect.width - PAD - textX;
  const nameLines = wrapClamped(persona.name, textWidth, 18, 2, measure, 'bold');
  nameLines.forEach((line, i) => texts.push({ text: line, x: textX, y: rect.y + 20 + i * 22, size: 18, style: 'bold', tone: 'text' }));
  if (persona.segment) {
    const line = ellipsizeText(persona.segment, textWidth, 14, measure);
    texts.push({ text: line, x: textX, y: rect.y + 24 + nameLines.length * 22, size: 14, style: 'normal', tone: 'muted' });
  }

  // Below, across the card, until the bottom: the last line that fits ends in an ellipsis when more follows.
  const bottom = rect.y + rect.height - PAD;
  const innerWidth = rect.width - 2 * PAD;
  let y = rect.y + 18 + AVATAR + 14;
  let full = false;
  const block = (lines: readonly string[], size: number, tone: CardText['tone'], style: FontStyle = 'normal') => {
    for (const line of lines) {
      if (full) return;
      if (y + size * LINE > bottom) {
        full = true;
        const last = texts.at(-1);
        if (last && last.y >= rect.y + 18 + AVATAR && !last.text.endsWith('…')) {
          texts[texts.length - 1] = { ...last, text: ellipsizeText(`${last.text}…`, innerWidth, last.size, measure, last.style) };
        }
        return;
      }
      texts.push({ text: line, x: rect.x + PAD, y, size, style, tone });
      y += size * LINE;
    }
  };
  const gap = () => {
    y += 6;
  };

  const { age, location, occupation } = persona.demographics;
  const facts = [age && text.age(age), location, occupation].filter(Boolean).join(' · ');
  if (facts) {
    block(wrapClamped(facts, innerWidth, 14, 2, measure), 14, 'muted');
    gap();
  }
  if (persona.quote) {
    block(wrapClamped(`“${persona.quote}”`, innerWidth, 15, 3, measure, 'italic'), 15, 'text', 'italic');
    gap();
  }
  const behaviour = text.behaviour(persona);
  if (behaviour) {
    block(wrapClamped(behaviour, innerWidth, 14, 2, measure), 14, 'muted');
    gap();
  }
  const list = (title: string, items: readonly string[]) => {
    if (items.length === 0) return;
    block([title], 14, 'text', 'bold');
    for (const item of items.slice(0, 3)) block(wrapClamped(`• ${item}`, innerWidth, 14, 2, measure), 14, 'text');
    gap();
  };
  list(text.needs, persona.needs);
  list(text.fears, persona.fears);

  return { personaId: persona.id, color: persona.color, dimmed, ...rect, avatar, initial: firstGrapheme(persona.name), texts };
}
