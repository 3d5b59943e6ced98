import { describe, expect, it } from 'vitest';
import type { CensusPart } from '../../crawler/sampling/census-splitter.js';
import { censusPages } from '../../crawler/sampling/sample-pages.js';
import { SeededRandom } from '../../crawler/sampling/seeded-random.js';
import { planSimpleSample } from '../../crawler/sampling/simple-sample.js';
import { type Allocation, planStratifiedSample } from '../../crawler/sampling/stratified-sample.js';
import { API_MAX_RESULTS, API_PAGE_SIZE } from '../../crawler/sources/api/ranges.js';
import { parseSearchParameters } from '../../replica/api/search-parameters.js';

/*
 * Every page the planner asks for, held against the range rules of the API's official description as the
 * replica enforces them: a range spans 150 results at most, starts at 3000 at most and ends at 3149 at most.
 * `range=3010-3149` ends within bounds and is still refused; a sampler that pages from its smallest pick asked
 * for such ranges about once in 34 requests before the start was clamped. The replica's parser is the judge: it
 * shares no code with the planner.
 */
const RULES = { maxSpan: 150, maxStart: 3000, maxEnd: 3149 };

function refusal(start: number, end: number): string | null {
  const parsed = parseSearchParameters(new URLSearchParams({ range: `${start}-${end}` }), Date.now(), RULES);
  return parsed.ok ? null : parsed.message;
}

/** Parts as a census split leaves them: many near the 3150 cap (the hard case), some small, some capped. */
function parts(random: SeededRandom, withCapped: boolean): CensusPart[] {
  const count = 2 + random.below(6);
  return Array.from({ length: count }, (_, index) => {
    const kind = random.below(4);
    const size =
      kind === 0 ? 3001 + random.below(150) : kind === 1 ? 1 + random.below(3150) : 2800 + random.below(351);
    return { query: { departement: String(10 + index) }, count: withCapped && index === 0 ? 5000 : size };
  });
}

function expectEveryPageAccepted(
  pages: readonly { start: number; end: number; picks?: number[] | undefined }[],
  drawn: number,
): void {
  const refused = pages
    .map((page) => ({ page, message: refusal(page.start, page.end) }))
    .filter((entry) => entry.message !== null);
  expect(refused.map((entry) => `${entry.page.start}-${entry.page.end}: ${entry.message}`)).toEqual([]);
  let picked = 0;
  const outside: string[] = [];
  for (const page of pages) {
    for (const pick of page.picks ?? []) {
      // Every drawn offer lies inside the range fetched for it, so it is fetched.
      if (pick < page.start || pick > page.end) outside.push(`${pick} outside ${page.start}-${page.end}`);
      picked++;
    }
  }
  expect(outside).toEqual([]);
  expect(picked).toBe(drawn);
}

describe('sample pages against the API range rules', () => {
  it('the replica refuses a range that starts past 3000, as the real API does', () => {
    expect(refusal(3010, 3149)).toBe('La position de début doit être inférieure ou égale à 3000.');
    expect(refusal(3000, 3149)).toBeNull();
    expect(refusal(2999, 3150)).not.toBeNull();
  });

  it('simple samples over 200 seeds ask for no refused range and fetch every drawn offer', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const random = new SeededRandom(seed);
      const frame = parts(random, seed % 10 === 0);
      const size = 50 + random.below(4000);
      const plan = planSimpleSample(frame, size, seed, API_PAGE_SIZE, API_MAX_RESULTS);
      expectEveryPageAccepted(plan.pages, plan.size);
    }
  });

  it('stratified samples, proportional and equal, over 200 seeds', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const random = new SeededRandom(seed * 7919);
      const strata = Array.from({ length: 1 + random.below(5) }, (_, index) => {
        const stratumParts = parts(random, seed % 13 === 0 && index === 0);
        return {
          name: `s${index}`,
          size: stratumParts.reduce((sum, part) => sum + part.count, 0),
          parts: stratumParts,
        };
      });
      const allocation: Allocation = seed % 2 === 0 ? 'equal' : 'proportional';
      const plan = planStratifiedSample(strata, 100 + random.below(6000), allocation, seed, API_PAGE_SIZE);
      expectEveryPageAccepted(plan.pages, plan.size);
    }
  });

  it('census pages of parts up to the cap', () => {
    const random = new SeededRandom(3);
    const pages = censusPages(parts(random, true), API_PAGE_SIZE, API_MAX_RESULTS);
    expect(pages.filter((page) => refusal(page.start, page.end) !== null)).toEqual([]);
  });
});
