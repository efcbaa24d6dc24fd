/**
 * "Add and vote only": while the laptop goes round the room, the document
 * store runs only these commands, so no shortcut, menu item or gesture can
 * move, delete or rewrite what is on the board. A note added under the lock
 * may be edited by whoever added it (the lock cannot tell people apart, so:
 * any note added during this lock); notes from before stay as they are.
 */
export const LOCK_ALLOWED_COMMANDS: ReadonlySet<string> = new Set(['addNote', 'editNoteText', 'castVote', 'removeVote', 'nextParticipant']);

/**
 * What unlocks a lock with a PIN: the PIN's salted digest (see
 * `ui/workshop/lockKeeper.ts`), so the digits are kept nowhere, not even in
 * the session storage that carries the lock across a reload.
 */
export interface PinSecret {
  readonly salt: string;
  readonly digest: string;
}

export class ParticipantLock {
  private readonly addedNotes: Set<string>;

  /**
   * `pin`: what unlocks without the confirmation; null unlocks by confirming.
   * `addedNotes`: notes this lock let in before a reload, still editable.
   */
  constructor(
    readonly pin: PinSecret | null,
    addedNotes: Iterable<string> = [],
  ) {
    this.addedNotes = new Set(addedNotes);
  }

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

  /** The notes added under this lock. */
  added(): string[] {
    return [...this.addedNotes];
  }

  /** `digest`: the digest of the PIN typed to unlock, with this lock's salt. */
  unlocks(digest: string | null): boolean {
    return this.pin === null || digest === this.pin.digest;
  }
}
