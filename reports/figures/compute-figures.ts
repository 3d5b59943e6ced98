import { type Kysely, sql } from 'kysely';
import { CATEGORIES, type CategoryId } from '../../classifiers/taxonomy.js';
import type { Audit } from '../../db/audits.js';
import type { AuditDesign, Schema } from '../../db/schema.js';
import { validationCounts } from '../../db/validations.js';
import { type Estimator, estimateShare, type StratumCell } from '../statistics/share-estimate.js';
import { auditFacts, reportClassifierVersion } from './audit-facts.js';
import { compareFigures } from './compare-figures.js';
import { largestDuplicateClusters } from './duplicate-clusters.js';
import { evidenceExamples } from './evidence-examples.js';
import {
  type BreakdownDimension,
  flagSummary,
  hasFlag,
  type Indicator,
  indicatorsByGroup,
  indicatorsByStratum,
} from './indicator-sql.js';
import { contractLabel, originLabel } from './labels.js';
import { reportCategories } from './report-categories.js';
import type {
  BreakdownRow,
  FloorCeiling,
  GroupShare,
  ReportFigures,
  ValidationFigure,
} from './report-figures.js';
import { ruleCounts } from './rule-counts.js';
import { topEmployers } from './top-employers.js';

export interface FigureOptions {
  /** Keep phone numbers, e-mails and recruiters' names in the quoted evidence. @default false */
  keepContacts?: boolean;
  /** An earlier audit to compare with, month over month. */
  compareWith?: Audit;
  /** Examples quoted per category. @default 3 */
  examplesPerCategory?: number;
  /** The report's date, for reproducible output in tests. @default now */
  now?: Date;
}

export function estimatorFor(design: AuditDesign): Estimator {
  if (design.kind === 'census') return 'census';
  if (design.kind === 'stratified') return 'stratified';
  return 'srs';
}

/**
 * Every figure of the report for one audit, computed in the database: a handful of aggregate queries whose cost
 * grows with the number of offers but whose memory does not.
 */
export async function computeFigures(
  db: Kysely<Schema>,
  audit: Audit,
  options: FigureOptions = {},
): Promise<ReportFigures> {
  const version = (await reportClassifierVersion(db, audit)) ?? '';
  const facts = await auditFacts(db, audit, version || null);
  const estimator = estimatorFor(audit.design);
  const taxonomy = reportCategories();
  const all = taxonomy.all;
  const summary = flagSummary(audit.id, version, all);
  const pair = (
    name: string,
    categories: readonly string[],
    negate = false,
    extra?: ReturnType<typeof sql>,
  ) => {
    const make = (certainOnly: boolean): Indicator => {
      const flagged = hasFlag(categories, all, certainOnly);
      const condition = negate ? sql<boolean>`not ${flagged}` : flagged;
      return {
        name: `${name}:${certainOnly ? 'certain' : 'any'}`,
        condition: extra ? sql<boolean>`(${extra} and ${condition})` : condition,
      };
    };
    return [make(true), make(false)];
  };
  const unionFacts = sql`o.contract_type = 'CDI' and o.full_time is true`;
  const indicators: Indicator[] = [
    ...pair('genuine', taxonomy.disqualifying, true),
    ...pair('unionStrict', taxonomy.unionDisqualifying, true, unionFacts),
    ...pair('illegal', taxonomy.byAxis.illegal),
    ...pair('misleading', taxonomy.byAxis.misleading),
    ...pair('quality', taxonomy.byAxis.quality),
    ...all.flatMap((id) => pair(`category:${id}`, [id])),
    ...taxonomy.articles.flatMap(({ article, categories }) => pair(`article:${article}`, categories)),
    { name: 'time:full', condition: sql<boolean>`o.full_time is true` },
    { name: 'time:part', condition: sql<boolean>`o.full_time is false` },
    { name: 'time:unknown', condition: sql<boolean>`o.full_time is null` },
  ];
  const cells = await indicatorsByStratum(db, audit.id, summary, indicators);
  const share = (name: string) => estimateShare(estimator, cells.get(name) ?? []);
  const floorCeiling = (name: string): FloorCeiling => ({
    certain: share(`${name}:certain`),
    any: share(`${name}:any`),
  });

  const groupIndicators = [
    ...pair('genuine', taxonomy.disqualifying, true),
    ...pair('illegal', taxonomy.byAxis.illegal),
    ...pair('misleading', taxonomy.byAxis.misleading),
    ...pair('quality', taxonomy.byAxis.quality),
  ].filter((indicator) => indicator.name.endsWith(':any'));
  const groups = await indicatorsByGroup(db, audit.id, summary, groupIndicators);
  const overall = cells.get('genuine:any') ?? [];
  const breakdown = (dimension: BreakdownDimension): BreakdownRow[] =>
    groups
      .filter((group) => group.dimension === dimension)
      .map((group) => {
        const groupCells = group.cells.get('genuine:any') ?? [];
        const estimate = (name: string) => estimateShare(estimator, group.cells.get(`${name}:any`) ?? []);
        return {
          key: dimension === 'origin' ? (group.partner ?? group.key) : group.key,
          label: labelFor(dimension, group.key, group.partner),
          sampled: groupCells.reduce((sum, cell) => sum + cell.sampled, 0),
          weightShare:
            facts.weightTotal > 0
              ? groupCells.reduce((sum, cell) => sum + cell.weight, 0) / facts.weightTotal
              : 0,
          genuine: estimate('genuine'),
          illegal: estimate('illegal'),
          misleading: estimate('misleading'),
          quality: estimate('quality'),
        };
      })
      .sort((a, b) => b.sampled - a.sampled || String(a.key).localeCompare(String(b.key)));

  const contractTypes: GroupShare[] = groups
    .filter((group) => group.dimension === 'contractType')
    .map((group) => ({
      key: group.key,
      label: contractLabel(group.key),
      estimate: estimateShare(estimator, membership(overall, group.cells.get('genuine:any') ?? [])),
    }))
    .sort((a, b) => b.estimate.share - a.estimate.share);

  const validation = await validationFigures(db, audit.id);
  const figures: ReportFigures = {
    formatVersion: 1,
    generatedAt: (options.now ?? new Date()).toISOString(),
    audit: facts,
    estimator,
    headline: {
      genuine: floorCeiling('genuine'),
      unionStrict: floorCeiling('unionStrict'),
      illegal: floorCeiling('illegal'),
      misleading: floorCeiling('misleading'),
      quality: floorCeiling('quality'),
    },
    categories: all.map((id) => ({
      id,
      axis: CATEGORIES[id].axis,
      label: CATEGORIES[id].label,
      reference: CATEGORIES[id].reference,
      ...floorCeiling(`category:${id}`),
    })),
    articles: taxonomy.articles.map(({ article, categories }) => ({
      article,
      categories: [...categories],
      ...floorCeiling(`article:${article}`),
    })),
    contractTypes,
    workingTime: [
      { key: 'full', label: 'Temps plein', estimate: share('time:full') },
      { key: 'part', label: 'Temps partiel', estimate: share('time:part') },
      { key: 'unknown', label: 'Non indiqué', estimate: share('time:unknown') },
    ],
    breakdowns: {
      origin: breakdown('origin'),
      departement: breakdown('departement'),
      romeDomain: breakdown('romeDomain'),
      contractType: breakdown('contractType'),
    },
    topEmployers: await topEmployers(db, audit.id, version, [
      ...taxonomy.byAxis.illegal,
      ...taxonomy.byAxis.misleading,
    ]),
    duplicateClusters: await largestDuplicateClusters(db, audit.id, version),
    evidence: await evidenceExamples(
      db,
      audit.id,
      version,
      all.filter((id) => CATEGORIES[id].axis !== 'stability'),
      { perCategory: options.examplesPerCategory ?? 3, keepContacts: options.keepContacts ?? false },
    ),
    validation,
    rules: await ruleCounts(db, audit.id, version),
    comparison: null,
    contactsMasked: !(options.keepContacts ?? false),
  };
  if (options.compareWith) {
    const earlier = await computeFigures(db, options.compareWith, {
      ...options,
      compareWith: undefined,
      examplesPerCategory: 0,
    });
    figures.comparison = compareFigures(earlier, figures);
  }
  return figures;
}

function labelFor(dimension: BreakdownDimension, key: string | null, partner: string | null): string {
  if (dimension === 'origin') return originLabel(key, partner);
  if (dimension === 'contractType') return contractLabel(key);
  return key ?? 'Non indiqué';
}

/** Cells for "offers of this group among all offers", stratum by stratum. */
function membership(overall: readonly StratumCell[], group: readonly StratumCell[]): StratumCell[] {
  return overall.map((cell) => {
    const inGroup = group.filter((entry) => entry.stratum === cell.stratum);
    return {
      ...cell,
      hits: inGroup.reduce((sum, entry) => sum + entry.sampled, 0),
      hitWeight: inGroup.reduce((sum, entry) => sum + entry.weight, 0),
    };
  });
}

async function validationFigures(db: Kysely<Schema>, auditId: number): Promise<ValidationFigure[]> {
  const counts = await validationCounts(db, auditId);
  const rate = (hits: number, total: number) =>
    total === 0
      ? null
      : estimateShare('srs', [{ stratum: null, sampled: total, hits, weight: total, hitWeight: hits }]);
  return counts.map((count) => ({
    ...count,
    label: CATEGORIES[count.category as CategoryId]?.label ?? count.category,
    precision: rate(count.truePositives, count.truePositives + count.falsePositives),
    recall: rate(count.truePositives, count.truePositives + count.falseNegatives),
  }));
}
