/**
 * The layout: every position and size on the board, computed from the map
 * alone, in world units (CSS pixels at 100% zoom). The board, the minimap, the
 * editors and later the exports and the presenter all draw from it.
 *
 * World (0,0) is the top-left of the first stage's first band. Stage names and
 * lane titles are not in the world: the board draws them in sticky
 * screen-space strips whose label boxes `headers.ts` computes.
 */
export * from './constants';
export * from './types';
export { columnsFor } from './grid';
export { computeLayout } from './compute';
export * from './minimap';
export { type LayoutChange, updateLayout } from './update';
export { scoreAtY, yForScore } from './emotionCurve';
export { TOUCHPOINT_TEXT } from './touchpointCard';
export * from './headers';
export * from './queries';
