import type { Flag } from '../../model/flag.js';
import { CATEGORIES } from '../../model/taxonomy.js';
import type { ClauseRule } from '../rule.js';
import { type PreparedOffer, quoteText } from './prepared-offer.js';

const MAX_MATCHES_PER_PATTERN = 50;
const MAX_TRIGGER_HITS = 40;
/** Characters kept around a trigger: longer than any rule's match plus its negation window. */
const WINDOW_MARGIN = 260;

export interface RunOptions {
  /**
   * Scan the whole text with every pattern instead of only the windows around the rule's triggers. Slower; the
   * tests use it to prove that the triggers never hide a match.
   */
  exhaustive?: boolean;
}

/**
 * The trigger words of a rule set, found in one scan of the text: one regex pass costs less than a lookup per
 * trigger, and far less than running every rule's patterns over every offer.
 */
export class TriggerIndex {
  readonly #pattern: RegExp | null;
  /** Trigger words by the hash of their characters, when every trigger is a run of [a-z0-9]. */
  readonly #byHash: Map<number, string[]> | null = null;
  readonly #shortest: number = 0;
  readonly #longest: number = 0;
  constructor(rules: readonly ClauseRule[]) {
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
    const length = text.length;
    let start = -1;
    let hash = 0;
    for (let index = 0; index <= length; index++) {
      const code = index < length ? text.charCodeAt(index) : 0;
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
      if (size >= this.#shortest && size <= this.#longest) {
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

const indexes = new WeakMap<readonly ClauseRule[], TriggerIndex>();

/** Runs rules over one prepared offer: at most one flag per rule, quoting the first match that stands. */
export function runRules(
  rules: readonly ClauseRule[],
  prepared: PreparedOffer,
  options: RunOptions = {},
): Flag[] {
  let index = indexes.get(rules);
  if (!index) {
    index = new TriggerIndex(rules);
    indexes.set(rules, index);
  }
  const present = index.find(prepared.text);
  const flags: Flag[] = [];
  for (const rule of rules) {
    const flag = runRule(rule, prepared, options, present);
    if (flag) flags.push(flag);
  }
  return flags;
}

export function runRule(
  rule: ClauseRule,
  prepared: PreparedOffer,
  options: RunOptions = {},
  present: ReadonlySet<string> = new TriggerIndex([rule]).find(prepared.text),
): Flag | null {
  const scope = rule.scope ?? 'text';
  const text =
    scope === 'title'
      ? prepared.title.text
      : scope === 'description'
        ? prepared.description.text
        : prepared.text;
  let windows: Array<[number, number]>;
  if (rule.triggers.length === 0 || options.exhaustive) {
    windows = [[0, text.length]];
  } else {
    const found = rule.triggers.filter((trigger) => present.has(trigger));
    if (found.length === 0) return null;
    windows = triggerWindows(text, found);
    if (windows.length === 0) return null;
  }
  for (const [from, to] of windows) {
    const slice = from === 0 && to === text.length ? text : text.slice(from, to);
    for (const pattern of rule.patterns) {
      pattern.lastIndex = 0;
      let seen = 0;
      for (
        let match = pattern.exec(slice);
        match && seen < MAX_MATCHES_PER_PATTERN;
        match = pattern.exec(slice)
      ) {
        seen++;
        if (match[0].length === 0) pattern.lastIndex++;
        const start = from + match.index;
        const end = start + match[0].length;
        if (rule.negations) {
          const window = sentenceWindow(text, start, end);
          if (rule.negations.some((negation) => negation.test(window))) continue;
        }
        const absolute = Object.assign([...match], {
          index: start,
          input: text,
          groups: match.groups,
        }) as RegExpExecArray;
        const severity = rule.judge ? rule.judge(absolute, prepared) : rule.severity;
        if (!severity) continue;
        // A legal exception voids the rule for the whole offer. Tested only once a match stands (most offers have
        // none): the answer is the same as testing first, as every test here is pure.
        if (isExempt(rule, text, prepared)) return null;
        const offset = scope === 'description' ? prepared.title.text.length + 1 : 0;
        return {
          category: rule.category,
          axis: CATEGORIES[rule.category].axis,
          rule: rule.id,
          severity,
          evidence: quoteText(prepared, start + offset, end + offset),
          reference: rule.reference,
          explanation: rule.explanation,
        };
      }
    }
  }
  return null;
}

function isExempt(rule: ClauseRule, text: string, prepared: PreparedOffer): boolean {
  if (rule.exceptions?.some((pattern) => pattern.test(text))) return true;
  return rule.exemptJob?.(prepared) === true;
}

/** Merged [from, to) windows around every occurrence of the triggers, widened to spaces. */
function triggerWindows(text: string, triggers: readonly string[]): Array<[number, number]> {
  const hits: number[] = [];
  for (const trigger of triggers) {
    let at = text.indexOf(trigger);
    while (at >= 0 && hits.length < MAX_TRIGGER_HITS * triggers.length) {
      hits.push(at);
      at = text.indexOf(trigger, at + trigger.length);
    }
  }
  if (hits.length === 0) return [];
  hits.sort((a, b) => a - b);
  const windows: Array<[number, number]> = [];
  for (const hit of hits) {
    let from = Math.max(0, hit - WINDOW_MARGIN);
    const to = Math.min(text.length, hit + WINDOW_MARGIN);
    // Start on a word boundary, so `\b` at the slice's start means what it means in the text.
    while (from > 0 && text.charCodeAt(from - 1) !== 32 && text.charCodeAt(from - 1) !== 10) from--;
    const last = windows[windows.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else windows.push([from, to]);
  }
  // End on a word boundary too.
  for (const window of windows) {
    while (window[1] < text.length && text.charCodeAt(window[1]) !== 32 && text.charCodeAt(window[1]) !== 10)
      window[1]++;
  }
  return windows;
}

/**
 * The words around a match, up to 60 characters before and 40 after, but not beyond its sentence: "mutuelle prise
 * en charge. Des frais de dossier sont à régler" must not read as "frais pris en charge".
 */
function sentenceWindow(text: string, start: number, end: number): string {
  let from = Math.max(0, start - 60);
  for (let index = start - 1; index >= from; index--) {
    const char = text.charCodeAt(index);
    if (char === 46 || char === 59 || char === 10 || char === 33 || char === 63) {
      from = index + 1;
      break;
    }
  }
  let to = Math.min(text.length, end + 40);
  for (let index = end; index < to; index++) {
    const char = text.charCodeAt(index);
    if (char === 46 || char === 59 || char === 10 || char === 33 || char === 63) {
      to = index;
      break;
    }
  }
  return text.slice(from, to);
}
