/**
 * Offer text printed to a terminal is written by strangers: an ANSI escape could clear the screen, retitle the
 * window or forge a hyperlink, a carriage return could overwrite a verdict. These keep what the text says and drop
 * what a terminal would act upon.
 */

/**
 * Each run of control characters (C0 but line feed, DEL, C1), bidi controls (embeddings, overrides, isolates,
 * marks) or Unicode line and paragraph separators (U+2028, U+2029) becomes one space.
 */
export function terminalText(text: string): string {
  return text.replace(
    /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]+/g,
    ' ',
  );
}

/** The same on one line: line feeds become spaces too, runs of white space one space, and the ends are trimmed. */
export function terminalLine(text: string): string {
  return terminalText(text.replace(/\n/g, ' '))
    .replace(/\s{2,}/g, ' ')
    .trim();
}

/**
 * JSON whose strings carry no raw DEL, C1 control, bidi control or line separator: JSON.stringify escapes only C0;
 * a terminal reads U+009B as the start of a control sequence, U+202E reverses what follows (a verdict included),
 * U+2028 and U+2029 break lines in some viewers. The escaped form parses back to the same text.
 */
export function terminalSafeJson(value: unknown, space?: number): string {
  return JSON.stringify(value, null, space).replace(
    /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
