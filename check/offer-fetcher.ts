import type { Offer } from '../model/offer.js';
import type { PartnerPage } from '../model/partner-page.js';

/** What fetching one offer gave: the offer with its partner pages, or a definite "no longer there". */
export type FetchOutcome =
  | { status: 'found'; offer: Offer; partnerPages: PartnerPage[] }
  /** France Travail knew the offer and says it is no longer available. */
  | { status: 'expired' }
  /** No such offer (or an expired one the source cannot tell from an unknown id). */
  | { status: 'not_found' };

/**
 * How a check gets one offer. The real one wraps the crawler (API or website, then the partner pages); tests and
 * `--file` use others. Failures are thrown (FetchFailure, UrlRefused, CheckError) and mapped to the check's messages.
 */
export interface OfferFetcher {
  fetchOffer(id: string, signal?: AbortSignal): Promise<FetchOutcome>;
  /** Reads a partner page on its own, for a partner link Vigie could not match to an offer. */
  fetchPartnerPage?(url: string, signal?: AbortSignal): Promise<PartnerPage>;
}
