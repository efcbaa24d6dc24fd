/**
 * The names new records get (a new map's title, stages, persona and lanes; a
 * stage, persona or lane added later) in the map's own language, so a Polish
 * map keeps getting Polish lanes even while the UI speaks English. A map in a
 * language we do not speak gets the UI's. The model stays language-free: it
 * receives these names as plain strings (createMap's DefaultNames).
 */
import type { i18n as I18n } from 'i18next';
import type { DefaultNames } from '../model/createMap';
import type { LaneKind, MapType } from '../model/types';
import { DEFAULT_LANGUAGE, isLanguage, languageOf } from './languages';

export interface MapNames {
  readonly newMap: (mapType: MapType) => DefaultNames;
  readonly stage: string;
  readonly persona: (number: number) => string;
  readonly lane: (kind: LaneKind) => string;
}

export function mapNames(i18n: I18n, mapLocale: string): MapNames {
  const language = languageOf(mapLocale) ?? (isLanguage(i18n.language) ? i18n.language : DEFAULT_LANGUAGE);
  const t = i18n.getFixedT(language);
  const lane = (kind: LaneKind) => t(`laneKind.${kind}`);
  return {
    newMap: (mapType) => ({
      title: t('file.untitledMap'),
      stageNames: t(`defaultStages.${mapType}`, { returnObjects: true }) as string[],
      personaName: t('board.newPersona', { number: 1 }),
      laneTitle: lane,
    }),
    stage: t('board.newStage'),
    persona: (number) => t('board.newPersona', { number }),
    lane,
  };
}
