import { describe, expect, it, vi } from 'vitest';
import { runCrawl } from '../../crawler/crawl.js';
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
});
