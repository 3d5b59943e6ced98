import { nextTrigram, trigramBitsFor } from './substring-filter.js';

/** The words that let a text rule run (its triggers) and where they occur: one scan of the text per offer. */
export interface TriggeredRule {
  readonly triggers: readonly string[];
}

/**
 * The trigger words of a rule set, found in one scan of the text: one regex pass costs less than a lookup per
 * trigger, and far less than running every rule's patterns over every offer.
 */
export class TriggerIndex {
  readonly #pattern: RegExp | null;
  /** Trigger words by the hash of their characters, when every trigger is a run of [a-z0-9]. */
  readonly #byHash: Map<number, string[]> | null = null;
  /**
   * One bit per trigger's hash (its low 16 bits): most words of a text are no trigger, and testing a bit costs
   * less than the map's lookup. A set bit only sends the word on to the map, so the words found are the same.
   */
  readonly #hashBits = new Int32Array(1 << 11);
  readonly #shortest: number = 0;
  readonly #longest: number = 0;
  constructor(rules: readonly TriggeredRule[]) {
    const words = [...new Set(rules.flatMap((rule) => rule.triggers))]
      .filter((word) => word.length > 0)
      .sort((a, b) => b.length - a.length);
    // No trigger at all would make an empty alternation, which matches everywhere and never advances.
    this.#pattern =
      words.length === 0
        ? null
        : new RegExp(`(?<![a-z0-9])(?:${words.map(escapeRegExp).join('|')})(?![a-z0-9])`, 'g');
    if (words.length > 0 && words.every((word) => /^[a-z0-9]+$/.test(word))) {
      this.#byHash = new Map();
      for (const word of words) {
        const hash = hashOf(word, 0, word.length);
        const same = this.#byHash.get(hash);
        if (same) same.push(word);
        else this.#byHash.set(hash, [word]);
        this.#hashBits[(hash >>> 5) & 2047]! |= 1 << (hash & 31);
      }
      this.#shortest = words[words.length - 1]!.length;
      this.#longest = words[0]!.length;
    }
  }
  /**
   * The trigger words that occur in `text` as whole words. With the regex, a match is a trigger with no [a-z0-9]
   * on either side, that is a maximal run of [a-z0-9] equal to a trigger (when triggers are such runs): so one
   * pass over the runs, each looked up by hash, finds the same words without a regex or a substring.
   */
  find(text: string): Set<string> {
    const found = new Set<string>();
    const byHash = this.#byHash;
    if (!byHash) return this.#findWithPattern(text, found);
    const hashBits = this.#hashBits;
    const length = text.length;
    let start = -1;
    let hash = 0;
    // The scan reads every character: it notes the text's trigrams too, for the words asked of it later
    // (substring-filter.ts), which then need no scan of their own.
    const trigrams = trigramBitsFor(text);
    let trigram = 0;
    for (let index = 0; index <= length; index++) {
      const code = index < length ? text.charCodeAt(index) : 0;
      if (trigrams !== null) {
        trigram = nextTrigram(trigram, code);
        if (index >= 2 && index < length) trigrams[trigram >> 5]! |= 1 << (trigram & 31);
      }
      if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) {
        if (start < 0) {
          start = index;
          hash = 0;
        }
        hash = (Math.imul(hash, 31) + code) | 0;
        continue;
      }
      if (start < 0) continue;
      const size = index - start;
      if (
        size >= this.#shortest &&
        size <= this.#longest &&
        (hashBits[(hash >>> 5) & 2047]! & (1 << (hash & 31))) !== 0
      ) {
        const candidates = byHash.get(hash);
        if (candidates) {
          for (const word of candidates)
            if (word.length === size && text.startsWith(word, start)) found.add(word);
        }
      }
      start = -1;
    }
    return found;
  }
  #findWithPattern(text: string, found: Set<string>): Set<string> {
    const pattern = this.#pattern;
    if (!pattern) return found;
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) found.add(match[0]);
    return found;
  }
}

function hashOf(text: string, from: number, to: number): number {
  let hash = 0;
  for (let index = from; index < to; index++) hash = (Math.imul(hash, 31) + text.charCodeAt(index)) | 0;
  return hash;
}

function escapeRegExp(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
