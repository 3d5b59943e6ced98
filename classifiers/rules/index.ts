import type { ClauseRule } from '../rule.js';
import { ageLimitRules } from './age_limit.js';
import { discriminationRules } from './discrimination.js';
import { disguisedSelfEmploymentRules } from './disguised_self_employment.js';
import { feeRequestedRules } from './fee_requested.js';
import { notAJobRules } from './not_a_job.js';
import { privacyRules } from './privacy.js';
import { unpaidWorkRules } from './unpaid_work.js';

/** Every text rule, in the order their flags are listed. */
export const CLAUSE_RULES: readonly ClauseRule[] = [
  ...ageLimitRules,
  ...discriminationRules,
  ...privacyRules,
  ...feeRequestedRules,
  ...unpaidWorkRules,
  ...disguisedSelfEmploymentRules,
  ...notAJobRules,
];
