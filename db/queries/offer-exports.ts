import { type Kysely, sql } from 'kysely';
import type { Schema } from '../schema.js';

/** The offer rows exports read: the offers CSV, the validation sample, the flags a reviewed sample is held to. */

export interface OfferFlagsRow {
  offer_id: string;
  title: string | null;
  employer_name: string | null;
  contract_type: string | null;
  full_time: boolean | null;
  departement: string | null;
  rome_domain: string | null;
  origin: string | null;
  partner_name: string | null;
  stratum: string | null;
  weight: number;
  offer_created_at: Date | string | null;
  contact_name: string | null;
  flags: Array<{ c: string; s: string; e: string; r: string | null }> | null;
}

/** A batch of an audit's offers after `after` in id order, each with its flags of this version. */
export async function offersWithFlagsAfter(
  db: Kysely<Schema>,
  auditId: number,
  version: string,
  after: string,
  batchSize: number,
): Promise<OfferFlagsRow[]> {
  const { rows } = await sql<OfferFlagsRow>`
    select o.offer_id, o.title, o.employer_name, o.contract_type, o.full_time, o.departement, o.rome_domain,
      o.origin, o.partner_name, o.stratum, o.weight, o.offer_created_at,
      o.offer->'contact'->>'name' as contact_name,
      (select json_agg(json_build_object('c', f.category, 's', f.severity, 'e', f.evidence, 'r', f.reference) order by f.id)
         from flags f
         where f.audit_id = o.audit_id and f.offer_id = o.offer_id and f.classifier_version = ${version}) as flags
    from offers o
    where o.audit_id = ${auditId} and o.offer_id > ${after}
    order by o.offer_id
    limit ${batchSize}`.execute(db);
  return rows;
}

export interface SampleRow {
  offer_id: string;
  offer: {
    title?: string | null;
    description?: string | null;
    employer?: { name?: string | null };
    contract?: { label?: string | null };
    hours?: { label?: string | null };
    salary?: { label?: string | null };
    place?: { label?: string | null };
    contact?: { name?: string | null };
  };
  flags: Array<{ c: string; s: string }> | null;
}

/**
 * A random sample of an audit's offers with their flags of this version: an ordering by a hash of the id and the
 * seed, so that the same seed gives the same sample.
 */
export async function validationSampleRows(
  db: Kysely<Schema>,
  auditId: number,
  version: string,
  options: { size: number; seed: number },
): Promise<SampleRow[]> {
  const { rows } = await sql<SampleRow>`
    select o.offer_id, o.offer,
      (select json_agg(json_build_object('c', f.category, 's', f.severity))
         from flags f
         where f.audit_id = o.audit_id and f.offer_id = o.offer_id and f.classifier_version = ${version}) as flags
    from offers o
    where o.audit_id = ${auditId}
    order by md5(o.offer_id || ':' || ${String(options.seed)}), o.offer_id
    limit ${options.size}`.execute(db);
  return rows;
}

/** Which of these offers carry a flag of which category, in this version. */
export async function flaggedCategoriesOf(
  db: Kysely<Schema>,
  auditId: number,
  version: string,
  offerIds: readonly string[],
): Promise<Array<{ offer_id: string; category: string }>> {
  const { rows: flags } = await sql<{ offer_id: string; category: string }>`
    select distinct offer_id, category from flags
    where audit_id = ${auditId} and classifier_version = ${version}
      and offer_id in (${sql.join(offerIds)})`.execute(db);
  return flags;
}
