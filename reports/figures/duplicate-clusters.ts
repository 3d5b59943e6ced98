import { type Kysely, sql } from 'kysely';
import type { Schema } from '../../db/schema.js';
import { maskContacts } from '../mask-contacts.js';
import type { DuplicateClusterFigure } from './report-figures.js';

/**
 * The largest clusters of ads for one job ("one job, N ads"), with the original's title (contacts masked unless
 * `keepContacts`) and employer.
 */
export async function largestDuplicateClusters(
  db: Kysely<Schema>,
  auditId: number,
  version: string,
  limit = 10,
  options: { keepContacts?: boolean } = {},
): Promise<DuplicateClusterFigure[]> {
  // The classifier may or may not list the original among its cluster's members: count it once either way.
  const { rows } = await sql<{
    cluster_id: string;
    size: number;
    original_id: string;
    title: string | null;
    employer: string | null;
    contact_name: string | null;
    offer_ids: string[];
  }>`
    with clusters as (
      select cluster_id, min(original_id) as original_id,
        count(distinct offer_id) + case when bool_or(offer_id = original_id) then 0 else 1 end as size
      from duplicate_clusters
      where audit_id = ${auditId} and classifier_version = ${version}
      group by cluster_id
      order by size desc, cluster_id
      limit ${limit}
    )
    select c.cluster_id, c.size, c.original_id, o.title, o.employer_name as employer,
      o.offer->'contact'->>'name' as contact_name,
      (select array_agg(d.offer_id order by d.offer_id) from (
         select offer_id from duplicate_clusters
         where audit_id = ${auditId} and classifier_version = ${version} and cluster_id = c.cluster_id
         order by offer_id limit 30) d) as offer_ids
    from clusters c left join offers o on o.audit_id = ${auditId} and o.offer_id = c.original_id
    order by c.size desc, c.cluster_id`.execute(db);
  return rows.map((row) => ({
    clusterId: row.cluster_id,
    size: Number(row.size),
    originalId: row.original_id,
    title:
      row.title === null || options.keepContacts ? row.title : maskContacts(row.title, [row.contact_name]),
    employer: row.employer,
    offerIds: row.offer_ids ?? [],
  }));
}
