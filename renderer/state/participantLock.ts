/**
 * "Add and vote only": while the laptop goes round the room, the document
 * store runs only these commands, so no shortcut, menu item or gesture can
 * move, delete or rewrite what is on the board. A note added under the lock
 * may be edited by whoever added it (the lock cannot tell people apart, so:
 * any note added during this lock); notes from before stay as they are.
 */
export const LOCK_ALLOWED_COMMANDS: ReadonlySet<string> = new Set(['addNote', 'editNoteText', 'castVote', 'removeVote', 'nextParticipant']);

export class ParticipantLock {
  private readonly addedNotes = new Set<string>();

  /** `pin`: digits that unlock without the confirmation; null unlocks by confirming. */
  constructor(readonly pin: string | null) {}

  allows(name: string, args: unknown): boolean {
    if (!LOCK_ALLOWED_COMMANDS.has(name)) return false;
    if (name !== 'editNoteText') return true;
    const noteId = (args as { noteId?: unknown } | null)?.noteId;
    return typeof noteId === 'string' && this.addedNotes.has(noteId);
  }

  /** Remembers what the lock let in, so the notes it added stay editable. */
  ran(name: string, result: unknown): void {
    if (name === 'addNote' && typeof result === 'string') this.addedNotes.add(result);
  }

  unlocks(pin: string | null): boolean {
    return this.pin === null || pin === this.pin;
  }
}
