/**
 * The document store: the current map, and undo/redo as immer patches.
 *
 * Each command run is one history entry, so a drag that ends in one
 * `moveNotes` is one undo step. Views subscribe and read immutable snapshots.
 */
import { Immer, enablePatches, freeze, type Patch } from 'immer';
import type { IdGenerator } from '../model/ids';
import type { CjmDocument, JourneyMap } from '../model/types';
import { type Clock, isoAt } from './clock';
import type { Command } from './command';
import type { ParticipantLock } from './participantLock';

enablePatches();

/**
 * Immer without its auto-freeze: that deep-walks the whole result after every
 * command (all 10,000 notes of a big map). The store freezes what a change
 * made new itself (`freezeChanged`), so every map it hands out is still frozen.
 */
const immer = new Immer({ autoFreeze: false });

/**
 * Freezes the objects a change created: immer copies exactly the ancestors of
 * each patched path, and the value at the end of a path is new (or already
 * frozen). Everything else is shared with the previous, frozen map.
 */
function freezeChanged<T extends object>(root: T, patches: readonly Patch[]): T {
  freeze(root);
  for (const { path } of patches) {
    let node: unknown = root;
    for (let i = 0; i < path.length && node !== null && typeof node === 'object'; i++) {
      node = (node as Record<string | number, unknown>)[path[i]!];
      freeze(node, i === path.length - 1);
    }
  }
  return root;
}

interface HistoryEntry {
  readonly name: string;
  readonly patches: readonly Patch[];
  readonly inverse: readonly Patch[];
  /** Revision the document has after this entry is applied. */
  readonly revision: number;
  /** Revision the document had before. */
  readonly previous: number;
}

export interface StoreDeps {
  readonly clock: Clock;
  readonly newId: IdGenerator;
  /** Bounds memory in long workshops; the oldest steps fall off first. */
  readonly historyLimit?: number;
}

/**
 * What a change did, for subscribers that update incrementally (the layout):
 * the immer patches that turn `previous` into `map`, or null when the whole
 * document was replaced. A save changes no map and carries no patches.
 */
export interface DocumentChange {
  /** `lock`: the participant lock was set or lifted; the map is the same. */
  readonly kind: 'run' | 'undo' | 'redo' | 'replace' | 'saved' | 'lock';
  readonly previous: JourneyMap;
  readonly map: JourneyMap;
  readonly patches: readonly Patch[] | null;
}

export type DocumentListener = (change: DocumentChange) => void;

export interface HistoryState {
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  readonly undoName: string | null;
  readonly redoName: string | null;
}

export class DocumentStore {
  private document: CjmDocument;
  private readonly undoStack: HistoryEntry[] = [];
  private readonly redoStack: HistoryEntry[] = [];
  private readonly listeners = new Set<DocumentListener>();
  private revision = 0;
  private nextRevision = 1;
  private savedRevision = 0;
  private lock: ParticipantLock | null = null;
  /** History depths when the lock began: undo and redo never reach past them while it holds. */
  private lockedUndoDepth = 0;
  private lockedRedoDepth = 0;
  private readonly refusalListeners = new Set<(name: string) => void>();

  constructor(
    document: CjmDocument,
    private readonly deps: StoreDeps,
  ) {
    this.document = freeze(document, true);
  }

  readonly subscribe = (listener: DocumentListener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getMap = (): JourneyMap => this.document.map;
  readonly getDocument = (): CjmDocument => this.document;

  get isDirty(): boolean {
    return this.revision !== this.savedRevision;
  }

  get history(): HistoryState {
    return {
      canUndo: this.undoStack.length > 0,
      canRedo: this.redoStack.length > 0,
      undoName: this.undoStack.at(-1)?.name ?? null,
      redoName: this.redoStack.at(-1)?.name ?? null,
    };
  }

  newId(): string {
    return this.deps.newId();
  }

  /**
   * Runs a command; a command that changes nothing leaves no history entry.
   * Under a participant lock, a command the lock does not allow is refused:
   * nothing runs, refusal listeners hear its name, and the result is undefined.
   */
  run<Args, Result>(command: Command<Args, Result>, args: Args): Result {
    if (this.lock && !this.lock.allows(command.name, args)) {
      this.refuse(command.name);
      return undefined as Result;
    }
    const context = { newId: this.deps.newId, nowIso: isoAt(this.deps.clock) };
    let result: Result | undefined;
    const [changed, patches, inverse] = immer.produceWithPatches(this.document.map, (draft) => {
      result = command.perform(draft, args, context);
    });
    // Before the listeners hear of it: what keeps the lock across a reload writes the note it let in.
    this.lock?.ran(command.name, result);
    if (patches.length > 0) {
      const [next, stampPatches, stampInverse] = immer.produceWithPatches(changed, (draft) => {
        draft.updatedAt = context.nowIso;
      });
      const revision = this.nextRevision++;
      this.undoStack.push({
        name: command.name,
        patches: [...patches, ...stampPatches],
        inverse: [...stampInverse, ...inverse],
        revision,
        previous: this.revision,
      });
      const limit = this.deps.historyLimit ?? 500;
      if (this.undoStack.length > limit) this.undoStack.splice(0, this.undoStack.length - limit);
      this.redoStack.length = 0;
      this.lockedRedoDepth = 0;
      this.revision = revision;
      this.setMap(freezeChanged(next, patches), 'run', [...patches, ...stampPatches]);
    }
    return result as Result;
  }

  undo(): boolean {
    if (this.lock && this.undoStack.length <= this.lockedUndoDepth) return this.refuse('undo');
    const entry = this.undoStack.pop();
    if (!entry) return false;
    this.redoStack.push(entry);
    this.revision = entry.previous;
    this.setMap(this.patched(entry.inverse), 'undo', entry.inverse);
    return true;
  }

  redo(): boolean {
    if (this.lock && this.redoStack.length <= this.lockedRedoDepth) return this.refuse('redo');
    const entry = this.redoStack.pop();
    if (!entry) return false;
    this.undoStack.push(entry);
    this.revision = entry.revision;
    this.setMap(this.patched(entry.patches), 'redo', entry.patches);
    return true;
  }

  get participantLock(): ParticipantLock | null {
    return this.lock;
  }

  /** From now on only what the lock allows runs, and undo stays within the lock's own steps. */
  lockFor(lock: ParticipantLock): void {
    this.lock = lock;
    this.lockedUndoDepth = this.undoStack.length;
    this.lockedRedoDepth = this.redoStack.length;
    this.emitLockChange();
  }

  /** Lifts the lock when the PIN's digest matches (or there is no PIN); false leaves it locked. */
  unlock(pinDigest: string | null = null): boolean {
    if (!this.lock) return true;
    if (!this.lock.unlocks(pinDigest)) return false;
    this.lock = null;
    this.emitLockChange();
    return true;
  }

  readonly onRefused = (listener: (name: string) => void): (() => void) => {
    this.refusalListeners.add(listener);
    return () => this.refusalListeners.delete(listener);
  };

  private emitLockChange(): void {
    const map = this.document.map;
    this.emit({ kind: 'lock', previous: map, map, patches: [] });
  }

  /** Tells the refusal listeners; also for actions outside the store that the lock keeps out (opening another map). */
  refuse(name: string): false {
    for (const listener of this.refusalListeners) listener(name);
    return false;
  }

  /**
   * New or opened document: history starts over and it counts as saved, unless
   * `unsaved` (a recovered draft, which holds work that is on no disk).
   */
  replace(document: CjmDocument, { unsaved = false }: { readonly unsaved?: boolean } = {}): void {
    const previous = this.document.map;
    // Frozen now, while the map opens: immer would otherwise deep-freeze all 10,000 notes inside the first command (the first drop).
    this.document = freeze(document, true);
    this.undoStack.length = 0;
    this.redoStack.length = 0;
    this.lockedUndoDepth = 0;
    this.lockedRedoDepth = 0;
    this.revision = this.nextRevision++;
    this.savedRevision = unsaved ? -1 : this.revision;
    this.emit({ kind: 'replace', previous, map: document.map, patches: null });
  }

  /** The revision the document is at now; a save records it before it awaits the disk. */
  get currentRevision(): number {
    return this.revision;
  }

  /** Marks `revision` as what is on disk; edits made while the save was under way stay unsaved. */
  markSaved(revision = this.revision): void {
    this.savedRevision = revision;
    const map = this.document.map;
    this.emit({ kind: 'saved', previous: map, map, patches: [] });
  }

  private patched(patches: readonly Patch[]): JourneyMap {
    return freezeChanged(immer.applyPatches(this.document.map, patches as Patch[]), patches);
  }

  private setMap(map: JourneyMap, kind: DocumentChange['kind'], patches: readonly Patch[]): void {
    const previous = this.document.map;
    this.document = { ...this.document, map };
    this.emit({ kind, previous, map, patches });
  }

  private emit(change: DocumentChange): void {
    for (const listener of this.listeners) listener(change);
  }
}
