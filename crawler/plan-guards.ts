import { z } from 'zod';
import { UsageError } from '../lib/errors.js';
import { FetchFailure } from '../lib/http/fetch-failure.js';
import { CRAWLER_MESSAGES } from './messages.js';
import type { CountAnswer } from './sampling/census-splitter.js';
import { queryKey, type SearchQuery } from './sources/source.js';

/** A query planning left out, with the source's own reason. */
export interface SkippedQuery {
  query: SearchQuery;
  cause: string;
  message: string;
}

/** What planning had to work around, recorded in the audit and said in the summary. */
export interface PlanNotes {
  /** Queries refused (400: a département code the search does not accept) or gone (410), counted as empty. */
  skipped: SkippedQuery[];
  /** Splits or filters planning gave up, and why ("the website's département filter answers 410"). */
  fallbacks: string[];
}

/** Plan notes as the audit's details keep them (read back from the database). */
export const planNotesSchema = z.object({
  skipped: z.array(
    z.object({ query: z.record(z.string(), z.string()), cause: z.string(), message: z.string() }),
  ),
  fallbacks: z.array(z.string()),
});

/**
 * Counts through `count`, so that one refused query does not stop a plan: a split query the search refuses (a
 * référentiel code it does not accept) or whose filter is gone (the website's `lieux` answering 410) counts as
 * empty and is recorded. Its siblings then no longer add up to their parent, so the splitter tries its next
 * dimension. A refused root query is the user's filter: a usage error with the API's words.
 */
export function guardedCount(
  count: (query: SearchQuery) => Promise<CountAnswer>,
  root: SearchQuery,
  notes: PlanNotes,
): (query: SearchQuery) => Promise<CountAnswer> {
  const rootKey = queryKey(root);
  return async (query) => {
    try {
      return await count(query);
    } catch (error) {
      if (!(error instanceof FetchFailure)) throw error;
      if (error.code !== 'query_refused' && error.code !== 'filter_gone') throw error;
      if (queryKey(query) === rootKey) {
        if (error.code === 'filter_gone') throw error;
        throw new UsageError(CRAWLER_MESSAGES.filtersRefused({ reason: error.message }), { cause: error });
      }
      if (!notes.skipped.some((skipped) => queryKey(skipped.query) === queryKey(query)))
        notes.skipped.push({ query, cause: error.code, message: error.message });
      if (error.code === 'filter_gone' && query.departement && !root.departement) {
        const fallback =
          'the website’s département filter (lieux=NND) no longer answers (410): the search is split another way';
        if (!notes.fallbacks.includes(fallback)) notes.fallbacks.push(fallback);
      }
      return { total: 0 };
    }
  };
}

/** True for the failure of a département filter the website no longer serves. */
export function isFilterGone(error: unknown): error is FetchFailure {
  return error instanceof FetchFailure && error.code === 'filter_gone';
}
