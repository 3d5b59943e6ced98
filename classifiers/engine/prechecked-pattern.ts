import { includesWord } from './substring-filter.js';

/**
 * A regex tried only when the text holds one of a few literal words that every match of it contains: a literal
 * search of the whole text costs far less than V8 trying the regex at each position, and most offers hold none of
 * the words. The promise is the caller's; the tests (tests/classifiers/fast-paths.test.ts) check every prechecked
 * pattern against its plain regex on the real offers and on text made of its own words.
 */
const created: PrecheckedPattern[] = [];

/** Every prechecked pattern the rules made: the tests compare each with its plain regex. */
export function precheckedPatterns(): readonly PrecheckedPattern[] {
  return created;
}

export class PrecheckedPattern {
  constructor(
    /** Not global: `exec` finds the first match. */
    readonly pattern: RegExp,
    /** Every match of `pattern` contains one of these. */
    readonly words: readonly string[],
  ) {
    created.push(this);
  }

  /** Whether `pattern` can match `text` at all. */
  mayMatch(text: string): boolean {
    for (const word of this.words) if (includesWord(text, word)) return true;
    return false;
  }

  /** `pattern.exec(text)`, from the start. */
  exec(text: string): RegExpExecArray | null {
    if (!this.mayMatch(text)) return null;
    this.pattern.lastIndex = 0;
    return this.pattern.exec(text);
  }
}
