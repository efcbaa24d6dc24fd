/**
 * Present mode's keys, as a presenter clicker sends them: what a key press
 * asks for, or null for a key present mode leaves to the app (Ctrl/Cmd
 * shortcuts such as Save). Plain keys present mode has no use for are
 * swallowed, so a stray N or Delete never edits the map in front of the room.
 */
export type PresentIntent =
  | { readonly kind: 'next' | 'previous' | 'first' | 'last' | 'scrollDown' | 'scrollUp' | 'exit' | 'laserOn' | 'ignore' }
  | { readonly kind: 'stage'; readonly n: number }
  | { readonly kind: 'blank'; readonly blank: 'black' | 'white' };

export interface PresentKey {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
}

const BY_KEY: Readonly<Record<string, PresentIntent>> = {
  ArrowRight: { kind: 'next' },
  PageDown: { kind: 'next' },
  ' ': { kind: 'next' },
  ArrowLeft: { kind: 'previous' },
  PageUp: { kind: 'previous' },
  Home: { kind: 'first' },
  End: { kind: 'last' },
  ArrowDown: { kind: 'scrollDown' },
  ArrowUp: { kind: 'scrollUp' },
  Escape: { kind: 'exit' },
  b: { kind: 'blank', blank: 'black' },
  // Clickers' "blank screen" button sends a full stop.
  '.': { kind: 'blank', blank: 'black' },
  w: { kind: 'blank', blank: 'white' },
  l: { kind: 'laserOn' },
};

export function presentIntent(e: PresentKey): PresentIntent | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
  if (/^[1-9]$/.test(key)) return { kind: 'stage', n: Number(key) };
  return BY_KEY[key] ?? { kind: 'ignore' };
}

/** L released: the laser goes out. */
export const isLaserKey = (e: { readonly key: string }): boolean => e.key.toLowerCase() === 'l';
