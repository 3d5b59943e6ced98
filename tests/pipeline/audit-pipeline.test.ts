import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { runCrawl } from '../../crawler/crawl.js';
import { setAuditStatus } from '../../db/audits.js';
import { runAuditPipeline } from '../../pipeline/run-audit.js';
import { type Replica, startReplica } from '../../replica/index.js';
import { describeEachEngine, openTestDatabase } from '../helpers/databases.js';

let replica: Replica;
beforeAll(async () => {
  replica = await startReplica({ offers: 300, seed: 11, rateLimit: false });
});
afterAll(async () => {
  await replica?.close();
});

function crawlSettings() {
  return {
    source: 'api' as const,
    clientId: replica.credentials.clientId,
    clientSecret: replica.credentials.clientSecret,
    apiUrl: replica.apiUrl,
    tokenUrl: replica.tokenUrl,
    siteUrl: replica.siteUrl,
    census: true,
    rate: 500,
    partnerRate: 500,
    concurrency: 8,
    browser: false,
    progress: false,
  };
}

describeEachEngine('vigie audit', (engine) => {
  it('crawls, classifies and reports in one job, and compares with the previous audit', async () => {
    const database = await openTestDatabase(engine);
    const out = mkdtempSync(join(tmpdir(), 'vigie-audit-'));
    const stages: string[] = [];
    const first = await runAuditPipeline({
      ...crawlSettings(),
      database,
      out: join(out, 'first'),
      formats: ['html', 'md', 'json', 'csv'],
      onStage: (stage, state) => stages.push(`${stage}:${state}`),
    });
    expect(stages).toEqual([
      'crawl:start',
      'crawl:done',
      'classify:start',
      'classify:done',
      'report:start',
      'report:done',
    ]);
    expect(first.crawl?.offers).toBe(300);
    expect(first.classify.offers).toBe(300);
    const json = JSON.parse(readFileSync(join(out, 'first', `vigie-audit-${first.auditId}.json`), 'utf8'));
    expect(json.audit.offersRead).toBe(300);
    expect(json.comparison).toBeNull();

    // Every figure is what the flags give: per category, the offers flagged (any severity) in the database.
    const flagged = await database.db
      .selectFrom('flags')
      .select(['category'])
      .select((eb) => eb.fn.count<number>('offer_id').distinct().as('offers'))
      .where('audit_id', '=', first.auditId)
      .groupBy('category')
      .execute();
    const byCategory = new Map(flagged.map((row) => [row.category, Number(row.offers)]));
    for (const category of json.categories as Array<{ id: string; any: { count: number } }>) {
      expect(category.any.count, category.id).toBe(byCategory.get(category.id) ?? 0);
    }
    // And the stability profile is the planted truth exactly, part-time said only in the text ("CDI à 80%", a
    // trap of issue 14 the replica plants) included: the rules read the text too.
    for (const id of ['not_cdi', 'part_time', 'short_contract']) {
      const planted = [...replica.ids()].filter((offerId) =>
        replica.truth(offerId)?.categories.includes(id as never),
      );
      expect(byCategory.get(id) ?? 0, id).toBe(planted.length);
    }
    const status = await database.db
      .selectFrom('audits')
      .select('status')
      .where('id', '=', first.auditId)
      .executeTakeFirst();
    expect(status?.status).toBe('complete');

    const second = await runAuditPipeline({
      ...crawlSettings(),
      partners: false,
      database,
      out: join(out, 'second'),
      formats: ['json'],
    });
    expect(second.auditId).not.toBe(first.auditId);
    expect(second.resumed).toBe(false);
    const compared = JSON.parse(
      readFileSync(join(out, 'second', `vigie-audit-${second.auditId}.json`), 'utf8'),
    );
    expect(compared.comparison).not.toBeNull();
  });

  it('continues an audit whose crawl finished but whose report was never written', async () => {
    const database = await openTestDatabase(engine);
    const crawled = await runCrawl({ ...crawlSettings(), partners: false, database });
    expect(crawled.complete).toBe(true);
    // As if the process had died while classifying: the audit is crawled, with no flags yet.
    await setAuditStatus(database.db, crawled.auditId, 'crawled');
    const out = mkdtempSync(join(tmpdir(), 'vigie-audit-'));
    const stages: string[] = [];
    const result = await runAuditPipeline({
      ...crawlSettings(),
      partners: false,
      database,
      out,
      formats: ['md'],
      onStage: (stage, state) => stages.push(`${stage}:${state}`),
    });
    expect(result.auditId).toBe(crawled.auditId);
    expect(result.resumed).toBe(true);
    expect(stages[0]).toBe('crawl:skipped');
    expect(existsSync(join(out, `vigie-audit-${crawled.auditId}.md`))).toBe(true);
    const audits = await database.db.selectFrom('audits').select(['id', 'status']).execute();
    expect(audits).toEqual([{ id: crawled.auditId, status: 'complete' }]);
  });
});
