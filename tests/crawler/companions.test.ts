import { describe, expect, it, vi } from 'vitest';
import { companionQuery } from '../../crawler/companion-search.js';
import { runCrawl } from '../../crawler/crawl.js';
import { getAudit } from '../../db/audits.js';
import { countCompanions } from '../../db/companions.js';
import { listFlags } from '../../db/flags.js';
import { countOffers } from '../../db/offers.js';
import { runClassify } from '../../pipeline/classify-audit.js';
import { computeFigures } from '../../reports/figures/compute-figures.js';
import { methodSection } from '../../reports/render/method-section.js';
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

describe('a sample read from the website', () => {
  it('searches no copies outside itself, and its report says the duplicate figure is a floor and why', async () => {
    const target = await replica({ offers: 300, seed: 22 });
    const database = await crawlDatabase();
    const summary = await runCrawl({ ...replicaSettings(target, 'site'), database, sample: 40, seed: 4 });
    expect(summary.offers).toBe(40);
    const audit = await getAudit(database.db, summary.auditId);
    expect(audit?.details.estimate).toMatchObject({ companionRequests: 0 });
    expect(await countCompanions(database.db, summary.auditId)).toBe(0);
    await runClassify({ database, audit: summary.auditId });
    const classified = await getAudit(database.db, summary.auditId);
    if (!classified) throw new Error('audit gone');
    const figures = await computeFigures(database.db, classified);

    const method = JSON.stringify(methodSection(figures));
    expect(method).toContain('cherchés parmi les offres tirées seulement');
    expect(method).toContain('est un plancher');
    expect(method).toContain('ses pages de recherche ne donnent que des identifiants');
    expect(method).toContain('La collecte par l’API');
    // Said beside the figure too, in the quality section, not in the method only.
    const markdown = renderMarkdown(figures);
    const quality = markdown.slice(
      markdown.indexOf('## Défauts de qualité'),
      markdown.indexOf('## Stabilité'),
    );
    expect(quality).toContain('**Offres en double, un plancher.**');
    expect(renderHtml(figures)).toContain('<strong>Offres en double, un plancher.</strong>');
  });
});
