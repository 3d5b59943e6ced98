import { z } from 'zod';
import { type Axis, CATEGORY_IDS, type CategoryId } from './taxonomy.js';

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
  details?: FlagDetails;
}

const amounts = z.tuple([z.number(), z.number()]);
const years = z.object({ min: z.number(), max: z.number() });

/**
 * The figures a rule keeps beside its evidence, by key (every key a rule of classifiers/rules/ writes, with its
 * type), so that a rule writing a new key or another type fails the typecheck, and a stored flag is read back
 * through this schema (db/flags.ts) rather than trusted.
 */
export const flagDetailsSchema = z.object({
  // contract_mismatch, short_contract, cdd_rules
  labelDays: z.number().optional(),
  textDays: z.number().optional(),
  spanKind: z.string().optional(),
  listedDays: z.number().nullable().optional(),
  statedDays: z.number().optional(),
  days: z.number().nullable().optional(),
  months: z.number().optional(),
  // contract_mismatch, place_mismatch, pay_mismatch (the listing against the text or the partner page)
  listed: z.union([z.string(), amounts]).optional(),
  stated: z.union([z.string(), amounts]).optional(),
  url: z.string().optional(),
  urls: z.array(z.string()).optional(),
  // pay_mismatch, below_minimum_wage
  min: z.number().optional(),
  max: z.number().optional(),
  ratio: z.number().optional(),
  unit: z.string().nullable().optional(),
  textUnit: z.string().nullable().optional(),
  hourly: z.number().optional(),
  smic: z.number().optional(),
  minimum: z.number().optional(),
  hoursStated: z.boolean().optional(),
  hoursSource: z.string().optional(),
  smicSource: z.string().optional(),
  // pay_mismatch (amounts), hours_mismatch (weekly hours)
  label: z.union([z.number(), amounts]).optional(),
  text: z.array(z.number()).optional(),
  weeklyHours: z.number().optional(),
  hoursFrom: z.string().optional(),
  // experience_mismatch, foreign_language
  fieldYears: years.optional(),
  textYears: years.nullable().optional(),
  englishWords: z.number().optional(),
  frenchWords: z.number().optional(),
  // duplicate
  duplicateOf: z.string().optional(),
  clusterId: z.string().optional(),
  clusterSize: z.number().optional(),
});
export type FlagDetails = z.infer<typeof flagDetailsSchema>;

/** A stored flag's category and axis, read back against the taxonomy. */
export const categoryIdSchema = z.enum(CATEGORY_IDS);
const AXES = ['illegal', 'misleading', 'quality', 'stability'] as const satisfies readonly Axis[];
export const axisSchema = z.enum(AXES);

/** What a classification's flags are versioned under until they are promoted whole: never a report's. */
export const STAGING_SUFFIX = '~staging';
