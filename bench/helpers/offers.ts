import { parseApiOffer } from '../../model/from-api-offer.js';
import type { Offer } from '../../model/offer.js';
import type { Corpus } from '../../replica/index.js';

/** The base URL the replica's partner links point to when no replica is listening (the text is what matters). */
export const OFFLINE_BASE_URL = 'http://127.0.0.1:9';

/** Offers `start`…`end - 1` of a corpus, as the API serves them and normalised as the crawler stores them. */
export function normalisedOffers(corpus: Corpus, start: number, end: number): Offer[] {
  const offers: Offer[] = [];
  for (let index = start; index < end; index++) {
    const parsed = parseApiOffer(corpus.offer(index, OFFLINE_BASE_URL));
    if (parsed.ok) offers.push(parsed.offer);
  }
  return offers;
}

/** Seconds since `started` (a performance.now() reading). */
export function secondsSince(started: number): number {
  return (performance.now() - started) / 1000;
}

/** CPU time this process has used (user + system), in seconds. */
export function cpuSeconds(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1e6;
}
