/**
 * A French or API-formatted number: "2275.0", "26400,00", "1 800", "1.800,50", "25k". Returns null when it is
 * not a number. A lone dot followed by exactly three digits is a thousands separator ("1.800"), as people write it.
 */
export function parseAmount(input: string): number | null {
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
