import type { Flag } from '../model/flag.js';
import { type Axis, CATEGORIES, CATEGORY_IDS, type CategoryId } from '../model/taxonomy.js';
import { type Interval, wilsonInterval } from '../reports/statistics/wilson-interval.js';
import type { Truth } from './gold-set.js';

/** Counts and rates of one group of flags (a category, an axis, a severity) against a set's truth. */
export interface Score {
  /** Offers whose truth holds the group. */
  support: number;
  tp: number;
  fp: number;
  fn: number;
  precision: number | null;
  precisionInterval: Interval | null;
  recall: number | null;
  recallInterval: Interval | null;
}

export interface CategoryScore extends Score {
  category: CategoryId;
  axis: Axis;
  /** The flags of severity `certain` alone: how often the floor of a report is right. */
  certain: Score;
  /** The flags of severity `likely` alone. */
  likely: Score;
}

export interface SetScore {
  offers: number;
  categories: CategoryScore[];
  axes: Record<Axis, Score>;
  /**
   * Offer level, the question a report asks: is this offer illegal or misleading? An offer counts once, whatever
   * its categories: flagged by Vigie on either axis, and found so by the readers.
   */
  offerLevel: Score;
}

type Predicted = ReadonlyMap<string, readonly Flag[]>;

const OFFER_LEVEL_AXES: readonly Axis[] = ['illegal', 'misleading'];

export function scoreSet(truth: Truth, predicted: Predicted): SetScore {
  const categories = CATEGORY_IDS.map((category) => scoreCategory(category, truth, predicted));
  const axisIds: Axis[] = ['illegal', 'misleading', 'quality', 'stability'];
  const axes = Object.fromEntries(
    axisIds.map((axis) => [axis, scoreGroup(truth, predicted, (c) => CATEGORIES[c].axis === axis)]),
  ) as Record<Axis, Score>;
  const offerLevel = scoreGroup(truth, predicted, (c) => OFFER_LEVEL_AXES.includes(CATEGORIES[c].axis));
  return { offers: truth.size, categories, axes, offerLevel };
}

function scoreCategory(category: CategoryId, truth: Truth, predicted: Predicted): CategoryScore {
  const inCategory = (c: CategoryId) => c === category;
  return {
    category,
    axis: CATEGORIES[category].axis,
    ...scoreGroup(truth, predicted, inCategory),
    certain: scoreGroup(truth, predicted, inCategory, (flag) => flag.severity === 'certain'),
    likely: scoreGroup(truth, predicted, inCategory, (flag) => flag.severity === 'likely'),
  };
}

/**
 * An offer is a true positive of a group when Vigie raised a flag of the group and the truth holds the group:
 * the category may differ inside an axis (a contradiction read as `hours_mismatch` by one, `contract_mismatch`
 * by the other is the same misleading offer). Recall counts every offer whose truth holds the group, whatever
 * the severity the flags had.
 */
function scoreGroup(
  truth: Truth,
  predicted: Predicted,
  inGroup: (category: CategoryId) => boolean,
  flagFilter: (flag: Flag) => boolean = () => true,
): Score {
  let support = 0;
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let anyTp = 0;
  for (const [id, found] of truth) {
    const isTrue = [...found.keys()].some(inGroup);
    const flags = (predicted.get(id) ?? []).filter((flag) => inGroup(flag.category));
    const raised = flags.some(flagFilter);
    if (isTrue) support++;
    if (raised && isTrue) tp++;
    if (raised && !isTrue) fp++;
    if (isTrue && flags.length > 0) anyTp++;
    if (isTrue && flags.length === 0) fn++;
  }
  const precision = tp + fp === 0 ? null : tp / (tp + fp);
  const recall = anyTp + fn === 0 ? null : anyTp / (anyTp + fn);
  return {
    support,
    tp,
    fp,
    fn,
    precision,
    precisionInterval: tp + fp === 0 ? null : wilsonInterval(tp, tp + fp),
    recall,
    recallInterval: anyTp + fn === 0 ? null : wilsonInterval(anyTp, anyTp + fn),
  };
}
