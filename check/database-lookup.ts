import { type Kysely, sql } from 'kysely';
import type { Schema } from '../db/schema.js';
import type { Flag } from '../model/flag.js';
import type { Offer } from '../model/offer.js';
import type { CheckLookup } from './run-check.js';
import type { DuplicateRef } from './verdict.js';

/** Enough for a jobseeker; a cluster of hundreds of copies is summed up by its first ones. */
const MAX_DUPLICATES = 20;

/**
 * What past audits know about an offer: the other ids of the same job (the classifiers' duplicate clusters, from
 * the latest audit that clustered it) and which offer a partner link belongs to.
 */
export function databaseLookup(db: Kysely<Schema>): CheckLookup {
  return {
    async duplicatesOf(offer) {
      const offerId = offer.id;
      const membership = await db
        .selectFrom('duplicate_clusters')
        .select(['audit_id', 'cluster_id', 'classifier_version'])
        .where('offer_id', '=', offerId)
        .orderBy('audit_id', 'desc')
        .limit(1)
        .executeTakeFirst();
      if (!membership) return { copies: await similarOffers(db, offer), flags: [] };
      const rows = await db
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
        .limit(MAX_DUPLICATES)
        .execute();
      const copies = rows.map(
        (row): DuplicateRef => ({
          id: row.offer_id,
          kind: 'duplicate',
          original: row.offer_id === row.original_id,
          title: row.title ?? null,
          partner: row.partner_name ?? null,
          auditId: membership.audit_id,
        }),
      );
      const stored = await db
        .selectFrom('flags')
        .select(['category', 'axis', 'rule', 'severity', 'evidence', 'reference', 'explanation', 'details'])
        .where('audit_id', '=', membership.audit_id)
        .where('offer_id', '=', offerId)
        .where('classifier_version', '=', membership.classifier_version)
        .where('category', '=', 'duplicate')
        .execute();
      const flags = stored.map(
        (row): Flag => ({
          category: 'duplicate',
          axis: 'quality',
          rule: row.rule,
          severity: row.severity === 'likely' ? 'likely' : 'certain',
          evidence: row.evidence,
          reference: row.reference,
          explanation: row.explanation,
          details: row.details ?? {},
        }),
      );
      return { copies, flags };
    },

    async offerForPartnerUrl(url) {
      const page = await db
        .selectFrom('partner_pages')
        .select('offer_id')
        .where((eb) => eb.or([eb('url', '=', url), eb('final_url', '=', url)]))
        .orderBy('audit_id', 'desc')
        .limit(1)
        .executeTakeFirst();
      if (page) return page.offer_id;
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
      return offer?.offer_id ?? null;
    },
  };
}

/** Offers of the latest audit with the same title, employer and département: the same job, as likely as not. */
async function similarOffers(db: Kysely<Schema>, offer: Offer): Promise<DuplicateRef[]> {
  if (!offer.title || !offer.employer.name || !offer.place.departement) return [];
  const latest = await db
    .selectFrom('audits')
    .select('id')
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!latest) return [];
  const rows = await db
    .selectFrom('offers')
    .select(['offer_id', 'title', 'partner_name'])
    .where('audit_id', '=', latest.id)
    .where('offer_id', '<>', offer.id)
    .where(sql<boolean>`lower(title) = lower(${offer.title})`)
    .where(sql<boolean>`lower(employer_name) = lower(${offer.employer.name})`)
    .where('departement', '=', offer.place.departement)
    .orderBy('offer_id')
    .limit(MAX_DUPLICATES)
    .execute();
  return rows.map((row) => ({
    id: row.offer_id,
    kind: 'similar',
    original: false,
    title: row.title,
    partner: row.partner_name,
    auditId: latest.id,
  }));
}
