/**
 * What the app remembers between runs, behind an interface so the logic is
 * tested without Electron. Window placement is decided here from a plain list
 * of display work areas; main.ts reads them from `screen` and passes them in.
 */
import { z } from 'zod';
import { LANGUAGES } from '../../renderer/i18n/languages';

const rect = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
});
export type Rect = z.infer<typeof rect>;

/** Each value is checked on read: the file is the user's and may be edited or corrupt. */
export const preferenceSchemas = {
  windowBounds: rect.nullable(),
  windowMaximized: z.boolean(),
  lastFolder: z.string().min(1).nullable(),
  /** The UI language the user chose; null until they choose, so the OS's language is followed. */
  language: z.enum(LANGUAGES).nullable(),
};

export type Preferences = { [K in keyof typeof preferenceSchemas]: z.infer<(typeof preferenceSchemas)[K]> };

export const DEFAULT_PREFERENCES: Preferences = {
  windowBounds: null,
  windowMaximized: false,
  lastFolder: null,
  language: null,
};

export interface PreferenceStore {
  get<K extends keyof Preferences>(key: K): Preferences[K];
  set<K extends keyof Preferences>(key: K, value: Preferences[K]): void;
}

export interface WindowPlacement {
  /** Absent when the window should be centred by the OS. */
  readonly x?: number;
  readonly y?: number;
  readonly width: number;
  readonly height: number;
}

/** How much of the title bar must be on a display for the user to grab it. */
const GRAB_WIDTH = 64;
const GRAB_HEIGHT = 16;
const TITLE_BAR_HEIGHT = 32;

/**
 * The saved bounds when the window's title bar would still be on a current
 * display; otherwise (a monitor was unplugged, the resolution shrank) the saved
 * size, shrunk to fit the largest display, and no position.
 */
export function restoreWindowPlacement(
  saved: Rect | null,
  workAreas: readonly Rect[],
  fallbackSize: { readonly width: number; readonly height: number },
): WindowPlacement {
  if (!saved) return fitToLargest(fallbackSize, workAreas);
  const titleBar = { x: saved.x, y: saved.y, width: saved.width, height: TITLE_BAR_HEIGHT };
  const grabbable = workAreas.some((area) => {
    const overlap = intersect(titleBar, area);
    return overlap.width >= GRAB_WIDTH && overlap.height >= GRAB_HEIGHT;
  });
  if (grabbable) return { ...saved };
  return fitToLargest(saved, workAreas);
}

function fitToLargest(
  size: { readonly width: number; readonly height: number },
  workAreas: readonly Rect[],
): WindowPlacement {
  const largest = [...workAreas].sort((a, b) => b.width * b.height - a.width * a.height)[0];
  if (!largest) return { width: size.width, height: size.height };
  return { width: Math.min(size.width, largest.width), height: Math.min(size.height, largest.height) };
}

function intersect(a: Rect, b: Rect): { width: number; height: number } {
  return {
    width: Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)),
    height: Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)),
  };
}
