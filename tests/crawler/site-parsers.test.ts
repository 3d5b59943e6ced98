import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contractCodeFrom } from '../../crawler/sources/site/contract-type.js';
import { parseDetailPage } from '../../crawler/sources/site/parse-detail-page.js';
import { parseSearchPage } from '../../crawler/sources/site/parse-search-page.js';
import { siteParams } from '../../crawler/sources/site/site-source.js';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

describe('website parsers on the real page shapes (francetravail.md §3)', () => {
  it('reads a detail page from its microdata and dt/dd pairs', () => {
    const url = 'https://candidat.francetravail.fr/offres/recherche/detail/196FBMG';
    const result = parseDetailPage(fixture('detail-page-real-shape.html'), '196FBMG', url);
    if (!result.ok) throw new Error(result.reason);
    const { offer } = result;
    expect(offer).toMatchObject({
      id: '196FBMG',
      source: 'site',
      title: "Chargé d'accueil banque (H/F)",
      contract: { type: 'MIS', label: 'Intérim - 1 Mois', nature: 'Contrat travail' },
      hours: { label: '35H/semaine\nTravail en journée', fullTime: true },
      salary: {
        label: 'Mensuel de 1861.0 Euros sur 12.0 mois',
        comment: null,
        complements: ['Titres restaurant / Prime de panier'],
      },
      place: { label: '74 - RUMILLY', departement: '74', postcode: '74150', commune: null },
      experience: { code: 'E', label: '2 An(s)' },
      qualification: { label: 'Employé qualifié' },
      sector: { label: 'Activités des agences de travail temporaire' },
      employer: { name: 'MANPOWER FRANCE' },
      origin: { url },
      createdAt: '2025-08-05',
    });
    expect(offer.description).toBe(
      "Manpower BOURG EN BRESSE TERTIAIRE recherche pour son client, un acteur du secteur bancaire, un Chargé d'accueil banque (H/F)\n\n-Assurer un accueil chaleureux et professionnel des clients.\n-Orienter les clients vers les solutions adaptées à leurs besoins.",
    );
  });

  it('reads a results page: ids, titles, companies, places and the count with a non-breaking space', () => {
    const page = parseSearchPage(fixture('search-page-real-shape.html'));
    expect(page.total).toBe(1234);
    expect(page.items).toEqual([
      {
        id: '196FBMG',
        title: "Chargé d'accueil banque (H/F)",
        company: 'MANPOWER FRANCE',
        place: '74 - RUMILLY',
      },
      { id: '3456789', title: 'Serveur (H/F)', company: null, place: '74 - ANNECY' },
    ]);
  });

  it('recognises the "no longer available" page and an empty result list', () => {
    const expired = parseDetailPage(
      '<html><body><h1>Offre non disponible</h1><p>Cette offre n’est plus disponible.</p></body></html>',
    );
    expect(expired).toEqual({ ok: false, expired: true, reason: 'the offer is no longer available' });
    expect(
      parseSearchPage('<html><body><p>Aucune offre ne correspond à votre recherche.</p></body></html>'),
    ).toEqual({
      total: 0,
      items: [],
    });
  });

  it('reads an offer nested thousands of elements deep, and says why when a deep page holds none', () => {
    const page = fixture('detail-page-real-shape.html');
    const flat = parseDetailPage(page, '196FBMG');
    const deep = parseDetailPage(
      page
        .replace('<body>', `<body>${'<div>'.repeat(5_000)}`)
        .replace('</body>', `${'</div>'.repeat(5_000)}</body>`),
      '196FBMG',
    );
    expect(flat.ok).toBe(true);
    expect(deep).toEqual(flat);
    const empty = `<html><body>${'<div>'.repeat(5_000)}x${'</div>'.repeat(5_000)}</body></html>`;
    expect(parseDetailPage(empty)).toEqual({
      ok: false,
      expired: false,
      reason: 'no offer title or description on the page',
    });
  });

  it('reads a results page nested thousands of elements deep as it reads the flat one', () => {
    const page = fixture('search-page-real-shape.html');
    const flat = parseSearchPage(page);
    const deep = parseSearchPage(
      page
        .replace('<body>', `<body>${'<div>'.repeat(5_000)}`)
        .replace('</body>', `${'</div>'.repeat(5_000)}</body>`),
    );
    expect(flat.items.length).toBeGreaterThan(0);
    expect(deep).toEqual(flat);
    const none = `<html><body>${'<div>'.repeat(5_000)}Aucune offre ne correspond${'</div>'.repeat(5_000)}</body></html>`;
    expect(parseSearchPage(none)).toEqual({ total: 0, items: [] });
  });

  it('reads selectors the way CSS does: a template’s content is not inside its ancestors', () => {
    const page = (inner: string) =>
      `<html><body><div itemprop="title">Serveur</div><div itemprop="description">Service en salle</div><dl>${inner}</dl></body></html>`;
    const facts = (inner: string) => {
      const result = parseDetailPage(page(inner), 'X1');
      if (!result.ok) throw new Error(result.reason);
      return result.raw.facts;
    };
    expect(facts('<dt>Salaire :</dt><!-- --><dd>Mensuel de 2000.0 Euros</dd>')).toEqual({
      salaire: 'Mensuel de 2000.0 Euros',
    });
    // `dl dt` does not reach a dt through a template's content, as in a browser's querySelectorAll.
    expect(facts('<template><dt>Salaire</dt><dd>1 €</dd></template>')).toEqual({});
  });

  it('maps contract wordings of both eras to the API codes', () => {
    expect(contractCodeFrom('Contrat à durée déterminée - 6 Mois')).toBe('CDD');
    expect(contractCodeFrom('CDD - 4 Mois')).toBe('CDD');
    expect(contractCodeFrom('Mission intérimaire - 18 Mois')).toBe('MIS');
    expect(contractCodeFrom('Intérim - 5 Jour(s)')).toBe('MIS');
    expect(contractCodeFrom('CDI intérimaire')).toBe('DIN');
    expect(contractCodeFrom('CDD insertion - 4 Mois')).toBe('DDI');
    expect(contractCodeFrom('Profession libérale')).toBe('LIB');
    expect(contractCodeFrom('Contrat à durée indéterminée')).toBe('CDI');
    expect(contractCodeFrom('Quelque chose', 'SAI')).toBe('SAI');
  });

  it('translates API filters into the site’s parameters', () => {
    const params = siteParams({
      departement: '74',
      publieeDepuis: '7',
      typeContrat: 'CDI,CDD',
      natureContrat: 'E2,FS',
      motsCles: 'vendeur',
    });
    expect(Object.fromEntries(params)).toEqual({
      lieux: '74D',
      emission: '7',
      typeContrat: 'CDI,CDD',
      natureOffre: 'E2,FS',
      motsCles: 'vendeur',
      offresPartenaires: 'true',
      tri: '0',
    });
  });
});
