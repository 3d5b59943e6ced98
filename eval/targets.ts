import type { CategoryId } from '../model/taxonomy.js';
import type { Score, SetScore } from './score.js';

/**
 * What a union must be able to publish without the operator tearing it apart: the precision and recall wanted
 * on the real gold set (issue "Right on real offers").
 */
export const TARGETS = {
  illegalPrecision: 0.95,
  illegalCertainPrecision: 0.98,
  misleadingPrecision: 0.95,
  duplicatePrecision: 0.95,
  anonymousEmployerPrecision: 0.95,
  salaryMissingPrecision: 0.99,
  offerLevelRecall: 0.85,
} as const;

export interface TargetCheck {
  name: string;
  measured: number | null;
  wanted: number;
  met: boolean;
}

export function checkTargets(score: SetScore): TargetCheck[] {
  const category = (id: CategoryId) => score.categories.find((row) => row.category === id);
  const illegalCertain = certainPrecisionOfAxis(score, 'illegal');
  const check = (name: string, measured: number | null, wanted: number): TargetCheck => ({
    name,
    measured,
    wanted,
    // A target with nothing to measure (no flag raised) is not met: it was not shown.
    met: measured !== null && measured >= wanted,
  });
  return [
    check('illegal precision', score.axes.illegal.precision, TARGETS.illegalPrecision),
    check('illegal precision, certain flags', illegalCertain, TARGETS.illegalCertainPrecision),
    check('misleading precision', score.axes.misleading.precision, TARGETS.misleadingPrecision),
    check('duplicate precision', category('duplicate')?.precision ?? null, TARGETS.duplicatePrecision),
    check(
      'anonymous_employer precision',
      category('anonymous_employer')?.precision ?? null,
      TARGETS.anonymousEmployerPrecision,
    ),
    check(
      'salary_missing precision',
      category('salary_missing')?.precision ?? null,
      TARGETS.salaryMissingPrecision,
    ),
    check('offer-level recall, illegal + misleading', score.offerLevel.recall, TARGETS.offerLevelRecall),
  ];
}

/** Precision of the certain flags of an axis, pooled over its categories (offer × category pairs). */
function certainPrecisionOfAxis(score: SetScore, axis: 'illegal' | 'misleading'): number | null {
  const rows: Score[] = score.categories.filter((row) => row.axis === axis).map((row) => row.certain);
  const tp = rows.reduce((sum, row) => sum + row.tp, 0);
  const fp = rows.reduce((sum, row) => sum + row.fp, 0);
  return tp + fp === 0 ? null : tp / (tp + fp);
}
