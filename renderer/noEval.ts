/**
 * Imported first by main.tsx, before any zod schema is built. Our CSP forbids
 * eval, so zod's compiled parsers could never run here anyway; but zod probes
 * for them with `new Function`, which the CSP reports as a violation. Telling
 * zod up front skips the probe, so a real violation is never lost in noise.
 */
import { z } from 'zod';

z.config({ jitless: true });
