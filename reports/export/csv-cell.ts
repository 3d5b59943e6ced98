/** What a spreadsheet reads as the start of a formula: a cell that begins so is defused. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV cell. Offer text is hostile: a cell starting with `=`, `+`, `-`, `@`, a tab or a carriage return would
 * run as a formula in Excel or LibreOffice (`=HYPERLINK(…)`, `=cmd|…`), so it gets a leading apostrophe, which
 * both show as text. Numbers the program computed are written as they are.
 */
export function csvCell(value: string | number | boolean | null | undefined, separator = ';'): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'oui' : 'non';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  const needsQuotes =
    text.includes(separator) ||
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
