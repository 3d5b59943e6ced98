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
  /** Drawn offers that could not be read (withdrawn meanwhile, failed): max(0, drawn − fetched). */
  lost: number;
  /** N_h / n_h(fetched): the weight of an offer read; null when the stratum lost every drawn offer. */
  weight: number | null;
}

export interface NonResponse {
  strata: StratumResponse[];
  drawn: number;
  fetched: number;
  lost: number;
  /** Strata that lost offers, in the design's order. */
  strataWithLosses: number;
  /**
   * Strata that drew offers and read none: nothing can stand for their population, which the figures leave out
   * (and the report says so) rather than pretend another stratum resembles them.
   */
  emptied: DrawnStratum[];
  /** Σ N_h of the emptied strata. */
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
 * `fetched` counts the offers read per stratum name; a stratum absent from it read none.
 */
export function adjustForNonResponse(
  design: readonly DrawnStratum[],
  fetched: ReadonlyMap<string, number>,
): NonResponse {
  const strata: StratumResponse[] = [];
  const emptied: DrawnStratum[] = [];
  for (const stratum of design) {
    const read = fetched.get(stratum.name) ?? 0;
    const lost = Math.max(0, stratum.drawn - read);
    strata.push({ ...stratum, fetched: read, lost, weight: read > 0 ? stratum.population / read : null });
    if (read === 0 && stratum.drawn > 0) emptied.push(stratum);
  }
  return {
    strata,
    drawn: strata.reduce((total, stratum) => total + stratum.drawn, 0),
    fetched: strata.reduce((total, stratum) => total + stratum.fetched, 0),
    lost: strata.reduce((total, stratum) => total + stratum.lost, 0),
    strataWithLosses: strata.filter((stratum) => stratum.lost > 0).length,
    emptied,
    excludedPopulation: emptied.reduce((total, stratum) => total + stratum.population, 0),
  };
}
