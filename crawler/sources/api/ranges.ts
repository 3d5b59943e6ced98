/**
 * The API's paging rules (its OpenAPI description): `range=p-d` with at most 150 items per call, `p` at most 3000
 * and `d` at most 3149 (1149 in older docs), hence 3150 results at most for one query. A range that ends within
 * bounds is still refused when it starts past 3000 ("La position de début doit être inférieure ou égale à
 * 3000."). The limits are settings because they have changed before.
 */
export const API_PAGE_SIZE = 150;
export const API_MAX_RESULTS = 3150;
export const API_MAX_START = 3000;

export interface Range {
  start: number;
  /** Inclusive, as in `range=0-149`. */
  end: number;
}

/** The ranges that page through `count` results, clipped to what a query can reach. */
export function planRanges(count: number, pageSize = API_PAGE_SIZE, maxResults = API_MAX_RESULTS): Range[] {
  const reachable = Math.min(count, maxResults);
  const ranges: Range[] = [];
  for (let start = 0; start < reachable; start += pageSize) {
    ranges.push({ start, end: Math.min(start + pageSize, reachable) - 1 });
  }
  return ranges;
}

/**
 * `Content-Range: offres 0-149/496` → { start: 0, end: 149, total: 496 }. The API also sends
 * `offres -1--1/353` with a 204 when the range starts past the end: the total is still right.
 */
export function parseContentRange(
  header: string | null,
): { start: number; end: number; total: number } | null {
  if (!header) return null;
  const match = /(-?\d+)\s*-\s*(-?\d+)\s*\/\s*(\d+|\*)/.exec(header);
  if (!match || match[3] === '*') return null;
  return { start: Number(match[1]), end: Number(match[2]), total: Number(match[3]) };
}
