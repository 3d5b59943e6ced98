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

const collapse = (value: string | null): string | null =>
  value === null
    ? null
    : value
        .replace(/[ \t]+/g, ' ')
        .replace(/ ?\n ?/g, '\n')
        .replace(/\n{2,}/g, '\n\n')
        .trim();

/**
 * What the website's pages give (issue 15 §6: the markup public scrapers rely on, nothing else), read as the API
 * gives it. Text is compared with its whitespace collapsed: HTML keeps no runs of spaces.
 */
function websiteFields(offer: Offer): Record<string, unknown> {
  // Without an `experienceLibelle` the site prints the code's wording ("Expérience souhaitée"), which is also a
  // real libelle: the two cannot be told apart, so the generic wordings compare as "no label".
  const generic = { D: 'Débutant accepté', S: 'Expérience souhaitée', E: 'Expérience exigée' };
  const experience =
    offer.experience.code && offer.experience.label === generic[offer.experience.code]
      ? null
      : offer.experience.label;
  return {
    title: collapse(offer.title),
    description: collapse(offer.description),
    employer: offer.employer.name,
    contract: [offer.contract.type, offer.contract.label, offer.contract.nature],
    // A lone "Temps plein" under "Durée du travail" may be the working time or its conversion: the site cannot
    // tell, so both are compared as the lines printed.
    hours: [
      ...new Set(
        [
          collapse(offer.hours.label),
          offer.hours.fullTime === null ? null : offer.hours.fullTime ? 'Temps plein' : 'Temps partiel',
        ].filter(Boolean),
      ),
    ],
    // The site prints the remark and the benefits as lines under the salary: one list.
    salary: [offer.salary.label, [offer.salary.comment, ...offer.salary.complements].filter(Boolean)],
    place: [offer.place.label, offer.place.departement],
    experience,
    createdAt: offer.createdAt?.slice(0, 10) ?? null,
    partners: offer.origin.partners.map((partner) => [partner.name, partner.url]),
    industry: offer.sector.label,
  };
}

/** What the website cannot give: always null (or empty) in a website crawl, whatever the API says. */
function missingOnWebsite(offer: Offer): Record<string, unknown> {
  return {
    rome: offer.rome.code,
    naf: offer.sector.naf,
    commune: offer.place.commune,
    alternance: offer.contract.alternance,
    contact: [offer.contact.name, offer.contact.phone, offer.contact.email, offer.contact.applyUrl],
    franceTravailOrigin: offer.origin.kind === 'france_travail',
    adapted: offer.employer.adapted,
  };
}

describe('website source', () => {
  it('fills from pages built on §6’s markup what the website gives, as the API does, and leaves the rest null', async () => {
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
    const filled = new Map<string, number>();
    for (const [id, offer] of fromApi) {
      const read = fromSite.get(id)!;
      expect(read.source).toBe('site');
      expect({ id, ...websiteFields(read) }).toEqual({ id, ...websiteFields(offer) });
      expect(missingOnWebsite(read)).toEqual({
        rome: null,
        naf: null,
        commune: null,
        alternance: null,
        contact: [null, null, null, null],
        franceTravailOrigin: false,
        adapted: null,
      });
      for (const [field, value] of Object.entries(websiteFields(read))) {
        const present = Array.isArray(value)
          ? value.some(
              (part) => part !== null && part !== undefined && !(Array.isArray(part) && part.length === 0),
            )
          : value !== null;
        if (present) filled.set(field, (filled.get(field) ?? 0) + 1);
      }
    }
    // Which fields the website fills, and how often: every field it can give is read from some page.
    const share = Object.fromEntries(
      [...filled].map(([field, count]) => [field, Math.round((count / fromSite.size) * 100) / 100]),
    );
    expect(Object.keys(share).sort()).toEqual([
      'contract',
      'createdAt',
      'description',
      'employer',
      'experience',
      'hours',
      'industry',
      'partners',
      'place',
      'salary',
      'title',
    ]);
    expect(share.title).toBe(1);
    expect(share.description).toBe(1);
    expect(share.place).toBe(1);
    expect(share.contract).toBe(1);
  });
});
