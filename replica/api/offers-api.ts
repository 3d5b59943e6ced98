import type { ReplicaContext } from '../context.js';
import { searchCorpus } from '../corpus/search-corpus.js';
import type { ReplicaResponse } from '../http-response.js';
import { apiError, emptyResponse, jsonResponse } from '../http-response.js';
import type { ApiOffer } from '../types.js';
import { REFERENTIALS } from './referentials.js';
import { applyDrift } from './schema-drift.js';
import { parseSearchParameters } from './search-parameters.js';

/** `GET /partenaire/offresdemploi/v2/offres/search`. */
export function searchOffers(context: ReplicaContext, params: URLSearchParams): ReplicaResponse {
  const { corpus } = context;
  const parsed = parseSearchParameters(params, corpus.now(), context.rangeRules);
  if (parsed.ok === false) return apiError(400, parsed.message);
  if (context.faults.refusesSearch(params.get('range'))) {
    return apiError(400, 'La requête est invalide : un des paramètres de recherche a été refusé.');
  }
  const result = searchCorpus(corpus, parsed.query, parsed.start, parsed.end);
  if (result.total === 0 || parsed.start >= result.total) {
    return emptyResponse(204, {
      'content-range': `offres -1--1/${result.total}`,
      'accept-range': String(context.rangeRules.maxSpan),
    });
  }
  const end = Math.min(parsed.end, result.total - 1);
  const drift = context.faults.current.drift;
  const resultats = result.indices.map((index) =>
    withNul(context, applyDrift(corpus.offer(index, context.baseUrl()), drift)),
  );
  const everything = parsed.start === 0 && end === result.total - 1;
  return jsonResponse(
    everything ? context.fullRangeStatus : 206,
    { resultats, filtresPossibles: result.aggregations },
    {
      'content-range': `offres ${parsed.start}-${end}/${result.total}`,
      'accept-range': String(context.rangeRules.maxSpan),
    },
  );
}

/** `GET /partenaire/offresdemploi/v2/offres/{id}`. */
export function offerDetail(context: ReplicaContext, id: string): ReplicaResponse {
  const { corpus } = context;
  const index = corpus.indexOf(id);
  if (index === undefined || !corpus.isOnline(index)) {
    return context.expiredDetailStatus === 204 && index !== undefined
      ? emptyResponse(204)
      : apiError(404, `Aucune offre ne correspond à l'identifiant ${id}`);
  }
  return jsonResponse(
    200,
    withNul(context, applyDrift(corpus.offer(index, context.baseUrl()), context.faults.current.drift)),
  );
}

/** The `nul` fault: a NUL in the description and a lone surrogate in the title, as JSON can carry them. */
function withNul(context: ReplicaContext, offer: ApiOffer): ApiOffer {
  if (!context.faults.servesNul(offer.id)) return offer;
  return { ...offer, intitule: `${offer.intitule} \udc9f`, description: `${offer.description}\u0000(fin)` };
}

/** `GET /partenaire/offresdemploi/v2/referentiel/{name}`. */
export function referential(context: ReplicaContext, name: string): ReplicaResponse {
  const list = REFERENTIALS[name];
  if (!list) return apiError(404, `Référentiel inconnu : ${name}`);
  const extra = name === 'departements' ? (context.faults.current.extraDepartements ?? []) : [];
  return jsonResponse(200, [...list(), ...extra.map((code) => ({ code, libelle: `Territoire ${code}` }))]);
}
