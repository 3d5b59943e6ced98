import { type Kysely, sql } from 'kysely';

/**
 * What several crawl workers on one PostgreSQL share besides the frontier: the rate limit of each origin, kept
 * as the next free send time (GCRA), so that three workers together still never exceed `--rate`. And an index
 * that keeps leasing cheap when a frontier holds hundreds of thousands of detail pages.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('crawl_rate_limits')
    .addColumn('origin', 'text', (col) => col.primaryKey())
    .addColumn('next_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex('frontier_lease')
    .on('frontier')
    .columns(['audit_id', 'status', 'key'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('frontier_lease').ifExists().execute();
  await db.schema.dropTable('crawl_rate_limits').ifExists().execute();
}
