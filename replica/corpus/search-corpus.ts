import { COMMUNE_DEPARTEMENT, COMMUNE_REGION, CONTRACT_CODES, type Corpus, NATURE_LABELS } from './corpus.js';
import { COMMUNES } from './data/communes.js';
import { NATURES_CONTRATS } from './data/contracts.js';
import { JOBS } from './data/jobs.js';
import { PARTNERS } from './data/partners.js';
import { offerWords, plainWords } from './offer-words.js';

/** A search over the corpus, in the replica's terms; the API and the website each translate their parameters into it. */
export interface OfferQuery {
  departements?: string[];
  regions?: string[];
  communes?: string[];
  contracts?: string[];
  /** Nature codes (E1, E2…). */
  natures?: string[];
  origin?: 1 | 2;
  /** Creation time bounds, ms, both included. */
  createdFrom?: number;
  createdTo?: number;
  fullTime?: boolean;
  experience?: 1 | 2 | 3;
  qualification?: 0 | 9;
  romeCodes?: string[];
  domaines?: string[];
  secteurs?: string[];
  keywords?: string[];
  partners?: { names: string[]; include: boolean };
  /** index: the corpus order (stable for paging); date: newest first. */
  sort?: 'index' | 'date';
}

export interface Aggregation {
  filtre: 'typeContrat' | 'experience' | 'qualification' | 'natureContrat';
  agregation: { valeurPossible: string; nbResultats: number }[];
}

export interface SearchResult {
  total: number;
  /** The indices in [start, end] of the ordered matches. */
  indices: number[];
  aggregations: Aggregation[];
}

export function normalizeWords(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

const JOB_TEXT = JOBS.map((job) =>
  normalizeWords(
    [job.romeLibelle, job.appellation, job.masculine, job.feminine, job.rome, job.nafLibelle].join(' '),
  ),
);
const PARTNER_NAMES = PARTNERS.map((partner) => partner.nom.toUpperCase());
const NATURE_CODE_OF_INDEX = NATURE_LABELS.map(
  (label) => NATURES_CONTRATS.find((n) => n.libelle === label)!.code,
);

const dateOrders = new WeakMap<Corpus, { size: number; order: Uint32Array }>();

/** All indices, newest first (ties by index), computed once per corpus size. */
function dateOrder(corpus: Corpus): Uint32Array {
  const cached = dateOrders.get(corpus);
  if (cached && cached.size === corpus.size) return cached.order;
  const order = new Uint32Array(corpus.size);
  for (let i = 0; i < order.length; i++) order[i] = i;
  const created = corpus.created;
  order.sort((a, b) => created[b]! - created[a]! || a - b);
  dateOrders.set(corpus, { size: corpus.size, order });
  return order;
}

function mask(length: number, keep: (index: number) => boolean): Uint8Array {
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i++) out[i] = keep(i) ? 1 : 0;
  return out;
}

interface CachedMatch {
  matches: Uint32Array;
  aggregations: Aggregation[];
}

/** Recent queries' matches, so paging through one query scans the corpus once, not once a page. */
const matchCaches = new WeakMap<Corpus, Map<string, CachedMatch>>();
const CACHED_QUERIES = 16;

export function searchCorpus(corpus: Corpus, query: OfferQuery, start: number, end: number): SearchResult {
  const key = `${corpus.size}|${corpus.epoch}|${JSON.stringify(query)}`;
  let cache = matchCaches.get(corpus);
  if (!cache) {
    cache = new Map();
    matchCaches.set(corpus, cache);
  }
  let found = cache.get(key);
  if (found) cache.delete(key);
  else found = scanCorpus(corpus, query);
  cache.set(key, found);
  while (cache.size > CACHED_QUERIES) cache.delete(cache.keys().next().value!);
  const { matches } = found;
  const indices =
    start < matches.length ? Array.from(matches.subarray(start, Math.min(end + 1, matches.length))) : [];
  return { total: matches.length, indices, aggregations: found.aggregations };
}

function scanCorpus(corpus: Corpus, query: OfferQuery): CachedMatch {
  const placeFiltered = query.departements || query.regions || query.communes;
  const communeMask = placeFiltered
    ? mask(COMMUNES.length, (i) =>
        Boolean(
          query.departements?.includes(COMMUNE_DEPARTEMENT[i]!) ||
            query.regions?.includes(COMMUNE_REGION[i]!) ||
            query.communes?.includes(COMMUNES[i]!.insee),
        ),
      )
    : undefined;
  // A commune filter only finds listings that name their commune, as the real API does.
  const communeOnly = Boolean(query.communes && !query.departements && !query.regions);
  const contractMask = query.contracts
    ? mask(CONTRACT_CODES.length, (i) => query.contracts!.includes(CONTRACT_CODES[i]!))
    : undefined;
  const natureMask = query.natures
    ? mask(NATURE_LABELS.length, (i) => query.natures!.includes(NATURE_CODE_OF_INDEX[i]!))
    : undefined;
  const jobFiltered = query.romeCodes || query.domaines || query.secteurs;
  const jobMask = jobFiltered
    ? mask(JOBS.length, (i) => {
        const job = JOBS[i]!;
        if (query.romeCodes && !query.romeCodes.includes(job.rome)) return false;
        if (query.domaines && !query.domaines.some((domaine) => job.rome.startsWith(domaine))) return false;
        if (query.secteurs && !query.secteurs.includes(job.naf.slice(0, 2))) return false;
        return true;
      })
    : undefined;
  // Keywords are looked for in the offer, as the real API's motsCles does ("mots clés" of the offer): in its job's
  // names (one test per job, as before), else among the words of its own title and description, read once per offer
  // through the word index (offer-words.ts), for the offers every other filter kept.
  const keywords = query.keywords?.map((word) => ({
    inJob: mask(JOBS.length, (i) => JOB_TEXT[i]!.includes(normalizeWords(word))),
    words: plainWords(word),
  }));
  const words = keywords ? offerWords(corpus) : undefined;
  const hasKeywords = (i: number): boolean =>
    !keywords ||
    keywords.every(
      (keyword) =>
        keyword.inJob[corpus.job[i]!] === 1 ||
        (keyword.words.length > 0 && words !== undefined && words.has(i, keyword.words)),
    );
  const partnerNames = query.partners
    ? new Set(query.partners.names.map((name) => name.toUpperCase()))
    : undefined;
  const createdFrom = query.createdFrom !== undefined ? Math.ceil(query.createdFrom / 1000) : undefined;
  const createdTo = query.createdTo !== undefined ? Math.floor(query.createdTo / 1000) : undefined;

  const contractCounts = new Uint32Array(CONTRACT_CODES.length);
  const experienceCounts = new Uint32Array(4);
  const qualificationCounts = [0, 0];
  const natureCounts = new Uint32Array(NATURE_LABELS.length);
  const matches = new Uint32Array(corpus.size);
  let total = 0;
  const order = query.sort === 'date' ? dateOrder(corpus) : undefined;
  const { size } = corpus;
  for (let k = 0; k < size; k++) {
    const i = order ? order[k]! : k;
    if (corpus.expired[i]) continue;
    if (communeMask && !communeMask[corpus.commune[i]!]) continue;
    if (communeOnly && !corpus.namedCommune[i]) continue;
    if (contractMask && !contractMask[corpus.contract[i]!]) continue;
    if (natureMask && !natureMask[corpus.nature[i]!]) continue;
    if (jobMask && !jobMask[corpus.job[i]!]) continue;
    if (query.origin !== undefined && corpus.origin[i] !== query.origin) continue;
    if (createdFrom !== undefined && corpus.created[i]! < createdFrom) continue;
    if (createdTo !== undefined && corpus.created[i]! > createdTo) continue;
    if (query.fullTime !== undefined && corpus.workTime[i] !== (query.fullTime ? 1 : 2)) continue;
    if (query.experience !== undefined && corpus.experience[i] !== query.experience) continue;
    if (query.qualification !== undefined && corpus.qualification[i] !== query.qualification) continue;
    if (partnerNames) {
      const partner = corpus.partner[i]!;
      const name = partner === 255 ? undefined : PARTNER_NAMES[partner];
      const listed = name !== undefined && partnerNames.has(name);
      if (query.partners!.include ? !listed : listed) continue;
    }
    if (!hasKeywords(i)) continue;
    matches[total++] = i;
    contractCounts[corpus.contract[i]!]!++;
    experienceCounts[corpus.experience[i]!]!++;
    qualificationCounts[corpus.qualification[i] === 9 ? 1 : 0]!++;
    natureCounts[corpus.nature[i]!]!++;
  }
  const aggregation = (values: string[], counts: ArrayLike<number>) =>
    values
      .map((value, i) => ({ valeurPossible: value, nbResultats: counts[i]! }))
      .filter((entry) => entry.nbResultats > 0);
  return {
    matches: matches.slice(0, total),
    aggregations: [
      { filtre: 'typeContrat', agregation: aggregation(CONTRACT_CODES, contractCounts) },
      { filtre: 'experience', agregation: aggregation(['0', '1', '2', '3'], experienceCounts) },
      { filtre: 'qualification', agregation: aggregation(['0', '9'], qualificationCounts) },
      { filtre: 'natureContrat', agregation: aggregation(NATURE_CODE_OF_INDEX, natureCounts) },
    ],
  };
}
