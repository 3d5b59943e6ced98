import { type Kysely, sql } from 'kysely';
import { readStored } from '../model/audit.js';
import type { DuplicateCluster } from '../model/duplicate-cluster.js';
import { axisSchema, categoryIdSchema, type Flag, flagDetailsSchema } from '../model/flag.js';
import { PROBLEM_CATEGORIES } from '../model/taxonomy.js';
import type { Schema } from './schema.js';

/** One flag of one offer, as stored. */
export interface StoredFlag extends Flag {
  offerId: string;
  classifierVersion: string;
}

const BATCH = 500;

/** Appends flags for an audit under a classifier version (see `promoteClassification` for replacing). */
export async function insertFlags(
  db: Kysely<Schema>,
  auditId: number,
  version: string,
  items: ReadonlyArray<{ offerId: string; flag: Flag }>,
): Promise<void> {
  for (let start = 0; start < items.length; start += BATCH) {
    await db
      .insertInto('flags')
      .values(
        items.slice(start, start + BATCH).map(({ offerId, flag }) => ({
          audit_id: auditId,
          offer_id: offerId,
          classifier_version: version,
          category: flag.category,
          axis: flag.axis,
          rule: flag.rule,
          severity: flag.severity,
          evidence: flag.evidence,
          reference: flag.reference,
          explanation: flag.explanation,
          details: JSON.stringify(flag.details ?? {}),
        })),
      )
      .execute();
  }
}

/** Stores the duplicate clusters, one row per member (the original included), so reports can count "one job, N ads". */
export async function insertDuplicateClusters(
  db: Kysely<Schema>,
  auditId: number,
  version: string,
  clusters: readonly DuplicateCluster[],
): Promise<void> {
  const rows = clusters.flatMap((cluster) =>
    cluster.members.map((offerId) => ({
      audit_id: auditId,
      classifier_version: version,
      offer_id: offerId,
      cluster_id: cluster.clusterId,
      original_id: cluster.originalId,
    })),
  );
  for (let start = 0; start < rows.length; start += BATCH) {
    await db
      .insertInto('duplicate_clusters')
      .values(rows.slice(start, start + BATCH))
      .execute();
  }
}

/** Deletes an audit's flags and clusters of one classifier version. */
export async function deleteClassification(
  db: Kysely<Schema>,
  auditId: number,
  version: string,
): Promise<void> {
  await db
    .deleteFrom('flags')
    .where('audit_id', '=', auditId)
    .where('classifier_version', '=', version)
    .execute();
  await db
    .deleteFrom('duplicate_clusters')
    .where('audit_id', '=', auditId)
    .where('classifier_version', '=', version)
    .execute();
}

/**
 * Makes the rows written under `staging` the audit's rows of `version`, replacing the old ones in one
 * transaction: readers never see a half-classified audit, and a crash mid-run leaves the previous flags intact.
 */
export async function promoteClassification(
  db: Kysely<Schema>,
  auditId: number,
  staging: string,
  version: string,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await deleteClassification(trx, auditId, version);
    await trx
      .updateTable('flags')
      .set({ classifier_version: version })
      .where('audit_id', '=', auditId)
      .where('classifier_version', '=', staging)
      .execute();
    await trx
      .updateTable('duplicate_clusters')
      .set({ classifier_version: version })
      .where('audit_id', '=', auditId)
      .where('classifier_version', '=', staging)
      .execute();
  });
}

/** An audit's flags of one version (default: the audit's own), for one offer or all, in offer order. */
export async function listFlags(
  db: Kysely<Schema>,
  auditId: number,
  options: { version?: string; offerId?: string } = {},
): Promise<StoredFlag[]> {
  let query = db.selectFrom('flags').selectAll().where('audit_id', '=', auditId);
  query = options.version
    ? query.where('classifier_version', '=', options.version)
    : query.where(
        'classifier_version',
        '=',
        sql<string>`(select classifier_version from audits where id = ${auditId})`,
      );
  if (options.offerId !== undefined) query = query.where('offer_id', '=', options.offerId);
  const rows = await query.orderBy('offer_id').orderBy('id').execute();
  return rows.map((row) => {
    const details = readStored(flagDetailsSchema, row.details ?? {}, `the details of flag ${row.id}`);
    return {
      offerId: row.offer_id,
      classifierVersion: row.classifier_version,
      category: readStored(categoryIdSchema, row.category, `the category of flag ${row.id}`),
      axis: readStored(axisSchema, row.axis, `the axis of flag ${row.id}`),
      rule: row.rule,
      severity: row.severity === 'likely' ? 'likely' : 'certain',
      evidence: row.evidence,
      reference: row.reference,
      explanation: row.explanation,
      ...(Object.keys(details).length > 0 ? { details } : {}),
    };
  });
}

/** An audit's duplicate clusters of one version. */
export async function listDuplicateClusters(
  db: Kysely<Schema>,
  auditId: number,
  version: string,
): Promise<DuplicateCluster[]> {
  const rows = await db
    .selectFrom('duplicate_clusters')
    .selectAll()
    .where('audit_id', '=', auditId)
    .where('classifier_version', '=', version)
    .orderBy('cluster_id')
    .orderBy('offer_id')
    .execute();
  const clusters = new Map<string, DuplicateCluster>();
  for (const row of rows) {
    const cluster = clusters.get(row.cluster_id) ?? {
      clusterId: row.cluster_id,
      originalId: row.original_id,
      members: [row.original_id],
      kind: 'near' as const,
    };
    if (row.offer_id !== row.original_id) cluster.members.push(row.offer_id);
    clusters.set(row.cluster_id, cluster);
  }
  return [...clusters.values()];
}

/** How many offers of an audit are flagged: a flag of this version in a problem category (not genuine). */
export async function countFlaggedOffers(
  db: Kysely<Schema>,
  auditId: number,
  version: string,
): Promise<number> {
  const row = await db
    .selectFrom('flags')
    .select((eb) => eb.fn.count<number>('offer_id').distinct().as('n'))
    .where('audit_id', '=', auditId)
    .where('classifier_version', '=', version)
    .where('category', 'in', [...PROBLEM_CATEGORIES])
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}
