import { createMap } from '../../../renderer/model/createMap';
import { sortedStages, lanesOf, sortedPersonas } from '../../../renderer/model/queries';
import type { MapType } from '../../../renderer/model/types';
import type { Clock } from '../../../renderer/state/clock';
import { DocumentStore } from '../../../renderer/state/documentStore';

/** A clock the test moves by hand. */
export function manualClock(start = Date.UTC(2026, 10, 24, 9, 0, 0)): Clock & { advance(ms: number): void } {
  let now = start;
  return { now: () => now, advance: (ms) => (now += ms) };
}

/** Ids in creation order, so a test can name what a command created. */
export function counterIds(prefix = 'id'): () => string {
  let n = 0;
  return () => `${prefix}${String(++n).padStart(4, '0')}`;
}

export function newStore(mapType: MapType = 'currentState') {
  const clock = manualClock();
  const newId = counterIds();
  const document = createMap({
    mapType,
    locale: 'en',
    nowIso: new Date(clock.now()).toISOString(),
    newId,
    names: {
      title: 'Test map',
      stageNames: ['Awareness', 'Consideration', 'Decision', 'Purchase', 'Post-purchase'],
      personaName: 'Anna',
      laneTitle: (kind) => kind,
    },
  });
  const store = new DocumentStore(document, { clock, newId });
  const map = store.getMap();
  const stages = sortedStages(map);
  const persona = sortedPersonas(map)[0]!;
  const lanes = lanesOf(map, persona.id);
  const laneOf = (kind: string) => lanes.find((l) => l.kind === kind)!;
  return { store, clock, stages, persona, lanes, laneOf };
}
