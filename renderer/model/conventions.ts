/** Workshop conventions: which lanes a map type starts with, and the sticky colour each lane kind gets on paper. */
import type { LaneKind, MapType, NoteColor } from './types';

export const DEFAULT_NOTE_COLOR: { readonly [K in LaneKind]: NoteColor } = {
  actions: 'blue',
  thoughts: 'yellow',
  emotions: 'yellow',
  touchpoints: 'orange',
  pains: 'red',
  opportunities: 'green',
  kpis: 'purple',
  backstage: 'grey',
  freeText: 'white',
  evidence: 'teal',
  frontstage: 'blue',
  support: 'grey',
};

/** Persona colours chosen to stay distinct from each other on a washed-out projector. */
export const PERSONA_COLORS = ['#2563eb', '#db2777', '#059669', '#d97706', '#7c3aed', '#0891b2'] as const;

export interface LanePlan {
  readonly personaLanes: readonly LaneKind[];
  readonly sharedLanes: readonly LaneKind[];
}

export const LANE_PLANS: { readonly [M in MapType]: LanePlan } = {
  currentState: {
    personaLanes: ['actions', 'thoughts', 'emotions', 'touchpoints', 'pains', 'opportunities'],
    sharedLanes: [],
  },
  futureState: {
    personaLanes: ['actions', 'thoughts', 'emotions', 'touchpoints', 'pains', 'opportunities', 'kpis'],
    sharedLanes: [],
  },
  dayInTheLife: {
    personaLanes: ['actions', 'thoughts', 'emotions', 'touchpoints', 'pains', 'opportunities'],
    sharedLanes: [],
  },
  serviceBlueprint: {
    personaLanes: ['emotions', 'evidence', 'actions', 'frontstage'],
    sharedLanes: ['backstage', 'support'],
  },
};

/** Blueprint lines drawn below the lane of each kind, in the order of the layers. */
export const BLUEPRINT_LINES = [
  { below: 'actions', line: 'interaction' },
  { below: 'frontstage', line: 'visibility' },
  { below: 'backstage', line: 'internalInteraction' },
] as const satisfies readonly { below: LaneKind; line: string }[];

export const DEFAULT_STAGE_WIDTH = 400;

/**
 * Whether a lane takes new notes: not when collapsed (they could not be seen),
 * not the curve of an emotions lane, not a touchpoints lane (it takes cards).
 * Notes that a file already holds there are still shown.
 */
export const takesNewNotes = (lane: { readonly kind: LaneKind; readonly collapsed: boolean }): boolean =>
  !lane.collapsed && lane.kind !== 'emotions' && lane.kind !== 'touchpoints';
export const DEFAULT_STAGE_COUNT = 5;
