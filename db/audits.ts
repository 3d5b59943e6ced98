import { type Kysely, sql } from 'kysely';
import { UsageError } from '../lib/errors.js';
import type { AuditDesign, AuditStatus, Schema } from './schema.js';

export interface Audit {
  id: number;
  label: string;
  source: string;
  status: AuditStatus;
  design: AuditDesign;
  population: number | null;
  details: Record<string, unknown>;
  period: string | null;
  classifierVersion: string | null;
  createdAt: Date;
  finishedAt: Date | null;
}

export interface NewAudit {
  label: string;
  source: string;
  design: AuditDesign;
  population?: number | null;
  period?: string | null;
  details?: Record<string, unknown>;
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
    if (relativeTo === undefined) throw new UsageError('"previous" needs an audit to be relative to');
    query = query.where('id', '<', relativeTo).orderBy('id', 'desc').limit(1);
  } else if (/^\d+$/.test(ref)) {
    query = query.where('id', '=', Number(ref));
  } else {
    throw new UsageError(`"${ref}" is not an audit`, 'give an audit number, "latest" or "previous"');
  }
  const row = await query.executeTakeFirst();
  if (!row) {
    const count = await db
      .selectFrom('audits')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirst();
    throw new UsageError(
      ref === 'latest' ? 'there is no audit yet' : `no audit matches "${ref}"`,
      Number(count?.n ?? 0) === 0
        ? 'create one with `vigie import FILE`, `vigie crawl` or `vigie demo`'
        : 'list the audits with `vigie audits`',
    );
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
  extra: { population?: number | null; details?: Record<string, unknown>; classifierVersion?: string } = {},
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
  source: string;
  status: AuditStatus;
  design: AuditDesign;
  population: number | string | null;
  details: Record<string, unknown>;
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
    design: row.design,
    population: row.population === null ? null : Number(row.population),
    details: row.details ?? {},
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
