/** What a crawl's plan will cost France Travail, in requests and in time at the rate limit. */
export interface PlanEstimate {
  /** Every request to France Travail the crawl makes: planning, pages, and detail pages for the website. */
  requests: number;
  /** Of which the planning's counts (each a full first page, kept when its query is a part). */
  countRequests: number;
  /** Of which a sample's targeted searches for its offers' copies online, one per sampled offer. */
  companionRequests: number;
  /**
   * Of which, at most, the detail pages of those searches' results (the website's results show no description):
   * a few per search, fewer when fewer results may be copies. 0 for the API, whose results are whole offers.
   */
  companionPages: number;
  /** Requests a second the crawl keeps to. */
  rate: number;
  /** At that rate. */
  seconds: number;
}

export function estimatePlan(args: {
  countRequests: number;
  pages: number;
  prefetched: number;
  /** Offers to fetch one by one afterwards (the website's detail pages); 0 for the API. */
  details: number;
  /** Sampled offers whose copies are searched for online, one request each. @default 0 */
  companions?: number;
  /** Detail pages each of those searches reads at most (the website). @default 0 */
  companionPagesEach?: number;
  rate: number;
}): PlanEstimate {
  const companionRequests = args.companions ?? 0;
  const companionPages = companionRequests * (args.companionPagesEach ?? 0);
  const requests =
    args.countRequests +
    Math.max(0, args.pages - args.prefetched) +
    args.details +
    companionRequests +
    companionPages;
  return {
    requests,
    countRequests: args.countRequests,
    companionRequests,
    companionPages,
    rate: args.rate,
    seconds: requests / args.rate,
  };
}

/**
 * "≈ 6 800 requêtes, ≈ 38 min à 3 req/s" ("≈ 6,800 requests, ≈ 38 min at 3 req/s" in English): two significant
 * figures, what a user plans by.
 */
export function describeEstimate(
  estimate: Pick<PlanEstimate, 'requests' | 'rate' | 'seconds'>,
  language: 'fr' | 'en' = 'fr',
): string {
  const locale = language === 'fr' ? 'fr-FR' : 'en-GB';
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const requests = number.format(roughly(estimate.requests));
  const minutes = estimate.seconds / 60;
  const time =
    minutes < 1
      ? `${Math.max(1, Math.round(estimate.seconds))} s`
      : minutes < 120
        ? `${Math.round(minutes)} min`
        : `${number.format(Math.floor(minutes / 60))} h ${String(Math.round(minutes % 60)).padStart(2, '0')}`;
  const rate = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(estimate.rate);
  const plural = estimate.requests > 1 ? 's' : '';
  return language === 'fr'
    ? `≈ ${requests} requête${plural}, ≈ ${time} à ${rate} req/s`
    : `≈ ${requests} request${plural}, ≈ ${time} at ${rate} req/s`;
}

function roughly(value: number): number {
  if (value < 100) return value;
  const step = 10 ** (Math.floor(Math.log10(value)) - 1);
  return Math.round(value / step) * step;
}
