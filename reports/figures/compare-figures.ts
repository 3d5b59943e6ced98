import { compareShares } from '../statistics/compare-shares.js';
import { benjaminiHochberg } from '../statistics/multiple-comparisons.js';
import type { ShareEstimate } from '../statistics/share-estimate.js';
import type { ChangeRow, Comparison, ReportFigures } from './report-figures.js';

export const CORRECTION_LEVEL = 0.05;

/** Month over month: each headline figure and each category of the later audit against the earlier one. */
export function compareFigures(earlier: ReportFigures, later: ReportFigures): Comparison {
  const rows: Array<[string, string, ShareEstimate, ShareEstimate]> = [
    [
      'genuine',
      'Offres irréprochables (toutes alertes comptées)',
      earlier.headline.genuine.any,
      later.headline.genuine.any,
    ],
    [
      'genuine_certain',
      'Offres irréprochables (alertes certaines seulement)',
      earlier.headline.genuine.certain,
      later.headline.genuine.certain,
    ],
    [
      'union_strict',
      'CDI à temps plein payés au moins le SMIC',
      earlier.headline.unionStrict.any,
      later.headline.unionStrict.any,
    ],
    ['illegal', 'Au moins une mention illégale', earlier.headline.illegal.any, later.headline.illegal.any],
    [
      'misleading',
      'Au moins une mention trompeuse',
      earlier.headline.misleading.any,
      later.headline.misleading.any,
    ],
    ['quality', 'Au moins un défaut de qualité', earlier.headline.quality.any, later.headline.quality.any],
  ];
  for (const category of later.categories) {
    const before = earlier.categories.find((entry) => entry.id === category.id);
    if (before) rows.push([category.id, category.label, before.any, category.any]);
  }
  const compared = rows.map(([id, label, before, after]) => ({
    id,
    label,
    earlier: before,
    later: after,
    change: compareShares(before, after),
  }));
  // Some thirty figures tested at once: one or two would look significant by chance alone. A change is retained
  // only if it survives Benjamini–Hochberg at 5 % over all the rows of the comparison.
  const kept = benjaminiHochberg(
    compared.map((row) => row.change.pValue),
    CORRECTION_LEVEL,
  );
  const changes: ChangeRow[] = compared.map((row, index) => ({
    ...row,
    survivesCorrection: row.change.significant && kept[index] === true,
  }));
  return {
    audit: earlier.audit,
    estimator: earlier.estimator,
    changes,
    correction: { method: 'benjamini-hochberg', level: CORRECTION_LEVEL, tests: changes.length },
  };
}
