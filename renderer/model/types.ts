/** Document types, inferred from the schemas and made deeply readonly: only commands change a map. */
import type { z } from 'zod';
import type {
  CHANNELS,
  DATA_SOURCES,
  EMOTION_CURVES,
  LANE_KINDS,
  MAP_TYPES,
  NOTE_COLORS,
  emotionPointSchema,
  laneSchema,
  mapMetaSchema,
  noteSchema,
  personaSchema,
  stageSchema,
  touchpointSchema,
  voteRoundSchema,
  dotVoteSchema,
  presenterNoteSchema,
} from './schema';

export type DeepReadonly<T> = T extends (infer E)[]
  ? readonly DeepReadonly<E>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

export type MapType = (typeof MAP_TYPES)[number];
export type LaneKind = (typeof LANE_KINDS)[number];
export type NoteColor = (typeof NOTE_COLORS)[number];
export type Channel = (typeof CHANNELS)[number];
export type DataSource = (typeof DATA_SOURCES)[number];
export type EmotionCurve = (typeof EMOTION_CURVES)[number];

export type Persona = DeepReadonly<z.output<typeof personaSchema>>;
export type Stage = DeepReadonly<z.output<typeof stageSchema>>;
export type Lane = DeepReadonly<z.output<typeof laneSchema>>;
export type Note = DeepReadonly<z.output<typeof noteSchema>>;
export type EmotionPoint = DeepReadonly<z.output<typeof emotionPointSchema>>;
export type Touchpoint = DeepReadonly<z.output<typeof touchpointSchema>>;
export type VoteRound = DeepReadonly<z.output<typeof voteRoundSchema>>;
export type DotVote = DeepReadonly<z.output<typeof dotVoteSchema>>;
export type PresenterNote = DeepReadonly<z.output<typeof presenterNoteSchema>>;
export type MapMeta = DeepReadonly<z.output<typeof mapMetaSchema>>;

export type RecordsById<T> = { readonly [id: string]: T };

export interface JourneyMap extends MapMeta {
  readonly personas: RecordsById<Persona>;
  readonly stages: RecordsById<Stage>;
  readonly lanes: RecordsById<Lane>;
  readonly notes: RecordsById<Note>;
  readonly emotionPoints: RecordsById<EmotionPoint>;
  readonly touchpoints: RecordsById<Touchpoint>;
  readonly voteRounds: RecordsById<VoteRound>;
  readonly dotVotes: RecordsById<DotVote>;
  readonly presenterNotes: RecordsById<PresenterNote>;
}

/** A map as it lives in a `.cjm` envelope. */
export interface CjmDocument {
  /** Never lower than this build's schema version; higher when a newer app wrote the file. */
  readonly schemaVersion: number;
  readonly map: JourneyMap;
}
