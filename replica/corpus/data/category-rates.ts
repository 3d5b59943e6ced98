import type { CategoryRates } from '../../types.js';

/**
 * Default planting rates, as a share of all offers. Calibrated on the published audits (audits.md): the operator
 * finds 5–9 % of offers non-compliant on the legal axis, the unions 50–76 % once quality and misleading wording
 * count; a third to a half of real offers state no pay; duplicate rates across boards are high.
 */
export const DEFAULT_CATEGORY_RATES: CategoryRates = {
  age_limit: 0.01,
  discrimination: 0.012,
  privacy: 0.006,
  fee_requested: 0.003,
  unpaid_work: 0.004,
  disguised_self_employment: 0.004,
  foreign_language: 0.004,
  below_minimum_wage: 0.012,
  cdd_rules: 0.012,
  part_time_under_24h: 0.025,
  undated: 0.002,
  contract_mismatch: 0.04,
  hours_mismatch: 0.05,
  duration_missing: 0.02,
  experience_mismatch: 0.03,
  place_mismatch: 0.015,
  pay_mismatch: 0.015,
  not_a_job: 0.012,
  salary_missing: 0.47,
  duplicate: 0.1,
  dead_link: 0.04,
  // The gold set of real offers finds 33 anonymous employers in 665 (5 %): most offers without \`entreprise.nom\`
  // name their employer in the text, its description or as the partner (traps.ts, \`namedElsewhere\`).
  anonymous_employer: 0.07,
};
