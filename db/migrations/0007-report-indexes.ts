import { type Kysely, sql } from 'kysely';

/**
 * The report's quoted examples read, for each rule, its first flags — certain ones first, then in offer order —
 * with a limit of a few. Without an index in that order, each rule's query sorted every flag of its category:
 * about a hundred sorts of tens of thousands of rows for a census of a million offers, 40 % of the report's time
 * on the embedded database. With it, each rule's examples are the first entries of one index range.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index flags_rule_examples on flags
    (audit_id, classifier_version, category, rule, (severity <> 'certain'), offer_id, id)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('flags_rule_examples').ifExists().execute();
}
