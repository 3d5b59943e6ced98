import type { Flag } from '../../model/flag.js';
import type { Offer } from '../../model/offer.js';
import type { ClassifierContext } from '../context.js';
import { type PreparedOffer, prepareOffer } from '../engine/prepared-offer.js';
import { runRules } from '../engine/text-rules.js';
import { CLAUSE_RULES } from '../rules/index.js';
import {
  anonymousEmployer,
  contractNotAJob,
  experienceMismatch,
  foreignLanguage,
  placeMismatch,
  undated,
} from './field-rules.js';

/** The text rules and the field rules: every category that the words of an offer (and its own fields) reveal. */
export function classifyClauses(
  offer: Offer,
  _context: ClassifierContext,
  prepared: PreparedOffer = prepareOffer(offer),
): Flag[] {
  const flags = runRules(CLAUSE_RULES, prepared);
  // A subordinate job demanded under self-employment is a job (a disguised one), not "no job".
  const disguised = flags.some((flag) => flag.category === 'disguised_self_employment');
  for (const flag of [
    disguised ? null : contractNotAJob(offer),
    experienceMismatch(prepared),
    placeMismatch(prepared),
    foreignLanguage(prepared),
    undated(offer),
    anonymousEmployer(offer),
  ]) {
    if (flag) flags.push(flag);
  }
  return flags;
}
