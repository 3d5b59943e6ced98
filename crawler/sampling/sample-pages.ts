import type { PagePlan } from '../../model/frontier-item.js';
import { API_MAX_START } from '../sources/api/ranges.js';
import type { CensusPart } from './census-splitter.js';

/** One search page to fetch, and which of its results belong to the sample (all of them in a census). */
export type { PagePlan } from '../../model/frontier-item.js';

/**
 * The parts as a sample can draw from them: a part that could not be split below the limit (a single second
 * holding more than `maxResults` offers) can be paged to its `maxResults`-th result only, so that is all of it a
 * draw may pick. The offers past it are outside the frame, and the plan's census proof records them as capped.
 */
export function reachableParts(parts: readonly CensusPart[], maxResults: number): CensusPart[] {
  return parts.map((part) => (part.count > maxResults ? { ...part, count: maxResults } : part));
}

/** Every page of every part: a census. */
export function censusPages(parts: readonly CensusPart[], pageSize: number, maxResults: number): PagePlan[] {
  const pages: PagePlan[] = [];
  for (const part of parts) {
    const reachable = Math.min(part.count, maxResults);
    for (let start = 0; start < reachable; start += pageSize) {
      pages.push({
        query: part.query,
        start,
        end: Math.min(start + pageSize, reachable) - 1,
        stratum: null,
        weight: 1,
        expected: part.count,
      });
    }
  }
  return pages;
}

/**
 * Turns offsets drawn over the concatenation of `parts` into the pages that hold them: offset k of the population
 * is result k − (offsets before its part) of its part's query. Offsets that share a page share one request.
 */
export function pagesForOffsets(
  parts: readonly CensusPart[],
  offsets: readonly number[],
  pageSize: number,
  stratum: string | null,
  weight: number,
  maxStart: number = API_MAX_START,
): PagePlan[] {
  const pages = new Map<string, PagePlan>();
  let partIndex = 0;
  let before = 0;
  for (const offset of [...offsets].sort((a, b) => a - b)) {
    while (partIndex < parts.length && offset >= before + parts[partIndex]!.count) {
      before += parts[partIndex]!.count;
      partIndex++;
    }
    const part = parts[partIndex];
    if (!part) break;
    const index = offset - before;
    const start = Math.floor(index / pageSize) * pageSize;
    const key = `${partIndex}:${start}`;
    let page = pages.get(key);
    if (!page) {
      page = {
        query: part.query,
        start,
        end: Math.min(start + pageSize, part.count) - 1,
        picks: [],
        stratum,
        weight,
      };
      pages.set(key, page);
    }
    page.picks!.push(index);
  }
  // A page asks only for the span its picks cover: the same number of requests, a fraction of the bytes when
  // the sample is sparse (one pick in a window of 150 is the usual case). The API refuses a range that starts
  // past `maxStart` even when it ends within bounds, so a span in the last window starts at `maxStart` at most;
  // it still holds at most `pageSize` results, since that window itself starts at or before `maxStart`.
  return [...pages.values()].map((page) => ({
    ...page,
    start: Math.min(Math.min(...page.picks!), Math.max(maxStart, page.start)),
    end: Math.max(...page.picks!),
  }));
}
