/** `node --import` this before the built main bundle: it installs resolveElectron.mjs. */
import { register } from 'node:module';

register('./resolveElectron.mjs', import.meta.url);
