/**
 * Zod schemas for every persisted record of a journey map.
 *
 * Records are flat and keyed by id, ordered by fractional-index keys, so that
 * one record can be changed (or later mirrored into a Yjs map) without touching
 * its siblings. Parsing uses `.loose()` copies of these schemas, and nested
 * objects are loose themselves, so that fields written by a newer Journeyboard
 * survive a round trip through this one.
 */
import { z } from 'zod';
import { isValidLocale } from './locale';

export const MAP_TYPES = ['currentState', 'futureState', 'dayInTheLife', 'serviceBlueprint'] as const;

export const LANE_KINDS = [
  'actions',
  'thoughts',
  'emotions',
  'touchpoints',
  'pains',
  'opportunities',
  'kpis',
  'backstage',
  'freeText',
  'evidence',
  'frontstage',
  'support',
] as const;

/** The paper-workshop palette; notes store the name, the board maps it to paint. */
export const NOTE_COLORS = [
  'yellow',
  'orange',
  'pink',
  'red',
  'purple',
  'blue',
  'teal',
  'green',
  'grey',
  'white',
] as const;

export const CHANNELS = [
  'website',
  'email',
  'phone',
  'callCentre',
  'liveChat',
  'chatbot',
  'mobileApp',
  'sms',
  'socialMedia',
  'organicSearch',
  'paidAds',
  'shop',
  'event',
  'outdoorTv',
  'wordOfMouth',
  'delivery',
  'other',
] as const;

export const PURCHASE_FREQUENCIES = ['frequent', 'sporadic', 'vip', 'loyal'] as const;
export const RECENCIES = ['active', 'inactive', 'lost'] as const;
export const DATA_SOURCES = ['surveys', 'complaints', 'socialMedia', 'observation', 'interviews'] as const;
export const EMOTION_CURVES = ['current', 'target'] as const;

export const EMOTION_MIN = -3;
export const EMOTION_MAX = 3;
/** A persona photo is resized before embedding; this caps what a file may carry. */
export const MAX_PHOTO_DATA_URL_CHARS = 512 * 1024;
export const MAX_NOTE_TEXT = 5000;
export const MIN_STAGE_WIDTH = 160;
export const MAX_STAGE_WIDTH = 1600;

export const idSchema = z
  .string()
  .min(1)
  .max(64)
  // `__proto__` would be swallowed by plain-object records instead of stored as a key.
  .regex(/^(?!__proto__$)[A-Za-z0-9_-]+$/, 'not a valid id');
const orderKey = z
  .string()
  .min(2)
  .max(256)
  .regex(/^[A-Za-z][0-9A-Za-z]*$/, 'not a valid order key');
const label = (max: number) => z.string().max(max);
const hexColor = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'not a #rrggbb colour');
const stringList = z.array(label(500)).max(100).default([]);
const photo = z
  .string()
  .max(MAX_PHOTO_DATA_URL_CHARS, 'embedded photo is larger than the limit')
  .regex(/^data:image\/(png|jpeg|webp|gif);base64,[A-Za-z0-9+/]+=*$/, 'not an embedded image');

export const personaSchema = z.object({
  id: idSchema,
  name: label(200),
  color: hexColor,
  order: orderKey,
  photo: photo.nullable().default(null),
  quote: label(1000).default(''),
  segment: label(200).default(''),
  demographics: z
    .looseObject({
      age: label(50).default(''),
      location: label(200).default(''),
      occupation: label(200).default(''),
      extra: z
        .array(z.looseObject({ label: label(100), value: label(500) }))
        .max(50)
        .default([]),
    })
    .default({ age: '', location: '', occupation: '', extra: [] }),
  behaviour: z
    .looseObject({
      purchaseFrequency: z.enum(PURCHASE_FREQUENCIES).nullable().default(null),
      recency: z.enum(RECENCIES).nullable().default(null),
      averageBasket: label(100).default(''),
      topCategories: stringList,
      channels: z.array(z.enum(CHANNELS)).max(CHANNELS.length).default([]),
      devices: stringList,
    })
    .default({
      purchaseFrequency: null,
      recency: null,
      averageBasket: '',
      topCategories: [],
      channels: [],
      devices: [],
    }),
  needs: stringList,
  motivations: stringList,
  fears: stringList,
  obstacles: stringList,
  dataSources: z.array(z.enum(DATA_SOURCES)).max(DATA_SOURCES.length).default([]),
  showCard: z.boolean().default(false),
});

export const stageSchema = z.object({
  id: idSchema,
  name: label(200),
  order: orderKey,
  width: z.number().int().min(MIN_STAGE_WIDTH).max(MAX_STAGE_WIDTH),
  color: hexColor.nullable().default(null),
});

export const laneSchema = z.object({
  id: idSchema,
  /** null: a shared lane that belongs to every persona (backstage, support…). */
  personaId: idSchema.nullable(),
  kind: z.enum(LANE_KINDS),
  title: label(200),
  order: orderKey,
  collapsed: z.boolean().default(false),
});

export const noteSchema = z.object({
  id: idSchema,
  laneId: idSchema,
  stageId: idSchema,
  order: orderKey,
  text: label(MAX_NOTE_TEXT),
  color: z.enum(NOTE_COLORS),
});

export const emotionPointSchema = z.object({
  id: idSchema,
  personaId: idSchema,
  stageId: idSchema,
  curve: z.enum(EMOTION_CURVES).default('current'),
  score: z.number().int().min(EMOTION_MIN).max(EMOTION_MAX),
  label: label(200).default(''),
});

export const touchpointSchema = z.object({
  id: idSchema,
  laneId: idSchema,
  stageId: idSchema,
  order: orderKey,
  channel: z.enum(CHANNELS),
  label: label(200),
  goal: label(200).default(''),
  kpi: label(200).default(''),
  target: z.number().finite().nullable().default(null),
  actual: z.number().finite().nullable().default(null),
  momentOfTruth: z.boolean().default(false),
  dropOff: z.boolean().default(false),
});

export const mapMetaSchema = z.object({
  id: idSchema,
  title: label(300),
  goal: label(2000).default(''),
  mapType: z.enum(MAP_TYPES),
  locale: z.string().min(2).max(35).refine(isValidLocale, 'not a valid language tag'),
  createdAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }),
});

/** Bounds of a dot-voting round's settings. */
export const MAX_VOTE_PARTICIPANTS = 50;
export const MAX_VOTES_PER_PARTICIPANT = 20;
export const MAX_VOTE_MINUTES = 180;

export const voteParticipantSchema = z.object({ id: idSchema, name: label(100) });

/**
 * A dot-voting round. Participants are listed in the order the laptop goes
 * round; a blank name is shown as "Participant N". Votes are separate records
 * (`dotVotes`) counted per participant id, so votes cast later from
 * participants' own devices fit the same shape.
 */
export const voteRoundSchema = z.object({
  id: idSchema,
  label: label(200),
  createdAt: z.iso.datetime({ offset: true }),
  settings: z.object({
    /** Votable lane kinds (notes and touchpoints in any lane of these kinds)… */
    laneKinds: z.array(z.enum(LANE_KINDS)).max(LANE_KINDS.length).default([]),
    /** …and single lanes, on top of the kinds. */
    laneIds: z.array(idSchema).max(500).default([]),
    participants: z.array(voteParticipantSchema).min(1).max(MAX_VOTE_PARTICIPANTS),
    votesPerParticipant: z.number().int().min(1).max(MAX_VOTES_PER_PARTICIPANT),
    timeLimitMinutes: z.number().int().min(1).max(MAX_VOTE_MINUTES).nullable().default(null),
    hiddenUntilReveal: z.boolean().default(true),
  }),
  /** Whose turn it is while the round is open. */
  currentParticipantId: idSchema.nullable().default(null),
  revealed: z.boolean().default(false),
  endedAt: z.iso.datetime({ offset: true }).nullable().default(null),
});

/** One dot: a participant's vote on a note or touchpoint. A dot on a deleted item stays in the round's record and is not ranked. */
export const dotVoteSchema = z.object({
  id: idSchema,
  roundId: idSchema,
  participantId: idSchema,
  targetId: idSchema,
  castAt: z.iso.datetime({ offset: true }),
});

/** The longest private note a facilitator keeps for one stage. */
export const MAX_PRESENTER_NOTES_TEXT = 20_000;

/**
 * The facilitator's private notes for one stage, shown only in the presenter
 * view (never on the audience window, the board or an export). At most one per
 * stage; an emptied note is deleted, so a map without notes has none.
 */
export const presenterNoteSchema = z.object({
  id: idSchema,
  stageId: idSchema,
  text: label(MAX_PRESENTER_NOTES_TEXT),
});

/** Collections of the map, each a record keyed by id. */
export const COLLECTIONS = {
  personas: personaSchema,
  stages: stageSchema,
  lanes: laneSchema,
  notes: noteSchema,
  emotionPoints: emotionPointSchema,
  touchpoints: touchpointSchema,
  voteRounds: voteRoundSchema,
  dotVotes: dotVoteSchema,
  presenterNotes: presenterNoteSchema,
} as const;
export type CollectionName = keyof typeof COLLECTIONS;
export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[];
