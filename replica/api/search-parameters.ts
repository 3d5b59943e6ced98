import { TYPES_CONTRATS } from '../corpus/data/contracts.js';
import { DEPARTEMENTS } from '../corpus/data/departements.js';
import type { OfferQuery } from '../corpus/search-corpus.js';

/**
 * The range rules of the real API (its OpenAPI description): at most 150 offers a call, a range starting at 3000
 * at most and ending at 3149 at most. Both limits are checked: `range=3010-3149` ends within bounds and is still
 * refused for its start.
 */
export interface RangeRules {
  /** @default 150 */
  maxSpan: number;
  /** Highest index a range may start at. @default 3000 */
  maxStart: number;
  /** Highest index a range may reach (1149 in older docs). @default 3149 */
  maxEnd: number;
}

export type ParsedSearch =
  | { ok: true; query: OfferQuery; start: number; end: number }
  | { ok: false; message: string };

const PUBLISHED_SINCE = new Set(['1', '3', '7', '14', '31']);
const DATE_FORMAT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;
const CONTRACT_CODES = new Set(TYPES_CONTRATS.map((type) => type.code));
const DEPARTEMENT_CODES = new Set(DEPARTEMENTS.map((departement) => departement.code));

function list(value: string | null): string[] | undefined {
  if (value === null || value.trim() === '') return undefined;
  return value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}

/** Reads `/offres/search` parameters the way the real API does; unknown names are ignored. */
export function parseSearchParameters(params: URLSearchParams, now: number, rules: RangeRules): ParsedSearch {
  const fail = (message: string): ParsedSearch => ({ ok: false, message });
  const range = params.get('range') ?? '0-149';
  const match = /^(\d+)-(\d+)$/.exec(range);
  if (!match) return fail(`Le format du paramètre range est incorrect : ${range}`);
  const start = Number(match[1]);
  const end = Number(match[2]);
  if (start > end)
    return fail('La valeur de début du paramètre range doit être inférieure à la valeur de fin.');
  if (end - start + 1 > rules.maxSpan)
    return fail(`La plage de résultats demandée est trop importante (${rules.maxSpan} maximum).`);
  if (start > rules.maxStart)
    return fail(`La position de début doit être inférieure ou égale à ${rules.maxStart}.`);
  if (end > rules.maxEnd)
    return fail(`La position de fin du paramètre range doit être inférieure ou égale à ${rules.maxEnd}.`);

  const query: OfferQuery = {};
  const departements = list(params.get('departement'));
  if (departements) {
    const unknown = departements.find((code) => !DEPARTEMENT_CODES.has(code));
    if (unknown) return fail(`Valeur du paramètre departement incorrecte : ${unknown}`);
    query.departements = departements;
  }
  const regions = list(params.get('region'));
  if (regions) query.regions = regions;
  const communes = list(params.get('commune'));
  if (communes) query.communes = communes;
  const contracts = list(params.get('typeContrat'));
  if (contracts) {
    const unknown = contracts.find((code) => !CONTRACT_CODES.has(code));
    if (unknown) return fail(`Valeur du paramètre typeContrat incorrecte : ${unknown}`);
    query.contracts = contracts;
  }
  const natures = list(params.get('natureContrat'));
  if (natures) query.natures = natures;

  const origin = params.get('origineOffre');
  if (origin !== null) {
    if (origin !== '1' && origin !== '2') return fail('Valeur du paramètre origineOffre incorrecte');
    query.origin = origin === '1' ? 1 : 2;
  }
  const minDate = params.get('minCreationDate');
  const maxDate = params.get('maxCreationDate');
  if ((minDate === null) !== (maxDate === null)) {
    return fail('Les paramètres minCreationDate et maxCreationDate doivent être renseignés ensemble.');
  }
  if (minDate !== null && maxDate !== null) {
    if (!DATE_FORMAT.test(minDate) || !DATE_FORMAT.test(maxDate)) {
      return fail('Le format des dates doit être yyyy-MM-ddTHH:mm:ssZ');
    }
    query.createdFrom = Date.parse(minDate);
    query.createdTo = Date.parse(maxDate);
    if (query.createdFrom > query.createdTo)
      return fail('minCreationDate doit être antérieure à maxCreationDate');
  }
  const publishedSince = params.get('publieeDepuis');
  if (publishedSince !== null) {
    if (!PUBLISHED_SINCE.has(publishedSince))
      return fail('Valeur du paramètre publieeDepuis incorrecte (1, 3, 7, 14 ou 31)');
    const from = now - Number(publishedSince) * 86_400_000;
    query.createdFrom = Math.max(query.createdFrom ?? from, from);
  }
  const fullTime = params.get('tempsPlein');
  if (fullTime !== null) {
    if (fullTime !== 'true' && fullTime !== 'false') return fail('Valeur du paramètre tempsPlein incorrecte');
    query.fullTime = fullTime === 'true';
  }
  const experience = params.get('experience');
  if (experience !== null) {
    if (!['1', '2', '3'].includes(experience)) return fail('Valeur du paramètre experience incorrecte');
    query.experience = Number(experience) as 1 | 2 | 3;
  }
  const qualification = params.get('qualification');
  if (qualification !== null) {
    if (qualification !== '0' && qualification !== '9')
      return fail('Valeur du paramètre qualification incorrecte');
    query.qualification = qualification === '9' ? 9 : 0;
  }
  if (params.get('salaireMin') !== null && params.get('periodeSalaire') === null) {
    return fail('Le paramètre periodeSalaire est obligatoire lorsque salaireMin est renseigné.');
  }
  const periode = params.get('periodeSalaire');
  if (periode !== null && !['M', 'A', 'H', 'C'].includes(periode))
    return fail('Valeur du paramètre periodeSalaire incorrecte');
  const romeCodes = list(params.get('codeROME'));
  if (romeCodes) query.romeCodes = romeCodes;
  const domaines = list(params.get('domaine'));
  if (domaines) query.domaines = domaines;
  const secteurs = list(params.get('secteurActivite'));
  if (secteurs) query.secteurs = secteurs;
  const keywords = list(params.get('motsCles'))
    ?.flatMap((item) => item.split(/\s+/))
    .filter((word) => word.length >= 2);
  if (keywords && keywords.length > 0) query.keywords = keywords;
  const partners = list(params.get('partenaires'));
  if (partners) {
    const mode = params.get('modeSelectionPartenaires') ?? 'INCLUS';
    if (mode !== 'INCLUS' && mode !== 'EXCLU')
      return fail('Valeur du paramètre modeSelectionPartenaires incorrecte');
    query.partners = { names: partners, include: mode === 'INCLUS' };
  }
  const sort = params.get('sort');
  if (sort !== null && !['0', '1', '2'].includes(sort)) return fail('Valeur du paramètre sort incorrecte');
  query.sort = sort === '1' ? 'date' : 'index';
  return { ok: true, query, start, end };
}
