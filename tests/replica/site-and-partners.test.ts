import { load } from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium, launchChromium } from '../../lib/browser.js';
import { type Replica, startReplica } from '../../replica/index.js';
import type { OfferTruth, PartnerPageState } from '../../replica/types.js';
import { hangLimitMs } from '../helpers/machine-speed.js';
import { apiGet, fetchToken, type SearchBody } from './replica-client.js';

let replica: Replica;

beforeAll(async () => {
  replica = await startReplica({ offers: 6000, seed: 33, rateLimit: false, crawlDelaySeconds: 2 });
});
afterAll(() => replica.close());

const get = (path: string, init?: RequestInit) =>
  fetch(`${replica.url}${path}`, { redirect: 'manual', ...init });

describe('the website', () => {
  it('lists 20 results a page with the real selectors and a count', async () => {
    const response = await get('/offres/recherche?lieux=74D&range=0-19');
    expect(response.status).toBe(200);
    const $ = load(await response.text());
    const results = $('li.result[data-id-offre]');
    expect(results).toHaveLength(20);
    // §6: the count is the text of `#zoneAfficherListeOffres h1.title` ("2179 offres", "10 723 offres").
    const heading = $('#zoneAfficherListeOffres h1.title').text();
    expect(heading).toMatch(/^\d[\d ]* offres$/);
    expect(Number(heading.replace(/\D/g, ''))).toBeGreaterThan(20);
    results.each((_, element) => {
      const item = $(element);
      expect(item.find('.media-heading-title').text().trim()).not.toBe('');
      expect(item.find('p.subtext span').text()).toMatch(/^74 - /);
      expect(item.find('.description').text().trim()).not.toBe('');
    });
    const second = load(await (await get('/offres/recherche?lieux=74D&range=20-39')).text());
    const firstIds = results.map((_, element) => $(element).attr('data-id-offre')).get();
    const secondIds = second('li.result')
      .map((_, element) => second(element).attr('data-id-offre'))
      .get();
    expect(secondIds.filter((id) => firstIds.includes(id))).toEqual([]);
  });

  it('filters as the real site: its parameter names, comma lists, the same offers as the API for the same search', async () => {
    const token = await fetchToken(replica);
    const siteIds = async (query: string) => {
      const $ = load(
        await (await get(`/offres/recherche?${query}&offresPartenaires=true&range=0-19&tri=0`)).text(),
      );
      return {
        total: Number($('#zoneAfficherListeOffres h1.title').text().replace(/\D/g, '')),
        ids: $('li.result[data-id-offre]')
          .map((_, element) => $(element).attr('data-id-offre'))
          .get(),
      };
    };
    const apiIds = async (query: string) => {
      const response = await apiGet(replica, token, `/offres/search?${query}&range=0-149`);
      if (response.status === 204) return [];
      return ((await response.json()) as SearchBody).resultats.map((offer) => offer.id);
    };
    // A sampled offer's targeted search, as a browser sends it: two title words, its département, its contract.
    const offer = [...replica.ids()]
      .map((id) => replica.offer(id)!)
      .find(
        (candidate) => candidate.lieuTravail.libelle.startsWith('74 - ') && candidate.typeContrat === 'CDD',
      )!;
    const words = offer.intitule
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .split(/[^a-z]+/)
      .filter((word) => word.length >= 4)
      .slice(0, 2);
    expect(words).toHaveLength(2);
    const found = await siteIds(`motsCles=${words.join(',')}&lieux=74D&typeContrat=CDD`);
    expect(found.ids).toContain(offer.id);
    expect(found.ids.length).toBe(Math.min(20, found.total));
    expect(found.ids).toEqual(
      (await apiIds(`motsCles=${words.join(',')}&departement=74&typeContrat=CDD`)).slice(0, 20),
    );
    for (const id of found.ids) {
      expect(replica.offer(id)!.lieuTravail.libelle).toMatch(/^74 - /);
      expect(replica.offer(id)!.typeContrat).toBe('CDD');
    }
    // Words typed with a space, as in the site's search box, are the same search.
    expect((await siteIds(`motsCles=${words.join('+')}&lieux=74D&typeContrat=CDD`)).ids).toEqual(found.ids);
    // `typeContrat` and `natureOffre` take comma lists of codes (the site's link to work-study offers: E2,FS).
    const either = await siteIds('lieux=74D&typeContrat=CDD,MIS');
    const cdd = await siteIds('lieux=74D&typeContrat=CDD');
    const mis = await siteIds('lieux=74D&typeContrat=MIS');
    expect(either.total).toBe(cdd.total + mis.total);
    const workStudy = await siteIds('lieux=74D&natureOffre=E2,FS');
    expect(workStudy.total).toBeGreaterThan(0);
    expect(workStudy.total).toBeLessThan((await siteIds('lieux=74D')).total);
    for (const id of workStudy.ids) {
      expect(replica.offer(id)!.natureContrat).toMatch(/apprentissage|professionnalisation/i);
    }
  });

  it('answers the Tapestry "more results" call with JSON', async () => {
    const response = await get('/offres/recherche.rechercheoffre:afficherplusderesultats/20-39/0?lieux=74D', {
      method: 'POST',
      headers: { 'x-requested-with': 'XMLHttpRequest' },
    });
    const body = (await response.json()) as { _tapestry: { content: [string, string][] } };
    expect(load(body._tapestry.content[0]![1])('li.result')).toHaveLength(20);
  });

  it('renders a detail page with §6’s markup only: microdata, dt/dd pairs, no data-* attribute', async () => {
    let checked = 0;
    for (const id of [...replica.ids()].slice(0, 40)) {
      const offer = replica.offer(id)!;
      const response = await get(`/offres/recherche/detail/${id}`);
      expect(response.status).toBe(200);
      const html = await response.text();
      const $ = load(html);
      expect($('h1 span[itemprop=title]').text()).toBe(offer.intitule);
      expect($('h1').first().text()).toContain(`Offre n° ${id}`);
      expect($('div[itemprop=description]').text()).toBe(offer.description.replace(/\n/g, ''));
      expect($('div[itemprop=description]').html()).toContain('<br>');
      if (offer.dateCreation)
        expect($('[itemprop=datePosted]').attr('content')).toBe(offer.dateCreation.slice(0, 10));
      expect($('p[itemprop=jobLocation] span[itemprop=name]').text()).toBe(offer.lieuTravail.libelle);
      expect($('[itemprop=employmentType]').attr('content')).toMatch(
        /^(FULL_TIME|PART_TIME|TEMPORARY|CONTRACTOR|OTHER)$/,
      );
      // What no public scraper reads is not on the page: no code in a data-* attribute, no contact.
      expect(html).not.toMatch(/data-(code|commune|origine|alternance|type-contrat|partenaire|date)/);
      expect(html).not.toMatch(/class="salaire-/);
      if (offer.contact?.courriel) expect(html).not.toContain(offer.contact.courriel);
      const facts = new Map(
        $('dl dt')
          .map((_, dt) => [[$(dt).text().trim(), $(dt).next('dd')]])
          .get() as [string, ReturnType<typeof $>][],
      );
      expect(facts.get('Type de contrat')!.text()).toContain(offer.typeContratLibelle);
      if (offer.salaire.libelle)
        expect(facts.get('Salaire')!.text()).toContain(`Salaire brut : ${offer.salaire.libelle}`);
      if (offer.dureeTravailLibelle) {
        expect(facts.get('Durée du travail')!.attr('itemprop')).toBe('workHours');
        expect(facts.get('Durée du travail')!.text()).toContain(offer.dureeTravailLibelle.replace(/\n/g, ''));
      }
      expect($('[itemprop=experienceRequirements]').length).toBeGreaterThan(0);
      if (offer.entreprise.nom) expect($('.media-body h3.t4.title').text()).toBe(offer.entreprise.nom);
      const partner = offer.origineOffre.partenaires?.[0];
      if (partner) {
        expect($('a#idLienPartenaire').attr('href')).toBe(partner.url);
        expect($('.apply-block h4').text()).toBe(partner.nom);
      }
      checked++;
    }
    expect(checked).toBe(40);
  });

  it('escapes offer text', async () => {
    const $ = load(await (await get(`/offres/recherche/detail/${[...replica.ids()][0]}`)).text());
    expect($('script')).toHaveLength(0);
  });

  it('shows "n\'est plus disponible" for an expired offer (200) and an unknown one (404)', async () => {
    const other = await startReplica({ offers: 300, seed: 5, rateLimit: false });
    try {
      other.advance({ expire: 0.5, add: 0, modify: 0 });
      const expired = other.corpus.idOf([...Array(300).keys()].find((i) => other.corpus.expired[i])!);
      const page = await fetch(`${other.url}/offres/recherche/detail/${expired}`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain("n'est plus disponible");
      const unknown = await fetch(`${other.url}/offres/recherche/detail/000BBBB`);
      expect(unknown.status).toBe(404);
    } finally {
      await other.close();
    }
  });

  it('serves robots.txt with the Crawl-delay option', async () => {
    const text = await (await get('/robots.txt')).text();
    expect(text).toContain('User-agent: *');
    expect(text).toContain('Crawl-delay: 2');
    expect(text).toContain('Allow: /offres/');
  });
});

describe('partner pages', () => {
  const byState = new Map<PartnerPageState, OfferTruth[]>();
  beforeAll(() => {
    for (const truth of replica.truthAll()) {
      if (!truth.partnerPageState) continue;
      const list = byState.get(truth.partnerPageState) ?? [];
      list.push(truth);
      byState.set(truth.partnerPageState, list);
    }
  });

  const partnerUrl = (id: string) => replica.offer(id)!.origineOffre.partenaires![0]!.url;

  it('exist in every state', () => {
    for (const state of [
      'live',
      'contradicting',
      'expired_410',
      'expired_text',
      'redirect_home',
      'js_only',
    ] as const) {
      expect(byState.get(state)?.length ?? 0, state).toBeGreaterThan(3);
    }
  });

  it('live pages state the listing in dl.offer-facts', async () => {
    for (const truth of byState.get('live')!.slice(0, 10)) {
      const offer = replica.offer(truth.id)!;
      const response = await fetch(partnerUrl(truth.id), { redirect: 'manual' });
      expect(response.status).toBe(200);
      const $ = load(await response.text());
      expect($('article.job-offer').attr('data-offer-id')).toBe(truth.id);
      expect($('h1.job-title').text()).toBe(offer.intitule);
      const facts = Object.fromEntries(
        $('dl.offer-facts dt')
          .map((_, dt) => [[$(dt).text(), $(dt).next('dd').text()]])
          .get(),
      );
      expect(facts['Type de contrat']).toBeTruthy();
      expect(facts.Lieu).toMatch(/\(\d{5}\)$/);
    }
  });

  it('contradicting pages state what the truth says, in readable text', async () => {
    for (const truth of byState.get('contradicting')!.slice(0, 15)) {
      expect(truth.contradiction).toBeDefined();
      const html = await (await fetch(partnerUrl(truth.id))).text();
      const $ = load(html);
      const facts = Object.fromEntries(
        $('dl.offer-facts dt')
          .map((_, dt) => [[$(dt).text(), $(dt).next('dd').text()]])
          .get(),
      );
      const { contract, duration, place, pay } = truth.contradiction!;
      if (contract) expect(facts['Type de contrat']).toBe(contract.page);
      if (duration) expect(facts['Type de contrat']).toBe(duration.page);
      if (place) expect(facts.Lieu).toBe(place.page);
      if (pay) expect(facts.Salaire).toBe(pay.page);
      if (contract || duration) expect(truth.categories).toContain('contract_mismatch');
      if (place) expect(truth.categories).toContain('place_mismatch');
      if (pay) expect(truth.categories).toContain('pay_mismatch');
    }
  });

  it('dead pages: 410, "expirée" text, or a redirect to the home page; all are dead_link', async () => {
    for (const truth of byState.get('expired_410')!.slice(0, 3)) {
      expect((await fetch(partnerUrl(truth.id))).status).toBe(410);
      expect(truth.categories).toContain('dead_link');
    }
    for (const truth of byState.get('expired_text')!.slice(0, 3)) {
      const response = await fetch(partnerUrl(truth.id));
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('Cette offre est expirée');
      expect(truth.categories).toContain('dead_link');
    }
    for (const truth of byState.get('redirect_home')!.slice(0, 3)) {
      const response = await fetch(partnerUrl(truth.id), { redirect: 'manual' });
      expect(response.status).toBe(302);
      const home = new URL(response.headers.get('location')!, partnerUrl(truth.id));
      expect(home.pathname).toMatch(/^\/_partners\/[^/]+\/$/);
      expect((await fetch(home)).status).toBe(200);
      expect(truth.categories).toContain('dead_link');
    }
  });

  it('JavaScript-only pages are an empty shell; their content comes from the JSON endpoint', async () => {
    for (const truth of byState.get('js_only')!.slice(0, 5)) {
      const url = new URL(partnerUrl(truth.id));
      const html = await (await fetch(url)).text();
      const $ = load(html);
      expect($('article.job-offer')).toHaveLength(0);
      expect($('#app').attr('data-offer-id')).toBe(truth.id);
      expect($('script').text()).toContain('/api/offres/');
      const slug = url.pathname.split('/')[2];
      const json = (await (
        await fetch(`${replica.url}/_partners/${slug}/api/offres/${truth.id}`)
      ).json()) as { title: string };
      expect(json.title).toBe(replica.offer(truth.id)!.intitule);
      expect(truth.categories).not.toContain('dead_link');
    }
  });

  it.skipIf(!findChromium())('JavaScript-only pages show the offer in a browser', async () => {
    const truth = byState.get('js_only')![0]!;
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await page.goto(partnerUrl(truth.id));
      await page.waitForSelector('article.job-offer', { timeout: hangLimitMs(10_000) });
      expect(await page.textContent('h1.job-title')).toBe(replica.offer(truth.id)!.intitule);
      expect(await page.locator('dl.offer-facts dt').allTextContents()).toContain('Type de contrat');
    } finally {
      await browser.close();
    }
  });

  it('the truth endpoint answers for every offer', async () => {
    const ids = [...replica.ids()].slice(0, 30);
    for (const id of ids) {
      const response = await get(`/_truth/${id}`);
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual(replica.truth(id));
    }
    expect((await get('/_truth/000BBBB')).status).toBe(404);
  });
});
