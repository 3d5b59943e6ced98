import { CATEGORIES, CATEGORY_IDS, type CategoryId, isGenuine, isUnionStrict } from '../../model/taxonomy.js';

/**
 * The category lists the SQL figures are parametrised by, derived from the taxonomy's own predicates rather than
 * written out again: when the taxonomy changes what the headline counts, the report follows.
 */
export interface ReportCategories {
  all: readonly CategoryId[];
  byAxis: Record<'illegal' | 'misleading' | 'quality' | 'stability', CategoryId[]>;
  /** Categories that make an offer not genuine. */
  disqualifying: CategoryId[];
  /** Categories that exclude an offer from the union's strict share. */
  unionDisqualifying: CategoryId[];
  /** Articles of the illegal categories' references ("L5331-2"), each with the categories citing it. */
  articles: Array<{ article: string; categories: CategoryId[] }>;
}

export function reportCategories(): ReportCategories {
  const all = CATEGORY_IDS;
  const byAxis: ReportCategories['byAxis'] = { illegal: [], misleading: [], quality: [], stability: [] };
  for (const id of all) byAxis[CATEGORIES[id].axis].push(id);
  const disqualifying = all.filter((id) => !isGenuine([{ category: id, severity: 'certain' }]));
  const unionDisqualifying = all.filter(
    (id) => !isUnionStrict({ isCdi: true, payStated: true }, [{ category: id }]),
  );
  const articles = new Map<string, CategoryId[]>();
  for (const id of byAxis.illegal) {
    for (const article of CATEGORIES[id].reference?.match(/\b[LRD]\d{4}-\d+\b/g) ?? []) {
      articles.set(article, [...(articles.get(article) ?? []), id]);
    }
  }
  return {
    all,
    byAxis,
    disqualifying,
    unionDisqualifying,
    articles: [...articles].map(([article, categories]) => ({ article, categories })),
  };
}
