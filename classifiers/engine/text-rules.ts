import type { Flag } from '../../model/flag.js';
import { flagOf, type TextRule } from '../rule.js';
import { type PreparedOffer, quoteText } from './prepared-offer.js';
import { TriggerIndex } from './trigger-index.js';

export { TriggerIndex };

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

const indexes = new WeakMap<readonly TextRule[], TriggerIndex>();

/** Runs rules over one prepared offer: at most one flag per rule, quoting the first match that stands. */
export function runRules(
  rules: readonly TextRule[],
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
  rule: TextRule,
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
  // Exhaustive runs ignore the precheck too, so the tests comparing with them check its promise as well.
  const precheck = options.exhaustive ? undefined : rule.precheck;
  let windows: Array<[number, number]>;
  let textPassedPrecheck = false;
  if (rule.triggers.length === 0 || options.exhaustive) {
    windows = [[0, text.length]];
  } else {
    const found: string[] = [];
    for (const trigger of rule.triggers) if (present.has(trigger)) found.push(trigger);
    if (found.length === 0) return null;
    // A precheck is plain (no boundary, no lookaround): absent from the text, it is absent from every window, and
    // one scan of the text costs less than finding the windows.
    if (precheck && !precheck.test(text)) return null;
    textPassedPrecheck = true;
    windows = triggerWindows(text, found);
    if (windows.length === 0) return null;
  }
  for (const [from, to] of windows) {
    const whole = from === 0 && to === text.length;
    const slice = whole ? text : text.slice(from, to);
    if (precheck && !(whole && textPassedPrecheck) && !precheck.test(slice)) continue;
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
        return flagOf(rule, { severity, evidence: quoteText(prepared, start + offset, end + offset) });
      }
    }
  }
  return null;
}

function isExempt(rule: TextRule, text: string, prepared: PreparedOffer): boolean {
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
