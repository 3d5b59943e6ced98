import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { Schema } from '../../db/schema.js';
import type { StratumCell } from '../statistics/share-estimate.js';

/** A property of an offer, as a SQL boolean over the offer `o` and its flag summary `f`. */
export interface Indicator {
  name: string;
  condition: RawBuilder<boolean>;
}

/**
 * One row per flagged offer with two booleans per category: `c<i>` (any flag of category i) and `k<i>` (a certain
 * one). Aggregating the flags once per offer is what lets every figure below be a single pass over the offers.
 */
export function flagSummary(
  auditId: number,
  version: string,
  categories: readonly string[],
): RawBuilder<unknown> {
  const columns = categories.map(
    (category, index) =>
      sql`bool_or(category = ${category}) as ${sql.id(`c${index}`)}, bool_or(category = ${category} and severity = 'certain') as ${sql.id(`k${index}`)}`,
  );
  return sql`select offer_id, ${sql.join(columns)} from flags
    where audit_id = ${auditId} and classifier_version = ${version}
    group by offer_id`;
}

/** True when the offer has a flag (a certain one if `certainOnly`) in any of the given categories. */
export function hasFlag(
  categories: readonly string[],
  all: readonly string[],
  certainOnly: boolean,
): RawBuilder<boolean> {
  const columns = categories.map((category) => {
    const index = all.indexOf(category);
    if (index < 0) throw new Error(`unknown category ${category}`);
    return sql.ref(`f.${certainOnly ? 'k' : 'c'}${index}`);
  });
  if (columns.length === 0) return sql<boolean>`false`;
  return sql<boolean>`coalesce((${sql.join(columns, sql` or `)}), false)`;
}

/** Counts and weight sums of each indicator, as SQL select items `h<i>` and `w<i>`. */
export function indicatorColumns(indicators: readonly Indicator[]): RawBuilder<unknown> {
  return sql.join(
    indicators.map(
      (indicator, index) =>
        sql`count(*) filter (where ${indicator.condition}) as ${sql.id(`h${index}`)}, coalesce(sum(o.weight) filter (where ${indicator.condition}), 0) as ${sql.id(`w${index}`)}`,
    ),
  );
}

export type IndicatorRow = Record<string, unknown> & { stratum: string | null; n: unknown; w: unknown };

/** Turns grouped rows into one list of stratum cells per indicator. */
export function cellsOf(
  rows: readonly IndicatorRow[],
  indicators: readonly Indicator[],
): Map<string, StratumCell[]> {
  const cells = new Map<string, StratumCell[]>(indicators.map((indicator) => [indicator.name, []]));
  for (const row of rows) {
    indicators.forEach((indicator, index) => {
      cells.get(indicator.name)!.push({
        stratum: row.stratum,
        sampled: Number(row.n),
        weight: Number(row.w),
        hits: Number(row[`h${index}`]),
        hitWeight: Number(row[`w${index}`]),
      });
    });
  }
  return cells;
}

/** Every indicator over the whole audit, by stratum: one pass over the offers. */
export async function indicatorsByStratum(
  db: Kysely<Schema>,
  auditId: number,
  summary: RawBuilder<unknown>,
  indicators: readonly Indicator[],
): Promise<Map<string, StratumCell[]>> {
  const { rows } = await sql<IndicatorRow>`
    select o.stratum as stratum, count(*) as n, coalesce(sum(o.weight), 0) as w, ${indicatorColumns(indicators)}
    from offers o left join (${summary}) f on f.offer_id = o.offer_id
    where o.audit_id = ${auditId}
    group by o.stratum`.execute(db);
  return cellsOf(rows, indicators);
}

export type BreakdownDimension = 'origin' | 'departement' | 'romeDomain' | 'contractType';

export interface BreakdownGroup {
  dimension: BreakdownDimension;
  key: string | null;
  /** For origin: the partner's name (null for France Travail's own offers and unnamed partners). */
  partner: string | null;
  cells: Map<string, StratumCell[]>;
}

/**
 * The same indicators by origin, département, ROME domain and contract type, in one pass (GROUPING SETS): four
 * separate queries would aggregate the flags four times.
 */
export async function indicatorsByGroup(
  db: Kysely<Schema>,
  auditId: number,
  summary: RawBuilder<unknown>,
  indicators: readonly Indicator[],
): Promise<BreakdownGroup[]> {
  const { rows } = await sql<
    IndicatorRow & {
      g_origin: number;
      g_departement: number;
      g_rome: number;
      origin: string | null;
      partner_name: string | null;
      departement: string | null;
      rome_domain: string | null;
      contract_type: string | null;
    }
  >`
    select o.stratum as stratum, o.origin, o.partner_name, o.departement, o.rome_domain, o.contract_type,
      grouping(o.origin) as g_origin, grouping(o.departement) as g_departement, grouping(o.rome_domain) as g_rome,
      count(*) as n, coalesce(sum(o.weight), 0) as w, ${indicatorColumns(indicators)}
    from offers o left join (${summary}) f on f.offer_id = o.offer_id
    where o.audit_id = ${auditId}
    group by grouping sets (
      (o.stratum, o.origin, o.partner_name), (o.stratum, o.departement), (o.stratum, o.rome_domain),
      (o.stratum, o.contract_type))`.execute(db);
  const groups = new Map<string, { group: BreakdownGroup; rows: IndicatorRow[] }>();
  for (const row of rows) {
    const dimension: BreakdownDimension =
      Number(row.g_origin) === 0
        ? 'origin'
        : Number(row.g_departement) === 0
          ? 'departement'
          : Number(row.g_rome) === 0
            ? 'romeDomain'
            : 'contractType';
    const key =
      dimension === 'origin'
        ? row.origin
        : dimension === 'departement'
          ? row.departement
          : dimension === 'romeDomain'
            ? row.rome_domain
            : row.contract_type;
    const partner = dimension === 'origin' ? row.partner_name : null;
    const id = JSON.stringify([dimension, key, partner]);
    const entry = groups.get(id) ?? {
      group: { dimension, key, partner, cells: new Map() },
      rows: [] as IndicatorRow[],
    };
    entry.rows.push(row);
    groups.set(id, entry);
  }
  return [...groups.values()].map(({ group, rows: groupRows }) => ({
    ...group,
    cells: cellsOf(groupRows, indicators),
  }));
}
