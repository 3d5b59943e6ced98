import type { Kysely } from 'kysely';
import { storableJson } from '../lib/storable-text.js';
import { type Offer, offerSchema } from '../model/offer.js';
import type { Schema } from './schema.js';

export interface CompanionToStore {
  offer: Offer;
  /** The sampled offer whose targeted search found it. */
  foundFor: string;
}

/**
 * Stores companion offers (found by targeted searches, for duplicate matching only). An offer already stored as a
 * companion is left as it is: the first search that found it keeps it.
 */
export async function storeCompanions(
  db: Kysely<Schema>,
  auditId: number,
  batch: readonly CompanionToStore[],
): Promise<number> {
  const byId = new Map<string, CompanionToStore>();
  for (const item of batch) if (!byId.has(item.offer.id)) byId.set(item.offer.id, item);
  if (byId.size === 0) return 0;
  const rows = [...byId.values()].map((item) => ({
    audit_id: auditId,
    offer_id: item.offer.id,
    offer: JSON.stringify(storableJson(item.offer).value),
    found_for: item.foundFor,
  }));
  const result = await db
    .insertInto('companion_offers')
    .values(rows)
    .onConflict((oc) => oc.columns(['audit_id', 'offer_id']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0);
}

export async function countCompanions(db: Kysely<Schema>, auditId: number): Promise<number> {
  const row = await db
    .selectFrom('companion_offers')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('audit_id', '=', auditId)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** An audit's companion offers, a batch at a time, in id order (keyset pagination). */
export async function* streamCompanions(
  db: Kysely<Schema>,
  auditId: number,
  options: { batchSize?: number } = {},
): AsyncGenerator<Offer[]> {
  const batchSize = options.batchSize ?? 1000;
  let after: string | null = null;
  for (;;) {
    let query = db
      .selectFrom('companion_offers')
      .select(['offer_id', 'offer'])
      .where('audit_id', '=', auditId)
      .orderBy('offer_id')
      .limit(batchSize);
    if (after !== null) query = query.where('offer_id', '>', after);
    const rows = await query.execute();
    if (rows.length === 0) return;
    yield rows.map((row) => offerSchema.parse(row.offer));
    after = rows[rows.length - 1]!.offer_id;
    if (rows.length < batchSize) return;
  }
}
