/**
 * A named change to the map. Every edit the user can make is one of these, so
 * that undo, a participant lock (a subset of names) and later the room's sync
 * all speak the same vocabulary.
 */
import { type Draft, isDraft, original } from 'immer';
import type { IdGenerator } from '../model/ids';
import type { JourneyMap } from '../model/types';

export interface CommandContext {
  readonly newId: IdGenerator;
  readonly nowIso: string;
}

export interface Command<Args, Result = void> {
  readonly name: string;
  readonly perform: (map: Draft<JourneyMap>, args: Args, context: CommandContext) => Result;
}

/**
 * The map as it was before this command, for reading siblings: scanning the
 * draft would make immer wrap every note of a 2,000-note map in a proxy.
 * Only for reads that come before the command's own writes.
 */
export const before = (map: Draft<JourneyMap>): JourneyMap => (isDraft(map) ? (original(map) as JourneyMap) : (map as JourneyMap));

export const defineCommand = <Args, Result = void>(
  name: string,
  perform: (map: Draft<JourneyMap>, args: Args, context: CommandContext) => Result,
): Command<Args, Result> => ({ name, perform });
