import { stratifiedEstimate } from './stratified-estimate.js';
import { type Interval, wilsonInterval } from './wilson-interval.js';

/**
 * How the figures of an audit generalise. `census`: every offer was read, a share is exact. `srs`: a simple
 * random sample (or an import, read as if it were one — the method section says so), Wilson intervals.
 * `stratified`: design weights and the stratified variance.
 */
export type Estimator = 'census' | 'srs' | 'stratified';

/** Counts of one property in one stratum of an audit, as the SQL figures return them. */
export interface StratumCell {
  stratum: string | null;
  /** Offers considered in this stratum. */
  sampled: number;
  /** Of which have the property. */
  hits: number;
  /** Sum of the design weights of the offers considered (N_h for a stratum). */
  weight: number;
  /** Sum of the design weights of those with the property. */
  hitWeight: number;
}

export interface ShareEstimate {
  /** Offers read that have the property (not weighted). */
  count: number;
  /** Offers read. */
  sampled: number;
  /** The estimated share in the population, between 0 and 1 (design-weighted for a stratified sample). */
  share: number;
  /** The 95 % interval; null for a census, which has no sampling error. */
  interval: Interval | null;
  /** The estimated number of offers of the population with the property (share × population). */
  estimatedTotal: number;
}

export function estimateShare(estimator: Estimator, cells: readonly StratumCell[]): ShareEstimate {
  const count = sum(cells, (cell) => cell.hits);
  const sampled = sum(cells, (cell) => cell.sampled);
  const weight = sum(cells, (cell) => cell.weight);
  if (sampled === 0) return { count: 0, sampled: 0, share: 0, interval: null, estimatedTotal: 0 };
  if (estimator === 'census') {
    return { count, sampled, share: count / sampled, interval: null, estimatedTotal: count };
  }
  if (estimator === 'srs') {
    const share = count / sampled;
    return {
      count,
      sampled,
      share,
      interval: wilsonInterval(count, sampled),
      estimatedTotal: share * weight,
    };
  }
  const byStratum = new Map<string, { sampled: number; hits: number; population: number }>();
  for (const cell of cells) {
    const key = cell.stratum ?? '';
    const entry = byStratum.get(key) ?? { sampled: 0, hits: 0, population: 0 };
    entry.sampled += cell.sampled;
    entry.hits += cell.hits;
    entry.population += cell.weight;
    byStratum.set(key, entry);
  }
  const estimate = stratifiedEstimate([...byStratum.values()]);
  return {
    count,
    sampled,
    share: estimate.share,
    interval: estimate.interval,
    estimatedTotal: estimate.share * weight,
  };
}

function sum<T>(items: readonly T[], value: (item: T) => number): number {
  let total = 0;
  for (const item of items) total += value(item);
  return total;
}
