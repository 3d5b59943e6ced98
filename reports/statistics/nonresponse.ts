/** A stratum as the design drew it: N_h offers online, n_h drawn. */
export interface DrawnStratum {
  name: string;
  /** Offers online in the stratum when the sample was drawn (N_h). */
  population: number;
  /** Offers drawn in it (n_h as planned). */
  drawn: number;
}

/** A stratum after the fetch: how many of its drawn offers were read, and the weight each one read carries. */
export interface StratumResponse extends DrawnStratum {
  /** Drawn offers actually read and stored (n_h as fetched). */
  fetched: number;
  /**
   * Drawn offers a crawl still running (or stopped, to be resumed) has not read yet: not lost, since a resumed crawl
   * reads them.
   */
  pending: number;
  /** Drawn offers that could not be read (withdrawn meanwhile, failed for good): max(0, drawn − fetched − pending). */
  lost: number;
  /** N_h / n_h(fetched): the weight of an offer read; null when the stratum lost every drawn offer. */
  weight: number | null;
}

export interface NonResponse {
  strata: StratumResponse[];
  drawn: number;
  fetched: number;
  pending: number;
  lost: number;
  /** Strata that lost offers, in the design's order. */
  strataWithLosses: number;
  /** Strata with drawn offers not read yet. */
  strataPending: number;
  /**
   * Strata that drew offers and read none, and have none left to read: nothing can stand for their population,
   * which the figures leave out (and the report says so) rather than pretend another stratum resembles them.
   */
  emptied: DrawnStratum[];
  /** Strata that read none of their drawn offers yet, some still to be read: left out too, until they are read. */
  notYetRead: DrawnStratum[];
  /** Σ N_h of the strata left out (emptied and not yet read). */
  excludedPopulation: number;
}

/**
 * Weights adjusted for the offers lost between drawing and fetching. A drawn offer that could not be read is a
 * non-response: within its stratum, the offers read stand for it, so each carries N_h / n_h(fetched) instead of
 * the design's N_h / n_h(drawn). Left unadjusted, a stratum that lost offers would count for less than its
 * population (n_h(fetched) · N_h / n_h(drawn) < N_h), and every share would lean towards the strata that lost
 * none. The adjustment assumes the lost offers resemble the read ones of their stratum (missing at random within
 * strata), the usual weighting-class adjustment; the loss is reported so that a reader can judge it.
 *
 * An unfinished crawl's figures are read the same way (the offers read so far stand for their stratum), but the
 * drawn offers it has not read yet are `pending`, not lost: only an item failed for good, or an offer gone, is.
 *
 * `fetched` counts the offers read per stratum name, `pending` the drawn offers not read yet; a stratum absent
 * from either has none.
 */
export function adjustForNonResponse(
  design: readonly DrawnStratum[],
  fetched: ReadonlyMap<string, number>,
  pending: ReadonlyMap<string, number> = new Map(),
): NonResponse {
  const strata: StratumResponse[] = [];
  const emptied: DrawnStratum[] = [];
  const notYetRead: DrawnStratum[] = [];
  for (const stratum of design) {
    const read = fetched.get(stratum.name) ?? 0;
    // Never more pending than the drawn offers not read: a listing that grew does not add drawn offers.
    const waiting = Math.min(pending.get(stratum.name) ?? 0, Math.max(0, stratum.drawn - read));
    const lost = Math.max(0, stratum.drawn - read - waiting);
    strata.push({
      ...stratum,
      fetched: read,
      pending: waiting,
      lost,
      weight: read > 0 ? stratum.population / read : null,
    });
    if (read === 0 && stratum.drawn > 0) (waiting > 0 ? notYetRead : emptied).push(stratum);
  }
  const excluded = [...emptied, ...notYetRead];
  return {
    strata,
    drawn: strata.reduce((total, stratum) => total + stratum.drawn, 0),
    fetched: strata.reduce((total, stratum) => total + stratum.fetched, 0),
    pending: strata.reduce((total, stratum) => total + stratum.pending, 0),
    lost: strata.reduce((total, stratum) => total + stratum.lost, 0),
    strataWithLosses: strata.filter((stratum) => stratum.lost > 0).length,
    strataPending: strata.filter((stratum) => stratum.pending > 0).length,
    emptied,
    notYetRead,
    excludedPopulation: excluded.reduce((total, stratum) => total + stratum.population, 0),
  };
}
