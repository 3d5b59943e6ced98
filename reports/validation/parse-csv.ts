/**
 * Reads a CSV as spreadsheets write it: a UTF-8 byte-order mark or not, `;` (French Excel, LibreOffice) or `,`
 * as separator (guessed from the header line unless given), quoted cells holding separators, doubled quotes and
 * line breaks, and CRLF or LF line ends. Returns the rows as arrays of cells; blank lines are dropped.
 */
export function parseCsv(text: string, options: { separator?: ';' | ',' | '\t' } = {}): string[][] {
  const input = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const separator = options.separator ?? guessSeparator(input);
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let index = 0; index < input.length; index++) {
    const char = input[index]!;
    if (quoted) {
      if (char === '"') {
        if (input[index + 1] === '"') {
          cell += '"';
          index++;
        } else {
          quoted = false;
        }
      } else {
        cell += char;
      }
    } else if (char === '"' && cell === '') {
      quoted = true;
    } else if (char === separator) {
      row.push(cell);
      cell = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && input[index + 1] === '\n') index++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else {
      cell += char;
    }
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows.filter((cells) => cells.some((value) => value.trim() !== ''));
}

/** The separator that occurs most often outside quotes on the first line. */
function guessSeparator(text: string): string {
  const counts = new Map<string, number>([
    [';', 0],
    [',', 0],
    ['\t', 0],
  ]);
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && counts.has(char)) counts.set(char, counts.get(char)! + 1);
  }
  const [mostFrequent, count] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
  return count > 0 ? mostFrequent : ';';
}

/** A cell a spreadsheet user wrote as a verdict: yes, no, or nothing. */
export function parseVerdict(cell: string | undefined): boolean | null {
  const value = (cell ?? '').trim().replace(/^'/, '').toLowerCase();
  if (value === '') return null;
  if (['1', 'oui', 'o', 'x', 'vrai', 'true', 'yes', 'y', 'v', 'ok'].includes(value)) return true;
  if (['0', 'non', 'n', 'faux', 'false', 'no', '-'].includes(value)) return false;
  throw new Error(`"${cell}" n’est pas un verdict : écrire oui ou non (ou 1 / 0, x / vide)`);
}
