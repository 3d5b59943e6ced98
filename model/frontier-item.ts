import { z } from 'zod';
import { LINK_KINDS } from './partner-page.js';

/**
 * What a crawl still has to do, as stored in the frontier: a kind and its payload. Stored data outlives the code
 * that wrote it (a crawl resumed after an upgrade), so an item is checked against these schemas when it is read
 * back; one that does not match fails alone, with its cause, instead of passing a changed shape on.
 */

/** One page of one query's results to read, and what to keep of it. */
export const pagePlanSchema = z.object({
  query: z.record(z.string(), z.string()),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** Absolute indexes within the query's results to keep; absent: keep the whole page. */
  picks: z.array(z.number().int().nonnegative()).optional(),
  stratum: z.string().nullable(),
  weight: z.number().nonnegative(),
  /** A census page: how many results its query had when planned, to notice the listing growing meanwhile. */
  expected: z.number().int().nonnegative().optional(),
});
export type PagePlan = z.infer<typeof pagePlanSchema>;

/** One offer whose detail is to be fetched (a listing that gives ids only), with its stratum and weight. */
export const detailPayloadSchema = z.object({
  id: z.string().min(1),
  stratum: z.string().nullable(),
  weight: z.number().nonnegative(),
});

/**
 * One link of an offer to visit, and what it is (model/offer.ts `linkKind`): a partner's copy or an application
 * site. `kind` is absent on items enqueued before it was recorded; the stored offer says it then.
 */
export const partnerPayloadSchema = z.object({
  offerId: z.string().min(1),
  url: z.string().min(1),
  kind: z.enum(LINK_KINDS).optional(),
});

/** The targeted search for a sampled offer's copies online (crawler/companion-search.ts), one page of it. */
export const companionsPayloadSchema = z.object({
  offerId: z.string().min(1),
  query: z.record(z.string(), z.string()),
});

/**
 * One result of a sampled offer's targeted search on the website, read from its detail page (the website's results
 * give no description, which duplicate matching compares): kept as a companion of `foundFor`, never counted.
 */
export const companionPayloadSchema = z.object({
  id: z.string().min(1),
  foundFor: z.string().min(1),
});

export const frontierWorkSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('page'), payload: pagePlanSchema }),
  z.object({ kind: z.literal('detail'), payload: detailPayloadSchema }),
  z.object({ kind: z.literal('partner'), payload: partnerPayloadSchema }),
  z.object({ kind: z.literal('companions'), payload: companionsPayloadSchema }),
  z.object({ kind: z.literal('companion'), payload: companionPayloadSchema }),
]);
export type FrontierWork = z.infer<typeof frontierWorkSchema>;
export type FrontierKind = FrontierWork['kind'];
export const FRONTIER_KINDS: readonly FrontierKind[] = [
  'page',
  'detail',
  'partner',
  'companions',
  'companion',
];

/**
 * Checks a stored kind and payload. @returns the work, or why it is not one (a kind this version does not know, or
 * the payload's first mismatches), in words fit for `fetch_errors`.
 */
export function readFrontierWork(
  kind: string,
  payload: unknown,
): { ok: true; work: FrontierWork } | { ok: false; problem: string } {
  const parsed = frontierWorkSchema.safeParse({ kind, payload });
  if (parsed.success) return { ok: true, work: parsed.data };
  if (!(FRONTIER_KINDS as readonly string[]).includes(kind))
    return { ok: false, problem: `unknown frontier item kind "${kind}"` };
  const issues = parsed.error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.slice(1).join('.') || '(payload)'}: ${issue.message}`)
    .join('; ');
  return { ok: false, problem: `stored ${kind} payload does not match this version: ${issues}` };
}
