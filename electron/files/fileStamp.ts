/**
 * What the app knows about a version of a file: the SHA-256 of its bytes, plus
 * size and mtime. Conflicts are decided by the hash, because a foreign write
 * can keep the mtime (`touch -r`, rsync, a file system with 1-second times) or
 * land within the same mtime tick; size and mtime only make the watcher cheap.
 */
import { createHash } from 'node:crypto';
import type { FileStamp } from '../ipc-contract';

export type { FileStamp };

export const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

export function stampOf(bytes: Uint8Array, mtimeMs: number): FileStamp {
  return { sha256: sha256(bytes), size: bytes.byteLength, mtimeMs };
}

/** True when size and mtime still match: the cheap test a poll uses before hashing. */
export const sameStat = (a: FileStamp, stats: { size: number; mtimeMs: number }): boolean =>
  a.size === stats.size && a.mtimeMs === stats.mtimeMs;
