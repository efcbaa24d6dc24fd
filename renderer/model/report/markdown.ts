/** Markdown text helpers: what a note may contain must never turn into markup or break a table. */

/** Characters that would start emphasis, code, links, HTML or a table cell. */
const INLINE_SPECIAL = /[\\`*_[\]<>|]/g;

export function inline(text: string): string {
  return text.replace(INLINE_SPECIAL, (c) => `\\${c}`);
}

/** A list item's text: later lines stay inside the item as hard line breaks. */
export function listItem(text: string, indent = ''): string {
  const [first = '', ...rest] = inline(text.trim()).split(/\r\n|\r|\n/);
  return [`${indent}- ${first}`, ...rest.map((line) => `${indent}  ${line}`)].join('  \n');
}

/** A table cell: one line, so line breaks become <br>. */
export function cell(text: string): string {
  return inline(text.trim()).replace(/\r\n|\r|\n/g, '<br>');
}

export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
