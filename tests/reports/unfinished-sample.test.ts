import { describe, expect, it, vi } from 'vitest';
import { runCrawl } from '../../crawler/crawl.js';
import { getAudit } from '../../db/audits.js';
import { pagePlanSchema } from '../../model/frontier-item.js';
import { computeFigures } from '../../reports/figures/compute-figures.js';
import { renderMarkdown } from '../../reports/render/render-markdown.js';
import { crawlDatabase, replica, replicaSettings, storedIds } from '../crawler/helpers/crawl-setup.js';

// A whole sample crawl against a replica, stopped midway: it asserts counts, never durations.
vi.setConfig({ testTimeout: 240_000 });

describe('the report of a sample whose crawl is not finished', () => {
  it('counts as lost only the drawn offers whose item failed for good; the others are "pas encore lues"', async () => {
    const target = await replica({ offers: 800, seed: 61 });
    const database = await crawlDatabase();
    const settings = {
      ...replicaSettings(target),
      database,
      sample: 200,
      strata: 'departement' as const,
      seed: 5,
      companions: false,
      concurrency: 1,
      maxRetries: 0,
      maxAttempts: 1,
    };
    // Plan only: every drawn offer is still to be read.
    const planned = await runCrawl({ ...settings, signal: AbortSignal.abort() });
    expect(planned.complete).toBe(false);

    // Then read some of it, some pages failing for good (one attempt, no retry), and stop midway.
    target.setFaults({ error5xx: 0.25, burstLength: 1, routes: ['api'], latencyMs: 20 });
    const stop = new AbortController();
    const watch = setInterval(() => {
      void storedIds(database, planned.auditId).then((ids) => {
        if (ids.length >= 40) stop.abort();
      });
    }, 10);
    const stopped = await runCrawl({ ...settings, resume: planned.auditId, signal: stop.signal }).finally(
      () => clearInterval(watch),
    );
    expect(stopped.complete).toBe(false);

    // What the frontier says, counted here from the items themselves: the picks of pages failed for good are
    // lost, those of pages still pending are not read yet.
    const items = await database.db
      .selectFrom('frontier')
      .select(['status', 'payload'])
      .where('audit_id', '=', planned.auditId)
      .where('kind', '=', 'page')
      .execute();
    const picksOf = (status: string) =>
      items
        .filter((item) => item.status === status)
        .reduce((total, item) => total + (pagePlanSchema.parse(item.payload).picks?.length ?? 0), 0);
    const failed = picksOf('failed');
    const pending = picksOf('pending');
    const read = (await storedIds(database, planned.auditId)).length;
    expect(pending).toBeGreaterThan(0);
    expect(failed).toBeGreaterThan(0);
    expect(read + failed + pending).toBe(200);

    const audit = await getAudit(database.db, planned.auditId);
    if (!audit) throw new Error('the audit is gone');
    expect(audit.status).toBe('running');
    const figures = await computeFigures(database.db, audit);
    expect(figures.nonResponse).toMatchObject({ drawn: 200, fetched: read, pending, lost: failed });
    const markdown = renderMarkdown(figures);
    expect(markdown).toContain(`${pending} des 200 offres tirées ne sont pas encore lues`);
    expect(markdown).toContain('Elles ne sont pas perdues');
    expect(markdown).toContain(`(retirées entre-temps ou illisibles) : ${failed} sur 200 tirées`);
    expect(markdown).toContain('Pas encore lues');
    // A sample's incomplete collection is said out of the drawn offers, not of the offers online.
    expect(markdown).toContain(`Collecte incomplète : ${read} des 200 offres tirées ont été lues`);
    expect(markdown).not.toContain('des pages n’ont pas pu être lues');
  });
});
