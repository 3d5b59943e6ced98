import { includesWord } from './substring-filter.js';

/**
 * A global regex tried only near the few literal words its matches need: every match holds one of `words`, at most
 * `lead` characters after the match's start.
 *
 * V8 tries a long alternation at every position of the text, and the alternatives of a phrase pattern open with
 * many different words ("débutants acceptés", "sans expérience", "ouverts à former", "1 an (Optionnel)"), so no
 * few start words can anchor it (an indexOf per start word cost more than V8's own scan). They share a few words found inside each phrase, close to
 * its start, and most texts hold each of them once or twice: the positions where a match can start are the `lead`
 * characters before each occurrence, and the pattern is tried there alone, on the whole text (so that `\b` and
 * lookbehinds see what precedes), each occurrence in order. The promise is the caller's; the tests
 * (tests/classifiers/near-word-pattern.test.ts) check every such pattern against its plain regex.
 */
const created: NearWordPattern[] = [];

/** Every near-word pattern the classifiers made: the tests compare each with its plain regex. */
export function nearWordPatterns(): readonly NearWordPattern[] {
  return created;
}

/** Where a match is, in the text searched, and what it captured. */
export interface NearMatch {
  start: number;
  end: number;
  /** As `exec` gives them: [0] the match, [n] the pattern's group n. */
  groups: ReadonlyArray<string | undefined>;
}

/** Where the words occur in a text, in the order of the text (a word the text lacks is never searched for). */
export function occurrencesOf(text: string, words: readonly string[]): number[] {
  const found: number[] = [];
  for (const word of words) {
    if (!includesWord(text, word)) continue;
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) found.push(at);
  }
  return words.length > 1 ? found.sort((a, b) => a - b) : found;
}

export class NearWordPattern {
  /**
   * Sticky, from the first possible start: up to `lead` characters skipped (as few as can be, so the leftmost start
   * wins, and at one start the pattern's own order of alternatives), the skipped ones captured to know the start.
   */
  readonly #fromWindow: RegExp;
  constructor(
    /** The pattern as written (global): what `matches` must agree with. Never matches the empty string. */
    readonly pattern: RegExp,
    /** Every match of `pattern` holds one of these. */
    readonly words: readonly string[],
    /** The farthest a word can begin from the start of a match holding it. */
    readonly lead: number,
  ) {
    this.#fromWindow = new RegExp(
      `([^]{0,${lead}}?)(?:${pattern.source})`,
      `${pattern.flags.replace('g', '')}y`,
    );
    created.push(this);
  }

  /**
   * The matches of a global loop over `pattern` (each search resuming at the end of the last match), in order.
   * `occurrences` are those of `words` in `text`, found once by the caller when several patterns share the words.
   */
  matches(text: string, occurrences = occurrencesOf(text, this.words)): NearMatch[] {
    const found: NearMatch[] = [];
    const fromWindow = this.#fromWindow;
    let resume = 0;
    for (let index = 0; index < occurrences.length; ) {
      const at = occurrences[index]!;
      // A match holding the word at `at` starts within [at - lead, at], and not before the last match's end.
      const from = Math.max(resume, at - this.lead);
      fromWindow.lastIndex = from;
      const match = from <= at ? fromWindow.exec(text) : null;
      if (!match) {
        index++;
        continue;
      }
      // Tried again from the match's end: the window may hold another match.
      const start = from + match[1]!.length;
      resume = from + match[0].length;
      found.push({ start, end: resume, groups: [match[0].slice(match[1]!.length), ...match.slice(2)] });
    }
    return found;
  }
}
