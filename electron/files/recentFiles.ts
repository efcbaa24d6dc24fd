/**
 * The recently opened or saved maps, most recent first, kept in preferences.
 * The OS list (app.addRecentDocument) is fed through `onAdded`, so this module
 * stays plain Node. A path in this list counts as picked by the user: File ▸
 * Open Recent may open it without a dialog.
 */
import { basename, resolve } from 'node:path';
import type { RecentFile } from '../ipc-contract';
import type { PreferenceStore } from '../preferences/preferences';

export const RECENT_LIMIT = 10;

export interface RecentFiles {
  add(path: string): void;
  remove(path: string): void;
  list(): RecentFile[];
  has(path: string): boolean;
  clear(): void;
  /** The map to reopen at start, when the preference asks for it. */
  lastToReopen(): string | null;
}

export function createRecentFiles(preferences: PreferenceStore, onChanged: (added: string | null) => void = () => {}): RecentFiles {
  const paths = () => preferences.get('recentFiles');
  const store = (next: string[], added: string | null) => {
    preferences.set('recentFiles', next.slice(0, RECENT_LIMIT));
    onChanged(added);
  };
  return {
    add(path) {
      const normalized = resolve(path);
      store([normalized, ...paths().filter((p) => p !== normalized)], normalized);
    },
    remove(path) {
      const normalized = resolve(path);
      if (paths().includes(normalized)) store(paths().filter((p) => p !== normalized), null);
    },
    list: () => paths().map((path) => ({ path, name: basename(path) })),
    has: (path) => paths().includes(resolve(path)),
    clear: () => store([], null),
    lastToReopen: () => (preferences.get('reopenLastMap') ? (paths()[0] ?? null) : null),
  };
}
