/** The words of the PDF's cover page, from the map and the catalog. */
import type { TFunction } from 'i18next';
import type { CoverText } from '../board/export/exportMap';
import { sortByOrder } from '../model/order';
import type { JourneyMap } from '../model/types';

export function createCoverText(t: TFunction, map: JourneyMap): CoverText {
  return {
    title: map.title,
    mapType: t(`mapType.${map.mapType}`),
    goal: map.goal,
    goalCaption: t('board.goalCorner'),
    stagesCaption: t('exporting:cover.stages'),
    personasCaption: t('exporting:cover.personas'),
    personas: sortByOrder(Object.values(map.personas)).map((persona) => ({
      name: persona.name,
      color: persona.color,
      details: [persona.segment, persona.demographics.occupation, persona.demographics.location].filter((part) => part.trim() !== '').join(' · '),
      quote: persona.quote.trim() ? t('exporting:cover.quote', { quote: persona.quote.trim() }) : '',
    })),
  };
}
