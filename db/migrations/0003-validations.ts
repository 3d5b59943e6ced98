import { type Kysely, sql } from 'kysely';

/**
 * Human verdicts on Vigie's flags (`vigie validate import`): one row per offer and category a reviewer judged.
 * The report measures the classifiers' precision and recall from them.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('validations')
    .addColumn('id', 'bigserial', (col) => col.primaryKey())
    .addColumn('audit_id', 'integer', (col) => col.notNull().references('audits.id').onDelete('cascade'))
    .addColumn('offer_id', 'text', (col) => col.notNull())
    .addColumn('category', 'text', (col) => col.notNull())
    .addColumn('classifier_version', 'text')
    .addColumn('vigie_flagged', 'boolean', (col) => col.notNull())
    .addColumn('human_verdict', 'boolean', (col) => col.notNull())
    .addColumn('reviewer', 'text')
    .addColumn('source_file', 'text')
    .addColumn('imported_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('validations_offer_category', ['audit_id', 'offer_id', 'category'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('validations').ifExists().execute();
}
