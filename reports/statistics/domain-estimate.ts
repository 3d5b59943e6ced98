import type { StratifiedEstimate } from './stratified-estimate.js';
import { wilsonInterval, Z_95 } from './wilson-interval.js';

/** One stratum of the design, and what of it falls in a domain (a partner, a contract type, a département). */
export interface DomainStratum {
  /** Offers drawn in the stratum, in the domain or not (n_h). */
  sampled: number;
  /** Offers of the population in the stratum (N_h). */
  population: number;
  /** Drawn offers of the stratum that belong to the domain (m_h). */
  domainSampled: number;
  /** Of those, the ones with the property (k_h). */
  domainHits: number;
}

export interface DomainEstimate extends StratifiedEstimate {
  /** The domain's estimated size in the population, Σ w_h m_h. */
  domainSize: number;
}

/**
 * A share within a domain of a stratified sample (a breakdown row: "offers of INDEED"), as the ratio
 * p_d = Σ w_h k_h / Σ w_h m_h with w_h = N_h / n_h, and its linearised variance: the domain's size is itself
 * estimated, and a stratum contributes through all of its drawn offers, not only those of the domain. Treating
 * the domain's offers as if they were the sample (the whole-sample formula) gives an interval about half as wide
 * as it should be when the domain is scattered over many strata.
 *
 * Strata with fewer than two drawn offers are merged with their neighbour for the variance, as in
 * `stratifiedEstimate`; the interval is Wilson's on the effective size p(1−p)/Var, bounded by the domain's Kish
 * size and its sample.
 */
export function domainEstimate(strata: readonly DomainStratum[], z: number = Z_95): DomainEstimate {
  const used = strata.filter((stratum) => stratum.sampled > 0 && stratum.population > 0);
  let weightedHits = 0;
  let domainSize = 0;
  let squaredWeights = 0;
  let domainSampled = 0;
  for (const stratum of used) {
    const weight = stratum.population / stratum.sampled;
    weightedHits += weight * stratum.domainHits;
    domainSize += weight * stratum.domainSampled;
    squaredWeights += weight * weight * stratum.domainSampled;
    domainSampled += stratum.domainSampled;
  }
  if (domainSize === 0) {
    return {
      share: 0,
      variance: 0,
      interval: { low: 0, high: 1 },
      effectiveSize: 0,
      kishSize: 0,
      collapsedStrata: 0,
      domainSize: 0,
    };
  }
  const share = weightedHits / domainSize;
  const kishSize = (domainSize * domainSize) / squaredWeights;

  // Linearisation: z_i = w_h · d_i · (y_i − p). Per stratum, the sum and the sum of squares of the z_i.
  interface Group {
    sampled: number;
    population: number;
    sum: number;
    squares: number;
  }
  const groups: Group[] = [];
  let pending: Group | null = null;
  let collapsedStrata = 0;
  for (const stratum of used) {
    const weight = stratum.population / stratum.sampled;
    const misses = stratum.domainSampled - stratum.domainHits;
    const own: Group = {
      sampled: stratum.sampled,
      population: stratum.population,
      sum: weight * (stratum.domainHits - share * stratum.domainSampled),
      squares: weight * weight * (stratum.domainHits * (1 - share) ** 2 + misses * share ** 2),
    };
    const current: Group = pending
      ? {
          sampled: pending.sampled + own.sampled,
          population: pending.population + own.population,
          sum: pending.sum + own.sum,
          squares: pending.squares + own.squares,
        }
      : own;
    pending = null;
    if (stratum.sampled < 2) collapsedStrata++;
    if (current.sampled < 2) {
      pending = current;
      continue;
    }
    groups.push(current);
  }
  if (pending) {
    const last = groups.pop();
    groups.push(
      last
        ? {
            sampled: last.sampled + pending.sampled,
            population: last.population + pending.population,
            sum: last.sum + pending.sum,
            squares: last.squares + pending.squares,
          }
        : pending,
    );
  }
  let totalVariance = 0;
  for (const group of groups) {
    if (group.sampled < 2) continue;
    const finite = Math.max(0, 1 - group.sampled / group.population);
    const spread = group.squares - (group.sum * group.sum) / group.sampled;
    totalVariance += finite * (group.sampled / (group.sampled - 1)) * Math.max(0, spread);
  }
  const variance = totalVariance / (domainSize * domainSize);
  const wholeCensus = used.every((stratum) => stratum.sampled >= stratum.population);
  if (wholeCensus) {
    return {
      share,
      variance: 0,
      interval: { low: share, high: share },
      effectiveSize: domainSampled,
      kishSize,
      collapsedStrata,
      domainSize,
    };
  }
  const fromVariance = variance > 0 ? (share * (1 - share)) / variance : Number.POSITIVE_INFINITY;
  const effectiveSize = Math.max(1, Math.min(fromVariance, kishSize, domainSampled));
  return {
    share,
    variance,
    interval: wilsonInterval(share * effectiveSize, effectiveSize, z),
    effectiveSize,
    kishSize,
    collapsedStrata,
    domainSize,
  };
}
