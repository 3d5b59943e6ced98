import type { CategoryId } from '../../model/taxonomy.js';
import type { Interval } from '../statistics/wilson-interval.js';

/** The classifiers' precision and recall on the real gold set (`npm run eval`), per category. */
export interface GoldSetPrecision {
  classifierVersion: string;
  /** ISO date of the measure. */
  measuredOn: string;
  offers: number;
  description: string;
  rows: ReadonlyArray<{
    category: CategoryId;
    support: number;
    truePositives: number;
    falsePositives: number;
    falseNegatives: number;
    precision: number | null;
    precisionInterval: Interval | null;
    recall: number | null;
    recallInterval: Interval | null;
  }>;
}
