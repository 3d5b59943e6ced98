import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { companionCandidates, companionQuery, SITE_COMPANION_PAGES } from '../../crawler/companion-search.js';
import { runCrawl } from '../../crawler/crawl.js';
import { getAudit } from '../../db/audits.js';
import { countCompanions, streamCompanions } from '../../db/companions.js';
import type { VigieDatabase } from '../../db/connect.js';
import { listFlags } from '../../db/flags.js';
import { countFrontier } from '../../db/frontier.js';
import { countOffers } from '../../db/offers.js';
import { runClassify } from '../../pipeline/classify-audit.js';
import type { ReplicaStats } from '../../replica/stats.js';
import { computeFigures } from '../../reports/figures/compute-figures.js';
import type { CompanionSearches, ReportFigures } from '../../reports/figures/report-figures.js';
import { duplicatesFloorNote, methodSection } from '../../reports/render/method-section.js';
import { renderHtml } from '../../reports/render/render-html.js';
import { renderMarkdown } from '../../reports/render/render-markdown.js';
import { buildOffer } from '../classifiers/offer-builder.js';
import { crawlDatabase, replica, replicaSettings, storedIds } from './helpers/crawl-setup.js';

// Whole crawls against a replica, on a shared machine: they assert counts and sets, never durations.
vi.setConfig({ testTimeout: 240_000 });

describe('the targeted search for a sampled offer’s copies', () => {
  it('searches its title’s two longest words, without gender marks or the town, in its département and contract', () => {
    const offer = buildOffer({ title: 'Préparateur de commandes (H/F) - Annecy' });
    expect(companionQuery(offer)).toEqual({
      motsCles: 'preparateur,commandes',
      departement: '74',
      typeContrat: 'CDI',
    });
    expect(companionQuery(buildOffer({ title: 'H/F' }))).toBeNull();
  });

  it('on the website, reads the results whose card may be a copy, closest title first, three at most', () => {
    const sampled = buildOffer({ id: 'S1', title: 'Préparateur de commandes (H/F) - Annecy' });
    const card = (id: string, title: string, company: string | null, place = '74 - Annecy') => ({
      id,
      title,
      company,
      place,
    });
    const listed = [
      card('S1', 'Préparateur de commandes (H/F) - Annecy', 'Magasin Test'),
      card('A', 'Cariste préparateur (H/F)', 'Magasin Test'),
      card('B', 'Préparateur de commandes H/F', null),
      card('C', 'Préparateur de commandes (H/F)', 'Autre Employeur'),
      card('D', 'Préparateur de commandes (H/F)', 'Magasin Test', '73 - Chambéry'),
      card('E', 'Magasinier', 'Entreprise non communiquée'),
      card('F', 'Préparatrice de commandes', 'MAGASIN TEST'),
      card('G', 'Préparateur de commandes', 'Magasin Test'),
      card('H', 'Vendeur', 'Magasin Test'),
    ];
    // Not the sampled offer, another named employer, another département, or a title sharing no job word with an
    // employer not named; the same employer under another title stays, last. Ties keep the site's order.
    expect(companionCandidates(sampled, listed, new Set(), 10)).toEqual(['B', 'G', 'A', 'F', 'H']);
    expect(companionCandidates(sampled, listed, new Set())).toEqual(['B', 'G', 'A']);
    // Drawn offers are read as drawn offers, not again as companions.
    expect(companionCandidates(sampled, listed, new Set(['B']))).toEqual(['G', 'A', 'F']);
  });

  it('leaves out a feminine form, which a copy titled in the masculine does not hold', () => {
    const offer = buildOffer({ title: 'Plombier / Plombière chauffagiste (H/F)', description: null });
    expect(companionQuery(offer)?.motsCles).toBe('plombier,chauffagiste');
    const pair = buildOffer({
      title: 'Préparateur de commandes / Préparatrice de commandes',
      description: null,
    });
    expect(companionQuery(pair)?.motsCles).toBe('preparateur,commandes');
    // A masculine that is no stem of a longer word stays ("technicien" next to "technique").
    const distinct = buildOffer({ title: 'Technicien support technique', description: null });
    expect(companionQuery(distinct)?.motsCles).toBe('technicien,technique');
  });

  it('prefers the title’s words its text repeats, which a retitled copy’s text holds too', () => {
    // The original says "Chauffeur poids lourd"; the copy's appellation title says "Conducteur": the copy's text,
    // the original's, names the job as the original does.
    const copy = buildOffer({
      title: 'Conducteur / Conductrice poids lourd (H/F)',
      description: "TRANSPORTS DE L'OCÉAN recrute un(e) chauffeur poids lourd pour renforcer son équipe.",
    });
    expect(companionQuery(copy)?.motsCles).toBe('poids,lourd');
    const qualified = buildOffer({
      title: 'Plongeur / Plongeuse en restauration (H/F)',
      description: 'Nous recherchons pour notre établissement un(e) plongeur motivé(e) et rigoureux(se).',
    });
    expect(companionQuery(qualified)?.motsCles).toBe('plongeur');
    // A text that repeats none of them leaves the title's words.
    const silent = buildOffer({ title: 'Plongeur en restauration', description: 'Poste à pourvoir.' });
    expect(companionQuery(silent)?.motsCles).toBe('plongeur,restauration');
  });
});

describe('duplicates against the population in a sample', () => {
  it('finds the sampled copies whose original was not drawn, and counts no companion', async () => {
    const target = await replica({ offers: 3000, seed: 21 });
    const database = await crawlDatabase();
    const design = { sample: 200, seed: 4, maxResults: 3150 };
    const summary = await runCrawl({ ...replicaSettings(target), database, ...design });
    expect(summary.offers).toBe(200);
    const audit = await getAudit(database.db, summary.auditId);
    expect(audit?.details.estimate).toMatchObject({ companionRequests: 200 });

    const companions = await countCompanions(database.db, summary.auditId);
    expect(companions).toBeGreaterThan(0);
    const classified = await runClassify({ database, audit: summary.auditId });
    // The companions are matched against, never counted.
    expect(classified.offers).toBe(200);
    expect(await countOffers(database.db, summary.auditId)).toBe(200);
    // A companion that was drawn too (another sampled offer's search found it) is the drawn offer, once.
    expect(classified.companions).toBeGreaterThan(0);
    expect(classified.companions).toBeLessThanOrEqual(companions);

    const sampled = await storedIds(database, summary.auditId);
    const trulyCopies = sampled.filter((id) => target.truth(id)?.duplicateOf !== undefined);
    const flagged = new Set(
      (await listFlags(database.db, summary.auditId))
        .filter((flag) => flag.category === 'duplicate')
        .map((flag) => flag.offerId),
    );
    const found = trulyCopies.filter((id) => flagged.has(id));
    // A sample of 200 out of 3,000 draws the original of few copies: nearly all found are found by companions.
    expect(trulyCopies.length).toBeGreaterThan(5);
    expect(found.length / trulyCopies.length).toBeGreaterThanOrEqual(0.8);
    // The classifier's own mistakes remain (as in a census), few.
    const wrong = [...flagged].filter((id) => target.truth(id)?.duplicateOf === undefined);
    expect(wrong.length / flagged.size).toBeLessThanOrEqual(0.2);

    // The method section says how duplicates were looked for.
    const classifiedAudit = await getAudit(database.db, summary.auditId);
    if (!classifiedAudit) throw new Error('audit gone');
    const withCompanions = await computeFigures(database.db, classifiedAudit);
    const method = JSON.stringify(methodSection(withCompanions));
    expect(method).toContain('une recherche ciblée');
    expect(method).toContain(`${companions} offres trouvées`);
    // Looked for against the population: the duplicate figure is no floor.
    expect(renderMarkdown(withCompanions)).not.toContain('Offres en double, un plancher');

    // Without companions, the same sample sees only the copies whose original it drew too.
    const alone = await runCrawl({ ...replicaSettings(target), database, ...design, companions: false });
    const aloneAudit = await getAudit(database.db, alone.auditId);
    expect(aloneAudit?.details.estimate).toMatchObject({ companionRequests: 0 });
    const aloneClassified = await runClassify({ database, audit: alone.auditId });
    expect(aloneClassified.companions).toBe(0);
    expect(aloneClassified.byCategory.duplicate ?? 0).toBeLessThan(found.length);
  });
});

/** What the plan recorded of its cost, read back as stored data. */
const planEstimateSchema = z.object({
  requests: z.number(),
  companionRequests: z.number(),
  companionPages: z.number(),
});

describe('a sample read from the website', () => {
  it('searches each sampled offer’s copies on the site’s results page, reads the likely ones, and finds the copies whose original was not drawn', async () => {
    const target = await replica({ offers: 800, seed: 21 });
    const database = await crawlDatabase();
    const design = { sample: 120, seed: 4 };
    target.resetStats();
    const summary = await runCrawl({ ...replicaSettings(target, 'site'), database, ...design });
    expect(summary.offers).toBe(120);
    expect(summary.complete).toBe(true);
    // Counted before the crawl: one search per sampled offer, and at most three detail pages each.
    const audit = await getAudit(database.db, summary.auditId);
    const estimate = planEstimateSchema.parse(audit?.details.estimate);
    expect(estimate).toMatchObject({ companionRequests: 120, companionPages: 120 * SITE_COMPANION_PAGES });
    // The sample's own detail pages, not the population's; the plan is a ceiling of what the crawl asked.
    expect(estimate.requests).toBeLessThan(800);
    expect(summary.requests).toBeLessThanOrEqual(estimate.requests);

    const searches = await countFrontier(database.db, summary.auditId, 'companions');
    const pages = await countFrontier(database.db, summary.auditId, 'companion');
    expect(searches.done).toBe(120);
    expect(pages.done).toBeGreaterThan(0);
    expect(pages.done).toBeLessThanOrEqual(120 * SITE_COMPANION_PAGES);
    // The detail pages read: the drawn offers' and the companions', each once.
    const stats = target.stats();
    expect(stats.byRoute['GET /offres/recherche/detail/{id}']).toBe(120 + pages.done);
    const companions = await countCompanions(database.db, summary.auditId);
    expect(companions).toBe(pages.done);

    const classified = await runClassify({ database, audit: summary.auditId });
    expect(classified.offers).toBe(120);
    const sampled = new Set(await storedIds(database, summary.auditId));
    const flagged = await duplicateIds(database, summary.auditId);
    const trulyCopies = [...sampled].filter((id) => target.truth(id)?.duplicateOf !== undefined);
    // The copies whose original was not drawn: only a search outside the sample can find them.
    const originalAway = trulyCopies.filter((id) => !sampled.has(target.truth(id)!.duplicateOf!));
    expect(originalAway.length).toBeGreaterThan(3);
    expect(originalAway.filter((id) => flagged.has(id)).length / originalAway.length).toBeGreaterThanOrEqual(
      0.8,
    );
    expect(trulyCopies.filter((id) => flagged.has(id)).length / trulyCopies.length).toBeGreaterThanOrEqual(
      0.8,
    );
    // The classifier's own mistakes remain (as in a census), few.
    const wrong = [...flagged].filter((id) => target.truth(id)?.duplicateOf === undefined);
    expect(wrong.length / flagged.size).toBeLessThanOrEqual(0.2);

    // The method section says how; the figure is no floor.
    const classifiedAudit = await getAudit(database.db, summary.auditId);
    if (!classifiedAudit) throw new Error('audit gone');
    const figures = await computeFigures(database.db, classifiedAudit);
    const method = JSON.stringify(methodSection(figures));
    expect(method).toContain('une recherche ciblée sur le site');
    expect(method).toContain(`120 recherches, ${pages.done} pages lues, ${companions} offres trouvées`);
    expect(method).not.toContain('est un plancher');
    expect(renderMarkdown(figures)).not.toContain('Offres en double, un plancher');

    // Without the searches, the same sample sees only the copies whose original it drew too, and says so.
    const alone = await runCrawl({
      ...replicaSettings(target, 'site'),
      database,
      ...design,
      companions: false,
    });
    const aloneAudit = await getAudit(database.db, alone.auditId);
    expect(aloneAudit?.details.estimate).toMatchObject({ companionRequests: 0, companionPages: 0 });
    await runClassify({ database, audit: alone.auditId });
    const aloneFlagged = await duplicateIds(database, alone.auditId);
    expect(originalAway.filter((id) => aloneFlagged.has(id))).toEqual([]);
    const aloneClassified = await getAudit(database.db, alone.auditId);
    if (!aloneClassified) throw new Error('audit gone');
    const aloneFigures = await computeFigures(database.db, aloneClassified);
    const aloneMethod = JSON.stringify(methodSection(aloneFigures));
    expect(aloneMethod).toContain('cherchés parmi les offres tirées seulement');
    expect(aloneMethod).toContain('est un plancher');
    expect(aloneMethod).toContain('Aucune recherche de copies hors de l’échantillon');
    // Said beside the figure too, in the quality section, not in the method only.
    const markdown = renderMarkdown(aloneFigures);
    const quality = markdown.slice(
      markdown.indexOf('## Défauts de qualité'),
      markdown.indexOf('## Stabilité'),
    );
    expect(quality).toContain('**Offres en double, un plancher.**');
    expect(renderHtml(aloneFigures)).toContain('<strong>Offres en double, un plancher.</strong>');
  });

  it('stopped while searching, then run again: each search and page is done once, with the same companions', async () => {
    const target = await replica({ offers: 500, seed: 23 });
    const design = { ...replicaSettings(target, 'site'), sample: 80, seed: 6 };
    const reference = await crawlDatabase();
    target.resetStats();
    const whole = await runCrawl({ ...design, database: reference });
    const asked = pagesAsked(target.stats());
    const expected = await companionIds(reference, whole.auditId);
    expect(expected.length).toBeGreaterThan(0);

    const database = await crawlDatabase();
    const stop = new AbortController();
    target.resetStats();
    // Stopped once the drawn offers' pages are being read and searches have begun.
    const watch = setInterval(() => {
      if ((target.stats().byRoute['GET /offres/recherche/detail/{id}'] ?? 0) >= 40) stop.abort();
    }, 5);
    const first = await runCrawl({ ...design, database, signal: stop.signal }).finally(() =>
      clearInterval(watch),
    );
    expect(first.complete).toBe(false);
    // Stopped halfway: some searches done, some drawn offers (and so their searches) still to do.
    expect((await countFrontier(database.db, first.auditId, 'companions')).done).toBeGreaterThan(0);
    expect(first.offers).toBeLessThan(80);
    const second = await runCrawl({ ...design, database });
    expect(second).toMatchObject({ resumed: true, complete: true, offers: 80 });
    expect(await companionIds(database, second.auditId)).toEqual(expected);
    // Nothing read twice: the two runs asked the site for the pages the uninterrupted crawl asked for.
    expect(pagesAsked(target.stats())).toEqual(asked);
  });
});

describe('a website sample whose searches fail', () => {
  it('records each failed search, leaves the crawl incomplete, and keeps the floor wording with the reason', async () => {
    // The site's département filter answering 410 (francetravail.md §6): every targeted search names one.
    const target = await replica({ offers: 300, seed: 21, faults: { lieuxGone: true } });
    const database = await crawlDatabase();
    const summary = await runCrawl({ ...replicaSettings(target, 'site'), database, sample: 30, seed: 4 });
    expect(summary.offers).toBe(30);
    expect(summary.failed).toEqual({ filter_gone: 30 });
    expect(summary.complete).toBe(false);
    await runClassify({ database, audit: summary.auditId });
    const audit = await getAudit(database.db, summary.auditId);
    if (!audit) throw new Error('audit gone');
    const figures = await computeFigures(database.db, audit);
    expect(figures.audit.companionSearches).toEqual({
      searched: 0,
      unsearched: 30,
      pages: 0,
      pagesUnread: 0,
    });
    const method = JSON.stringify(methodSection(figures));
    expect(method).toContain('est un plancher');
    expect(method).toContain('Les 30 recherches ciblées de copies hors de l’échantillon n’ont pas abouti');
    expect(method).not.toContain('une recherche ciblée sur le site');
  });
});

describe('the floor note of a sample’s duplicates', () => {
  const sampleAudit = (companionSearches: CompanionSearches | undefined, companions = 30) =>
    ({
      id: 1,
      label: 'essai',
      source: 'site',
      status: 'classified',
      design: { kind: 'sample', sampleSize: 40, seed: 1, filters: {} },
      population: 400,
      period: null,
      createdAt: '2026-12-01T00:00:00.000Z',
      finishedAt: null,
      classifierVersion: null,
      offersRead: 40,
      weightTotal: 400,
      flaggedOffers: 0,
      fetchErrors: 0,
      partnerPagesChecked: 0,
      crawlIncomplete: false,
      companions,
      ...(companionSearches ? { companionSearches } : {}),
    }) satisfies ReportFigures['audit'];

  it('is dropped when every search was done, kept and explained when some failed or none was made', () => {
    expect(
      duplicatesFloorNote(sampleAudit({ searched: 40, unsearched: 0, pages: 30, pagesUnread: 0 })),
    ).toBeNull();
    const partial = duplicatesFloorNote(
      sampleAudit({ searched: 37, unsearched: 3, pages: 30, pagesUnread: 2 }),
    );
    expect(partial).toContain('3 des 40 recherches ciblées n’ont pas abouti');
    expect(partial).toContain('2 pages de leurs résultats n’ont pas pu être lues');
    expect(partial).toContain('est un plancher');
    const failed = duplicatesFloorNote(
      sampleAudit({ searched: 0, unsearched: 40, pages: 0, pagesUnread: 0 }, 0),
    );
    expect(failed).toContain('Les 40 recherches ciblées de copies hors de l’échantillon n’ont pas abouti');
    expect(failed).toContain('est un plancher');
    // Figures written before the searches were counted: the companions found say it.
    expect(duplicatesFloorNote(sampleAudit(undefined, 12))).toBeNull();
    expect(duplicatesFloorNote(sampleAudit(undefined, 0))).toContain('est un plancher');
  });
});

/** Search and detail pages the replica served. */
function pagesAsked(stats: ReplicaStats): { searches: number; details: number } {
  return {
    searches: stats.byRoute['GET /offres/recherche'] ?? 0,
    details: stats.byRoute['GET /offres/recherche/detail/{id}'] ?? 0,
  };
}

async function duplicateIds(database: VigieDatabase, auditId: number): Promise<Set<string>> {
  return new Set(
    (await listFlags(database.db, auditId))
      .filter((flag) => flag.category === 'duplicate')
      .map((flag) => flag.offerId),
  );
}

async function companionIds(database: VigieDatabase, auditId: number): Promise<string[]> {
  const ids: string[] = [];
  for await (const batch of streamCompanions(database.db, auditId))
    ids.push(...batch.map((offer) => offer.id));
  return ids.sort();
}
