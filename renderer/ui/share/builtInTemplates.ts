/** The built-in template files, bundled with the renderer and loaded when the gallery first opens. */
const FILES = import.meta.glob<string>('../../../assets/templates/*.cjm', { query: '?raw', import: 'default' });

export async function loadBuiltInTemplates(): Promise<ReadonlyMap<string, string>> {
  const entries = await Promise.all(Object.entries(FILES).map(async ([path, load]) => [path.slice(path.lastIndexOf('/') + 1), await load()] as const));
  return new Map(entries);
}
