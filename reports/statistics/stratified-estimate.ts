import { type Interval, wilsonInterval, Z_95 } from './wilson-interval.js';

/** What a stratum contributes: its sample size, its hits, and the population it stands for. */
export interface StratumCount {
  /** Offers drawn in the stratum (n_h). */
  sampled: number;
  /** Drawn offers that have the property. */
  hits: number;
  /** Offers of the population in the stratum (N_h): the sum of the design weights of its drawn offers. */
  population: number;
}

export interface StratifiedEstimate {
  share: number;
  variance: number;
  interval: Interval;
  /** The sample size a simple random sample would need for the same precision (Kish). */
  effectiveSize: number;
}

/**
 * The design-weighted share p = Σ W_h p_h with W_h = N_h / N, and its variance
 * Σ W_h² p_h(1−p_h)/(n_h−1) · (1−f_h), f_h = n_h/N_h (sampling without replacement inside each stratum).
 *
 * The interval is Wilson's computed on the effective sample size p(1−p)/Var, so that it keeps Wilson's good
 * behaviour near 0 % and 100 % instead of the normal interval's zero width there. When the variance is 0 but
 * the share is not (every stratum at 0 % or 100 %), the nominal sample size is used: a sample cannot prove a
 * share exactly. A stratum of one offer has no within-stratum variance to estimate; it contributes none.
 */
export function stratifiedEstimate(strata: readonly StratumCount[], z: number = Z_95): StratifiedEstimate {
  const used = strata.filter((stratum) => stratum.sampled > 0 && stratum.population > 0);
  const population = used.reduce((sum, stratum) => sum + stratum.population, 0);
  const sampled = used.reduce((sum, stratum) => sum + stratum.sampled, 0);
  if (population === 0 || sampled === 0) {
    return { share: 0, variance: 0, interval: { low: 0, high: 1 }, effectiveSize: 0 };
  }
  let share = 0;
  let variance = 0;
  for (const stratum of used) {
    const weight = stratum.population / population;
    const p = stratum.hits / stratum.sampled;
    share += weight * p;
    if (stratum.sampled > 1) {
      const finite = Math.max(0, 1 - stratum.sampled / stratum.population);
      variance += ((weight * weight * p * (1 - p)) / (stratum.sampled - 1)) * finite;
    }
  }
  const effectiveSize = variance > 0 ? Math.max(1, (share * (1 - share)) / variance) : sampled;
  const interval =
    variance === 0 && sampled >= population
      ? { low: share, high: share }
      : wilsonInterval(share * effectiveSize, effectiveSize, z);
  return { share, variance, interval, effectiveSize };
}
