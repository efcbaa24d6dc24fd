/**
 * A named change to the map. Every edit the user can make is one of these, so
 * that undo, a participant lock (a subset of names) and later the room's sync
 * all speak the same vocabulary.
 */
import type { Draft } from 'immer';
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

export const defineCommand = <Args, Result = void>(
  name: string,
  perform: (map: Draft<JourneyMap>, args: Args, context: CommandContext) => Result,
): Command<Args, Result> => ({ name, perform });
