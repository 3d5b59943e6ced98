import type { ClauseRule } from '../clause-rule.js';
import { ageLimitRules } from './age-limit.js';
import { discriminationRules } from './discrimination.js';
import { disguisedSelfEmploymentRules } from './disguised-self-employment.js';
import { feeRequestedRules } from './fee-requested.js';
import { notAJobRules } from './not-a-job.js';
import { privacyRules } from './privacy.js';
import { unpaidWorkRules } from './unpaid-work.js';

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
