/**
 * Keeps the participant lock across a reload of the window. A participant
 * who reloads, or a renderer that crashed and was reloaded, must find the
 * board still locked: the lock is written to the window's session storage
 * (which a reload keeps and closing the window clears) and read back at start.
 * The PIN is kept only as a salted SHA-256 digest.
 */
import type { DocumentStore } from '../../state/documentStore';
import { ParticipantLock, type PinSecret } from '../../state/participantLock';

const KEY = 'journeyboard.participantLock';

interface LockRecord {
  readonly version: 1;
  readonly pin: PinSecret | null;
  readonly addedNotes: readonly string[];
}

const hex = (bytes: ArrayBuffer) => [...new Uint8Array(bytes)].map((b) => b.toString(16).padStart(2, '0')).join('');

/** The digest a PIN is checked by: SHA-256 of the salt and the digits. */
export async function pinDigest(pin: string, salt: string): Promise<string> {
  return hex(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`${salt}:${pin}`)));
}

/** A lock for `pin` (digits, or '' for none), with a fresh salt. */
export async function lockWithPin(pin: string): Promise<ParticipantLock> {
  if (pin === '') return new ParticipantLock(null);
  const salt = hex(crypto.getRandomValues(new Uint8Array(16)).buffer);
  return new ParticipantLock({ salt, digest: await pinDigest(pin, salt) });
}

/** What to hand `store.unlock` for the digits typed: their digest with the lock's salt. */
export async function unlockDigest(lock: ParticipantLock | null, pin: string): Promise<string | null> {
  return lock?.pin ? pinDigest(pin, lock.pin.salt) : null;
}

const isString = (value: unknown): value is string => typeof value === 'string';

function readRecord(raw: string): LockRecord | null {
  try {
    const value = JSON.parse(raw) as Partial<LockRecord> | null;
    const pin = value?.pin;
    const pinOk = pin === null || (typeof pin === 'object' && pin !== undefined && isString(pin.salt) && isString(pin.digest));
    if (value?.version !== 1 || !pinOk || !Array.isArray(value.addedNotes) || !value.addedNotes.every(isString)) return null;
    return { version: 1, pin: pin ? { salt: pin.salt, digest: pin.digest } : null, addedNotes: value.addedNotes };
  } catch {
    return null;
  }
}

/**
 * Locks `store` again if the window was locked before it reloaded. A record
 * that cannot be read still locks the board (unlocking by confirming): a
 * broken record must not be a way to unlock it.
 */
export function restoreLock(store: DocumentStore, storage: Storage): void {
  const raw = storage.getItem(KEY);
  if (raw === null) return;
  const record = readRecord(raw);
  store.lockFor(new ParticipantLock(record?.pin ?? null, record?.addedNotes ?? []));
}

/** From now on, writes every lock, unlock and note added under the lock to `storage`. */
export function keepLock(store: DocumentStore, storage: Storage): () => void {
  const write = () => {
    const lock = store.participantLock;
    if (!lock) storage.removeItem(KEY);
    else storage.setItem(KEY, JSON.stringify({ version: 1, pin: lock.pin, addedNotes: lock.added() } satisfies LockRecord));
  };
  return store.subscribe((change) => {
    if (change.kind === 'lock' || (change.kind === 'run' && store.participantLock)) write();
  });
}
