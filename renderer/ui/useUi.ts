/** React's view of the view-state stores: a component re-renders when the part it reads changes. */
import { useSyncExternalStore } from 'react';
import type { UiState, UiStore } from '../state/uiStore';
import type { ValueStore } from '../state/valueStore';

export function useUi<T>(store: UiStore, select: (state: UiState) => T): T {
  return useSyncExternalStore(store.subscribe, () => select(store.get()));
}

export const useValue = <T extends object>(store: ValueStore<T>): T => useSyncExternalStore(store.subscribe, store.get);
