/** The facilitator's private notes per stage, edited in the presenter view. */
import { MAX_PRESENTER_NOTES_TEXT } from '../../model/schema';
import { presenterNoteOf } from '../../model/queries';
import { before, defineCommand } from '../command';

/**
 * Sets the private notes of a stage. Emptying them deletes the record, so a
 * map whose notes were all cleared saves like one that never had any.
 * Not on the participant lock's allow-list: the notes are the facilitator's.
 */
export const setPresenterNotes = defineCommand<{ stageId: string; text: string }>(
  'setPresenterNotes',
  (map, { stageId, text }, { newId }) => {
    if (!map.stages[stageId]) return;
    const clamped = text.slice(0, MAX_PRESENTER_NOTES_TEXT);
    const existing = presenterNoteOf(before(map), stageId);
    if (existing) {
      if (clamped === '') delete map.presenterNotes[existing.id];
      else if (existing.text !== clamped) map.presenterNotes[existing.id]!.text = clamped;
    } else if (clamped !== '') {
      const id = newId();
      map.presenterNotes[id] = { id, stageId, text: clamped };
    }
  },
);
