/**
 * Applying a CSV import plan (renderer/model/csv/csvImport.ts): one command,
 * so the whole import is one undo step. It writes only the fields the plan
 * says changed; new and moved records go to the end of their cell, in the
 * order of the file's rows.
 */
import { DEFAULT_NOTE_COLOR } from '../../model/conventions';
import type { ImportPlan } from '../../model/csv/csvImport';
import { keysBetween } from '../../model/order';
import { cellKey, notesInCell, touchpointsInCell } from '../../model/queries';
import { newTouchpoint } from '../../model/records';
import { before, defineCommand } from '../command';

export const importCsv = defineCommand<{ plan: ImportPlan }>('importCsv', (map, { plan }, { newId }) => {
  const snapshot = before(map);
  // Each cell that receives records gets a run of keys after its last one.
  const arrivals = new Map<string, { kind: 'note' | 'touchpoint'; laneId: string; stageId: string; ids: string[] }>();
  const arrive = (kind: 'note' | 'touchpoint', laneId: string, stageId: string, id: string) => {
    const key = `${kind}|${cellKey(laneId, stageId)}`;
    const entry = arrivals.get(key) ?? { kind, laneId, stageId, ids: [] };
    entry.ids.push(id);
    arrivals.set(key, entry);
  };
  const freeId = (wanted: string | null) => (wanted && !map.notes[wanted] && !map.touchpoints[wanted] ? wanted : newId());

  for (const create of plan.creates) {
    const lane = map.lanes[create.laneId];
    if (!lane || !map.stages[create.stageId]) continue;
    const id = freeId(create.id);
    const place = { id, laneId: create.laneId, stageId: create.stageId, order: 'a0' };
    if (create.kind === 'note') {
      map.notes[id] = { ...place, text: create.text, color: create.color ?? DEFAULT_NOTE_COLOR[lane.kind] };
    } else {
      map.touchpoints[id] = newTouchpoint({ ...place, ...create.fields });
    }
    arrive(create.kind, create.laneId, create.stageId, id);
  }

  for (const update of plan.updates) {
    const record = update.kind === 'note' ? map.notes[update.id] : map.touchpoints[update.id];
    if (!record) continue;
    Object.assign(record, update.changes);
    if (update.move && map.lanes[update.move.laneId] && map.stages[update.move.stageId]) {
      record.laneId = update.move.laneId;
      record.stageId = update.move.stageId;
      arrive(update.kind, update.move.laneId, update.move.stageId, update.id);
    }
  }

  for (const { kind, laneId, stageId, ids } of arrivals.values()) {
    const moving = new Set(ids);
    const siblings = (kind === 'note' ? notesInCell(snapshot, laneId, stageId) : touchpointsInCell(snapshot, laneId, stageId)).filter(
      (r) => !moving.has(r.id),
    );
    const keys = keysBetween(siblings.at(-1)?.order ?? null, null, ids.length);
    ids.forEach((id, i) => {
      const record = kind === 'note' ? map.notes[id] : map.touchpoints[id];
      if (record) record.order = keys[i]!;
    });
  }
});
