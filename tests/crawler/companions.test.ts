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
