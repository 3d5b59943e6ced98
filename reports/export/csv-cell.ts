/** What a spreadsheet reads as the start of a formula: a cell that begins so is defused. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Separators a spreadsheet may guess when it opens the file: a cell holding any of them is quoted. */
const ANY_SEPARATOR = /[;,\t]/;

/**
 * One CSV cell. Offer text is hostile: a cell starting with `=`, `+`, `-`, `@`, a tab or a carriage return would
 * run as a formula in Excel or LibreOffice (`=HYPERLINK(…)`, `=cmd|…`), so it gets a leading apostrophe, which
 * both show as text. Numbers the program computed are written as they are. A cell holding a comma or a tab is
 * quoted even though `;` separates the cells: a reader that guesses the separator (LibreOffice's import, Python's
 * sniffer) would otherwise split it.
 */
export function csvCell(value: string | number | boolean | null | undefined, separator = ';'): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'oui' : 'non';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  const needsQuotes =
    text.includes(separator) ||
    ANY_SEPARATOR.test(text) ||
    text.includes('"') ||
    text.includes('\n') ||
    text.includes('\r') ||
    /^\s|\s$/.test(text);
  return needsQuotes ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(
  values: readonly (string | number | boolean | null | undefined)[],
  separator = ';',
): string {
  return `${values.map((value) => csvCell(value, separator)).join(separator)}\r\n`;
}

/** Excel needs the byte-order mark to read UTF-8 (accents) correctly; LibreOffice and R accept it. */
export const CSV_BOM = '\uFEFF';
