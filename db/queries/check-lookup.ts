import { type Kysely, sql } from 'kysely';
import type { Schema } from '../schema.js';

/** What past audits know about an offer, for `vigie check`: each query named by what it answers. */

export interface ClusterMembership {
  audit_id: number;
  cluster_id: string;
  classifier_version: string;
}

/** The duplicate cluster an offer belongs to in the latest audit that clustered it. */
export async function latestClusterMembership(
  db: Kysely<Schema>,
  offerId: string,
): Promise<ClusterMembership | undefined> {
  return db
    .selectFrom('duplicate_clusters')
    .select(['audit_id', 'cluster_id', 'classifier_version'])
    .where('offer_id', '=', offerId)
    .orderBy('audit_id', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/** The other members of that cluster, with their title and partner, in id order. */
export async function clusterCopies(
  db: Kysely<Schema>,
  membership: ClusterMembership,
  offerId: string,
  limit: number,
): Promise<
  Array<{ offer_id: string; original_id: string; title: string | null; partner_name: string | null }>
> {
  return db
    .selectFrom('duplicate_clusters as d')
    .leftJoin('offers as o', (join) =>
      join.onRef('o.audit_id', '=', 'd.audit_id').onRef('o.offer_id', '=', 'd.offer_id'),
    )
    .select(['d.offer_id', 'd.original_id', 'o.title', 'o.partner_name'])
    .where('d.audit_id', '=', membership.audit_id)
    .where('d.cluster_id', '=', membership.cluster_id)
    .where('d.classifier_version', '=', membership.classifier_version)
    .where('d.offer_id', '<>', offerId)
    .orderBy('d.offer_id')
    .limit(limit)
    .execute();
}

/** The duplicate flags stored for an offer in that cluster's audit and version. */
export async function duplicateFlagRows(db: Kysely<Schema>, membership: ClusterMembership, offerId: string) {
  return db
    .selectFrom('flags')
    .select(['category', 'axis', 'rule', 'severity', 'evidence', 'reference', 'explanation', 'details'])
    .where('audit_id', '=', membership.audit_id)
    .where('offer_id', '=', offerId)
    .where('classifier_version', '=', membership.classifier_version)
    .where('category', '=', 'duplicate')
    .execute();
}

/** The offer whose partner page (first or final URL) is this one, in the latest audit that saw it. */
export async function offerIdOfPartnerPage(db: Kysely<Schema>, url: string): Promise<string | undefined> {
  const page = await db
    .selectFrom('partner_pages')
    .select('offer_id')
    .where((eb) => eb.or([eb('url', '=', url), eb('final_url', '=', url)]))
    .orderBy('audit_id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return page?.offer_id;
}

/** The offer that links to this URL (origin, apply link or partner list), in the latest audit holding it. */
export async function offerIdLinkingTo(db: Kysely<Schema>, url: string): Promise<string | undefined> {
  const offer = await db
    .selectFrom('offers')
    .select('offer_id')
    .where(
      sql<boolean>`(offer->'origin'->>'url' = ${url}
            or offer->'contact'->>'applyUrl' = ${url}
            or offer->'origin'->'partners' @> ${JSON.stringify([{ url }])}::jsonb)`,
    )
    .orderBy('audit_id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return offer?.offer_id;
}

/** The newest audit's id. */
export async function latestAuditId(db: Kysely<Schema>): Promise<number | undefined> {
  const latest = await db
    .selectFrom('audits')
    .select('id')
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return latest?.id;
}

/** Offers of an audit, other than `offerId`, with the same title and employer (case-insensitive) and département. */
export async function sameJobOfferRows(
  db: Kysely<Schema>,
  auditId: number,
  offer: { id: string; title: string; employer: string; departement: string },
  limit: number,
): Promise<Array<{ offer_id: string; title: string | null; partner_name: string | null }>> {
  return db
    .selectFrom('offers')
    .select(['offer_id', 'title', 'partner_name'])
    .where('audit_id', '=', auditId)
    .where('offer_id', '<>', offer.id)
    .where(sql<boolean>`lower(title) = lower(${offer.title})`)
    .where(sql<boolean>`lower(employer_name) = lower(${offer.employer})`)
    .where('departement', '=', offer.departement)
    .orderBy('offer_id')
    .limit(limit)
    .execute();
}
