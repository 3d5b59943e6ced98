/** A digit, ASCII or full-width (U+FF10–U+FF19): "０６ １２ …" is a phone number too. */
const D = '[0-9\uFF10-\uFF19]';
/** Between two groups of digits: a space (any), a dot, a slash, a hyphen or a dash, or nothing. */
const SEP = '[\\s.\\/\\-\u2010-\u2015\uFF0E\uFF0F]?';
const PLUS = '(?:\\+|\uFF0B|00)';
const NOT_DIGIT_BEFORE = `(?<!${D})`;
const NOT_DIGIT_AFTER = `(?!${D})`;
const PHONE = new RegExp(
  [
    // +33 6 12 34 56 78, 0033 (0)6…, +33612345678
    `${PLUS}\\s?33\\s?(?:\\(\\s?0\\s?\\)\\s?)?[1-9\uFF11-\uFF19](?:${SEP}${D}{2}){4}`,
    // (06) 98 76 54 32
    `\\(\\s?[0\uFF10][1-9\uFF11-\uFF19]\\s?\\)\\s?${D}{2}(?:${SEP}${D}{2}){3}`,
    // 06 12 34 56 78, 06/12/34/56/78, Tel0612345678 (no word boundary needed: a letter may touch it)
    `[0\uFF10][1-9\uFF11-\uFF19](?:${SEP}${D}{2}){4}`,
    // Other countries: +41 79 123 45 67, +32 470 12 34 56 — a country code and three to six groups.
    `${PLUS}\\s?[1-9]${D}{0,2}(?:${SEP}\\(?${D}{1,4}\\)?){3,6}`,
  ]
    .map((alternative) => `${NOT_DIGIT_BEFORE}${alternative}${NOT_DIGIT_AFTER}`)
    .join('|'),
  'gu',
);
// The local part is bounded (RFC 5321: 64 characters at most): unbounded, every start of a long run of letters
// with no "@" would scan to its end, which is quadratic and hangs on a 100,000-character description. The "@" may
// be full-width (＠), small (﹫) or spelled out ("(at)", "[arobase]").
const EMAIL =
  /[\p{L}\p{N}._%+-]{1,64}\s?(?:[@\uFF20\uFE6B]|[([](?:at|arobase)[)\]])\s?[\p{L}\p{N}-]+(?:[.\uFF0E\u3002][\p{L}\p{N}-]+)+/giu;
/** Each letter in either case: "MME", "Mme" and "mme" alike. */
function anyCase(word: string): string {
  return [...word].map((letter) => `[${letter.toUpperCase()}${letter.toLowerCase()}]`).join('');
}
const TITLES = ['mr', 'mme', 'mlle', 'monsieur', 'madame', 'mademoiselle'].map(anyCase).join('|');
/** Short words that follow a name in a sentence ("Mme martin pour…"): never taken for the second word of one. */
const NOT_A_NAME = new Set(
  'à au aux avec chez dans de des du en est et la le les ou où par pour qui que sur un une vous votre au-dessus'.split(
    ' ',
  ),
);
// "Mme Dupont", "M. Jean Martin", "Monsieur DURAND", "Mme claire fontaine", "MME FONTAINE": a person by name.
const NAMED_PERSON = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:M\\.|(?:${TITLES})\\.?)\\s+([\\p{L}][\\p{L}'’-]*)(?:\\s+([\\p{L}][\\p{L}'’-]*))?`,
  'gu',
);

export const MASKED_PHONE = '[téléphone masqué]';
export const MASKED_EMAIL = '[e-mail masqué]';
export const MASKED_NAME = '[nom masqué]';

/**
 * Removes what identifies a person from a quoted offer text: phone numbers (French and international, any
 * separator, full-width digits), e-mail addresses (full-width "＠" too), recruiters' names (the offer's contact
 * name wherever it appears, and titled names in any case). The one masking function of every output: reports
 * (HTML, Markdown, JSON, PDF, duplicates table included), CSV exports, validation samples, and the web pages
 * that show them. Reports are published; the recruiter who
 * wrote a bad offer is not the story, and quoting their number would only expose them.
 */
export function maskContacts(text: string, names: readonly (string | null | undefined)[] = []): string {
  let masked = text
    .replace(EMAIL, MASKED_EMAIL)
    .replace(PHONE, MASKED_PHONE)
    .replace(NAMED_PERSON, (whole: string, first: string, second: string | undefined) => {
      if (NOT_A_NAME.has(first.toLowerCase())) return whole;
      const capital = (word: string) => word[0] !== undefined && word[0] !== word[0].toLowerCase();
      // "Mme Martin recrute": a lower-case word after a capitalised name starts the sentence again.
      const secondIsName =
        second !== undefined && !NOT_A_NAME.has(second.toLowerCase()) && (capital(second) || !capital(first));
      if (!secondIsName) {
        return `${MASKED_NAME}${second === undefined ? '' : whole.slice(whole.length - second.length - 1)}`;
      }
      return MASKED_NAME;
    });
  for (const name of names) {
    const trimmed = name?.trim();
    if (!trimmed || trimmed.length < 3) continue;
    masked = masked.replace(new RegExp(escapeRegExp(trimmed), 'giu'), MASKED_NAME);
  }
  return masked;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
