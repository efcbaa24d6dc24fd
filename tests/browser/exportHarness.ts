/**
 * A map ready to export in a browser test: a built-in template in one of the
 * four languages, with notes holding the letters that go missing from other
 * tools' exports, laid out by the real layout with canvas text fitting and
 * labelled from the app's own catalog.
 */
import { commands } from 'vitest/browser';
import type { BoardLayout } from '../../renderer/model/layout';
import { computeLayout } from '../../renderer/model/layout';
import { parseCjm } from '../../renderer/model/cjmFormat';
import type { JourneyMap, Note } from '../../renderer/model/types';
import { canvasMeasure, createNoteFitter } from '../../renderer/board/textMeasure';
import { createI18n } from '../../renderer/i18n/i18n';
import { createLayoutText } from '../../renderer/ui/boardLabels';
import { createExportInput } from '../../renderer/ui/exportInput';
import '../../renderer/ui/styles.css';
import type { ExportInput } from '../../renderer/board/export/exportMap';

declare module 'vitest/browser' {
  interface BrowserCommands {
    pdfText: (base64: string) => Promise<string>;
    pdfImages: (base64: string) => Promise<string>;
    keepExport: (name: string, base64: string) => Promise<string[]>;
  }
}

export const LANGUAGES = ['en', 'pl', 'ro', 'ru'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The strings the acceptance test looks for in every export, whatever the UI language. */
export const POLISH = 'ąćęłńóśźż';
export const ROMANIAN = 'ășțâî';
export const RUSSIAN = 'Съешь же ещё этих мягких французских булок';
export const SPECIAL_NOTES = [`Polski: ${POLISH}`, `Română: ${ROMANIAN}`, `Русский: ${RUSSIAN}`] as const;

const TEMPLATES = import.meta.glob<string>('../../assets/templates/shop-purchase.*.cjm', { query: '?raw', import: 'default', eager: true });

export function templateMap(language: Language): JourneyMap {
  const text = TEMPLATES[`../../assets/templates/shop-purchase.${language}.cjm`];
  if (!text) throw new Error(`no shop-purchase template in ${language}`);
  const parsed = parseCjm(text);
  if (!parsed.ok) throw new Error(`template does not parse: ${parsed.error.kind}`);
  return parsed.value.document.map;
}

/** The map with three more notes, one per alphabet, in its first note's cell. */
export function withSpecialNotes(map: JourneyMap): JourneyMap {
  const first = Object.values(map.notes)[0];
  if (!first) throw new Error('the template has no notes');
  const notes: Record<string, Note> = { ...map.notes };
  SPECIAL_NOTES.forEach((text, i) => {
    const id = `special-${i}`;
    notes[id] = { ...first, id, text, order: `${first.order}${i + 1}` };
  });
  return { ...map, notes };
}

export async function loadFonts(): Promise<void> {
  await Promise.all(['400 16px "Noto Sans"', '600 16px "Noto Sans"', '700 16px "Noto Sans"'].map((font) => document.fonts.load(font)));
}

export async function exportInput(map: JourneyMap, language: Language): Promise<ExportInput> {
  await loadFonts();
  const i18n = await createI18n(language);
  const t = i18n.t.bind(i18n);
  const measure = canvasMeasure();
  const layout: BoardLayout = computeLayout(map, { fitNote: createNoteFitter(measure), focus: null, measure, text: createLayoutText(t, language) });
  return { ...(await createExportInput(t, map, layout)), layout };
}

export function base64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export const pdfText = (bytes: Uint8Array): Promise<string> => commands.pdfText(base64(bytes));
export const pdfImages = (bytes: Uint8Array): Promise<string> => commands.pdfImages(base64(bytes));
export const keepExport = (name: string, bytes: Uint8Array): Promise<string[]> => commands.keepExport(name, base64(bytes));

/** Width and height from a PNG's IHDR chunk. */
export function pngDimensions(bytes: Uint8Array): { width: number; height: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
