import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createMainTranslator } from '../../../electron/i18n';

const electronFolder = join(import.meta.dirname, '../../../electron');

async function sourceFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => join(entry.parentPath, entry.name));
}

describe('main-process strings', () => {
  const t = createMainTranslator();

  it('has every key the main process asks for', async () => {
    const keys = new Set<string>();
    for (const file of await sourceFiles(electronFolder)) {
      for (const match of (await readFile(file, 'utf8')).matchAll(/\bt\('([\w.]+)'/g)) keys.add(match[1] ?? '');
    }

    expect(keys.size).toBeGreaterThan(10);
    for (const key of keys) expect(t(key), key).not.toBe(key);
  });

  it.each([
    ['en', 'Save changes to “Q3 <B2B> & "Retail"” before closing?'],
    ['pl', 'Zapisać zmiany w „Q3 <B2B> & "Retail"” przed zamknięciem?'],
    ['ro', 'Salvați modificările din „Q3 <B2B> & "Retail"” înainte de închidere?'],
    ['ru', 'Сохранить изменения в «Q3 <B2B> & "Retail"» перед закрытием?'],
  ] as const)('puts document names into dialogs unescaped, in the quotes of %s', (language, expected) => {
    expect(createMainTranslator(language)('dialog.unsaved.message', { name: 'Q3 <B2B> & "Retail"' })).toBe(expected);
  });
});
