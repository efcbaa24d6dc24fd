/**
 * The packaging config, read with electron-builder's own YAML loader and
 * checked by electron-builder's own schema validator (what `npm run dist`
 * runs first), so a misspelt fuse fails here rather than on a release day.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const yaml = require('js-yaml') as { load(text: string): unknown };
const { validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
  validateConfiguration(config: unknown, debugLogger: { isEnabled: boolean; add(): void }): Promise<void>;
};

const config = yaml.load(readFileSync(new URL('../../../build/electron-builder.yml', import.meta.url), 'utf8')) as Record<string, unknown>;

describe('build/electron-builder.yml', () => {
  // The first validation compiles electron-builder's large JSON schema: seconds on a busy machine.
  it('passes electron-builder 26’s schema', { timeout: 30_000 }, async () => {
    await expect(validateConfiguration(config, { isEnabled: false, add: () => {} })).resolves.toBeUndefined();
  });

  it('a misspelt option fails that schema (the check can fail)', async () => {
    const misspelt = { ...config, electronFuses: { ...(config.electronFuses as object), runAsnode: false } };
    await expect(validateConfiguration(misspelt, { isEnabled: false, add: () => {} })).rejects.toThrow(/electronFuses/);
  });

  it('flips the hardening fuses: no run-as-Node, NODE_OPTIONS or --inspect; app code only from a checked asar', () => {
    expect(config.asar).toBe(true);
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
    });
  });
});
