import { type Kysely, sql } from 'kysely';
import { z } from 'zod';
import { canonicalJson, hashCanonicalJson } from '../lib/content-hash.js';
import { storableJson } from '../lib/storable-text.js';
import { type Offer, offerSchema } from '../model/offer.js';
import type { Schema } from './schema.js';

/** The raw JSON of an offer as fetched: an object, whatever its fields. */
const rawOfferSchema = z.record(z.string(), z.unknown());

export interface OfferToStore {
  offer: Offer;
  /** The JSON as the source served it (the API's object; for the website, what was parsed from the page). */
  raw: Record<string, unknown>;
  stratum?: string | null;
  /** Design weight: how many offers of the population this one stands for. @default 1 */
  weight?: number;
}

export interface StoreResult {
  inserted: number;
  updated: number;
  unchanged: number;
  /**
   * Offers whose text held characters PostgreSQL cannot store (NUL, lone surrogates), stored with them replaced
   * by U+FFFD: the id and how many characters were replaced.
   */
  repaired: Array<{ offerId: string; replaced: number }>;
}

/** An offer the database refused, with PostgreSQL's reason. */
export interface RefusedOffer {
  offerId: string;
  /** SQLSTATE, e.g. "22P05"; null when the error carried none. */
  code: string | null;
  message: string;
}

/**
 * Stores a batch of offers in an audit. An offer already in the audit is updated only when its content hash
 * changed, so storing the same batch twice (a resumed crawl, a re-import) leaves one row per offer.
 */
export async function storeOffers(
  db: Kysely<Schema>,
  auditId: number,
  batch: readonly OfferToStore[],
): Promise<StoreResult> {
  // One row per id: Postgres refuses an upsert that touches the same row twice in one statement.
  const byId = new Map<string, OfferToStore>();
  for (const item of batch) byId.set(item.offer.id, item);
  if (byId.size === 0) return { inserted: 0, updated: 0, unchanged: 0, repaired: [] };

  const repaired: StoreResult['repaired'] = [];
  const rows = [...byId.values()].map((item) => {
    const fixedRaw = storableJson(item.raw);
    const fixedOffer = storableJson(item.offer);
    const replaced = fixedRaw.replaced + fixedOffer.replaced;
    if (replaced > 0) repaired.push({ offerId: item.offer.id, replaced });
    const { stratum, weight } = item;
    const offer = fixedOffer.value;
    const raw = fixedRaw.value;
    // One serialisation of the raw JSON serves both its hash and its column: jsonb keeps no key order, so the
    // canonical text stores the same value `JSON.stringify` would.
    const canonical = canonicalJson(raw);
    return {
      audit_id: auditId,
      offer_id: offer.id,
      content_hash: hashCanonicalJson(canonical),
      raw: canonical,
      offer: JSON.stringify(offer),
      title: offer.title,
      employer_name: offer.employer.name,
      contract_type: offer.contract.type,
      full_time: offer.hours.fullTime,
      alternance: offer.contract.alternance,
      departement: offer.place.departement,
      rome_code: offer.rome.code,
      rome_domain: offer.rome.domain,
      origin: offer.origin.kind,
      partner_name: offer.origin.partners[0]?.name ?? null,
      offer_created_at: validTimestamp(offer.createdAt),
      stratum: stratum ?? null,
      weight: weight ?? 1,
    };
  });

  const written = await db
    .insertInto('offers')
    .values(rows)
    .onConflict((conflict) =>
      conflict
        .columns(['audit_id', 'offer_id'])
        .doUpdateSet((eb) => ({
          content_hash: eb.ref('excluded.content_hash'),
          raw: eb.ref('excluded.raw'),
          offer: eb.ref('excluded.offer'),
          title: eb.ref('excluded.title'),
          employer_name: eb.ref('excluded.employer_name'),
          contract_type: eb.ref('excluded.contract_type'),
          full_time: eb.ref('excluded.full_time'),
          alternance: eb.ref('excluded.alternance'),
          departement: eb.ref('excluded.departement'),
          rome_code: eb.ref('excluded.rome_code'),
          rome_domain: eb.ref('excluded.rome_domain'),
          origin: eb.ref('excluded.origin'),
          partner_name: eb.ref('excluded.partner_name'),
          offer_created_at: eb.ref('excluded.offer_created_at'),
          // A re-fetch keeps the stratum and weight the design gave the offer, unless a new one is given.
          stratum: sql`coalesce(excluded.stratum, offers.stratum)`,
          weight: eb.ref('excluded.weight'),
          revision: sql`offers.revision + 1`,
          fetched_at: sql`now()`,
        }))
        .where(sql<boolean>`offers.content_hash <> excluded.content_hash`),
    )
    // xmax is 0 for a freshly inserted row and the updating transaction's id for an updated one.
    .returning(sql<boolean>`(xmax = 0)`.as('inserted'))
    .execute();

  const inserted = written.filter((row) => row.inserted).length;
  const updated = written.length - inserted;
  return { inserted, updated, unchanged: rows.length - written.length, repaired };
}

/** SQLSTATE classes of errors about one row's data (22 data, 23 integrity, 54 limits): another row may pass. */
const ROW_ERROR_CLASSES = new Set(['22', '23', '54']);

/** The SQLSTATE of a database error when it is about the data of a row, undefined for any other error. */
export function rowErrorCode(error: unknown): string | undefined {
  if (error === null || typeof error !== 'object' || !('code' in error)) return undefined;
  const { code } = error;
  return typeof code === 'string' && ROW_ERROR_CLASSES.has(code.slice(0, 2)) ? code : undefined;
}

/**
 * `storeOffers`, except that an offer the database refuses (a value out of range, text it cannot store) is left
 * out with its reason instead of failing the batch: the batch is tried whole, then, if a row was refused, offer
 * by offer, each behind a savepoint. Runs in a transaction of its own unless given one.
 */
export async function storeOffersIsolated(
  db: Kysely<Schema>,
  auditId: number,
  batch: readonly OfferToStore[],
): Promise<StoreResult & { refused: RefusedOffer[] }> {
  if (!db.isTransaction) {
    return db.transaction().execute((trx) => storeOffersIsolated(trx, auditId, batch));
  }
  await sql`savepoint vigie_store_batch`.execute(db);
  try {
    const result = await storeOffers(db, auditId, batch);
    await sql`release savepoint vigie_store_batch`.execute(db);
    return { ...result, refused: [] };
  } catch (error) {
    if (rowErrorCode(error) === undefined) throw error;
    await sql`rollback to savepoint vigie_store_batch`.execute(db);
  }
  const total: StoreResult & { refused: RefusedOffer[] } = {
    inserted: 0,
    updated: 0,
    unchanged: 0,
    repaired: [],
    refused: [],
  };
  for (const item of batch) {
    await sql`savepoint vigie_store_one`.execute(db);
    try {
      const one = await storeOffers(db, auditId, [item]);
      await sql`release savepoint vigie_store_one`.execute(db);
      total.inserted += one.inserted;
      total.updated += one.updated;
      total.unchanged += one.unchanged;
      total.repaired.push(...one.repaired);
    } catch (error) {
      const code = rowErrorCode(error);
      if (code === undefined) throw error;
      await sql`rollback to savepoint vigie_store_one`.execute(db);
      total.refused.push({
        offerId: item.offer.id,
        code,
        // PostgreSQL's own sentence only: the error object also holds the statement's parameters (whole offers).
        message: error instanceof Error ? error.message.slice(0, 300) : String(error),
      });
    }
  }
  return total;
}

export async function countOffers(db: Kysely<Schema>, auditId: number): Promise<number> {
  const row = await db
    .selectFrom('offers')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('audit_id', '=', auditId)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

export interface StoredOffer {
  offer: Offer;
  raw: Record<string, unknown>;
  contentHash: string;
  stratum: string | null;
  weight: number;
}

/**
 * An audit's offers, a batch at a time, in id order (keyset pagination: constant cost per batch however large
 * the audit, and memory bounded by the batch size).
 */
export async function* streamOffers(
  db: Kysely<Schema>,
  auditId: number,
  options: { batchSize?: number; withRaw?: boolean } = {},
): AsyncGenerator<StoredOffer[]> {
  const batchSize = options.batchSize ?? 1000;
  let after: string | null = null;
  for (;;) {
    let query = db
      .selectFrom('offers')
      .select(['offer_id', 'offer', 'content_hash', 'stratum', 'weight'])
      .where('audit_id', '=', auditId)
      .orderBy('offer_id')
      .limit(batchSize);
    if (options.withRaw) query = query.select('raw') as typeof query;
    if (after !== null) query = query.where('offer_id', '>', after);
    const rows = (await query.execute()) as Array<{
      offer_id: string;
      offer: unknown;
      raw?: unknown;
      content_hash: string;
      stratum: string | null;
      weight: number;
    }>;
    if (rows.length === 0) return;
    yield rows.map((row) => ({
      offer: offerSchema.parse(row.offer),
      raw: rawOfferSchema.parse(row.raw ?? {}),
      contentHash: row.content_hash,
      stratum: row.stratum,
      weight: Number(row.weight),
    }));
    after = rows[rows.length - 1]!.offer_id;
    if (rows.length < batchSize) return;
  }
}

export async function getStoredOffer(
  db: Kysely<Schema>,
  auditId: number,
  offerId: string,
): Promise<StoredOffer | undefined> {
  const row = await db
    .selectFrom('offers')
    .select(['offer', 'raw', 'content_hash', 'stratum', 'weight'])
    .where('audit_id', '=', auditId)
    .where('offer_id', '=', offerId)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    offer: offerSchema.parse(row.offer),
    raw: rawOfferSchema.parse(row.raw),
    contentHash: row.content_hash,
    stratum: row.stratum,
    weight: Number(row.weight),
  };
}

export async function listOfferIds(db: Kysely<Schema>, auditId: number): Promise<string[]> {
  const rows = await db
    .selectFrom('offers')
    .select('offer_id')
    .where('audit_id', '=', auditId)
    .orderBy('offer_id')
    .execute();
  return rows.map((row) => row.offer_id);
}

function validTimestamp(value: string | null): string | null {
  if (!value) return null;
  return Number.isNaN(Date.parse(value)) ? null : value;
}
