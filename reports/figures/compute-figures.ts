import type { Kysely } from 'kysely';
import type { Audit } from '../../db/audits.js';
import { drawnNotYetRead } from '../../db/frontier.js';
import { applicationLinkRows } from '../../db/queries/application-links.js';
import { type ArticleCellRow, articleCellRows, workingTimeRows } from '../../db/queries/report-figures.js';
import type { AuditDesign, Schema } from '../../db/schema.js';
import { validationCounts } from '../../db/validations.js';
import { departementLabel, romeDomainLabel } from '../../model/names-fr.js';
import { CATEGORIES, CATEGORY_IDS, isCategoryId } from '../../model/taxonomy.js';
import { type DomainStratum, domainEstimate } from '../statistics/domain-estimate.js';
import {
  type Estimator,
  estimateShare,
  type ShareEstimate,
  type StratumCell,
} from '../statistics/share-estimate.js';
import { applicationLinkFigure } from './application-links.js';
import { auditFacts, crawlIncomplete, reportClassifierVersion } from './audit-facts.js';
import { type CgtBase, cgtComparison, FIXED_TERM_CONTRACTS } from './cgt-comparison.js';
import { compareFigures } from './compare-figures.js';
import { largestDuplicateClusters } from './duplicate-clusters.js';
import { evidenceExamples } from './evidence-examples.js';
import { contractLabel, originLabel } from './labels.js';
import { lossAdjustment } from './nonresponse-figure.js';
import {
  type BreakdownDimension,
  type GroupProfile,
  maskOf,
  type OfferProfile,
  offerProfiles,
} from './offer-profiles.js';
import { reportCategories } from './report-categories.js';
import type {
  ArticleFigure,
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
  compareWith?: Audit | undefined;
  /** Examples quoted per category. @default 3 */
  examplesPerCategory?: number;
  /** The report's date, for reproducible output in tests. @default now */
  now?: Date;
}

function isSample(design: AuditDesign): boolean {
  return design.kind === 'sample' || design.kind === 'stratified';
}

export function estimatorFor(design: AuditDesign, incomplete = false): Estimator {
  // A census that could not read every offer is not exact: its figures get the intervals of a sample.
  if (design.kind === 'census') return incomplete ? 'srs' : 'census';
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
  const estimator = estimatorFor(audit.design, crawlIncomplete(audit));
  const taxonomy = reportCategories();
  const all = taxonomy.all;
  const mask = (categories: readonly string[]) => maskOf(categories, all);
  const masks = {
    disqualifying: mask(taxonomy.disqualifying),
    illegal: mask(taxonomy.byAxis.illegal),
    misleading: mask(taxonomy.byAxis.misleading),
    quality: mask(taxonomy.byAxis.quality),
  };
  const stored = await offerProfiles(db, audit.id, version, all, masks);
  // Offers lost between drawing and fetching: the offers read of their stratum carry their weight.
  // A crawl still running has drawn offers it has not read yet: they are not lost (only failed or gone ones are).
  const pending = isSample(audit.design) ? await drawnNotYetRead(db, audit.id) : [];
  const losses = lossAdjustment(audit, stored.profiles, pending);
  const profiles = stored.profiles.map(losses.reweight);
  const groups = stored.groups.map(losses.reweight);
  const facts = await auditFacts(
    db,
    audit,
    version || null,
    // Flagged: not genuine (a flag of a problem category, likely ones included), so that flagged + genuine = read.
    profiles.reduce(
      (sum, profile) => sum + ((profile.any & masks.disqualifying) !== 0n ? profile.offers : 0),
      0,
    ),
  );
  // The population the figures speak for is the adjusted weights' (the stored ones are the weights as drawn).
  if (losses.nonResponse) facts.weightTotal = profiles.reduce((sum, profile) => sum + profile.weight, 0);

  const share = (predicate: (profile: OfferProfile) => boolean) =>
    estimateShare(estimator, cellsOf(profiles, predicate));
  /** Floor and ceiling of "has a flag in these categories": certain flags only, then all. */
  const flagged = (categories: readonly string[]): FloorCeiling => {
    const bits = mask(categories);
    return {
      certain: share((profile) => (profile.certain & bits) !== 0n),
      any: share((profile) => (profile.any & bits) !== 0n),
    };
  };
  /** Floor and ceiling of "has no flag in these categories" (and meets `extra`). */
  const clean = (categories: readonly string[], extra: (profile: OfferProfile) => boolean = () => true) => {
    const bits = mask(categories);
    return {
      certain: share((profile) => extra(profile) && (profile.certain & bits) === 0n),
      any: share((profile) => extra(profile) && (profile.any & bits) === 0n),
    };
  };
  // The union's strict share: a CDI, full time, paid at least the SMIC. A work-study CDI is paid on the apprentice
  // scale (27 % to 100 % of the SMIC, legally), so it is never in it, whatever its flags.
  const unionFacts = (profile: OfferProfile) =>
    profile.contractType === 'CDI' && profile.fullTime === true && !profile.alternance;

  /** Each stratum's full sample and population (n_h, N_h), from all its offers: what a domain estimate needs. */
  const strata = stratumTotals(profiles);
  const breakdown = (dimension: BreakdownDimension): BreakdownRow[] => {
    const byGroup = new Map<string, GroupProfile[]>();
    for (const group of groups) {
      if (group.dimension !== dimension) continue;
      const id = JSON.stringify([group.key, group.partner]);
      byGroup.set(id, [...(byGroup.get(id) ?? []), group]);
    }
    return [...byGroup.values()]
      .map((members) => {
        const first = members[0]!;
        const estimate = (property: 'genuine' | 'illegal' | 'misleading' | 'quality') =>
          estimator === 'stratified'
            ? domainShare(strata, members, (member) => member[property])
            : estimateShare(
                estimator,
                cellsOf(members, (member) => member[property]),
              );
        const weight = members.reduce((sum, member) => sum + member.weight, 0);
        return {
          key: dimension === 'origin' ? (first.partner ?? first.key) : first.key,
          label: labelFor(dimension, first.key, first.partner),
          sampled: members.reduce((sum, member) => sum + member.offers, 0),
          weightShare: facts.weightTotal > 0 ? weight / facts.weightTotal : 0,
          genuine: estimate('genuine'),
          illegal: estimate('illegal'),
          misleading: estimate('misleading'),
          quality: estimate('quality'),
        };
      })
      .sort((a, b) => b.sampled - a.sampled || String(a.key).localeCompare(String(b.key)));
  };

  const inBase = (base: CgtBase) => (row: { fullTime: boolean | null; contractType: string | null }) =>
    base === 'all'
      ? true
      : base === 'partTime'
        ? row.fullTime === false
        : row.contractType !== null && FIXED_TERM_CONTRACTS.has(row.contractType);
  /** A share of the offers of a base (a domain of the sample, estimated as one). */
  const overBase = <T extends { stratum: string | null; offers: number; weight: number }>(
    rows: readonly T[],
    predicate: (row: T) => boolean,
  ): ShareEstimate =>
    estimator === 'stratified'
      ? domainShare(strata, rows, predicate)
      : estimateShare(estimator, cellsOf(rows, predicate));
  const working = (await workingTimeRows(db, audit.id))
    .map((row) => ({
      ...row,
      fullTime: row.full_time,
      contractType: null,
      offers: Number(row.offers),
      weight: Number(row.weight ?? 0),
    }))
    .map(losses.reweight);
  // A dead link is seen on a partner's copy or on an application site: unchecked only when neither was visited.
  const categoryChecked = (id: string) =>
    !(
      id === 'dead_link' &&
      audit.design.kind === 'import' &&
      facts.partnerPagesChecked + (facts.applicationLinksChecked ?? 0) === 0
    );
  const hoursMissingCategory = (all as readonly string[]).includes('hours_missing');
  const cgt = cgtComparison({
    category: (id, base) => {
      if (!categoryChecked(id)) return null;
      const bits = mask([id]);
      const rows = profiles.filter(inBase(base));
      return {
        certain: overBase(rows, (profile) => (profile.certain & bits) !== 0n),
        any: overBase(rows, (profile) => (profile.any & bits) !== 0n),
      };
    },
    workingTime: (predicate, base) => {
      const rows = base === 'partTime' ? working.filter((row) => row.full_time === false) : working;
      return overBase(rows, predicate);
    },
    notGenuine: flagged(taxonomy.disqualifying),
    misleading: flagged(taxonomy.byAxis.misleading),
    unionStrict: {
      certain: clean(taxonomy.unionDisqualifying, unionFacts).any,
      any: clean(taxonomy.unionDisqualifying, unionFacts).certain,
    },
    hoursMissingCategory,
  });

  const contractCodes = [...new Set(profiles.map((profile) => profile.contractType))];
  const contractTypes: GroupShare[] = contractCodes
    .map((code) => ({
      key: code,
      label: contractLabel(code),
      estimate: share((profile) => profile.contractType === code),
    }))
    .sort((a, b) => b.estimate.share - a.estimate.share);

  const figures: ReportFigures = {
    formatVersion: 1,
    generatedAt: (options.now ?? new Date()).toISOString(),
    audit: facts,
    estimator,
    headline: {
      genuine: clean(taxonomy.disqualifying),
      unionStrict: clean(taxonomy.unionDisqualifying, unionFacts),
      illegal: flagged(taxonomy.byAxis.illegal),
      misleading: flagged(taxonomy.byAxis.misleading),
      quality: flagged(taxonomy.byAxis.quality),
    },
    categories: all.map((id) => ({
      id,
      checked: categoryChecked(id),
      axis: CATEGORIES[id].axis,
      label: CATEGORIES[id].label,
      reference: CATEGORIES[id].reference,
      ...flagged([id]),
    })),
    articles: articleFigures(
      estimator,
      strata,
      taxonomy.articles,
      await articleCellRows(db, audit.id, version, taxonomy.byAxis.illegal),
    ),
    contractTypes,
    workingTime: [
      { key: 'full', label: 'Temps plein', estimate: share((profile) => profile.fullTime === true) },
      { key: 'part', label: 'Temps partiel', estimate: share((profile) => profile.fullTime === false) },
      { key: 'unknown', label: 'Non indiqué', estimate: share((profile) => profile.fullTime === null) },
    ],
    breakdowns: {
      origin: breakdown('origin'),
      departement: breakdown('departement'),
      romeDomain: breakdown('romeDomain'),
      contractType: breakdown('contractType'),
    },
    topEmployers: await topEmployers(db, audit.id, version, groups, [
      ...taxonomy.byAxis.illegal,
      ...taxonomy.byAxis.misleading,
    ]),
    duplicateClusters: await largestDuplicateClusters(db, audit.id, version, 10, {
      keepContacts: options.keepContacts ?? false,
    }),
    evidence: await evidenceExamples(
      db,
      audit.id,
      version,
      all.filter((id) => CATEGORIES[id].axis !== 'stability'),
      { perCategory: options.examplesPerCategory ?? 3, keepContacts: options.keepContacts ?? false },
    ),
    validation: await validationFigures(db, audit.id),
    rules: await ruleCounts(db, audit.id, version),
    comparison: null,
    contactsMasked: !(options.keepContacts ?? false),
    cgt,
    applicationLinks: applicationLinkFigure(await applicationLinkRows(db, audit.id), {
      all: (rows, predicate) => estimateShare(estimator, cellsOf(rows, predicate)),
      part: overBase,
    }),
    strata: {
      count: estimator === 'stratified' ? strata.size : 0,
      collapsed:
        estimator === 'stratified' ? [...strata.values()].filter((stratum) => stratum.sampled < 2).length : 0,
    },
    nonResponse: losses.nonResponse,
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
  if (dimension === 'departement') return departementLabel(key);
  if (dimension === 'romeDomain') return romeDomainLabel(key);
  return key ?? 'Non indiqué';
}

/**
 * Illegal offers by article, each flag credited to the articles its own reference cites: the taxonomy's articles
 * (0 when no flag cites them) and any finer article a rule cites, in the order of the code.
 */
export function articleFigures(
  estimator: Estimator,
  strata: ReadonlyMap<string | null, { sampled: number; population: number }>,
  known: ReadonlyArray<{ article: string; categories: readonly string[] }>,
  rows: readonly ArticleCellRow[],
): ArticleFigure[] {
  const articles = new Map<string, { categories: Set<string>; rows: ArticleCellRow[] }>();
  for (const { article, categories } of known)
    articles.set(article, { categories: new Set(categories), rows: [] });
  for (const row of rows) {
    const entry = articles.get(row.article) ?? { categories: new Set<string>(), rows: [] };
    for (const category of row.categories.split(',')) if (category) entry.categories.add(category);
    entry.rows.push(row);
    articles.set(row.article, entry);
  }
  const cells = (entryRows: readonly ArticleCellRow[], certainOnly: boolean): StratumCell[] =>
    [...strata.entries()].map(([stratum, total]) => {
      const hit = entryRows.filter((row) => row.stratum === stratum);
      return {
        stratum,
        sampled: total.sampled,
        weight: total.population,
        hits: hit.reduce((sum, row) => sum + Number(certainOnly ? row.certain_offers : row.offers), 0),
        hitWeight: hit.reduce(
          (sum, row) => sum + Number((certainOnly ? row.certain_weight : row.weight) ?? 0),
          0,
        ),
      };
    });
  return [...articles.entries()]
    .sort(([a], [b]) => a.localeCompare(b, 'fr', { numeric: true }))
    .map(([article, entry]) => ({
      article,
      categories: [...entry.categories],
      certain: estimateShare(estimator, cells(entry.rows, true)),
      any: estimateShare(estimator, cells(entry.rows, false)),
    }));
}

/** n_h and N_h of each stratum, in the order the profiles list them (the design's order). */
export function stratumTotals(
  profiles: readonly { stratum: string | null; offers: number; weight: number }[],
): Map<string | null, { sampled: number; population: number }> {
  const totals = new Map<string | null, { sampled: number; population: number }>();
  for (const profile of profiles) {
    const entry = totals.get(profile.stratum) ?? { sampled: 0, population: 0 };
    entry.sampled += profile.offers;
    entry.population += profile.weight;
    totals.set(profile.stratum, entry);
  }
  // The design's order (départements by code), so that a stratum is collapsed with the same neighbour every time.
  return new Map(
    [...totals.entries()].sort(([a], [b]) => (a ?? '').localeCompare(b ?? '', 'fr', { numeric: true })),
  );
}

/**
 * A breakdown row's share as a domain of the stratified sample: every stratum contributes its full n_h and N_h
 * (offers outside the domain included), not only the domain's offers, so the domain's estimated size carries its
 * own variance. `count` and `sampled` stay the domain's own offers.
 */
export function domainShare<T extends { stratum: string | null; offers: number }>(
  strata: ReadonlyMap<string | null, { sampled: number; population: number }>,
  members: readonly T[],
  predicate: (member: T) => boolean,
): ShareEstimate {
  const inDomain = new Map<string | null, { domainSampled: number; domainHits: number }>();
  let count = 0;
  let sampled = 0;
  for (const member of members) {
    const entry = inDomain.get(member.stratum) ?? { domainSampled: 0, domainHits: 0 };
    entry.domainSampled += member.offers;
    sampled += member.offers;
    if (predicate(member)) {
      entry.domainHits += member.offers;
      count += member.offers;
    }
    inDomain.set(member.stratum, entry);
  }
  if (sampled === 0) return { count: 0, sampled: 0, share: 0, interval: null, estimatedTotal: 0 };
  const cells: DomainStratum[] = [...strata.entries()].map(([stratum, total]) => ({
    sampled: total.sampled,
    population: total.population,
    domainSampled: inDomain.get(stratum)?.domainSampled ?? 0,
    domainHits: inDomain.get(stratum)?.domainHits ?? 0,
  }));
  const estimate = domainEstimate(cells);
  return {
    count,
    sampled,
    share: estimate.share,
    interval: estimate.interval,
    estimatedTotal: estimate.share * estimate.domainSize,
  };
}

/** Stratum cells of "offers of these rows that satisfy the predicate". */
function cellsOf<T extends { stratum: string | null; offers: number; weight: number }>(
  rows: readonly T[],
  predicate: (row: T) => boolean,
): StratumCell[] {
  const cells = new Map<string | null, StratumCell>();
  for (const row of rows) {
    const cell = cells.get(row.stratum) ?? {
      stratum: row.stratum,
      sampled: 0,
      hits: 0,
      weight: 0,
      hitWeight: 0,
    };
    cell.sampled += row.offers;
    cell.weight += row.weight;
    if (predicate(row)) {
      cell.hits += row.offers;
      cell.hitWeight += row.weight;
    }
    cells.set(row.stratum, cell);
  }
  return [...cells.values()];
}

async function validationFigures(db: Kysely<Schema>, auditId: number): Promise<ValidationFigure[]> {
  const counts = await validationCounts(db, auditId);
  const rate = (hits: number, total: number) =>
    total === 0
      ? null
      : estimateShare('srs', [{ stratum: null, sampled: total, hits, weight: total, hitWeight: hits }]);
  const order = (category: string) => {
    const index = (CATEGORY_IDS as readonly string[]).indexOf(category);
    return index < 0 ? CATEGORY_IDS.length : index;
  };
  counts.sort((a, b) => order(a.category) - order(b.category));
  return counts.map((count) => ({
    ...count,
    label: isCategoryId(count.category) ? CATEGORIES[count.category].label : count.category,
    precision: rate(count.truePositives, count.truePositives + count.falsePositives),
    recall: rate(count.truePositives, count.truePositives + count.falseNegatives),
  }));
}
