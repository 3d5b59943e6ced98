import { type Kysely, sql } from 'kysely';

/**
 * Whether an offer is a work-study contract (apprentissage, professionnalisation): the union's strict share counts
 * only CDI paid at least the SMIC, and an apprentice's legal pay (27 % to 100 % of the SMIC) is not that, even on a
 * CDI. Kept as a column so the report's one aggregation can group by it; filled for offers stored before.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('offers').addColumn('alternance', 'boolean').execute();
  await sql`update offers set alternance = (offer->'contract'->>'alternance')::boolean
    where offer->'contract' ? 'alternance'`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('offers').dropColumn('alternance').execute();
}
