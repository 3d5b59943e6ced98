import type { ReplicaContext } from '../context.js';
import { type OfferQuery, searchCorpus } from '../corpus/search-corpus.js';
import type { ReplicaResponse } from '../http-response.js';
import { htmlResponse, jsonResponse } from '../http-response.js';
import type { ApiOffer } from '../types.js';
import { escapeHtml, page } from './html.js';

export const SITE_PAGE_SIZE = 20;

/**
 * The website's search parameters: `lieux` takes "74D" (département), "84R" (région) or an INSEE code, comma-
 * separated; `typeContrat` and `natureOffre` take comma lists of codes; `motsCles` words separated by commas or
 * spaces (what a browser sends for "vendeur caisse"), all of them to be found. Other names are ignored.
 */
export function siteQuery(context: ReplicaContext, params: URLSearchParams): OfferQuery {
  const query: OfferQuery = {};
  const places = (params.get('lieux') ?? '').split(',').filter(Boolean);
  const departements = places.filter((place) => place.endsWith('D')).map((place) => place.slice(0, -1));
  const regions = places.filter((place) => place.endsWith('R')).map((place) => place.slice(0, -1));
  const communes = places.filter((place) => /^\d[\dAB]\d{3}$/.test(place));
  if (departements.length > 0) query.departements = departements;
  if (regions.length > 0) query.regions = regions;
  if (communes.length > 0) query.communes = communes;
  const contracts = (params.get('typeContrat') ?? '').split(',').filter(Boolean);
  if (contracts.length > 0) query.contracts = contracts;
  // The site names the nature filter `natureOffre` (the API `natureContrat`): "E2,FS" for work-study offers.
  const natures = (params.get('natureOffre') ?? '').split(',').filter(Boolean);
  if (natures.length > 0) query.natures = natures;
  const keywords = (params.get('motsCles') ?? '').split(/[\s,]+/).filter((word) => word.length >= 2);
  if (keywords.length > 0) query.keywords = keywords;
  const emission = Number(params.get('emission'));
  if ([1, 3, 7, 14, 31].includes(emission)) query.createdFrom = context.corpus.now() - emission * 86_400_000;
  if (params.get('offresPartenaires') === 'false') query.origin = 1;
  query.sort = params.get('tri') === '1' ? 'date' : 'index';
  return query;
}

function siteRange(params: URLSearchParams): { start: number; end: number } {
  const match = /^(\d+)-(\d+)$/.exec(params.get('range') ?? '');
  const start = match ? Number(match[1]) : 0;
  const end = match ? Math.min(Number(match[2]), start + SITE_PAGE_SIZE - 1) : start + SITE_PAGE_SIZE - 1;
  return { start, end: Math.max(start, end) };
}

function publishedLabel(offer: ApiOffer, now: number): string {
  if (!offer.dateCreation) return '';
  const days = Math.floor((now - Date.parse(offer.dateCreation)) / 86_400_000);
  if (days <= 0) return "Publié aujourd'hui";
  if (days === 1) return 'Publié hier';
  if (days <= 30) return `Publié il y a ${days} jours`;
  return 'Publié il y a plus de 30 jours';
}

/**
 * One result, as public scrapers read it: `li.result[data-id-offre]`, the title in `.media-heading-title`, then
 * `p.subtext` "COMPANY – <span>place</span>", and `.description`. Nothing else is known of the real markup.
 */
export function resultItem(offer: ApiOffer, now: number): string {
  const company = offer.entreprise.nom ? `${escapeHtml(offer.entreprise.nom)} – ` : '';
  const summary =
    offer.description.length > 180 ? `${offer.description.slice(0, 180).trimEnd()}…` : offer.description;
  return `<li class="result" data-id-offre="${escapeHtml(offer.id)}">
<a class="media with-fav" href="/offres/recherche/detail/${escapeHtml(offer.id)}">
<div class="media-body">
<h2 class="t4 media-heading"><span class="media-heading-title">${escapeHtml(offer.intitule)}</span></h2>
<p class="subtext">${company}<span>${escapeHtml(offer.lieuTravail.libelle)}</span></p>
<p class="description">${escapeHtml(summary)}</p>
<p class="date">${escapeHtml(publishedLabel(offer, now))}</p>
</div>
</a>
</li>`;
}

/** `GET /offres/recherche?motsCles=&lieux=74D&typeContrat=&range=0-19&tri=0`. */
export function searchPage(context: ReplicaContext, params: URLSearchParams): ReplicaResponse {
  const { corpus } = context;
  const { start, end } = siteRange(params);
  const result = searchCorpus(corpus, siteQuery(context, params), start, end);
  const now = corpus.now();
  const items = result.indices
    .map((index) => resultItem(corpus.offer(index, context.baseUrl()), now))
    .join('\n');
  const next = new URLSearchParams(params);
  next.set('range', `${end + 1}-${end + SITE_PAGE_SIZE}`);
  const more =
    end + 1 < result.total
      ? `<p class="results-more"><a id="zoneAfficherPlusDeResultats" class="btn btn-primary" href="/offres/recherche?${escapeHtml(next.toString())}">Afficher les ${SITE_PAGE_SIZE} offres suivantes</a></p>`
      : '';
  const count = result.total.toLocaleString('fr-FR').replace(/\u202f|\u00a0/g, ' ');
  const body = `<section id="zoneAfficherListeOffres">
<h1 class="title">${count} offre${result.total > 1 ? 's' : ''}</h1>
<ul class="result-list list-unstyled" data-container-type="zone">
${items}
</ul>
${more}
</section>`;
  return htmlResponse(200, page("Offres d'emploi | France Travail", body));
}

/** The Tapestry "more results" call: `POST …recherche.rechercheoffre:afficherplusderesultats/{start}-{end}/0?{query}`. */
export function moreResults(
  context: ReplicaContext,
  params: URLSearchParams,
  start: number,
  end: number,
): ReplicaResponse {
  const { corpus } = context;
  const last = Math.min(end, start + SITE_PAGE_SIZE - 1);
  const result = searchCorpus(corpus, siteQuery(context, params), start, last);
  const now = corpus.now();
  const items = result.indices
    .map((index) => resultItem(corpus.offer(index, context.baseUrl()), now))
    .join('\n');
  return jsonResponse(200, { _tapestry: { content: [['zoneAfficherPlusDeResultats', items]], inits: [] } });
}
