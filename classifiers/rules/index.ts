import type { CategoryId } from '../../model/taxonomy.js';
import type { OfferRule, PageRule, PagesRule, Rule, SetRule, TextRule } from '../rule.js';
import { ageLimitRules } from './age_limit.js';
import { anonymousEmployerRules } from './anonymous_employer.js';
import { belowMinimumWageRules } from './below_minimum_wage.js';
import { cddRulesRules } from './cdd_rules.js';
import { contractMismatchRules } from './contract_mismatch.js';
import { deadLinkRules } from './dead_link.js';
import { discriminationRules } from './discrimination.js';
import { disguisedSelfEmploymentRules } from './disguised_self_employment.js';
import { duplicateRules } from './duplicate.js';
import { durationMissingRules } from './duration_missing.js';
import { experienceMismatchRules } from './experience_mismatch.js';
import { feeRequestedRules } from './fee_requested.js';
import { foreignLanguageRules } from './foreign_language.js';
import { hoursMismatchRules } from './hours_mismatch.js';
import { hoursMissingRules } from './hours_missing.js';
import { notAJobContractRule, notAJobRules } from './not_a_job.js';
import { notCdiRules } from './not_cdi.js';
import { partTimeRules } from './part_time.js';
import { partTimeUnder24hRules } from './part_time_under_24h.js';
import { payMismatchRules } from './pay_mismatch.js';
import { placeMismatchRules } from './place_mismatch.js';
import { privacyRules } from './privacy.js';
import { salaryMissingRules } from './salary_missing.js';
import { shortContractRules } from './short_contract.js';
import { undatedRules } from './undated.js';
import { unpaidWorkRules } from './unpaid_work.js';

/*
 * The order in which an offer's flags are listed (classifyOffer keeps it, then one flag per category): the text
 * rules first (one trigger scan for all of them), then the rules over fields and facts, then the partner pages.
 * A rule's file says what it finds; this list says only when it runs.
 */

/** Every text rule, in the order their flags are listed. */
export const TEXT_RULES: readonly TextRule[] = [
  ...ageLimitRules,
  ...discriminationRules,
  ...privacyRules,
  ...feeRequestedRules,
  ...unpaidWorkRules,
  ...disguisedSelfEmploymentRules,
  ...notAJobRules,
];

/** The rules over the offer's fields and the facts, after the text rules. */
export const OFFER_RULES: readonly OfferRule[] = [
  notAJobContractRule,
  ...experienceMismatchRules,
  placeMismatchRules.textNamesOtherPlace,
  ...foreignLanguageRules,
  ...undatedRules,
  ...anonymousEmployerRules,
  ...salaryMissingRules,
  payMismatchRules.impossibleAmount,
  payMismatchRules.commissionOnly,
  payMismatchRules.textDiffers,
  payMismatchRules.fullTimePayForFewHours,
  ...belowMinimumWageRules,
  ...notCdiRules,
  ...shortContractRules,
  ...durationMissingRules,
  contractMismatchRules.listingVsText,
  ...cddRulesRules,
  ...partTimeRules,
  hoursMismatchRules.shownVsStated,
  hoursMismatchRules.partTimeWithoutHours,
  hoursMismatchRules.scheduleVsHours,
  hoursMismatchRules.daysAYearVsHours,
  hoursMismatchRules.weekendOnlyVsHours,
  ...partTimeUnder24hRules,
  ...hoursMissingRules,
];

/** Over all of the offer's partner pages, then over each live page in turn. */
export const PAGES_RULES: readonly PagesRule[] = [...deadLinkRules];
export const PAGE_RULES: readonly PageRule[] = [
  contractMismatchRules.partnerPageContract,
  contractMismatchRules.partnerPageDuration,
  payMismatchRules.partnerPagePay,
  placeMismatchRules.partnerPagePlace,
];

/** Over the whole set of offers (classifiers/duplicates/). */
export const SET_RULES: readonly SetRule[] = [...duplicateRules];

export const ALL_RULES: readonly Rule[] = [
  ...TEXT_RULES,
  ...OFFER_RULES,
  ...PAGES_RULES,
  ...PAGE_RULES,
  ...SET_RULES,
];

/** The rules of each category, as its file (rules/<category>.ts) exports them. */
export function rulesOf(category: CategoryId): Rule[] {
  return ALL_RULES.filter((rule) => rule.category === category);
}
