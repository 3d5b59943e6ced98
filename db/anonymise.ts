import type { Kysely } from 'kysely';
import type { Offer } from '../model/offer.js';
import type { VigieDatabase } from './connect.js';
import { type StoredOffer, streamOffers } from './offers.js';
import { scrubDisk } from './purge.js';
import type { Schema } from './schema.js';

/** What an anonymisation does to each stored value; the masking itself is the caller's (no rule lives in db/). */
export interface Anonymiser {
  /** The offer's raw JSON and normalised offer without contacts, their texts masked. */
  offer(stored: StoredOffer): { offer: Offer; raw: Record<string, unknown> };
  /** A stored text of the audit (evidence, an error message), masked with the names of its offer's contacts. */
  text(text: string, names: readonly string[]): string;
  /** A stored JSON value (a flag's details, a partner page's statements, an error's context), masked likewise. */
  json(value: unknown, names: readonly string[]): unknown;
}

/** How many rows of each table an anonymisation changed: all zero when the audit was anonymised already. */
export interface AnonymiseCounts {
  offers: number;
  flags: number;
  partnerPages: number;
  fetchErrors: number;
  frontier: number;
}

const BATCH = 500;

/**
 * Rewrites every row of an audit that may hold personal data through `anonymiser`, leaving what the figures are
 * computed from (ids, strata, weights, categories, severities, partner pages' liveness, duplicate clusters) as
 * it was; then rewrites the tables and checkpoints the log, as a purge does, so that the old bytes leave the disk.
 * A row is written only when it changed, so a second run changes nothing.
 */
export async function anonymiseAuditRows(
  database: VigieDatabase,
  auditId: number,
  anonymiser: Anonymiser,
): Promise<AnonymiseCounts> {
  const { db } = database;
  const counts: AnonymiseCounts = { offers: 0, flags: 0, partnerPages: 0, fetchErrors: 0, frontier: 0 };
  /** Each offer's contact name, read before it is removed: other tables' texts quote it. */
  const names = new Map<string, string[]>();
  for await (const batch of streamOffers(db, auditId, { batchSize: BATCH, withRaw: true })) {
    for (const stored of batch) {
      const name = stored.offer.contact.name?.trim();
      if (name) names.set(stored.offer.id, [name]);
      const next = anonymiser.offer(stored);
      const raw = JSON.stringify(next.raw);
      const offer = JSON.stringify(next.offer);
      if (raw === JSON.stringify(stored.raw) && offer === JSON.stringify(stored.offer)) continue;
      await db
        .updateTable('offers')
        .set({ raw, offer, title: next.offer.title })
        .where('audit_id', '=', auditId)
        .where('offer_id', '=', stored.offer.id)
        .execute();
      counts.offers++;
    }
  }
  const namesOf = (offerId: string | null) => (offerId === null ? [] : (names.get(offerId) ?? []));
  const text = (value: string | null, offerId: string | null) =>
    value === null ? null : anonymiser.text(value, namesOf(offerId));
  const json = (value: unknown, offerId: string | null) =>
    JSON.stringify(anonymiser.json(value, namesOf(offerId)));

  counts.flags = await rewriteFlags(db, auditId, (row) => ({
    evidence: text(row.evidence, row.offer_id) ?? '',
    explanation: text(row.explanation, row.offer_id) ?? '',
    details: json(row.details, row.offer_id),
  }));

  const pages = await db
    .selectFrom('partner_pages')
    .select(['offer_id', 'url', 'stated', 'error'])
    .where('audit_id', '=', auditId)
    .execute();
  for (const page of pages) {
    const stated = json(page.stated, page.offer_id);
    const error = text(page.error, page.offer_id);
    if (stated === JSON.stringify(page.stated) && error === page.error) continue;
    await db
      .updateTable('partner_pages')
      .set({ stated, error })
      .where('audit_id', '=', auditId)
      .where('offer_id', '=', page.offer_id)
      .where('url', '=', page.url)
      .execute();
    counts.partnerPages++;
  }

  const errors = await db
    .selectFrom('fetch_errors')
    .select(['id', 'offer_id', 'message', 'context'])
    .where('audit_id', '=', auditId)
    .execute();
  for (const error of errors) {
    const message = text(error.message, error.offer_id) ?? '';
    const context = json(error.context, error.offer_id);
    if (message === error.message && context === JSON.stringify(error.context)) continue;
    await db.updateTable('fetch_errors').set({ message, context }).where('id', '=', error.id).execute();
    counts.fetchErrors++;
  }

  const items = await db
    .selectFrom('frontier')
    .select(['key', 'payload', 'last_error'])
    .where('audit_id', '=', auditId)
    .execute();
  for (const item of items) {
    const payload = json(item.payload, null);
    const lastError = text(item.last_error, null);
    if (payload === JSON.stringify(item.payload) && lastError === item.last_error) continue;
    await db
      .updateTable('frontier')
      .set({ payload, last_error: lastError })
      .where('audit_id', '=', auditId)
      .where('key', '=', item.key)
      .execute();
    counts.frontier++;
  }

  await scrubDisk(database);
  return counts;
}

interface FlagText {
  offer_id: string;
  evidence: string;
  explanation: string;
  details: object;
}

async function rewriteFlags(
  db: Kysely<Schema>,
  auditId: number,
  rewrite: (row: FlagText) => { evidence: string; explanation: string; details: string },
): Promise<number> {
  let changed = 0;
  let after = 0;
  for (;;) {
    const rows = await db
      .selectFrom('flags')
      .select(['id', 'offer_id', 'evidence', 'explanation', 'details'])
      .where('audit_id', '=', auditId)
      .where('id', '>', after)
      .orderBy('id')
      .limit(BATCH)
      .execute();
    if (rows.length === 0) return changed;
    for (const row of rows) {
      const next = rewrite(row);
      if (
        next.evidence !== row.evidence ||
        next.explanation !== row.explanation ||
        next.details !== JSON.stringify(row.details)
      ) {
        await db.updateTable('flags').set(next).where('id', '=', row.id).execute();
        changed++;
      }
    }
    after = rows[rows.length - 1]!.id;
  }
}
