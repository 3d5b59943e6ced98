import { describe, expect, it, vi } from 'vitest';
import { runCrawl } from '../../crawler/crawl.js';
import { getAudit } from '../../db/audits.js';
import { failureCauses } from '../../db/fetch-errors.js';
import { countFrontier } from '../../db/frontier.js';
import { streamOffers } from '../../db/offers.js';
import { computeFigures } from '../../reports/figures/compute-figures.js';
import { renderMarkdown } from '../../reports/render/render-markdown.js';
import { crawlDatabase, replica, replicaSettings, storedIds } from './helpers/crawl-setup.js';

// Issue 15 §2: one bad item never stops a crawl. Whole crawls against the replica; counts and sets, no timing.
vi.setConfig({ testTimeout: 240_000 });

describe('one bad item never stops a crawl', () => {
  it('refused queries fail alone with the API’s message, NUL text is stored repaired; --retry-failed finishes', async () => {
    const target = await replica({
      offers: 1500,
      seed: 41,
      faults: { refuse400: 0.3, nul: 0.02, extraDepartements: ['975'], seed: 3 },
    });
    const database = await crawlDatabase();
    // A sample's pages are fetched after planning (a census's first pages come with its counts): those past the
    // first page of their query can be refused.
    const settings = { ...replicaSettings(target), database, sample: 600, seed: 4 } as const;
    const first = await runCrawl(settings);

    expect(first.complete).toBe(false);
    expect(first.failedItems).toBeGreaterThan(0);
    expect(first.failed.query_refused).toBe(first.failedItems);
    expect(first.coverage.expected).toBe(600);
    expect(first.coverage.read).toBeLessThan(600);
    expect(first.coverage.share).toBeLessThan(1);
    expect(first.notes.text_repaired).toBeGreaterThan(0);
    const causes = await failureCauses(database.db, first.auditId);
    const refused = causes.find((cause) => cause.cause === 'query_refused');
    expect(refused?.example).toContain('un des paramètres de recherche a été refusé');
    const audit = await getAudit(database.db, first.auditId);
    expect(audit?.status).toBe('running');

    // The offers served with a NUL and a lone surrogate are stored, repaired (offer and raw JSON alike).
    const repaired: string[] = [];
    for await (const batch of streamOffers(database.db, first.auditId, { withRaw: true })) {
      for (const stored of batch) {
        if (!stored.offer.description?.endsWith('(fin)')) continue;
        repaired.push(stored.offer.id);
        expect(stored.offer.description).toContain('\ufffd(fin)');
        expect(stored.offer.title).toMatch(/\ufffd$/);
        expect(JSON.stringify(stored.raw)).not.toContain('\\u0000');
      }
    }
    expect(repaired.length).toBe(first.notes.text_repaired);

    // The report of the incomplete crawl says what share was read and calls no figure exact.
    const markdown = renderMarkdown(await computeFigures(database.db, audit!));
    expect(markdown).toContain('Collecte incomplète');
    expect(markdown).toContain('Aucun chiffre n’est exact');
    // The drawn offers that could not be read are counted as lost, out of the 600 drawn.
    expect(markdown).toContain(
      `Offres perdues entre le tirage et la lecture (retirées entre-temps ou illisibles) : ${600 - first.coverage.read} sur 600 tirées`,
    );

    // Running the same command again leaves the failed items failed; --retry-failed tries them again.
    target.setFaults({});
    const again = await runCrawl(settings);
    expect(again.auditId).toBe(first.auditId);
    expect(again.failedItems).toBe(first.failedItems);
    const retried = await runCrawl({ ...settings, retryFailed: true });
    expect(retried.auditId).toBe(first.auditId);
    expect(retried.complete).toBe(true);
    expect(retried.failed).toEqual({});
    expect(retried.coverage.share).toBe(1);
    expect(await storedIds(database, first.auditId)).toHaveLength(600);
    expect((await getAudit(database.db, first.auditId))?.status).toBe('crawled');
  });

  it('planning skips a département code the referential lists and the search refuses, with its cause', async () => {
    const target = await replica({ offers: 1500, seed: 46, faults: { extraDepartements: ['975'] } });
    const database = await crawlDatabase();
    const summary = await runCrawl({ ...replicaSettings(target), database, census: true, maxResults: 450 });
    expect(summary.planNotes.skipped.map((skipped) => skipped.query.departement)).toContain('975');
    expect(summary.planNotes.skipped[0]?.message).toContain('Valeur du paramètre departement incorrecte');
    expect(summary.complete).toBe(true);
    expect(new Set(await storedIds(database, summary.auditId))).toEqual(new Set(target.ids()));
  });

  it('attempts are bounded: an item failing with a 503 is put back, then stays failed after N attempts', async () => {
    const target = await replica({ offers: 700, seed: 42 });
    const database = await crawlDatabase();
    const settings = { ...replicaSettings(target), database, census: true, maxRetries: 0, maxAttempts: 2 };
    // Plan only: the frontier is filled, nothing is fetched yet.
    const planned = await runCrawl({ ...settings, signal: AbortSignal.abort() });
    expect(planned.complete).toBe(false);
    target.setFaults({ error5xx: 1, burstLength: 1, routes: ['api'] });
    const failing = await runCrawl(settings);
    expect(failing.auditId).toBe(planned.auditId);
    expect(failing.complete).toBe(false);
    const counts = await countFrontier(database.db, failing.auditId);
    expect(counts.pending + counts.leased).toBe(0);
    // First pages were fetched with the plan's counts; every other page failed after its 2 attempts.
    expect(counts.failed).toBeGreaterThan(0);
    expect(counts.failed + counts.done).toBe(counts.total);
    const rows = await database.db
      .selectFrom('frontier')
      .select(['attempts'])
      .where('audit_id', '=', failing.auditId)
      .where('status', '=', 'failed')
      .execute();
    expect(rows.length).toBe(counts.failed);
    expect(rows.every((row) => row.attempts === 2)).toBe(true);

    target.setFaults({});
    const resumed = await runCrawl({ ...settings, resume: failing.auditId });
    expect(resumed.complete).toBe(true);
    expect(new Set(await storedIds(database, failing.auditId))).toEqual(new Set(target.ids()));
  });

  it('an audit that could not be planned is not left running', async () => {
    const target = await replica({ offers: 50, seed: 43, faults: { error5xx: 1, routes: ['api'] } });
    const database = await crawlDatabase();
    await expect(
      runCrawl({ ...replicaSettings(target), database, census: true, maxRetries: 0 }),
    ).rejects.toThrow();
    const rows = await database.db.selectFrom('audits').select(['status']).execute();
    expect(rows.map((row) => row.status)).toEqual(['failed']);
  });
});

describe('the website’s département filter answering 410', () => {
  it('planning splits another way (contract types) and says so; every offer is read', async () => {
    const target = await replica({ offers: 90, seed: 44, faults: { lieuxGone: true } });
    const database = await crawlDatabase();
    const summary = await runCrawl({
      ...replicaSettings(target, 'site'),
      database,
      census: true,
      maxResults: 60,
    });
    expect(summary.planNotes.fallbacks.join(' ')).toMatch(/lieux=NND.*410/);
    expect(summary.planNotes.skipped.every((skipped) => skipped.cause === 'filter_gone')).toBe(true);
    expect(summary.complete).toBe(true);
    expect(new Set(await storedIds(database, summary.auditId))).toEqual(new Set(target.ids()));
  });

  it('a département filter that is gone falls back to the search without place, and says so', async () => {
    const target = await replica({ offers: 40, seed: 45, faults: { lieuxGone: true } });
    const database = await crawlDatabase();
    const summary = await runCrawl({
      ...replicaSettings(target, 'site'),
      database,
      census: true,
      filters: { departement: '74' },
    });
    expect(summary.planNotes.fallbacks.join(' ')).toContain('lieux=74D');
    expect(summary.population).toBe(40);
    expect(summary.complete).toBe(true);
  });
});
