import { API_MAX_RESULTS } from '../sources/api/ranges.js';
import type { CensusPart } from './census-splitter.js';
import { type PagePlan, pagesForOffsets, reachableParts } from './sample-pages.js';
import { drawDistinct, SeededRandom } from './seeded-random.js';

export interface SimpleSamplePlan {
  population: number;
  size: number;
  /** N / n: how many offers of the population each sampled offer stands for. */
  weight: number;
  pages: PagePlan[];
}

/**
 * A simple random sample without replacement of `size` offers among those the parts cover, drawn as offsets
 * with a seeded generator: the same seed and the same counts give the same sample.
 */
export function planSimpleSample(
  parts: readonly CensusPart[],
  size: number,
  seed: number,
  pageSize: number,
  maxResults: number = API_MAX_RESULTS,
): SimpleSamplePlan {
  const population = parts.reduce((total, part) => total + part.count, 0);
  const frame = reachableParts(parts, maxResults);
  const reachable = frame.reduce((total, part) => total + part.count, 0);
  const offsets = drawDistinct(reachable, size, new SeededRandom(seed));
  const weight = offsets.length > 0 ? population / offsets.length : 1;
  return {
    population,
    size: offsets.length,
    weight,
    pages: pagesForOffsets(frame, offsets, pageSize, null, weight),
  };
}
