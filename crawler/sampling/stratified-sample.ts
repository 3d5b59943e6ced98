import { API_MAX_RESULTS } from '../sources/api/ranges.js';
import type { CensusPart } from './census-splitter.js';
import { type PagePlan, pagesForOffsets, reachableParts } from './sample-pages.js';
import { drawDistinct, SeededRandom } from './seeded-random.js';

export type Allocation = 'proportional' | 'equal';

export interface Stratum {
  name: string;
  /** N_h: offers online in the stratum. */
  size: number;
  /** The stratum's query split into parts that can each be paged to the end. */
  parts: readonly CensusPart[];
}

export interface StratumPlan {
  name: string;
  size: number;
  sampled: number;
  /** N_h / n_h; null when nothing is drawn from the stratum. */
  weight: number | null;
}

export interface StratifiedSamplePlan {
  population: number;
  size: number;
  strata: StratumPlan[];
  pages: PagePlan[];
}

/**
 * How many offers to draw from each stratum. Proportional: n·N_h/N by largest remainders, with at least one per
 * non-empty stratum when n allows (a stratum with none drawn would be silently left out of every estimate).
 * Equal: n/H each. Either way no stratum gets more than it holds; what it cannot take goes to the others.
 */
export function allocate(
  sizes: ReadonlyMap<string, number>,
  total: number,
  allocation: Allocation,
): Map<string, number> {
  const names = [...sizes.keys()].filter((name) => (sizes.get(name) ?? 0) > 0).sort();
  const result = new Map<string, number>([...sizes.keys()].map((name) => [name, 0]));
  const capacity = names.reduce((sum, name) => sum + sizes.get(name)!, 0);
  let remaining = Math.min(total, capacity);
  if (remaining <= 0) return result;
  while (remaining > 0) {
    const open = names.filter((name) => result.get(name)! < sizes.get(name)!);
    const weights = open.map((name) => (allocation === 'equal' ? 1 : sizes.get(name)!));
    const weightSum = weights.reduce((a, b) => a + b, 0);
    const shares = open.map((name, i) => {
      const exact = (remaining * weights[i]!) / weightSum;
      const room = sizes.get(name)! - result.get(name)!;
      return { name, whole: Math.min(room, Math.floor(exact)), fraction: exact - Math.floor(exact), room };
    });
    let given = 0;
    for (const share of shares) {
      result.set(share.name, result.get(share.name)! + share.whole);
      given += share.whole;
    }
    // Largest remainders first; ties go to the larger stratum, then by name, so the result is deterministic.
    const byRemainder = shares
      .filter((share) => share.room > share.whole)
      .sort(
        (a, b) =>
          b.fraction - a.fraction || sizes.get(b.name)! - sizes.get(a.name)! || a.name.localeCompare(b.name),
      );
    for (const share of byRemainder) {
      if (given >= remaining) break;
      result.set(share.name, result.get(share.name)! + 1);
      given++;
    }
    if (given === 0) break;
    remaining -= given;
  }
  if (allocation === 'proportional' && Math.min(total, capacity) >= names.length) {
    for (const name of names) {
      if (result.get(name)! > 0) continue;
      const donor = names.reduce((best, other) => (result.get(other)! > result.get(best)! ? other : best));
      result.set(donor, result.get(donor)! - 1);
      result.set(name, 1);
    }
  }
  return result;
}

export function planStratifiedSample(
  strata: readonly Stratum[],
  total: number,
  allocation: Allocation,
  seed: number,
  pageSize: number,
  maxResults: number = API_MAX_RESULTS,
): StratifiedSamplePlan {
  const sizes = new Map(strata.map((stratum) => [stratum.name, stratum.size]));
  const counts = allocate(sizes, total, allocation);
  const plans: StratumPlan[] = [];
  const pages: PagePlan[] = [];
  for (const stratum of strata) {
    const sampled = counts.get(stratum.name) ?? 0;
    const weight = sampled > 0 ? stratum.size / sampled : null;
    plans.push({ name: stratum.name, size: stratum.size, sampled, weight });
    if (sampled === 0 || weight === null) continue;
    // Each stratum has its own stream, so that adding or dropping a stratum does not change the others' draws.
    const random = new SeededRandom(hashSeed(seed, stratum.name));
    const frame = reachableParts(stratum.parts, maxResults);
    const reachable = frame.reduce((sum, part) => sum + part.count, 0);
    const offsets = drawDistinct(reachable, sampled, random);
    pages.push(...pagesForOffsets(frame, offsets, pageSize, stratum.name, weight));
  }
  return {
    population: strata.reduce((sum, stratum) => sum + stratum.size, 0),
    size: plans.reduce((sum, plan) => sum + plan.sampled, 0),
    strata: plans,
    pages,
  };
}

function hashSeed(seed: number, name: string): number {
  let h = Math.trunc(seed) ^ 0x811c9dc5;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
