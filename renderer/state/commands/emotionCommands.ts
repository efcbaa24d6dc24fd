import { EMOTION_MAX, EMOTION_MIN } from '../../model/schema';
import type { EmotionCurve } from '../../model/types';
import { emotionPointFor } from '../../model/queries';
import { before, defineCommand } from '../command';

export interface EmotionSlot {
  readonly personaId: string;
  readonly stageId: string;
  readonly curve: EmotionCurve;
}


/** Sets a stage's score; `null` clears it, leaving a gap in the curve rather than a zero. */
export const setEmotionScore = defineCommand<EmotionSlot & { score: number | null }>(
  'setEmotionScore',
  (map, slot, { newId }) => {
    if (!map.personas[slot.personaId] || !map.stages[slot.stageId]) return;
    const existing = emotionPointFor(before(map), slot)?.id;
    if (slot.score === null) {
      if (existing) delete map.emotionPoints[existing];
      return;
    }
    const score = Math.round(Math.min(EMOTION_MAX, Math.max(EMOTION_MIN, slot.score)));
    if (existing) {
      map.emotionPoints[existing]!.score = score;
      return;
    }
    const id = newId();
    map.emotionPoints[id] = { id, personaId: slot.personaId, stageId: slot.stageId, curve: slot.curve, score, label: '' };
  },
);

export const setEmotionLabel = defineCommand<EmotionSlot & { label: string }>('setEmotionLabel', (map, slot) => {
  const existing = emotionPointFor(before(map), slot)?.id;
  if (existing) map.emotionPoints[existing]!.label = slot.label;
});
