/**
 * The layout is plain data: another window or a worker can receive it. No
 * functions, no Maps; JSON and structuredClone give back an equal layout.
 */
import { describe, expect, it } from 'vitest';
import { computeLayout } from '../../../renderer/model/layout';
import { fitText, estimateTextWidth } from '../../../renderer/model/textFit';
import type { JourneyMap } from '../../../renderer/model/types';
import { generateMap } from '../../fixtures/generateMap';

const fitNote = (text: string) => fitText(text, 168, 104, estimateTextWidth);

function richMap(): JourneyMap {
  const map = generateMap({ personas: 2, stages: 4, totalNotes: 60, seed: 7, emotionPoints: true, touchpointsPerStage: 2 }).map;
  const personas = Object.fromEntries(Object.values(map.personas).map((p) => [p.id, { ...p, showCard: true }]));
  return { ...map, personas };
}

/** Where in the value a function, a Map or a Set hides, or null. */
function nonData(value: unknown, path = 'layout'): string | null {
  if (typeof value === 'function') return path;
  if (value instanceof Map || value instanceof Set) return path;
  if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      const found = nonData(child, `${path}.${key}`);
      if (found) return found;
    }
  }
  return null;
}

describe('the layout as data', () => {
  const layout = computeLayout(richMap(), { fitNote, focus: null });

  it('holds no functions and no Maps', () => {
    expect(layout.emotionLanes.length).toBeGreaterThan(0);
    expect(layout.personaCards.length).toBe(2);
    expect(nonData(layout)).toBeNull();
  });

  it('survives structuredClone and a JSON round trip unchanged', () => {
    expect(structuredClone(layout)).toEqual(layout);
    expect(JSON.parse(JSON.stringify(layout))).toEqual(layout);
  });
});
