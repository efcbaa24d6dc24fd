/** React's view of the UiStore: a component re-renders when the part it selects changes. */
import { useSyncExternalStore } from 'react';
import type { UiState, UiStore } from '../state/uiStore';

export function useUi<T>(store: UiStore, select: (state: UiState) => T): T {
  return useSyncExternalStore(store.subscribe, () => select(store.get()));
}
