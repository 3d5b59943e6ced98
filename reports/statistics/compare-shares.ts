import { twoSidedPValue } from './multiple-comparisons.js';
import type { ShareEstimate } from './share-estimate.js';
import { type Interval, Z_95 } from './wilson-interval.js';

export interface ShareChange {
  /** Later share minus earlier share (−1 to 1). */
  difference: number;
  /** The 95 % interval on the difference; a point when both audits are censuses. */
  interval: Interval;
  /** Whether the change is larger than the sampling error: 0 lies outside the interval. */
  significant: boolean;
  /**
   * Two-sided p-value of "no change", read from the interval (its half-width towards 0 taken as 1.96 standard
   * errors): what a correction for many comparisons needs. 0 for a real change between two censuses.
   */
  pValue: number;
}

/**
 * The change between two independent audits, with Newcombe's hybrid score interval (his method 10): it combines
 * each side's own interval, so it works alike for Wilson, stratified and census figures (a census side
 * contributes no error), and it behaves near 0 % where the plain two-proportion z-test does not.
 */
export function compareShares(earlier: ShareEstimate, later: ShareEstimate): ShareChange {
  const p1 = later.share;
  const p2 = earlier.share;
  const i1 = later.interval ?? { low: p1, high: p1 };
  const i2 = earlier.interval ?? { low: p2, high: p2 };
  const difference = p1 - p2;
  const low = difference - Math.sqrt((p1 - i1.low) ** 2 + (i2.high - p2) ** 2);
  const high = difference + Math.sqrt((i1.high - p1) ** 2 + (p2 - i2.low) ** 2);
  const significant = low > 0 || high < 0;
  const towardsZero = difference >= 0 ? difference - low : high - difference;
  const standardError = towardsZero / Z_95;
  const pValue = standardError > 0 ? twoSidedPValue(difference / standardError) : difference === 0 ? 1 : 0;
  return { difference, interval: { low, high }, significant, pValue };
}
