/**
 * A French or API-formatted number: "2275.0", "26400,00", "1 800", "1.800,50", "25k". Returns null when it is
 * not a number. A lone dot followed by exactly three digits is a thousands separator ("1.800"), as people write it.
 * `parseAmountReference` is the same reading by regexes and splits; a test compares them.
 */
export function parseAmount(input: string): number | null {
  // Most amounts are already clean (digits, dots, commas, a final "k"): spaces and capitals are removed only
  // from the others.
  const clean = isClean(input);
  let text = clean ? input : input.replace(/[\s\u00a0\u202f']/g, '').toLowerCase();
  let factor = 1;
  if (text.endsWith('k')) {
    factor = 1000;
    text = text.slice(0, -1);
  }
  // A clean text holds only digits, dots and commas: it is a number when it starts with a digit.
  const first = text.charCodeAt(0);
  if (clean ? !(first >= 48 && first <= 57) : !/^\d[\d.,]*$/.test(text)) return null;
  const lastComma = text.lastIndexOf(',');
  const lastDot = text.lastIndexOf('.');
  if (lastComma >= 0 && lastDot >= 0) {
    const decimal = lastComma > lastDot ? ',' : '.';
    const thousands = decimal === ',' ? '.' : ',';
    text = text.replaceAll(thousands, '').replace(decimal, '.');
  } else if (lastComma >= 0) {
    // Two commas or more are thousands separators; one is the decimal point.
    text = text.indexOf(',') !== lastComma ? text.replaceAll(',', '') : text.replace(',', '.');
  } else if (lastDot >= 0) {
    const twoDots = text.indexOf('.') !== lastDot;
    const threeDigitsAfter = text.length - lastDot - 1 === 3;
    const zeroBefore = lastDot === 1 && text.charCodeAt(0) === 48;
    if (twoDots || (threeDigitsAfter && factor === 1 && !zeroBefore)) text = text.replaceAll('.', '');
  }
  const value = Number(text) * factor;
  return Number.isFinite(value) ? value : null;
}

/** Only digits, dots and commas, and perhaps a lower-case "k" at the end: nothing to remove or lower. */
function isClean(input: string): boolean {
  const last = input.length - 1;
  for (let at = 0; at <= last; at++) {
    const code = input.charCodeAt(at);
    if ((code >= 48 && code <= 57) || code === 46 || code === 44) continue;
    if (code === 107 && at === last) continue;
    return false;
  }
  return true;
}

/** What `parseAmount` must return, by regexes and splits. */
export function parseAmountReference(input: string): number | null {
  let text = input.replace(/[\s\u00a0\u202f']/g, '').toLowerCase();
  let factor = 1;
  if (text.endsWith('k')) {
    factor = 1000;
    text = text.slice(0, -1);
  }
  if (!/^\d[\d.,]*$/.test(text)) return null;
  const lastComma = text.lastIndexOf(',');
  const lastDot = text.lastIndexOf('.');
  if (lastComma >= 0 && lastDot >= 0) {
    const decimal = lastComma > lastDot ? ',' : '.';
    const thousands = decimal === ',' ? '.' : ',';
    text = text.split(thousands).join('').replace(decimal, '.');
  } else if (lastComma >= 0) {
    text = text.split(',').length > 2 ? text.split(',').join('') : text.replace(',', '.');
  } else if (lastDot >= 0) {
    const pieces = text.split('.');
    if (pieces.length > 2 || (pieces[1]!.length === 3 && factor === 1 && pieces[0] !== '0'))
      text = pieces.join('');
  }
  const value = Number(text) * factor;
  return Number.isFinite(value) ? value : null;
}
