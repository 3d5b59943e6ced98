import type { Kysely } from 'kysely';
import { largestClusterRows } from '../../db/queries/report-figures.js';
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
  const rows = await largestClusterRows(db, auditId, version, limit);
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
