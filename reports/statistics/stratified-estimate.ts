import { type Interval, wilsonInterval, Z_95 } from './wilson-interval.js';

/** What a stratum contributes: its sample size, its hits, and the population it stands for. */
export interface StratumCount {
  /** Offers drawn in the stratum (n_h). */
  sampled: number;
  /** Drawn offers that have the property. */
  hits: number;
  /** Offers of the population in the stratum (N_h). */
  population: number;
}

export interface StratifiedEstimate {
  share: number;
  variance: number;
  interval: Interval;
  /** The sample size a simple random sample would need for the same precision, bounded by Kish's (below). */
  effectiveSize: number;
  /**
   * Kish's effective sample size of the design weights, (Σw)² / Σw²: what unequal weights alone cost. It bounds
   * the interval's sample size, so that a share estimated as 0 % over very unequal weights is not given the
   * precision of the nominal sample.
   */
  kishSize: number;
  /** Strata holding fewer than two drawn offers, each merged into a neighbour for the variance. */
  collapsedStrata: number;
}

/**
 * A stratum with one drawn offer has no within-stratum variance to estimate: left alone, it would add none, and
 * the interval would be too narrow (51 of 80 strata at n = 150). Such strata are merged with their neighbour in
 * the given order (the design's own order: départements by code), the usual "collapsed strata" estimator, which
 * overstates the variance a little rather than ignoring it.
 */
export function collapseStrata(strata: readonly StratumCount[]): {
  strata: StratumCount[];
  collapsed: number;
} {
  const merged: StratumCount[] = [];
  let collapsed = 0;
  let pending: StratumCount | null = null;
  for (const stratum of strata) {
    const current: StratumCount = pending
      ? {
          sampled: pending.sampled + stratum.sampled,
          hits: pending.hits + stratum.hits,
          population: pending.population + stratum.population,
        }
      : { ...stratum };
    pending = null;
    if (stratum.sampled < 2) collapsed++;
    if (current.sampled < 2) {
      pending = current;
      continue;
    }
    merged.push(current);
  }
  if (pending) {
    const last = merged.pop();
    merged.push(
      last
        ? {
            sampled: last.sampled + pending.sampled,
            hits: last.hits + pending.hits,
            population: last.population + pending.population,
          }
        : pending,
    );
  }
  return { strata: merged, collapsed };
}

/**
 * The design-weighted share p = Σ W_h p_h with W_h = N_h / N, and its variance
 * Σ W_h² p_h(1−p_h)/(n_h−1) · (1−f_h), f_h = n_h/N_h (sampling without replacement inside each stratum), the
 * share computed on the strata as drawn and the variance on the strata collapsed so that each holds two offers.
 *
 * The interval is Wilson's computed on an effective sample size: p(1−p)/Var (Korn and Graubard's), bounded by the
 * weights' own (Kish's) effective size. With the variance alone, a rare property found only in lightly weighted
 * strata gets an interval far too narrow, and 0 hits gets the nominal sample's [0, 1.9 %] whatever the weights;
 * the bound keeps both honest. When every stratum was read whole the share is exact.
 */
export function stratifiedEstimate(strata: readonly StratumCount[], z: number = Z_95): StratifiedEstimate {
  const used = strata.filter((stratum) => stratum.sampled > 0 && stratum.population > 0);
  const population = used.reduce((sum, stratum) => sum + stratum.population, 0);
  const sampled = used.reduce((sum, stratum) => sum + stratum.sampled, 0);
  if (population === 0 || sampled === 0) {
    return {
      share: 0,
      variance: 0,
      interval: { low: 0, high: 1 },
      effectiveSize: 0,
      kishSize: 0,
      collapsedStrata: 0,
    };
  }
  let share = 0;
  let squaredWeights = 0;
  for (const stratum of used) {
    share += (stratum.population / population) * (stratum.hits / stratum.sampled);
    const weight = stratum.population / stratum.sampled;
    squaredWeights += stratum.sampled * weight * weight;
  }
  const kishSize = (population * population) / squaredWeights;
  const { strata: collapsed, collapsed: collapsedStrata } = collapseStrata(used);
  let variance = 0;
  for (const stratum of collapsed) {
    if (stratum.sampled < 2) continue;
    const weight = stratum.population / population;
    const p = stratum.hits / stratum.sampled;
    const finite = Math.max(0, 1 - stratum.sampled / stratum.population);
    variance += ((weight * weight * p * (1 - p)) / (stratum.sampled - 1)) * finite;
  }
  const wholeCensus = used.every((stratum) => stratum.sampled >= stratum.population);
  if (wholeCensus) {
    return {
      share,
      variance: 0,
      interval: { low: share, high: share },
      effectiveSize: sampled,
      kishSize,
      collapsedStrata,
    };
  }
  const fromVariance = variance > 0 ? (share * (1 - share)) / variance : Number.POSITIVE_INFINITY;
  const effectiveSize = Math.max(1, Math.min(fromVariance, kishSize, sampled));
  return {
    share,
    variance,
    interval: wilsonInterval(share * effectiveSize, effectiveSize, z),
    effectiveSize,
    kishSize,
    collapsedStrata,
  };
}
