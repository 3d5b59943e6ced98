import { employerKey } from '../classifiers/duplicates/offer-signature.js';
import type { Offer } from '../model/offer.js';
import { resolveDepartement } from '../model/place.js';
import type { ListedOffer, SearchQuery } from './sources/source.js';

/** Words a title carries whatever the job: gender marks, contract words, linking words. */
const COMMON_WORDS = new Set([
  'avec',
  'dans',
  'pour',
  'sans',
  'temps',
  'plein',
  'partiel',
  'poste',
  'postes',
  'urgent',
  'offre',
  'emploi',
  'interim',
  'alternance',
  'apprentissage',
  'stage',
  'saisonnier',
  'saisonniere',
  'confirme',
  'confirmee',
  'junior',
  'senior',
]);

function plainWords(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 0);
}

/**
 * Whether `masculine` and `feminine` are one job's two genders: the shorter and the longer of one stem, the
 * masculine bar its last three letters at most ("conduct|eur", "conduct|rice"; "plonge|ur", "plonge|use";
 * "technicien", "technicienne").
 */
function isMasculineOf(masculine: string, feminine: string): boolean {
  if (masculine.length >= feminine.length || !feminine.endsWith('e')) return false;
  let shared = 0;
  while (shared < masculine.length && masculine[shared] === feminine[shared]) shared++;
  return shared >= 3 && shared >= masculine.length - 3;
}

/** Keywords searched for a sampled offer's copies: at most this many of its title's longest words. */
export const COMPANION_KEYWORDS = 2;

/**
 * The targeted search that finds the copies of a sampled offer online, drawn or not: its title's two most
 * distinctive words (the longest, leaving out gender marks, a feminine form, contract words and the place's name,
 * which a copy's title may or may not repeat; those its own text repeats when there are any), its département and
 * its contract type. A copy is the same job at the same place for the same contract, with the same text, so it
 * matches this search whatever else its re-wording changed. Null when the title has no such word (the search would
 * be the whole département).
 */
export function companionQuery(offer: Offer): SearchQuery | null {
  const placeWords = new Set(plainWords(offer.place.label ?? ''));
  const seen = new Set<string>();
  const words: string[] = [];
  for (const word of plainWords(offer.title ?? '')) {
    if (word.length < 4 || /\d/.test(word) || COMMON_WORDS.has(word) || placeWords.has(word)) continue;
    if (seen.has(word)) continue;
    seen.add(word);
    words.push(word);
  }
  // A job named in both genders ("Conducteur / Conductrice", "Plongeur / Plongeuse") keeps its masculine only:
  // a copy titled "Conducteur H/F" holds that word, never the feminine, which is also the longer one.
  const named = words.filter((word) => !words.some((other) => isMasculineOf(other, word)));
  if (named.length === 0) return null;
  // A copy keeps the text and may reword the title ("Plongeur" for "Plongeur / Plongeuse en restauration",
  // "Chauffeur" for "Conducteur"): the title's words its own text repeats are those the copy's text holds too.
  const text = new Set(plainWords(offer.description ?? ''));
  const repeated = named.filter((word) => text.has(word));
  const pool = repeated.length > 0 ? repeated : named;
  // The longest words first (ties in title order): the rarest in practice.
  const keywords = pool
    .map((word, at) => ({ word, at }))
    .sort((a, b) => b.word.length - a.word.length || a.at - b.at)
    .slice(0, COMPANION_KEYWORDS)
    .sort((a, b) => a.at - b.at)
    .map(({ word }) => word);
  const query: Record<string, string> = { motsCles: keywords.join(',') };
  if (offer.place.departement) query.departement = offer.place.departement;
  if (offer.contract.type) query.typeContrat = offer.contract.type;
  return query;
}

/**
 * Detail pages read at most per sampled offer's search on the website: its results give ids and cards only, and
 * duplicate matching compares descriptions. A job is rarely online more than three times over.
 */
export const SITE_COMPANION_PAGES = 3;

/** The words of a title that name the job: what a copy's title repeats, whatever its layout. */
function jobWords(title: string | null, placeLabel: string | null): Set<string> {
  const placeWords = new Set(plainWords(placeLabel ?? ''));
  return new Set(
    plainWords(title ?? '').filter(
      (word) => word.length >= 3 && !/\d/.test(word) && !COMMON_WORDS.has(word) && !placeWords.has(word),
    ),
  );
}

/** An employer's name as duplicate matching compares it; null when the listing names none. */
function employerOf(name: string | null): string | null {
  const trimmed = name?.trim();
  if (!trimmed || /^entreprise non communiqu[ée]e$/i.test(trimmed)) return null;
  return employerKey(trimmed) || null;
}

/**
 * The results of a sampled offer's website search worth a detail page, at most `limit`, closest first: what the
 * card shows rules out what cannot be a copy (another named employer, another département, a title sharing no
 * job word with the sampled one's unless the employer is the same), and ranks the rest by the share of title words
 * they share, ties in the site's order. `skip` holds the ids already known (the sampled offer, offers drawn).
 */
export function companionCandidates(
  sampled: Offer,
  listed: readonly ListedOffer[],
  skip: ReadonlySet<string>,
  limit = SITE_COMPANION_PAGES,
): string[] {
  const words = jobWords(sampled.title, sampled.place.label);
  const employer = employerOf(sampled.employer.name);
  const departement = sampled.place.departement;
  const seen = new Set<string>();
  const ranked: Array<{ id: string; score: number; at: number }> = [];
  listed.forEach((card, at) => {
    if (card.id === sampled.id || skip.has(card.id) || seen.has(card.id)) return;
    seen.add(card.id);
    const cardEmployer = employerOf(card.company);
    if (employer && cardEmployer && employer !== cardEmployer) return;
    const cardDepartement = resolveDepartement({ label: card.place });
    if (departement && cardDepartement && departement !== cardDepartement) return;
    const cardWords = jobWords(card.title, card.place);
    let shared = 0;
    for (const word of cardWords) if (words.has(word)) shared++;
    const union = words.size + cardWords.size - shared;
    const score = union > 0 ? shared / union : 0;
    if (shared === 0 && !(employer && employer === cardEmployer)) return;
    ranked.push({ id: card.id, score, at });
  });
  return ranked
    .sort((a, b) => b.score - a.score || a.at - b.at)
    .slice(0, limit)
    .map(({ id }) => id);
}
