/**
 * Where a save dialog's answer may be written. Shared by maps and exports so
 * that both clean the renderer's suggested name and add their extension the
 * same way.
 */
import { extname } from 'node:path';

/** A name the user typed, made safe as a file name on every OS (no folders, no reserved characters); empty when nothing is left. */
export function cleanFileName(name: string): string {
  return name
    .replace(/[\\/]/g, ' ')
    .replace(/[<>:"|?*\u0000-\u001f]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/^[.\s]+|[.\s]+$/g, '')
    .slice(0, 120)
    .trim();
}

/**
 * Shows the save dialog until its answer can be written. The dialog confirmed
 * replacing only the exact name the user typed: when the extension must be
 * added and that file exists, the dialog is shown again with the full name.
 * `check` refuses an answer outright (it throws).
 */
export async function askSaveTarget(options: {
  readonly ask: (defaultPath: string) => Promise<string | null>;
  readonly defaultPath: string;
  readonly extension: string;
  readonly exists: (path: string) => Promise<boolean>;
  readonly check?: (picked: string) => void;
}): Promise<string | null> {
  let defaultPath = options.defaultPath;
  for (;;) {
    const picked = await options.ask(defaultPath);
    if (picked === null) return null;
    options.check?.(picked);
    if (extname(picked).toLowerCase() === options.extension) return picked;
    const withExtension = `${picked}${options.extension}`;
    if (!(await options.exists(withExtension))) return withExtension;
    defaultPath = withExtension;
  }
}
