import { describe, expect, it, vi } from 'vitest';
import { runCrawl } from '../../crawler/crawl.js';
import { streamOffers } from '../../db/offers.js';
import type { Offer } from '../../model/offer.js';
import { crawlDatabase, replica, replicaSettings } from './helpers/crawl-setup.js';

// Whole crawls against a replica, on a shared machine: they assert counts and sets, never durations.
vi.setConfig({ testTimeout: 240_000 });

async function offersOf(database: Awaited<ReturnType<typeof crawlDatabase>>, auditId: number) {
  const offers = new Map<string, Offer>();
  for await (const batch of streamOffers(database.db, auditId))
    for (const row of batch) offers.set(row.offer.id, row.offer);
  return offers;
}

/**
 * HTML cannot carry what the page does not show, nor runs of spaces: fields the website never prints are left
 * out, and text is compared with its whitespace collapsed.
 */
function comparable(offer: Offer): Record<string, unknown> {
  const { source: _source, ...rest } = offer;
  const collapse = (value: unknown): unknown =>
    typeof value === 'string'
      ? value
          .replace(/[ \t]+/g, ' ')
          .replace(/ ?\n ?/g, '\n')
          .replace(/\n{2,}/g, '\n\n')
          .trim()
      : Array.isArray(value)
        ? value.map(collapse)
        : value && typeof value === 'object'
          ? Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, collapse(inner)]))
          : value;
  const copy = collapse(rest) as Record<string, Record<string, unknown>>;
  // The site shows no "entreprise adaptée" badge, and a partner offer's page shows the partner's link, not the
  // contact block (real partner offers have no contact anyway).
  delete copy.employer!.adapted;
  if (offer.origin.kind === 'partner') delete copy.contact;
  // Without an `experienceLibelle` the site prints the code's wording ("Expérience souhaitée"), which is also a
  // real libelle: the two cannot be told apart, so the generic wordings compare as "no label".
  const generic = { D: 'Débutant accepté', S: 'Expérience souhaitée', E: 'Expérience exigée' };
  if (offer.experience.code && offer.experience.label === generic[offer.experience.code]) {
    copy.experience!.label = null;
  }
  return copy;
}

describe('website source', () => {
  it('gives the same normalised offers as the API for the same corpus', async () => {
    const target = await replica({ offers: 600, seed: 21 });
    const database = await crawlDatabase();
    const design = { census: true, filters: { departement: '13' } };
    const api = await runCrawl({ ...replicaSettings(target, 'api'), database, ...design });
    const site = await runCrawl({ ...replicaSettings(target, 'site'), database, ...design });
    expect(site.auditId).not.toBe(api.auditId);
    expect(api.complete && site.complete).toBe(true);
    expect(site.failed).toEqual({});

    const fromApi = await offersOf(database, api.auditId);
    const fromSite = await offersOf(database, site.auditId);
    expect(fromApi.size).toBeGreaterThan(15);
    expect([...fromSite.keys()].sort()).toEqual([...fromApi.keys()].sort());
    for (const [id, offer] of fromApi) {
      expect({ id, ...comparable(fromSite.get(id)!) }).toEqual({ id, ...comparable(offer) });
      expect(fromSite.get(id)!.source).toBe('site');
    }
  });
});
