import { describe, expect, it, vi } from 'vitest';
import { runCrawl } from '../../crawler/crawl.js';
import { allocate } from '../../crawler/sampling/stratified-sample.js';
import { getAudit } from '../../db/audits.js';
import { streamOffers } from '../../db/offers.js';
import { Corpus } from '../../replica/index.js';
import { crawlDatabase, replica, replicaProcess, replicaSettings, storedIds } from './helpers/crawl-setup.js';

// Whole crawls against a replica, on a shared machine: they assert counts and sets, never durations.
vi.setConfig({ testTimeout: 240_000 });

describe('API crawl against the replica', () => {
  it('a census of 20,000 offers finds every offer exactly once, through query splitting', async () => {
    // The replica serves from its own process: generating 20,000 offers on one core with the crawler is slow.
    const target = await replicaProcess({ offers: 20_000, seed: 11 });
    const expected = new Corpus({ offers: 20_000, seed: 11 });
    const database = await crawlDatabase();
    const summary = await runCrawl({ ...replicaSettings(target), database, census: true });
    expect(summary.complete).toBe(true);
    expect(summary.failed).toEqual({});
    const ids = await storedIds(database, summary.auditId);
    expect(ids).toHaveLength(20_000);
    expect(new Set(ids)).toEqual(new Set(Array.from({ length: expected.size }, (_, i) => expected.idOf(i))));

    const audit = await getAudit(database.db, summary.auditId);
    const census = audit?.details.census as {
      total: number;
      sumOfParts: number;
      parts: unknown[];
      covered: boolean;
    };
    expect(audit?.population).toBe(20_000);
    expect(census.total).toBe(20_000);
    expect(census.sumOfParts).toBe(20_000);
    expect(census.covered).toBe(true);
    expect(census.parts.length).toBeGreaterThan(1);
    expect(audit?.status).toBe('crawled');
  });

  it('splits by the facets and creation-date windows when a département is still too big', async () => {
    const target = await replica({ offers: 3000, seed: 12 });
    const database = await crawlDatabase();
    const summary = await runCrawl({
      ...replicaSettings(target),
      database,
      census: true,
      filters: { departement: '75' },
      maxResults: 30,
    });
    const expected = [...target.ids()].filter((id) =>
      target.offer(id)?.lieuTravail.libelle.startsWith('75 '),
    );
    expect(new Set(await storedIds(database, summary.auditId))).toEqual(new Set(expected));
    const census = (await getAudit(database.db, summary.auditId))?.details.census as {
      parts: Array<{ query: Record<string, string>; count: number }>;
      sumOfParts: number;
      total: number;
    };
    expect(census.total).toBe(expected.length);
    expect(census.parts.every((part) => part.count <= 30)).toBe(true);
    // Past the département, a facet (contract type, nature, experience, qualification) or date windows.
    const fields = ['typeContrat', 'natureContrat', 'experience', 'qualification', 'minCreationDate'];
    expect(census.parts.every((part) => fields.some((name) => part.query[name] !== undefined))).toBe(true);
    expect(census.sumOfParts).toBeGreaterThanOrEqual(census.total);
  });

  it('keeps a count page’s offers as its part’s first page, and fetches no page twice', async () => {
    const target = await replica({ offers: 3000, seed: 14 });
    const database = await crawlDatabase();
    target.resetStats();
    // Most départements hold fewer than 300 of the 3,000 offers: their count pages are their first pages.
    const summary = await runCrawl({ ...replicaSettings(target), database, census: true, maxResults: 300 });
    const expected = [...target.ids()];
    const ids = await storedIds(database, summary.auditId);
    expect(ids).toHaveLength(expected.length);
    expect(new Set(ids)).toEqual(new Set(expected));

    const audit = await getAudit(database.db, summary.auditId);
    const census = audit?.details.census as { countRequests: number; parts: unknown[] };
    const estimate = audit?.details.estimate as { requests: number };
    const pages = await database.db
      .selectFrom('frontier')
      .select(['key', 'status'])
      .where('audit_id', '=', summary.auditId)
      .where('kind', '=', 'page')
      .execute();
    expect(pages.every((page) => page.status === 'done')).toBe(true);
    // Every search request the replica answered is a count or a page, and none of the pages served by a count
    // was fetched again: requests = counts + pages − first pages kept, which is the plan's estimate.
    const searches = target.stats().byRoute['GET /offres/search'] ?? 0;
    const kept = searches === 0 ? 0 : census.countRequests + pages.length - searches;
    expect(kept).toBeGreaterThan(0);
    expect(searches).toBe(estimate.requests);
    expect(searches).toBeLessThan(census.countRequests + pages.length);
  });

  it('a stratified sample has n offers with their strata and weights N_h/n_h; the same seed draws the same', async () => {
    const target = await replica({ offers: 4000, seed: 13 });
    const database = await crawlDatabase();
    const design = { census: false, sample: 120, strata: 'typeContrat' as const, seed: 5 };
    const first = await runCrawl({ ...replicaSettings(target), database, ...design });
    expect(first.offers).toBe(120);

    const sizes = new Map<string, number>();
    for (const id of target.ids()) {
      const type = target.offer(id)!.typeContrat;
      sizes.set(type, (sizes.get(type) ?? 0) + 1);
    }
    const sampled = new Map<string, number>();
    const rows: Array<{ id: string; stratum: string | null; weight: number; type: string | null }> = [];
    for await (const batch of streamOffers(database.db, first.auditId)) {
      for (const row of batch) {
        rows.push({
          id: row.offer.id,
          stratum: row.stratum,
          weight: row.weight,
          type: row.offer.contract.type,
        });
        sampled.set(row.stratum!, (sampled.get(row.stratum!) ?? 0) + 1);
      }
    }
    for (const row of rows) {
      expect(row.stratum).toBe(row.type);
      expect(row.weight).toBeCloseTo(sizes.get(row.stratum!)! / sampled.get(row.stratum!)!, 9);
    }
    const allocation = allocate(sizes, 120, 'proportional');
    expect(Object.fromEntries(sampled)).toEqual(
      Object.fromEntries([...allocation].filter(([, count]) => count > 0)),
    );

    const again = await runCrawl({ ...replicaSettings(target), database, ...design });
    expect(again.auditId).not.toBe(first.auditId);
    expect(await storedIds(database, again.auditId)).toEqual(rows.map((row) => row.id).sort());
    const other = await runCrawl({ ...replicaSettings(target), database, ...design, seed: 6 });
    expect(await storedIds(database, other.auditId)).not.toEqual(rows.map((row) => row.id).sort());
  });

  it('a simple random sample is n distinct offers weighted N/n, the same for the same seed', async () => {
    const target = await replica({ offers: 1500, seed: 14 });
    const database = await crawlDatabase();
    const summary = await runCrawl({
      ...replicaSettings(target),
      database,
      sample: 50,
      seed: 3,
      maxResults: 400,
    });
    expect(summary.offers).toBe(50);
    for await (const batch of streamOffers(database.db, summary.auditId)) {
      for (const row of batch) expect(row.weight).toBe(30);
    }
    const online = new Set(target.ids());
    const ids = await storedIds(database, summary.auditId);
    expect(ids.every((id) => online.has(id))).toBe(true);
    const again = await runCrawl({
      ...replicaSettings(target),
      database,
      sample: 50,
      seed: 3,
      maxResults: 400,
    });
    expect(await storedIds(database, again.auditId)).toEqual(ids);
  });
});

describe('a listing that grows during a census', () => {
  it('pages on past the planned end instead of missing the new offers', async () => {
    const target = await replica({ offers: 500, seed: 15 });
    const database = await crawlDatabase();
    const planOnly = new AbortController();
    planOnly.abort();
    const planned = await runCrawl({
      ...replicaSettings(target),
      database,
      census: true,
      signal: planOnly.signal,
    });
    expect(planned.complete).toBe(false);
    expect(target.advance({ expire: 0, add: 0.2, modify: 0 }).added).toBe(100);
    const finished = await runCrawl({ ...replicaSettings(target), database, census: true });
    expect(finished).toMatchObject({ auditId: planned.auditId, resumed: true, complete: true, failed: {} });
    expect(new Set(await storedIds(database, finished.auditId))).toEqual(new Set(target.ids()));
  });
});
