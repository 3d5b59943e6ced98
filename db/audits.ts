import { type Kysely, sql } from 'kysely';
import { canonicalJson } from '../lib/content-hash.js';
import { UsageError } from '../lib/errors.js';
import {
  type AuditDesign,
  type AuditDetails,
  auditDesignSchema,
  auditDetailsSchema,
  readStored,
} from '../model/audit.js';
import { PROBLEM_CATEGORIES } from '../model/taxonomy.js';
import { DB_MESSAGES } from './messages.js';
import type { AuditSource, AuditStatus, Schema } from './schema.js';

export interface Audit {
  id: number;
  label: string;
  source: AuditSource;
  status: AuditStatus;
  design: AuditDesign;
  population: number | null;
  details: AuditDetails;
  period: string | null;
  classifierVersion: string | null;
  createdAt: Date;
  finishedAt: Date | null;
}

export interface NewAudit {
  label: string;
  source: AuditSource;
  design: AuditDesign;
  population?: number | null;
  period?: string | null;
  details?: AuditDetails;
}

export async function createAudit(db: Kysely<Schema>, audit: NewAudit): Promise<Audit> {
  const row = await db
    .insertInto('audits')
    .values({
      label: audit.label,
      source: audit.source,
      status: 'running',
      design: JSON.stringify(audit.design),
      population: audit.population ?? null,
      period: audit.period ?? null,
      details: JSON.stringify(audit.details ?? {}),
      classifier_version: null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toAudit(row);
}

export async function getAudit(db: Kysely<Schema>, id: number): Promise<Audit | undefined> {
  const row = await db.selectFrom('audits').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toAudit(row) : undefined;
}

/**
 * Resolves what a user typed after `--audit`: a number, "latest" (the newest audit), or "previous" (the one before
 * `relativeTo`). Throws a UsageError that says what exists when nothing matches.
 */
export async function resolveAudit(
  db: Kysely<Schema>,
  reference: string | number | undefined,
  relativeTo?: number,
): Promise<Audit> {
  const ref = reference === undefined ? 'latest' : String(reference).trim();
  let query = db.selectFrom('audits').selectAll();
  if (ref === 'latest') {
    query = query.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(1);
  } else if (ref === 'previous') {
    if (relativeTo === undefined) throw new UsageError(DB_MESSAGES.previousNeedsAudit());
    query = query.where('id', '<', relativeTo).orderBy('id', 'desc').limit(1);
  } else if (/^\d+$/.test(ref)) {
    query = query.where('id', '=', Number(ref));
  } else {
    throw new UsageError(DB_MESSAGES.notAnAudit({ reference: ref }));
  }
  const row = await query.executeTakeFirst();
  if (!row) {
    const count = await db
      .selectFrom('audits')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirst();
    throw new UsageError(DB_MESSAGES.noSuchAudit({ reference: ref, anyAudit: Number(count?.n ?? 0) > 0 }));
  }
  return toAudit(row);
}

/** The most recent import audit of this file, so that importing the same file again updates it. */
export async function findImportAudit(db: Kysely<Schema>, file: string): Promise<Audit | undefined> {
  const row = await db
    .selectFrom('audits')
    .selectAll()
    .where(sql<boolean>`design->>'kind' = 'import' and design->>'file' = ${file}`)
    .orderBy('id', 'desc')
    .executeTakeFirst();
  return row ? toAudit(row) : undefined;
}

export async function setAuditStatus(
  db: Kysely<Schema>,
  id: number,
  status: AuditStatus,
  extra: { population?: number | null; details?: AuditDetails; classifierVersion?: string } = {},
): Promise<void> {
  await db
    .updateTable('audits')
    .set({
      status,
      ...(extra.population !== undefined ? { population: extra.population } : {}),
      ...(extra.classifierVersion !== undefined ? { classifier_version: extra.classifierVersion } : {}),
      // Details are merged so that each stage (crawl, classify, report) adds its facts without losing others'.
      ...(extra.details ? { details: sql`details || ${JSON.stringify(extra.details)}::jsonb` } : {}),
      finished_at: status === 'complete' || status === 'failed' ? new Date() : null,
    })
    .where('id', '=', id)
    .execute();
}

export interface AuditSummary extends Audit {
  offers: number;
  flaggedOffers: number;
  errors: number;
  /** Frontier items that failed for good: a crawl with any is incomplete. */
  failedItems: number;
}

export async function listAudits(db: Kysely<Schema>): Promise<AuditSummary[]> {
  const rows = await db
    .selectFrom('audits as a')
    .selectAll('a')
    .select((eb) => [
      eb
        .selectFrom('offers as o')
        .whereRef('o.audit_id', '=', 'a.id')
        .select(eb.fn.countAll<number>().as('n'))
        .as('offers'),
      eb
        .selectFrom('flags as f')
        .whereRef('f.audit_id', '=', 'a.id')
        .where(sql<boolean>`f.classifier_version = a.classifier_version`)
        .where('f.category', 'in', [...PROBLEM_CATEGORIES])
        .select(sql<number>`count(distinct f.offer_id)`.as('n'))
        .as('flagged_offers'),
      eb
        .selectFrom('fetch_errors as e')
        .whereRef('e.audit_id', '=', 'a.id')
        .select(eb.fn.countAll<number>().as('n'))
        .as('errors'),
      eb
        .selectFrom('frontier as q')
        .whereRef('q.audit_id', '=', 'a.id')
        .where('q.status', '=', 'failed')
        .select(eb.fn.countAll<number>().as('n'))
        .as('failed_items'),
    ])
    .orderBy('a.id', 'desc')
    .execute();
  return rows.map((row) => ({
    ...toAudit(row),
    offers: Number(row.offers ?? 0),
    flaggedOffers: Number(row.flagged_offers ?? 0),
    errors: Number(row.errors ?? 0),
    failedItems: Number(row.failed_items ?? 0),
  }));
}

type AuditRow = {
  id: number;
  label: string;
  source: AuditSource;
  status: AuditStatus;
  /** As stored: checked by toAudit. */
  design: unknown;
  population: number | string | null;
  details: unknown;
  period: string | null;
  classifier_version: string | null;
  created_at: Date;
  finished_at: Date | null;
};

function toAudit(row: AuditRow): Audit {
  return {
    id: row.id,
    label: row.label,
    source: row.source,
    status: row.status,
    design: readStored(auditDesignSchema, row.design, `the design of audit ${row.id}`),
    population: row.population === null ? null : Number(row.population),
    details: readStored(auditDetailsSchema, row.details ?? {}, `the details of audit ${row.id}`),
    period: row.period,
    classifierVersion: row.classifier_version,
    createdAt: new Date(row.created_at),
    finishedAt: row.finished_at ? new Date(row.finished_at) : null,
  };
}

/** The newest audit of a scheduled period ("2026-11"), finished or not. */
export async function findPeriodAudit(db: Kysely<Schema>, period: string): Promise<Audit | undefined> {
  const row = await db
    .selectFrom('audits')
    .selectAll()
    .where('period', '=', period)
    .orderBy('id', 'desc')
    .executeTakeFirst();
  return row ? toAudit(row) : undefined;
}

export interface UnfinishedAuditQuery {
  /** The statuses that count as unfinished. @default ['running'] */
  statuses?: readonly AuditStatus[];
  /** Only audits read from this source. */
  source?: AuditSource;
  /** Only audits of exactly this design (compared as canonical JSON). */
  design?: AuditDesign;
  /** Only audits whose design is of one of these kinds. */
  kinds?: ReadonlySet<string>;
}

/**
 * The newest unfinished audit matching the query: the one a crawl, `vigie crawl --resume` or `vigie audit`
 * continues instead of starting another.
 */
export async function findUnfinishedAudit(
  db: Kysely<Schema>,
  query: UnfinishedAuditQuery = {},
): Promise<Audit | undefined> {
  let select = db
    .selectFrom('audits')
    .selectAll()
    .where('status', 'in', [...(query.statuses ?? ['running'])]);
  if (query.source !== undefined) select = select.where('source', '=', query.source);
  const rows = await select.orderBy('id', 'desc').execute();
  const wanted = query.design === undefined ? undefined : canonicalJson(query.design);
  return rows
    .map(toAudit)
    .find(
      (candidate) =>
        (wanted === undefined || canonicalJson(candidate.design) === wanted) &&
        (query.kinds === undefined || query.kinds.has(candidate.design.kind)),
    );
}

/** The complete crawl (not an import) before this audit: what its report compares with. */
export async function previousCompleteAudit(db: Kysely<Schema>, auditId: number): Promise<Audit | undefined> {
  const row = await db
    .selectFrom('audits')
    .selectAll()
    .where('id', '<', auditId)
    .where('status', '=', 'complete')
    .where(sql<boolean>`design->>'kind' <> 'import'`)
    .orderBy('id', 'desc')
    .executeTakeFirst();
  return row ? toAudit(row) : undefined;
}

/** Records the scheduled period an audit covers. */
export async function setAuditPeriod(db: Kysely<Schema>, id: number, period: string): Promise<void> {
  await db.updateTable('audits').set({ period }).where('id', '=', id).execute();
}

/** How many audits have this status. */
export async function countAuditsWithStatus(db: Kysely<Schema>, status: AuditStatus): Promise<number> {
  const row = await db
    .selectFrom('audits')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('status', '=', status)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** Deletes an audit; its offers, flags, pages and errors go with it (foreign keys cascade). */
export async function deleteAudit(db: Kysely<Schema>, id: number): Promise<void> {
  await db.deleteFrom('audits').where('id', '=', id).execute();
}
