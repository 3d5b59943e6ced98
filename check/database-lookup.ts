import type { Kysely } from 'kysely';
import {
  clusterCopies,
  duplicateFlagRows,
  latestAuditId,
  latestClusterMembership,
  offerIdLinkingTo,
  offerIdOfPartnerPage,
  sameJobOfferRows,
} from '../db/queries/check-lookup.js';
import type { Schema } from '../db/schema.js';
import { readStored } from '../model/audit.js';
import { type Flag, flagDetailsSchema } from '../model/flag.js';
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
      const membership = await latestClusterMembership(db, offerId);
      if (!membership) return { copies: await similarOffers(db, offer), flags: [] };
      const rows = await clusterCopies(db, membership, offerId, MAX_DUPLICATES);
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
      const stored = await duplicateFlagRows(db, membership, offerId);
      const flags = stored.map(
        (row): Flag => ({
          category: 'duplicate',
          axis: 'quality',
          rule: row.rule,
          severity: row.severity === 'likely' ? 'likely' : 'certain',
          evidence: row.evidence,
          reference: row.reference,
          explanation: row.explanation,
          details: readStored(
            flagDetailsSchema,
            row.details ?? {},
            `the details of a duplicate flag of offer ${offerId}`,
          ),
        }),
      );
      return { copies, flags };
    },

    async offerForPartnerUrl(url) {
      return (await offerIdOfPartnerPage(db, url)) ?? (await offerIdLinkingTo(db, url)) ?? null;
    },
  };
}

/** Offers of the latest audit with the same title, employer and département: the same job, as likely as not. */
async function similarOffers(db: Kysely<Schema>, offer: Offer): Promise<DuplicateRef[]> {
  if (!offer.title || !offer.employer.name || !offer.place.departement) return [];
  const latest = await latestAuditId(db);
  if (latest === undefined) return [];
  const rows = await sameJobOfferRows(
    db,
    latest,
    { id: offer.id, title: offer.title, employer: offer.employer.name, departement: offer.place.departement },
    MAX_DUPLICATES,
  );
  return rows.map((row) => ({
    id: row.offer_id,
    kind: 'similar',
    original: false,
    title: row.title,
    partner: row.partner_name,
    auditId: latest,
  }));
}
