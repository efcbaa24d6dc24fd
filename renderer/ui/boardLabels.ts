/** Every text the canvas draws, from the catalog: the board and the layout themselves know no language. */
import type { TFunction } from 'i18next';
import type { BoardLabels } from '../board/Board';
import type { LayoutText } from '../model/layout';
import type { JourneyMap } from '../model/types';
import { intlLocale } from '../i18n/languages';

export function createBoardLabels(t: TFunction, map: JourneyMap): BoardLabels {
  return {
    addStage: t('board.addStage'),
    laneKind: (kind) => t(`laneKind.${kind}`),
    sharedBand: t('board.sharedLanes'),
    corner: t(`mapType.${map.mapType}`),
    goal: map.goal,
    goalCaption: t('board.goalCorner'),
    legendCurrent: t('emotion.currentCurve'),
    legendTarget: t('emotion.targetCurve'),
    personaName: (id) => map.personas[id]?.name ?? '',
    blueprintLine: (line) => t(`blueprint.${line}`),
  };
}

/**
 * The words the layout fits into persona cards and touchpoint cards. `language`: the UI's, whose
 * digits and separators the KPI line uses (1 250 in Polish, 1,250 in English).
 */
export function createLayoutText(t: TFunction, language: string): LayoutText {
  const numbers = new Intl.NumberFormat(intlLocale(language), { maximumFractionDigits: 2 });
  const number = (value: number | null) => (value === null ? '–' : numbers.format(value));
  return {
    channel: (channel) => t(`channel.${channel}`),
    kpi: (kpi, actual, target) => t('touchpoint.kpiLine', { kpi, actual: number(actual), target: number(target) }),
    needs: t('personaCard.needs'),
    fears: t('personaCard.fears'),
    age: (age) => t('personaCard.age', { age }),
    behaviour: (persona) =>
      [
        persona.behaviour.purchaseFrequency && t(`personaCard.frequency.${persona.behaviour.purchaseFrequency}`),
        persona.behaviour.recency && t(`personaCard.recency.${persona.behaviour.recency}`),
        persona.behaviour.averageBasket && t('personaCard.basket', { value: persona.behaviour.averageBasket }),
      ]
        .filter(Boolean)
        .join(' · '),
  };
}
