/** The app's PreferenceStore. Only main.ts imports this: electron-store cannot load outside Electron. */
import ElectronStore from 'electron-store';
import { createPreferenceStore } from './keyValuePreferenceStore';
import type { PreferenceStore } from './preferences';

export function createElectronPreferenceStore(): PreferenceStore {
  // A corrupt preferences file must not stop the app from starting.
  return createPreferenceStore(new ElectronStore({ name: 'preferences', clearInvalidConfig: true }));
}
