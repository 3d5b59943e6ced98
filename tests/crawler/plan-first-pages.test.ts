import { setImmediate as nextTurn } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { planCrawl } from '../../crawler/plan-crawl.js';
import type { PagePlan } from '../../crawler/sampling/sample-pages.js';
import {
  type OfferSource,
  queryKey,
  type SearchQuery,
  type SearchResult,
} from '../../crawler/sources/source.js';

/** Offers by département and contract type; `null`: abroad, in no département. */
type Population = ReadonlyArray<{ departement: string | null; typeContrat: string; count: number }>;

/**
 * A source that counts a fake population (pages of 10, queries of 30 at most) and answers at once, but for the
 * queries `hold` says to keep back until it releases them.
 */
function fakeSource(
  population: Population,
  hold: (query: SearchQuery) => Promise<void> | undefined = () => undefined,
): OfferSource {
  return {
    kind: 'api',
    pageSize: 10,
    maxResults: 30,
    needsDetail: false,
    splitDimensions: ['departement', 'typeContrat'],
    async referential() {
      return ['01', '02', '03'];
    },
    async search(query): Promise<SearchResult> {
      await hold(query);
      const total = population
        .filter(
          (group) =>
            (!query.departement || group.departement === query.departement) &&
            (!query.typeContrat || query.typeContrat.split(',').includes(group.typeContrat)),
        )
        .reduce((sum, group) => sum + group.count, 0);
      return { total, offers: [], ids: [], rejected: [], facets: new Map() };
    },
    async fetchOffer() {
      return null;
    },
  };
}

describe('a census plan’s first pages', () => {
  it('are stored as their counts arrive, while the rest of the split is still being counted', async () => {
    const stored: PagePlan[] = [];
    let releasedBy: 'stores' | 'nothing else to do' | undefined;
    // The last département's count is held until the other two are stored, or until nothing else is left to
    // run: planning that stored a part's first page only once its whole split was counted would get there.
    const held = async (query: SearchQuery) => {
      if (query.departement !== '03') return;
      for (let turn = 0; turn < 200 && !releasedBy; turn++) {
        if (stored.length >= 2) releasedBy = 'stores';
        await nextTurn();
      }
      releasedBy ??= 'nothing else to do';
    };
    const source = fakeSource(
      [
        { departement: '01', typeContrat: 'CDI', count: 20 },
        { departement: '02', typeContrat: 'CDD', count: 25 },
        { departement: '03', typeContrat: 'CDI', count: 15 },
      ],
      held,
    );
    const plan = await planCrawl(
      source,
      { kind: 'census', filters: {} },
      {},
      {
        async onFirstPage(page) {
          stored.push(page);
        },
      },
    );
    expect(releasedBy).toBe('stores');
    expect(stored.slice(0, 2).map((page) => page.query.departement)).toEqual(['01', '02']);
    // Every département is a part, its first page stored once and handed back to be marked done.
    expect(plan.prefetched).toBe(3);
    expect(plan.prefetchedPages.map((page) => page.query.departement).sort()).toEqual(['01', '02', '03']);
    expect(stored).toHaveLength(3);
    const pageKeys = new Set(plan.pages.map((page) => `${queryKey(page.query)}:${page.start}`));
    for (const page of plan.prefetchedPages) {
      expect(page.start).toBe(0);
      expect(pageKeys.has(`${queryKey(page.query)}:0`)).toBe(true);
    }
  });

  it('hands back as prefetched only the parts’ pages when a split stored early is given up', async () => {
    const stored: PagePlan[] = [];
    // Ten offers abroad: the départements do not add up to the whole, so the plan splits by contract type.
    const source = fakeSource([
      { departement: '01', typeContrat: 'CDI', count: 20 },
      { departement: '02', typeContrat: 'CDD', count: 30 },
      { departement: '03', typeContrat: 'CDI', count: 10 },
      { departement: null, typeContrat: 'MIS', count: 10 },
    ]);
    const plan = await planCrawl(
      source,
      { kind: 'census', filters: {} },
      {},
      {
        async onFirstPage(page) {
          stored.push(page);
        },
      },
    );
    expect(plan.population).toBe(70);
    expect(plan.pages.every((page) => page.query.departement === undefined)).toBe(true);
    // The départements' pages were stored (their offers are census offers), but they are not the plan's.
    expect(stored.some((page) => page.query.departement !== undefined)).toBe(true);
    expect(plan.prefetchedPages.map((page) => page.query.typeContrat).sort()).toEqual(['CDD', 'CDI', 'MIS']);
    expect(new Set(stored.map((page) => queryKey(page.query))).size).toBe(stored.length);
  });
});
