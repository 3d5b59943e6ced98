import { type Kysely, sql } from 'kysely';

// Migrations take Kysely<unknown>: they must not depend on today's schema types, which will move on.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('audits')
    .addColumn('id', 'serial', (col) => col.primaryKey())
    .addColumn('label', 'text', (col) => col.notNull())
    .addColumn('source', 'text', (col) => col.notNull())
    .addColumn('status', 'text', (col) => col.notNull().defaultTo('running'))
    .addColumn('design', 'jsonb', (col) => col.notNull())
    .addColumn('population', 'bigint')
    .addColumn('details', 'jsonb', (col) => col.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('period', 'text')
    .addColumn('classifier_version', 'text')
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('finished_at', 'timestamptz')
    .execute();

  await db.schema
    .createTable('offers')
    .addColumn('audit_id', 'integer', (col) => col.notNull().references('audits.id').onDelete('cascade'))
    .addColumn('offer_id', 'text', (col) => col.notNull())
    .addColumn('content_hash', 'text', (col) => col.notNull())
    .addColumn('raw', 'jsonb', (col) => col.notNull())
    .addColumn('offer', 'jsonb', (col) => col.notNull())
    .addColumn('title', 'text')
    .addColumn('employer_name', 'text')
    .addColumn('contract_type', 'text')
    .addColumn('full_time', 'boolean')
    .addColumn('departement', 'text')
    .addColumn('rome_code', 'text')
    .addColumn('rome_domain', 'text')
    .addColumn('origin', 'text')
    .addColumn('partner_name', 'text')
    .addColumn('offer_created_at', 'timestamptz')
    .addColumn('stratum', 'text')
    .addColumn('weight', 'double precision', (col) => col.notNull().defaultTo(1))
    .addColumn('revision', 'integer', (col) => col.notNull().defaultTo(1))
    .addColumn('fetched_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('offers_pkey', ['audit_id', 'offer_id'])
    .execute();

  await db.schema
    .createTable('fetch_errors')
    .addColumn('id', 'serial', (col) => col.primaryKey())
    .addColumn('audit_id', 'integer', (col) => col.notNull().references('audits.id').onDelete('cascade'))
    .addColumn('offer_id', 'text')
    .addColumn('stage', 'text', (col) => col.notNull())
    .addColumn('cause', 'text', (col) => col.notNull())
    .addColumn('message', 'text', (col) => col.notNull())
    .addColumn('context', 'jsonb', (col) => col.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('occurred_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex('fetch_errors_audit')
    .on('fetch_errors')
    .columns(['audit_id', 'stage'])
    .execute();

  await db.schema
    .createTable('frontier')
    .addColumn('audit_id', 'integer', (col) => col.notNull().references('audits.id').onDelete('cascade'))
    .addColumn('key', 'text', (col) => col.notNull())
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('payload', 'jsonb', (col) => col.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('status', 'text', (col) => col.notNull().defaultTo('pending'))
    .addColumn('attempts', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('not_before', 'timestamptz')
    .addColumn('lease_owner', 'text')
    .addColumn('lease_expires_at', 'timestamptz')
    .addColumn('last_error', 'text')
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('frontier_pkey', ['audit_id', 'key'])
    .execute();
  await db.schema
    .createIndex('frontier_todo')
    .on('frontier')
    .columns(['audit_id', 'status', 'kind'])
    .execute();

  await db.schema
    .createTable('partner_pages')
    .addColumn('audit_id', 'integer', (col) => col.notNull().references('audits.id').onDelete('cascade'))
    .addColumn('offer_id', 'text', (col) => col.notNull())
    .addColumn('url', 'text', (col) => col.notNull())
    .addColumn('final_url', 'text')
    .addColumn('status', 'integer')
    .addColumn('live', 'boolean')
    .addColumn('reason', 'text')
    .addColumn('rendered_with', 'text')
    .addColumn('stated', 'jsonb', (col) => col.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('error', 'text')
    .addColumn('fetched_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('partner_pages_pkey', ['audit_id', 'offer_id', 'url'])
    .execute();

  await db.schema
    .createTable('flags')
    .addColumn('id', 'bigserial', (col) => col.primaryKey())
    .addColumn('audit_id', 'integer', (col) => col.notNull().references('audits.id').onDelete('cascade'))
    .addColumn('offer_id', 'text', (col) => col.notNull())
    .addColumn('classifier_version', 'text', (col) => col.notNull())
    .addColumn('category', 'text', (col) => col.notNull())
    .addColumn('axis', 'text', (col) => col.notNull())
    .addColumn('rule', 'text', (col) => col.notNull())
    .addColumn('severity', 'text', (col) => col.notNull())
    .addColumn('evidence', 'text', (col) => col.notNull())
    .addColumn('reference', 'text')
    .addColumn('explanation', 'text', (col) => col.notNull())
    .addColumn('details', 'jsonb', (col) => col.notNull().defaultTo(sql`'{}'::jsonb`))
    .execute();
  await db.schema
    .createIndex('flags_audit_version')
    .on('flags')
    .columns(['audit_id', 'classifier_version', 'category'])
    .execute();
  await db.schema.createIndex('flags_offer').on('flags').columns(['audit_id', 'offer_id']).execute();

  await db.schema
    .createTable('duplicate_clusters')
    .addColumn('audit_id', 'integer', (col) => col.notNull().references('audits.id').onDelete('cascade'))
    .addColumn('classifier_version', 'text', (col) => col.notNull())
    .addColumn('offer_id', 'text', (col) => col.notNull())
    .addColumn('cluster_id', 'text', (col) => col.notNull())
    .addColumn('original_id', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('duplicate_clusters_pkey', ['audit_id', 'classifier_version', 'offer_id'])
    .execute();
  await db.schema
    .createIndex('duplicate_clusters_cluster')
    .on('duplicate_clusters')
    .columns(['audit_id', 'classifier_version', 'cluster_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'duplicate_clusters',
    'flags',
    'partner_pages',
    'frontier',
    'fetch_errors',
    'offers',
    'audits',
  ]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
