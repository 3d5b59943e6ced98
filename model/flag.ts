import type { Axis, CategoryId } from './taxonomy.js';

/** `certain`: the text alone proves it. `likely`: a legal exception the text does not rule out could apply. */
export type Severity = 'certain' | 'likely';

/** One finding about one offer, explained well enough that a jobseeker, an employer or a judge can check it. */
export interface Flag {
  category: CategoryId;
  axis: Axis;
  /** The rule that fired, finer than the category: "age_limit.max_age", "pay.below_smic_hourly". */
  rule: string;
  severity: Severity;
  /** The quoted span of the offer ("moins de 30 ans") or the field and its value ("salaire.libelle: …"). */
  evidence: string;
  /** "Code du travail, art. L5331-2"; null for quality and stability categories, which no law defines. */
  reference: string | null;
  /** Plain French, for a jobseeker. */
  explanation: string;
  details?: Record<string, unknown>;
}

/** What a classification's flags are versioned under until they are promoted whole: never a report's. */
export const STAGING_SUFFIX = '~staging';
