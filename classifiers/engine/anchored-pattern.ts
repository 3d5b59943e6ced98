/**
 * A regex whose every match starts with one of a few literal words, tried only where one of them occurs.
 *
 * V8 tries a pattern that opens with `\b` and an alternation at every position of the text; offers are long and
 * most positions start no match. Given the words every match starts with (the promise is the caller's, and the
 * tests check it against the plain regex), trying the pattern, anchored, at each occurrence in order finds the same
 * leftmost match: no match can start anywhere else.
 */
const created: AnchoredPattern[] = [];

/** Every anchored pattern the classifiers made: the tests compare each with its plain regex. */
export function anchoredPatterns(): readonly AnchoredPattern[] {
  return created;
}

export class AnchoredPattern {
  readonly #sticky: RegExp;
  readonly #next: number[];
  constructor(
    /** The pattern as written, global or not: what `exec` must agree with. */
    readonly pattern: RegExp,
    /** Every match of `pattern` starts with one of these. */
    readonly starts: readonly string[],
  ) {
    this.#sticky = new RegExp(pattern.source, `${pattern.flags.replace('g', '')}y`);
    this.#next = starts.map(() => -1);
    created.push(this);
  }

  /** The first match starting at or after `from`: `pattern.exec(text)` with `lastIndex = from`. */
  exec(text: string, from = 0): RegExpExecArray | null {
    const starts = this.starts;
    const sticky = this.#sticky;
    // Where each word next occurs; after a failed try only the words found there move on.
    const next = this.#next;
    for (let index = 0; index < starts.length; index++) next[index] = text.indexOf(starts[index]!, from);
    for (;;) {
      let at = -1;
      for (let index = 0; index < starts.length; index++) {
        const found = next[index]!;
        if (found >= 0 && (at < 0 || found < at)) at = found;
      }
      if (at < 0) return null;
      sticky.lastIndex = at;
      const match = sticky.exec(text);
      if (match) return match;
      for (let index = 0; index < starts.length; index++)
        if (next[index] === at) next[index] = text.indexOf(starts[index]!, at + 1);
    }
  }

  test(text: string): boolean {
    return this.exec(text) !== null;
  }

  /** Every match, as a loop over a global `pattern` finds them (the patterns here never match empty). */
  *matchAll(text: string): Generator<RegExpExecArray> {
    for (
      let match = this.exec(text);
      match;
      match = this.exec(text, match.index + Math.max(1, match[0].length))
    )
      yield match;
  }
}
