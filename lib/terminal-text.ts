/**
 * Offer text printed to a terminal is written by strangers: an ANSI escape could clear the screen, retitle the
 * window or forge a hyperlink, a carriage return could overwrite a verdict. These keep what the text says and drop
 * what a terminal would act upon.
 */

/** Each run of control characters (C0 but line feed, DEL, C1) or bidi overrides becomes one space. */
export function terminalText(text: string): string {
  return text.replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]+/g, ' ');
}

/** JSON.stringify escapes C0 only; DEL and C1 (U+009B starts a control sequence) are escaped here too. */
export function terminalSafeJson(value: unknown, space?: number): string {
  return JSON.stringify(value, null, space).replace(
    /[\u007f-\u009f]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
