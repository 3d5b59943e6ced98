/**
 * Month over month, a report compares some thirty figures at once: at a 5 % level, one or two will look
 * "significant" by chance alone even when nothing changed. Benjamini–Hochberg keeps the expected share of false
 * discoveries among the changes it retains under `level`, which is what a reader of a list of changes needs
 * (Holm's stricter family-wise control would hide real changes in a list this long).
 *
 * Returns, for each p-value in input order, whether it survives the correction.
 */
export function benjaminiHochberg(pValues: readonly number[], level = 0.05): boolean[] {
  const order = pValues.map((p, index) => ({ p, index })).sort((a, b) => a.p - b.p);
  const m = pValues.length;
  let cutoff = -1;
  order.forEach((entry, rank) => {
    if (entry.p <= ((rank + 1) / m) * level) cutoff = rank;
  });
  const kept = new Array<boolean>(m).fill(false);
  for (let rank = 0; rank <= cutoff; rank++) {
    const entry = order[rank];
    if (entry) kept[entry.index] = true;
  }
  return kept;
}

/** Holm's step-down correction (family-wise error under `level`), for readers who want the stricter one. */
export function holm(pValues: readonly number[], level = 0.05): boolean[] {
  const order = pValues.map((p, index) => ({ p, index })).sort((a, b) => a.p - b.p);
  const m = pValues.length;
  const kept = new Array<boolean>(m).fill(false);
  for (let rank = 0; rank < m; rank++) {
    const entry = order[rank];
    if (!entry || entry.p > level / (m - rank)) break;
    kept[entry.index] = true;
  }
  return kept;
}

/** Two-sided p-value of a standard normal statistic. */
export function twoSidedPValue(statistic: number): number {
  return Math.min(1, 2 * (1 - normalCdf(Math.abs(statistic))));
}

/** Φ(x), by the Abramowitz–Stegun 7.1.26 approximation of erf (error below 1.5e-7). */
export function normalCdf(x: number): number {
  const t = 1 / (1 + (0.3275911 * Math.abs(x)) / Math.SQRT2);
  const poly =
    t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const erf = 1 - poly * Math.exp(-(x * x) / 2);
  return x >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}
