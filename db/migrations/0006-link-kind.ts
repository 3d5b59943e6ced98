import { type Kysely, sql } from 'kysely';

/**
 * What a visited link of an offer is (model/offer.ts `linkKind`): `partner`, a partner's copy of the offer
 * (`origineOffre.partenaires[].url`), compared with the listing field by field; or `application`, an application
 * site (`contact.urlPostulation`, on about 40 % of France Travail's own offers), judged live or dead only. Kept as
 * a column so that queries and reports count them apart. Pages stored before are given their kind from the stored
 * offer, by the same rule as `linkKind`: the application link, unless it is also one of the partners' URLs.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('partner_pages')
    .addColumn('kind', 'text', (col) => col.notNull().defaultTo('partner'))
    .execute();
  await sql`update partner_pages p set kind = 'application'
    from offers o
    where o.audit_id = p.audit_id and o.offer_id = p.offer_id
      and o.offer->'contact'->>'applyUrl' = p.url
      and not exists (
        select 1 from jsonb_array_elements(coalesce(o.offer->'origin'->'partners', '[]'::jsonb)) partner
        where partner->>'url' = p.url
      )`.execute(db);
  await db.schema
    .alterTable('partner_pages')
    .addCheckConstraint('partner_pages_kind_check', sql`kind in ('partner', 'application')`)
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('partner_pages').dropConstraint('partner_pages_kind_check').execute();
  await db.schema.alterTable('partner_pages').dropColumn('kind').execute();
}
