/** What the PDF, SVG and PNG exports draw: the live layout, the board's words, the photos and the cover's words. */
import type { TFunction } from 'i18next';
import type { CoverText, ExportInput } from '../board/export/exportMap';
import { decodePersonaPhotos } from '../board/export/personaPhotos';
import type { BoardLayout } from '../model/layout';
import { sortByOrder } from '../model/order';
import type { JourneyMap } from '../model/types';
import { createBoardLabels } from './boardLabels';

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

/**
 * Everything `exportMap` needs for `map`. `layout`: the layout store's current one
 * (it follows a persona focus: compute one without focus to export every persona undimmed).
 */
export async function createExportInput(t: TFunction, map: JourneyMap, layout: BoardLayout): Promise<ExportInput> {
  return { layout, labels: createBoardLabels(t, map), photos: await decodePersonaPhotos(map), cover: createCoverText(t, map) };
}
