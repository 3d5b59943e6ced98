import { z } from 'zod';
import type { Audit } from '../../db/audits.js';
import { adjustForNonResponse, type DrawnStratum, type NonResponse } from '../statistics/nonresponse.js';

/**
 * The design's own counts as the plan recorded them (crawler/plan-crawl.ts): per stratum N_h and n_h drawn, or
 * the simple sample's N and n. Read through a schema: an audit written before the plan kept them has no table,
 * and its figures keep the stored weights.
 */
const stratifiedDetails = z.object({
  stratified: z.object({
    table: z.array(z.object({ name: z.string(), size: z.number(), sampled: z.number() })),
  }),
});
const sampleDetails = z.object({ sample: z.object({ population: z.number(), size: z.number() }) });

/** The stratum name of a simple sample's offers, stored without one. */
const NO_STRATUM = '';

function drawnStrata(audit: Pick<Audit, 'design' | 'details'>): DrawnStratum[] | null {
  if (audit.design.kind === 'stratified') {
    const parsed = stratifiedDetails.safeParse(audit.details);
    if (!parsed.success) return null;
    return parsed.data.stratified.table.map((row) => ({
      name: row.name,
      population: row.size,
      drawn: row.sampled,
    }));
  }
  if (audit.design.kind === 'sample') {
    const parsed = sampleDetails.safeParse(audit.details);
    if (!parsed.success) return null;
    return [{ name: NO_STRATUM, population: parsed.data.sample.population, drawn: parsed.data.sample.size }];
  }
  return null;
}

export interface LossAdjustment {
  /** What was lost, per stratum and overall; null for a census, an import, or a sample whose plan is not recorded. */
  nonResponse: NonResponse | null;
  /** A row (a profile, a group) with each offer weighted N_h / n_h(fetched); unchanged when nothing is known. */
  reweight<T extends { stratum: string | null; offers: number; weight: number }>(row: T): T;
}

/**
 * The offers lost between drawing and fetching, and the weights that make the offers read stand for them
 * (reports/statistics/nonresponse.ts). `rows` are the audit's offers counted by stratum (its profiles);
 * `pending` the drawn offers its crawl has not read yet (db/frontier.ts `drawnNotYetRead`), which are not lost.
 */
export function lossAdjustment(
  audit: Pick<Audit, 'design' | 'details'>,
  rows: readonly { stratum: string | null; offers: number }[],
  pending: readonly { stratum: string | null; offers: number }[] = [],
): LossAdjustment {
  const design = drawnStrata(audit);
  if (!design) return { nonResponse: null, reweight: (row) => row };
  const byStratum = (counted: readonly { stratum: string | null; offers: number }[]) => {
    const totals = new Map<string, number>();
    for (const row of counted) {
      const key = row.stratum ?? NO_STRATUM;
      totals.set(key, (totals.get(key) ?? 0) + row.offers);
    }
    return totals;
  };
  const nonResponse = adjustForNonResponse(design, byStratum(rows), byStratum(pending));
  const weights = new Map(nonResponse.strata.map((stratum) => [stratum.name, stratum.weight]));
  return {
    nonResponse,
    reweight: (row) => {
      const weight = weights.get(row.stratum ?? NO_STRATUM);
      // An offer of a stratum the plan does not list (none should be) keeps the weight it was stored with.
      return weight === undefined || weight === null ? row : { ...row, weight: row.offers * weight };
    },
  };
}

/**
 * The weight the figures give one offer of a stratum (null: a simple sample's): N_h / n_h(fetched) when the design
 * is known, undefined otherwise (the stored weight as drawn is then the figures' too).
 */
export function adjustedWeights(
  nonResponse: NonResponse | null,
): (stratum: string | null) => number | undefined {
  if (!nonResponse) return () => undefined;
  const weights = new Map(nonResponse.strata.map((row) => [row.name, row.weight]));
  return (stratum) => weights.get(stratum ?? NO_STRATUM) ?? undefined;
}
