import { describe, expect, it, vi } from 'vitest';
import { runCrawl } from '../../crawler/crawl.js';
import { countFetchErrorsByCause } from '../../db/fetch-errors.js';
import { crawlDatabase, replica, replicaSettings, storedIds } from './helpers/crawl-setup.js';

// Whole crawls against a replica, on a shared machine: they assert counts and sets, never durations.
vi.setConfig({ testTimeout: 240_000 });

const FAULTS = { error5xx: 0.05, storm429: 0.02, reset: 0.03, truncate: 0.03, malformed: 0.04, seed: 7 };

describe('crawling through faults', () => {
  it('loses nothing to 429 storms, 5xx, resets, truncated bodies and malformed JSON (API and website)', async () => {
    const target = await replica({ offers: 800, seed: 31, faults: FAULTS });
    const database = await crawlDatabase();
    // A low cap forces the splitter to count many queries: more requests, more faults met.
    const settings = { maxRetries: 12, census: true, maxResults: 100 } as const;
    const api = await runCrawl({ ...replicaSettings(target, 'api'), database, ...settings });
    expect(api.failed).toEqual({});
    expect(api.complete).toBe(true);
    expect(new Set(await storedIds(database, api.auditId))).toEqual(new Set(target.ids()));
    expect(api.retries).toBeGreaterThan(0);

    const site = await runCrawl({
      ...replicaSettings(target, 'site'),
      database,
      ...settings,
      filters: { departement: '13' },
    });
    expect(site.failed).toEqual({});
    const expected = [...target.ids()].filter((id) =>
      target.offer(id)?.lieuTravail.libelle.startsWith('13 '),
    );
    expect(new Set(await storedIds(database, site.auditId))).toEqual(new Set(expected));

    const stats = target.stats();
    expect(stats.faulted429).toBeGreaterThan(0);
    expect(Object.keys(stats.faults).length).toBeGreaterThanOrEqual(4);
  });

  it('fails a stored item whose shape this version cannot read, with its cause, and crawls the rest', async () => {
    // More than one page: the plan reads the first page as its count, the others stay in the frontier.
    const target = await replica({ offers: 400, seed: 5 });
    const database = await crawlDatabase();
    const settings = { ...replicaSettings(target, 'api'), database, census: true, partners: false } as const;
    // Planned, then stopped before any page is read: the frontier holds every page, as a crash would leave it.
    const stopped = new AbortController();
    stopped.abort();
    const first = await runCrawl({ ...settings, signal: stopped.signal });
    expect(first.complete).toBe(false);
    // As a crawl resumed after an upgrade could find it: a page written with a field since renamed.
    const page = await database.db
      .selectFrom('frontier')
      .select('key')
      .where('audit_id', '=', first.auditId)
      .where('status', '=', 'pending')
      .orderBy('key')
      .limit(1)
      .executeTakeFirstOrThrow();
    await database.db
      .updateTable('frontier')
      .set({ payload: JSON.stringify({ query: {}, from: 0, to: 149, stratum: null, weight: 1 }) })
      .where('audit_id', '=', first.auditId)
      .where('key', '=', page.key)
      .execute();

    const resumed = await runCrawl({ ...settings, resume: first.auditId });
    // Every other item succeeded, but a crawl with a failed item is not complete: it says what is missing.
    expect(resumed.complete).toBe(false);
    expect(resumed.failed).toEqual({ unreadable_item: 1 });
    expect(await countFetchErrorsByCause(database.db, first.auditId)).toEqual([
      { stage: 'search', cause: 'unreadable_item', count: 1 },
    ]);
    const item = await database.db
      .selectFrom('frontier')
      .select(['status', 'last_error'])
      .where('audit_id', '=', first.auditId)
      .where('key', '=', page.key)
      .executeTakeFirstOrThrow();
    expect(item.status).toBe('failed');
    expect(item.last_error).toMatch(
      /^unreadable_item: stored page payload does not match this version: start/,
    );
  });
});
