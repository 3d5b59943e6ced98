import { z } from 'zod';
import { DatabaseError } from '../lib/errors.js';
import { MODEL_MESSAGES } from './messages.js';

/**
 * An audit's design and details as the audits table keeps them. Read back through these schemas: a row written by
 * another version that does not match fails with its audit number and why, rather than passing a changed shape on.
 */

export const STRATA = ['departement', 'typeContrat', 'origine'] as const;
export type Strata = (typeof STRATA)[number];
export const ALLOCATIONS = ['proportional', 'equal'] as const;
export type Allocation = (typeof ALLOCATIONS)[number];

/** The filters of a crawl, in the API's vocabulary ("departement": "74"). */
const filtersSchema = z.record(z.string(), z.string());

/**
 * How an audit's offers were chosen. Stored whole so that a report can state the method and weight the figures,
 * and so that a resumed crawl continues the same design.
 */
export const auditDesignSchema = z.discriminatedUnion('kind', [
  /** Offers loaded from a file (`vigie import`): not a known random draw. */
  z.object({ kind: z.literal('import'), file: z.string().optional() }),
  z.object({ kind: z.literal('census'), filters: filtersSchema.optional() }),
  z.object({
    kind: z.literal('sample'),
    sampleSize: z.number().int().positive(),
    seed: z.number().int(),
    filters: filtersSchema.optional(),
  }),
  z.object({
    kind: z.literal('stratified'),
    sampleSize: z.number().int().positive(),
    seed: z.number().int(),
    strata: z.enum(STRATA),
    allocation: z.enum(ALLOCATIONS),
    filters: filtersSchema.optional(),
  }),
]);
export type AuditDesign = z.infer<typeof auditDesignSchema>;
/** The designs a crawl can follow: every design but an import. */
export type CrawlDesign = Exclude<AuditDesign, { kind: 'import' }>;
export const CRAWL_KINDS: ReadonlySet<string> = new Set<CrawlDesign['kind']>([
  'census',
  'sample',
  'stratified',
]);

export function isCrawlDesign(design: AuditDesign): design is CrawlDesign {
  return design.kind !== 'import';
}

/**
 * Facts each stage adds to an audit (merged, never replaced): the plan and its coverage proof, the crawl's runs,
 * the classification's summary, the import. The method section quotes them. Fields other stages add are kept.
 */
export const auditDetailsSchema = z.looseObject({
  /** The frontier holds the whole plan: workers may start. */
  planned: z.boolean().optional(),
  crawl: z
    .looseObject({
      runs: z.number().int().nonnegative().optional(),
      complete: z.boolean().optional(),
      offers: z.number().optional(),
      partnerPages: z.number().optional(),
      failed: z.record(z.string(), z.number()).optional(),
    })
    .optional(),
  classification: z.looseObject({ classifierVersion: z.string().optional() }).optional(),
  import: z
    .looseObject({ file: z.string().optional(), rejected: z.number().optional(), at: z.string().optional() })
    .optional(),
});
export type AuditDetails = z.infer<typeof auditDetailsSchema>;

/** A stored design or details, checked; the error names the audit and the first mismatches. */
export function readStored<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.join('.') || '(whole)'}: ${issue.message}`)
    .join('; ');
  throw new DatabaseError(MODEL_MESSAGES.storedMismatch({ what, issues }));
}
