/**
 * The app never writes a file it cannot read back. Before a save, the text is
 * made, measured against the size limit and parsed again with the same reader
 * that opens files; a map that would not reopen is not written, and the user
 * is told why while the map is still on screen.
 */
import { type AppStamp, parseCjm, serializeCjm } from './cjmFormat';
import { NestingTooDeepError } from './canonicalJson';
import { type CjmParseError, err, ok, type Result } from './parseErrors';
import type { CjmDocument } from './types';

export type SaveProblem =
  | { readonly kind: 'tooDeep'; readonly path: string }
  | { readonly kind: 'tooLarge'; readonly bytes: number; readonly maxBytes: number }
  | { readonly kind: 'unreadable'; readonly error: CjmParseError };

/** UTF-8 size of `text`, counted without allocating the encoded bytes. */
export function utf8Length(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 2; // a surrogate pair: 2 units, 4 bytes
      i++;
    } else if (code >= 0x800) bytes += 2;
    else if (code >= 0x80) bytes += 1;
  }
  return bytes;
}

export function savableText(document: CjmDocument, app: AppStamp, maxBytes: number): Result<string, SaveProblem> {
  let text: string;
  try {
    text = serializeCjm(document, app);
  } catch (error) {
    if (error instanceof NestingTooDeepError) return err({ kind: 'tooDeep', path: error.path });
    throw error;
  }
  // Three bytes per UTF-16 unit at most, so short texts need no count.
  const bytes = text.length * 3 <= maxBytes ? text.length : utf8Length(text);
  if (bytes > maxBytes) return err({ kind: 'tooLarge', bytes, maxBytes });
  const reread = parseCjm(text);
  return reread.ok ? ok(text) : err({ kind: 'unreadable', error: reread.error });
}
