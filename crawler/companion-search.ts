import type { Offer } from '../model/offer.js';
import type { SearchQuery } from './sources/source.js';

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

/** Keywords searched for a sampled offer's copies: at most this many of its title's longest words. */
export const COMPANION_KEYWORDS = 2;

/**
 * The targeted search that finds the copies of a sampled offer online, drawn or not: its title's two most
 * distinctive words (the longest, leaving out gender marks, contract words and the place's name, which a copy's
 * title may or may not repeat), its département and its contract type. A copy is the same job at the same place
 * for the same contract, so it matches this search whatever else its re-wording changed. Null when the title has
 * no such word (the search would be the whole département).
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
  if (words.length === 0) return null;
  // The longest words first (ties in title order): the rarest in practice.
  const keywords = words
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
