import type { Kysely } from 'kysely';
import { storableJson } from '../lib/storable-text.js';
import type { LinkKind } from '../model/offer.js';
import { EMPTY_STATED, type PartnerPage, partnerPageSchema } from '../model/partner-page.js';
import type { Schema } from './schema.js';

/** A visited link as it is stored: its kind is always said, so that partner copies and application sites stay apart. */
export type PageToStore = PartnerPage & { kind: LinkKind };

/** Stores what the crawler saw on partner pages; seeing a page again replaces the earlier observation. */
export async function storePartnerPages(
  db: Kysely<Schema>,
  auditId: number,
  pages: readonly PageToStore[],
): Promise<void> {
  const byKey = new Map<string, PageToStore>();
  // A stranger's page may hold text PostgreSQL cannot store (NUL): replaced by U+FFFD rather than refused.
  for (const page of pages) byKey.set(`${page.offerId}\u0000${page.url}`, storableJson(page).value);
  if (byKey.size === 0) return;
  const rows = [...byKey.values()].map((page) => ({
    audit_id: auditId,
    offer_id: page.offerId,
    url: page.url,
    kind: page.kind,
    final_url: page.finalUrl,
    status: page.status,
    live: page.live,
    reason: page.reason,
    rendered_with: page.renderedWith,
    stated: JSON.stringify(page.stated),
    error: page.error,
    fetched_at: page.fetchedAt,
  }));
  await db
    .insertInto('partner_pages')
    .values(rows)
    .onConflict((conflict) =>
      conflict.columns(['audit_id', 'offer_id', 'url']).doUpdateSet((eb) => ({
        kind: eb.ref('excluded.kind'),
        final_url: eb.ref('excluded.final_url'),
        status: eb.ref('excluded.status'),
        live: eb.ref('excluded.live'),
        reason: eb.ref('excluded.reason'),
        rendered_with: eb.ref('excluded.rendered_with'),
        stated: eb.ref('excluded.stated'),
        error: eb.ref('excluded.error'),
        fetched_at: eb.ref('excluded.fetched_at'),
      })),
    )
    .execute();
}

/** An audit's partner pages, for one offer or all of them, in offer then URL order. */
export async function listPartnerPages(
  db: Kysely<Schema>,
  auditId: number,
  offerId?: string,
): Promise<PartnerPage[]> {
  let query = db.selectFrom('partner_pages').selectAll().where('audit_id', '=', auditId);
  if (offerId !== undefined) query = query.where('offer_id', '=', offerId);
  const rows = await query.orderBy('offer_id').orderBy('url').execute();
  return rows.map((row) =>
    partnerPageSchema.parse({
      offerId: row.offer_id,
      url: row.url,
      kind: row.kind,
      finalUrl: row.final_url,
      status: row.status,
      live: row.live,
      reason: row.reason,
      renderedWith: row.rendered_with,
      stated: { ...EMPTY_STATED, ...row.stated },
      error: row.error,
      fetchedAt: new Date(row.fetched_at).toISOString(),
    }),
  );
}

/** How many partner pages an audit recorded: of one kind, or of both. */
export async function countPartnerPages(
  db: Kysely<Schema>,
  auditId: number,
  kind?: LinkKind,
): Promise<number> {
  let query = db
    .selectFrom('partner_pages')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('audit_id', '=', auditId);
  if (kind !== undefined) query = query.where('kind', '=', kind);
  const row = await query.executeTakeFirst();
  return Number(row?.n ?? 0);
}
