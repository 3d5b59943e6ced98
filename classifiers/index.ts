import type { Flag } from '../model/flag.js';
import type { Offer } from '../model/offer.js';
import { classifyClauses } from './clauses/classify-clauses.js';
import type { ClassifierContext } from './context.js';
import { classifyContract } from './contract/classify-contract.js';
import { buildPreparedOffer } from './engine/prepared-offer.js';
import { classifyPay } from './pay/classify-pay.js';
import { classifySource } from './source/classify-source.js';

export type { Flag, Severity } from '../model/flag.js';
export type { Axis, Category, CategoryId } from '../model/taxonomy.js';
export { CATEGORIES, CATEGORY_IDS, isGenuine, isUnionStrict } from '../model/taxonomy.js';
export type { ClassifierContext } from './context.js';
export { defaultContext } from './context.js';

/**
 * The version stored with every flag. Bump it whenever a rule, a threshold or a table changes, so an audit's
 * flags can be recomputed and compared across versions.
 */
export const CLASSIFIER_VERSION = '2026.11.28-4';

/**
 * Every per-offer classifier (duplicates need the whole set: see duplicates/). Pure: the same offer and context
 * always give the same flags, in the same order.
 */
export function classifyOffer(offer: Offer, context: ClassifierContext): Flag[] {
  const prepared = buildPreparedOffer(offer);
  const flags = [
    ...classifyClauses(offer, context, prepared),
    ...classifyPay(offer, context, prepared),
    ...classifyContract(offer, context, prepared),
    ...classifySource(offer, context),
  ];
  return dedupe(flags);
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
