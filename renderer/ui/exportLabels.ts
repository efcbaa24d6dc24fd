/** The words of the PDF's cover page, from the map and the catalog. */
import type { TFunction } from 'i18next';
import type { CoverText } from '../board/export/exportMap';
import type { JourneyMap } from '../model/types';

export function createCoverText(t: TFunction, map: JourneyMap): CoverText {
  return {
    title: map.title,
    goal: map.goal,
    goalCaption: t('board.goalCorner'),
    personasCaption: t('exporting:cover.personas'),
  };
}
