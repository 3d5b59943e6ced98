import { type Kysely, sql } from 'kysely';
import { type FrontierKind, type FrontierWork, readFrontierWork } from '../model/frontier-item.js';
import type { Schema } from './schema.js';

/**
 * The crawl frontier: what an audit still has to fetch, in the database so that a crawl killed at any moment
 * resumes where it stopped. Items are leased, never popped: a worker that dies leaves leases that expire and
 * return to the pool. `FOR UPDATE SKIP LOCKED` lets several workers on one PostgreSQL lease without waiting on
 * each other or taking the same item twice.
 *
 * An item's key is unique within its audit ("page:…", "detail:196FBMG", "partner:196FBMG:https://…"), so
 * enqueueing the same follow-up twice (a replayed page after a crash) leaves one item.
 */
export type FrontierItemInput = FrontierWork & { key: string };

export type FrontierItem = FrontierItemInput & {
  /** Leases taken so far, this one included. */
  attempts: number;
};

/**
 * A leased item whose stored kind or payload this version cannot read (written by another version, or damaged):
 * the crawl fails it with `problem` as its cause rather than guess at its shape.
 */
export interface UnreadableFrontierItem {
  key: string;
  /** The kind as stored. */
  kind: string;
  payload: unknown;
  attempts: number;
  problem: string;
}

export type LeasedFrontierItem = FrontierItem | UnreadableFrontierItem;

export function isUnreadable(item: LeasedFrontierItem): item is UnreadableFrontierItem {
  return 'problem' in item;
}

export type FrontierStatus = 'pending' | 'leased' | 'done' | 'failed';

export async function enqueueFrontier(
  db: Kysely<Schema>,
  auditId: number,
  items: readonly FrontierItemInput[],
): Promise<number> {
  let added = 0;
  for (let start = 0; start < items.length; start += 500) {
    const chunk = items.slice(start, start + 500);
    const result = await db
      .insertInto('frontier')
      .values(
        chunk.map((item) => ({
          audit_id: auditId,
          key: item.key,
          kind: item.kind,
          payload: JSON.stringify(item.payload),
          status: 'pending',
          lease_owner: null,
          lease_expires_at: null,
          not_before: null,
          last_error: null,
        })),
      )
      .onConflict((conflict) => conflict.columns(['audit_id', 'key']).doNothing())
      .executeTakeFirst();
    added += Number(result.numInsertedOrUpdatedRows ?? 0);
  }
  return added;
}

export interface LeaseOptions {
  /** Items to lease at most. @default 20 */
  limit?: number;
  /** How long the items stay ours without being completed; then they return to the pool. @default 120000 */
  leaseMs?: number;
  /** Only these kinds. @default every kind */
  kinds?: readonly FrontierKind[];
}

export async function leaseFrontier(
  db: Kysely<Schema>,
  auditId: number,
  owner: string,
  options: LeaseOptions = {},
): Promise<LeasedFrontierItem[]> {
  const limit = options.limit ?? 20;
  const leaseMs = options.leaseMs ?? 120_000;
  const kindFilter =
    options.kinds && options.kinds.length > 0
      ? sql`and kind in (${sql.join(options.kinds.map((kind) => sql`${kind}`))})`
      : sql``;
  const result = await sql<{ key: string; kind: string; payload: unknown; attempts: number }>`
    update frontier as f
       set status = 'leased',
           lease_owner = ${owner},
           lease_expires_at = now() + ${leaseMs} * interval '1 millisecond',
           attempts = f.attempts + 1,
           updated_at = now()
      from (select key from frontier
             where audit_id = ${auditId}
               and (status = 'pending' or (status = 'leased' and lease_expires_at < now()))
               and (not_before is null or not_before <= now())
               ${kindFilter}
             order by key
             limit ${limit}
             for update skip locked) as pick
     where f.audit_id = ${auditId} and f.key = pick.key
    returning f.key, f.kind, f.payload, f.attempts`.execute(db);
  return result.rows
    .map((row): LeasedFrontierItem => {
      const attempts = Number(row.attempts);
      let payload: unknown = row.payload;
      if (typeof payload === 'string') {
        try {
          payload = JSON.parse(payload);
        } catch {
          return { key: row.key, kind: row.kind, payload, attempts, problem: 'stored payload is not JSON' };
        }
      }
      const read = readFrontierWork(row.kind, payload);
      return read.ok
        ? { key: row.key, ...read.work, attempts }
        : { key: row.key, kind: row.kind, payload, attempts, problem: read.problem };
    })
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** Marks items done. Run it in the transaction that stored what the item produced: then a crash loses neither. */
export async function completeFrontier(
  db: Kysely<Schema>,
  auditId: number,
  keys: readonly string[],
): Promise<void> {
  if (keys.length === 0) return;
  await db
    .updateTable('frontier')
    .set({
      status: 'done',
      lease_owner: null,
      lease_expires_at: null,
      last_error: null,
      updated_at: new Date(),
    })
    .where('audit_id', '=', auditId)
    .where('key', 'in', keys)
    .execute();
}

/** Gives an item up for good; its error is recorded in fetch_errors by the caller. */
export async function failFrontier(
  db: Kysely<Schema>,
  auditId: number,
  key: string,
  error: string,
): Promise<void> {
  await db
    .updateTable('frontier')
    .set({
      status: 'failed',
      lease_owner: null,
      lease_expires_at: null,
      last_error: error,
      updated_at: new Date(),
    })
    .where('audit_id', '=', auditId)
    .where('key', '=', key)
    .execute();
}

/** Puts a leased item back, to be retried no sooner than `notBefore`. */
export async function releaseFrontier(
  db: Kysely<Schema>,
  auditId: number,
  key: string,
  options: { notBefore?: Date; error?: string } = {},
): Promise<void> {
  await db
    .updateTable('frontier')
    .set({
      status: 'pending',
      lease_owner: null,
      lease_expires_at: null,
      not_before: options.notBefore ?? null,
      last_error: options.error ?? null,
      updated_at: new Date(),
    })
    .where('audit_id', '=', auditId)
    .where('key', '=', key)
    .execute();
}

/**
 * Returns every lease of the audit to the pool at once. Only for a single process resuming its own crawl: it
 * knows the leases it finds were left by its dead predecessor, and need not wait for them to expire.
 */
export async function releaseAllLeases(db: Kysely<Schema>, auditId: number): Promise<number> {
  const result = await db
    .updateTable('frontier')
    .set({ status: 'pending', lease_owner: null, lease_expires_at: null, updated_at: new Date() })
    .where('audit_id', '=', auditId)
    .where('status', '=', 'leased')
    .executeTakeFirst();
  return Number(result.numUpdatedRows ?? 0);
}

/** The owners holding leases in an audit now: a resuming process checks which of them are dead. */
export async function leaseOwners(db: Kysely<Schema>, auditId: number): Promise<string[]> {
  const rows = await db
    .selectFrom('frontier')
    .select('lease_owner')
    .distinct()
    .where('audit_id', '=', auditId)
    .where('status', '=', 'leased')
    .where('lease_owner', 'is not', null)
    .execute();
  return rows.flatMap((row) => (row.lease_owner ? [row.lease_owner] : []));
}

/** Returns the leases of these owners to the pool (owners known to be dead). */
export async function releaseLeasesOf(
  db: Kysely<Schema>,
  auditId: number,
  owners: readonly string[],
): Promise<number> {
  if (owners.length === 0) return 0;
  const result = await db
    .updateTable('frontier')
    .set({ status: 'pending', lease_owner: null, lease_expires_at: null, updated_at: new Date() })
    .where('audit_id', '=', auditId)
    .where('status', '=', 'leased')
    .where('lease_owner', 'in', owners)
    .executeTakeFirst();
  return Number(result.numUpdatedRows ?? 0);
}

/**
 * Gives the items that failed for good another round: back to pending with a fresh attempt budget. Returns their
 * keys, so that the caller can drop the failures recorded for them (a new failure is recorded if they fail again).
 */
export async function retryFailedFrontier(db: Kysely<Schema>, auditId: number): Promise<string[]> {
  const rows = await db
    .updateTable('frontier')
    .set({ status: 'pending', not_before: null, attempts: 0, last_error: null, updated_at: new Date() })
    .where('audit_id', '=', auditId)
    .where('status', '=', 'failed')
    .returning('key')
    .execute();
  return rows.map((row) => row.key);
}

/** Which of these keys the audit's frontier holds, whatever their status. */
export async function frontierKeysPresent(
  db: Kysely<Schema>,
  auditId: number,
  keys: readonly string[],
): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const rows = await db
    .selectFrom('frontier')
    .select('key')
    .where('audit_id', '=', auditId)
    .where('key', 'in', [...keys])
    .execute();
  return new Set(rows.map((row) => row.key));
}

export type FrontierCounts = Record<FrontierStatus, number> & { total: number };

export async function countFrontier(
  db: Kysely<Schema>,
  auditId: number,
  kind?: FrontierKind,
): Promise<FrontierCounts> {
  let query = db
    .selectFrom('frontier')
    .select('status')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('audit_id', '=', auditId)
    .groupBy('status');
  if (kind) query = query.where('kind', '=', kind);
  const rows = await query.execute();
  const counts: FrontierCounts = { pending: 0, leased: 0, done: 0, failed: 0, total: 0 };
  for (const row of rows) {
    const n = Number(row.n);
    if (row.status in counts) counts[row.status as FrontierStatus] = n;
    counts.total += n;
  }
  return counts;
}

/**
 * Drawn offers a sample's crawl has not read yet, by stratum (null: a simple sample's): the picks of its search
 * pages and the detail pages still pending or leased. They are not lost: a resumed crawl reads them; only items
 * failed for good, or offers gone meanwhile, are (reports/figures/nonresponse-figure.ts).
 */
export async function drawnNotYetRead(
  db: Kysely<Schema>,
  auditId: number,
): Promise<{ stratum: string | null; offers: number }[]> {
  const rows = await db
    .selectFrom('frontier')
    .select(sql<string | null>`payload->>'stratum'`.as('stratum'))
    .select(
      // A sample's page keeps its picks; a page without (a census's) stands for its whole span.
      sql<string>`sum(case
        when kind = 'detail' then 1
        when jsonb_typeof(payload->'picks') = 'array' then jsonb_array_length(payload->'picks')
        else (payload->>'end')::int - (payload->>'start')::int + 1
      end)`.as('offers'),
    )
    .where('audit_id', '=', auditId)
    .where('kind', 'in', ['page', 'detail'])
    .where('status', 'in', ['pending', 'leased'])
    .groupBy(sql`payload->>'stratum'`)
    .execute();
  return rows.map((row) => ({ stratum: row.stratum, offers: Number(row.offers) }));
}
