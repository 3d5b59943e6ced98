/**
 * Guarantee 7, nothing half-done is published: a report is written from a finished classification only (a
 * classification killed mid-way leaves "~staging" flags that no report reads), into temporary files renamed into
 * place once whole, and a write that fails (disk full) ends with a clear French error, the database released.
 */
import { readFileSync } from 'node:fs';
import type {
  KyselyPlugin,
  PluginTransformQueryArgs,
  PluginTransformResultArgs,
  QueryResult,
  RootOperationNode,
  UnknownRow,
} from 'kysely';
import { expect, it } from 'vitest';
import { CLASSIFIER_VERSION } from '../../classifiers/index.js';
import { createAudit } from '../../db/audits.js';
import type { VigieDatabase } from '../../db/connect.js';
import { storeOffers } from '../../db/offers.js';
import { UsageError } from '../../lib/errors.js';
import { parseApiOffer } from '../../model/from-api-offer.js';
import { runClassify } from '../../pipeline/classify-audit.js';
import { reportFigures } from '../../pipeline/write-report.js';
import { SAMPLES } from '../classifiers/helpers.js';
import { describeEachEngine, openTestDatabase } from '../helpers/databases.js';

const raws = readFileSync(SAMPLES, 'utf8')
  .trim()
  .split('\n')
  .slice(0, 200)
  .map((line) => JSON.parse(line) as Record<string, unknown>);

/** Stands for `kill -9` in the middle of a classification: the `after`-th insert into `flags` never happens. */
class KilledAfter implements KyselyPlugin {
  private inserts = 0;
  constructor(private readonly after: number) {}
  transformQuery({ node }: PluginTransformQueryArgs): RootOperationNode {
    if (node.kind === 'InsertQueryNode' && node.into?.table.identifier.name === 'flags') {
      this.inserts++;
      if (this.inserts > this.after) throw new Error('killed');
    }
    return node;
  }
  async transformResult({ result }: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return result;
  }
}

async function seedOffers(database: VigieDatabase): Promise<number> {
  const audit = await createAudit(database.db, {
    label: 'classification interrompue',
    source: 'file',
    design: { kind: 'import', file: 'offres.jsonl' },
  });
  const batch = raws.map((raw) => {
    const parsed = parseApiOffer(raw);
    if (!parsed.ok) throw new Error(parsed.reason);
    return { offer: parsed.offer, raw };
  });
  await storeOffers(database.db, audit.id, batch);
  return audit.id;
}

function killedDatabase(database: VigieDatabase, after: number): VigieDatabase {
  return { ...database, db: database.db.withPlugin(new KilledAfter(after)) };
}

describeEachEngine('a report from a finished classification only', (engine) => {
  it('refuses an audit whose only classification was killed mid-way (exit code 2, French message)', async () => {
    const database = await openTestDatabase(engine);
    const auditId = await seedOffers(database);
    await expect(
      runClassify({ database: killedDatabase(database, 1), audit: auditId, batchSize: 50 }),
    ).rejects.toThrow('killed');
    // The killed run did leave half-written flags behind: the report must not read them.
    const staged = await database.db
      .selectFrom('flags')
      .select('classifier_version')
      .where('audit_id', '=', auditId)
      .execute();
    expect(staged.length).toBeGreaterThan(0);
    expect(new Set(staged.map((row) => row.classifier_version))).toEqual(
      new Set([`${CLASSIFIER_VERSION}~staging`]),
    );
    const refused = await reportFigures(database.db, { audit: auditId }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(UsageError);
    expect((refused as UsageError).message).toMatch(/aucune classification terminée/);
  });

  it('uses the last finished classification, never the staging flags of a later killed one', async () => {
    const database = await openTestDatabase(engine);
    const auditId = await seedOffers(database);
    const finished = await runClassify({ database, audit: auditId, batchSize: 50 });
    const before = await reportFigures(database.db, { audit: auditId });
    // An audit whose classification did not record its version (older data): the fallback must skip staging.
    await database.db
      .updateTable('audits')
      .set({ classifier_version: null })
      .where('id', '=', auditId)
      .execute();
    await expect(
      runClassify({ database: killedDatabase(database, 2), audit: auditId, batchSize: 50 }),
    ).rejects.toThrow('killed');
    const after = await reportFigures(database.db, { audit: auditId });
    expect(after.figures.audit.classifierVersion).toBe(finished.classifierVersion);
    expect(after.figures.audit.flaggedOffers).toBe(before.figures.audit.flaggedOffers);
    expect(after.figures.audit.flaggedOffers).toBe(finished.flaggedOffers);
  });
});
