/**
 * Why a `.cjm` text could not be opened, as a tagged union. The UI maps each
 * kind to a message with an exhaustive switch, so a new kind cannot ship silently.
 */
export interface RecordProblem {
  /** Where in the file, e.g. `map.notes.n1.text`. */
  readonly path: string;
  readonly reason: string;
}

export interface BrokenReference {
  readonly path: string;
  /** The id that was pointed at and does not exist. */
  readonly missingId: string;
  readonly collection: string;
}

export type CjmParseError =
  | { readonly kind: 'notJson'; readonly detail: string }
  | { readonly kind: 'notCjm' }
  | { readonly kind: 'versionTooNew'; readonly fileVersion: number; readonly supportedVersion: number }
  | { readonly kind: 'migrationFailed'; readonly fromVersion: number; readonly detail: string }
  | { readonly kind: 'invalidRecords'; readonly problems: readonly RecordProblem[] }
  | { readonly kind: 'brokenReferences'; readonly references: readonly BrokenReference[] };

export type Result<T, E> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: E };

export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });
export const err = <E>(error: E): Result<never, E> => ({ ok: false, error });
