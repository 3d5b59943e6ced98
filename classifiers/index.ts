import type { Flag } from '../model/flag.js';
import { linkKind, type Offer } from '../model/offer.js';
import type { ClassifierContext } from './context.js';
import { buildPreparedOffer } from './engine/prepared-offer.js';
import { runRules } from './engine/text-rules.js';
import { OfferFacts } from './facts/offer-facts.js';
import { flagOf } from './rule.js';
import { OFFER_RULES, PAGE_RULES, PAGES_RULES, TEXT_RULES } from './rules/index.js';

export type { Flag, Severity } from '../model/flag.js';
export type { Axis, Category, CategoryId } from '../model/taxonomy.js';
export { CATEGORIES, CATEGORY_IDS, isGenuine, isUnionStrict } from '../model/taxonomy.js';
export type { ClassifierContext } from './context.js';
export { defaultContext } from './context.js';

/**
 * The version stored with every flag. Bump it whenever a rule, a threshold or a table changes, so an audit's
 * flags can be recomputed and compared across versions.
 */
export const CLASSIFIER_VERSION = '2026.12.04-1';

/**
 * Every per-offer rule (duplicates need the whole set: see duplicates/), in the order of rules/index.ts. Pure: the
 * same offer and context always give the same flags, in the same order.
 */
export function classifyOffer(offer: Offer, context: ClassifierContext): Flag[] {
  const prepared = buildPreparedOffer(offer);
  const facts = new OfferFacts(prepared, context);
  const flags = runRules(TEXT_RULES, prepared);
  for (const rule of OFFER_RULES) {
    if (rule.unless && flags.some((flag) => flag.category === rule.unless)) continue;
    const finding = rule.detect(prepared, facts);
    if (finding) flags.push(flagOf(rule, finding));
  }
  const pages =
    context.partnerPages.length === 0 ? [] : context.partnerPages.filter((page) => page.offerId === offer.id);
  if (pages.length > 0) flags.push(...pageFlags(offer, pages, facts));
  return dedupe(flags);
}

/**
 * The listing against what its partner pages state: one flag per category, the first page's. An application link
 * (`contact.urlPostulation`) is judged live or dead only, never compared with the listing: it is not a copy of it.
 */
function pageFlags(offer: Offer, pages: ClassifierContext['partnerPages'], facts: OfferFacts): Flag[] {
  const flags: Flag[] = [];
  for (const rule of PAGES_RULES) {
    const finding = rule.detect(offer, pages);
    if (finding) flags.push(flagOf(rule, finding));
  }
  for (const page of pages) {
    if (page.live !== true || linkKind(offer, page.url) === 'application') continue;
    for (const rule of PAGE_RULES) {
      const finding = rule.detect(offer, page, facts);
      if (finding && !flags.some((f) => f.category === rule.category)) flags.push(flagOf(rule, finding));
    }
  }
  return flags;
}

/** Two rules can see the same fault (text and partner page): keep one flag per category, the certain one first. */
function dedupe(flags: Flag[]): Flag[] {
  const kept = new Map<string, Flag>();
  for (const flag of flags) {
    const existing = kept.get(flag.category);
    if (!existing || (existing.severity === 'likely' && flag.severity === 'certain'))
      kept.set(flag.category, flag);
  }
  return flags.filter((flag) => kept.get(flag.category) === flag);
}
