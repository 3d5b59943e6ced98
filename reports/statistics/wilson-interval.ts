/** A 95 % interval on a proportion, as two shares between 0 and 1. */
export interface Interval {
  low: number;
  high: number;
}

/** The normal quantile for a two-sided 95 % interval. */
export const Z_95 = 1.959963984540054;

/**
 * Wilson's score interval. Chosen over the textbook p ± z·√(p(1−p)/n) because that one collapses to a width of
 * zero when nothing (or everything) is found and undercovers badly for small shares — exactly the shares an audit
 * of illegal wording produces. `n` may be fractional (an effective sample size).
 */
export function wilsonInterval(successes: number, n: number, z: number = Z_95): Interval {
  if (!(n > 0)) return { low: 0, high: 1 };
  const p = Math.min(1, Math.max(0, successes / n));
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const halfWidth = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denominator;
  return { low: Math.max(0, centre - halfWidth), high: Math.min(1, centre + halfWidth) };
}
