import type { Flag } from './flag.js';

/**
 * The categories of the project's written taxonomy (the domain notes it was built from) as data, in model/ because the database, the reports and `check`
 * read them as much as the classifiers do. The ids are a public interface (database, exports,
 * `vigie check --json`): never rename one, only add.
 */
export type Axis = 'illegal' | 'misleading' | 'quality' | 'stability';

export const CATEGORY_IDS = [
  'age_limit',
  'discrimination',
  'privacy',
  'fee_requested',
  'unpaid_work',
  'disguised_self_employment',
  'foreign_language',
  'below_minimum_wage',
  'cdd_rules',
  'part_time_under_24h',
  'undated',
  'contract_mismatch',
  'hours_mismatch',
  'duration_missing',
  'experience_mismatch',
  'place_mismatch',
  'pay_mismatch',
  'not_a_job',
  'salary_missing',
  'duplicate',
  'dead_link',
  'anonymous_employer',
  'hours_missing',
  'not_cdi',
  'part_time',
  'short_contract',
] as const;

export type CategoryId = (typeof CATEGORY_IDS)[number];

/** A category id read from the database or a file is one of the taxonomy's, checked rather than cast. */
export function isCategoryId(value: string): value is CategoryId {
  return (CATEGORY_IDS as readonly string[]).includes(value);
}

export interface Category {
  id: CategoryId;
  axis: Axis;
  /** French label, as a report's table shows it. */
  label: string;
  /** The main legal reference, or null where no law defines the category (quality, stability). */
  reference: string | null;
}

const CT = 'Code du travail, art.';

export const CATEGORIES: Readonly<Record<CategoryId, Category>> = {
  age_limit: { id: 'age_limit', axis: 'illegal', label: "Limite d'âge", reference: `${CT} L5331-2, L1132-1` },
  discrimination: {
    id: 'discrimination',
    axis: 'illegal',
    label: 'Mention discriminatoire',
    reference: `${CT} L1132-1, L1142-1, L5321-2`,
  },
  privacy: {
    id: 'privacy',
    axis: 'illegal',
    label: 'Information sans lien avec le poste',
    reference: `${CT} L1221-6`,
  },
  fee_requested: {
    id: 'fee_requested',
    axis: 'illegal',
    label: 'Paiement demandé au candidat',
    reference: `${CT} L5321-3, L5331-1`,
  },
  unpaid_work: {
    id: 'unpaid_work',
    axis: 'illegal',
    label: 'Travail non rémunéré',
    reference: `${CT} L8221-5`,
  },
  disguised_self_employment: {
    id: 'disguised_self_employment',
    axis: 'illegal',
    label: 'Salariat déguisé (auto-entrepreneur imposé)',
    reference: `${CT} L8221-6`,
  },
  foreign_language: {
    id: 'foreign_language',
    axis: 'illegal',
    label: 'Offre rédigée en langue étrangère',
    reference: `${CT} L5331-4`,
  },
  below_minimum_wage: {
    id: 'below_minimum_wage',
    axis: 'illegal',
    label: 'Salaire inférieur au SMIC',
    reference: `${CT} L3231-2 (SMIC), décret de revalorisation en vigueur`,
  },
  cdd_rules: {
    id: 'cdd_rules',
    axis: 'illegal',
    label: 'Règles du CDD ou de l’intérim non respectées',
    reference: `${CT} L1242-1, L1251-12`,
  },
  part_time_under_24h: {
    id: 'part_time_under_24h',
    axis: 'illegal',
    label: 'Temps partiel de moins de 24 h sans dérogation indiquée',
    reference: `${CT} L3123-27`,
  },
  undated: { id: 'undated', axis: 'illegal', label: 'Offre non datée', reference: `${CT} L5332-1` },
  contract_mismatch: {
    id: 'contract_mismatch',
    axis: 'misleading',
    label: 'Contrat affiché différent du contrat décrit',
    reference: `${CT} L5331-3`,
  },
  hours_mismatch: {
    id: 'hours_mismatch',
    axis: 'misleading',
    label: 'Durée du travail absente ou contradictoire',
    reference: `${CT} L5331-3`,
  },
  duration_missing: {
    id: 'duration_missing',
    axis: 'misleading',
    label: 'Durée du contrat non indiquée',
    reference: `${CT} L5331-3`,
  },
  experience_mismatch: {
    id: 'experience_mismatch',
    axis: 'misleading',
    label: 'Expérience demandée contradictoire',
    reference: `${CT} L5331-3`,
  },
  place_mismatch: {
    id: 'place_mismatch',
    axis: 'misleading',
    label: 'Lieu de travail contradictoire',
    reference: `${CT} L5331-3`,
  },
  pay_mismatch: {
    id: 'pay_mismatch',
    axis: 'misleading',
    label: 'Salaire incohérent',
    reference: `${CT} L5331-3`,
  },
  not_a_job: {
    id: 'not_a_job',
    axis: 'misleading',
    label: "Pas une offre d'emploi",
    reference: `${CT} L5331-3, L5331-5`,
  },
  salary_missing: { id: 'salary_missing', axis: 'quality', label: 'Salaire non indiqué', reference: null },
  duplicate: { id: 'duplicate', axis: 'quality', label: 'Offre en double', reference: null },
  dead_link: { id: 'dead_link', axis: 'quality', label: 'Lien mort ou offre expirée', reference: null },
  anonymous_employer: {
    id: 'anonymous_employer',
    axis: 'quality',
    label: 'Employeur non nommé',
    reference: null,
  },
  hours_missing: {
    id: 'hours_missing',
    axis: 'quality',
    label: 'Durée du travail non indiquée',
    reference: null,
  },
  not_cdi: { id: 'not_cdi', axis: 'stability', label: 'Contrat autre que CDI', reference: null },
  part_time: { id: 'part_time', axis: 'stability', label: 'Temps partiel', reference: null },
  short_contract: {
    id: 'short_contract',
    axis: 'stability',
    label: 'Contrat de moins d’un mois',
    reference: null,
  },
};

/** Quality categories that still disqualify an offer from the headline: a jobseeker cannot act on them. */
const HEADLINE_QUALITY: ReadonlySet<CategoryId> = new Set(['duplicate', 'dead_link', 'salary_missing']);

export interface HeadlineOptions {
  /**
   * Whether `likely` flags count against the offer. true (default) gives the cautious share of genuine offers
   * (the ceiling of problems); false gives the share when only certain findings count.
   */
  countLikely?: boolean;
}

/**
 * A genuine offer (the report's headline): nothing illegal or misleading, not a duplicate, not dead, pay stated.
 */
export function isGenuine(
  flags: readonly Pick<Flag, 'category' | 'severity'>[],
  options: HeadlineOptions = {},
): boolean {
  const countLikely = options.countLikely ?? true;
  return !flags.some((flag) => {
    if (!countLikely && flag.severity === 'likely') return false;
    const axis = CATEGORIES[flag.category].axis;
    return axis === 'illegal' || axis === 'misleading' || HEADLINE_QUALITY.has(flag.category);
  });
}

/**
 * The one definition of "flagged" (« signalée ») used by the report, the summaries, `vigie audits` and `/audits`:
 * an offer is flagged when it carries a flag of a category that makes it not genuine (`isGenuine`). Stability flags
 * (contract, part-time) and quality findings a jobseeker can act on (an anonymous employer, hours not stated) are
 * descriptions, never problems: an offer is flagged exactly when it is not genuine, and « sans problème » is genuine.
 */
export const PROBLEM_CATEGORIES: readonly CategoryId[] = CATEGORY_IDS.filter(
  (id) => !isGenuine([{ category: id, severity: 'certain' }]),
);

/**
 * The union's strict question (CGT 2021, "87,515 of a million"): CDI, full-time, pay stated and at least the SMIC.
 * Decided from the flags, so it agrees with the tables: the contract must be shown as a CDI (`isCdi`), and no
 * `not_cdi`, `part_time`, `salary_missing`, `below_minimum_wage` or `pay_mismatch` flag may be present; `payStated`
 * says an amount was actually read (an unparsed label is not a stated amount).
 */
export function isUnionStrict(
  facts: { isCdi: boolean; payStated: boolean },
  flags: readonly Pick<Flag, 'category'>[],
): boolean {
  if (!facts.isCdi || !facts.payStated) return false;
  const disqualifying: ReadonlySet<CategoryId> = new Set([
    'not_cdi',
    'part_time',
    'salary_missing',
    'below_minimum_wage',
    'pay_mismatch',
  ]);
  return !flags.some((flag) => disqualifying.has(flag.category));
}
