import { type Kysely, sql } from 'kysely';

/**
 * Companion offers of a sampled audit: offers found by one targeted search per sampled offer, kept only so that
 * a sampled offer whose copy was not drawn is still seen as a duplicate. They are never counted in the audit's
 * figures (they are not in `offers`).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('companion_offers')
    .addColumn('audit_id', 'integer', (col) => col.notNull().references('audits.id').onDelete('cascade'))
    .addColumn('offer_id', 'text', (col) => col.notNull())
    .addColumn('offer', 'jsonb', (col) => col.notNull())
    .addColumn('found_for', 'text', (col) => col.notNull())
    .addColumn('fetched_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('companion_offers_pkey', ['audit_id', 'offer_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('companion_offers').ifExists().execute();
}
