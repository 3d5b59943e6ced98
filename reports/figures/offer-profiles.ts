import { type Kysely, sql } from 'kysely';
import type { Schema } from '../../db/schema.js';

/**
 * What the figures need to know about an offer, reduced to a few columns: its stratum, weight, contract and
 * working time, and two bit masks over the taxonomy's categories (bit i set: a flag of category i; a certain one
 * for `certain`). Offers are counted by distinct profile in the database, so a million offers come back as a few
 * thousand rows, and every indicator is then a predicate over those rows.
 */
export interface OfferProfile {
  stratum: string | null;
  fullTime: boolean | null;
  contractType: string | null;
  any: bigint;
  certain: bigint;
  /** Offers with this profile, and the sum of their design weights. */
  offers: number;
  weight: number;
}

export type BreakdownDimension = 'origin' | 'departement' | 'romeDomain' | 'contractType' | 'employer';

/** Offers of one group (an origin, a département…) in one stratum, counted by four headline properties. */
export interface GroupProfile {
  dimension: BreakdownDimension;
  key: string | null;
  /** For origin: the partner's name. */
  partner: string | null;
  stratum: string | null;
  genuine: boolean;
  illegal: boolean;
  misleading: boolean;
  quality: boolean;
  offers: number;
  weight: number;
}

export interface ProfileMasks {
  /** Any flag of these makes an offer not genuine. */
  disqualifying: bigint;
  illegal: bigint;
  misleading: bigint;
  quality: bigint;
}

interface ProfileRow {
  set: string;
  stratum: string | null;
  full_time: boolean | null;
  contract_type: string | null;
  any_mask: string | number | bigint | null;
  certain_mask: string | number | bigint | null;
  key: string | null;
  partner_name: string | null;
  genuine: boolean | null;
  illegal: boolean | null;
  misleading: boolean | null;
  quality: boolean | null;
  offers: number | string;
  weight: number | string;
}

export function maskOf(categories: readonly string[], all: readonly string[]): bigint {
  let mask = 0n;
  for (const category of categories) {
    const index = all.indexOf(category);
    if (index < 0) throw new Error(`unknown category ${category}`);
    mask |= 1n << BigInt(index);
  }
  return mask;
}

/**
 * One pass over the audit's offers and flags: the offers counted by profile, and by group (origin, département,
 * ROME domain, contract type, employer) with the headline properties the breakdown tables show. GROUPING SETS
 * lets the database aggregate the flags once for all of them.
 */
export async function offerProfiles(
  db: Kysely<Schema>,
  auditId: number,
  version: string,
  all: readonly string[],
  masks: ProfileMasks,
): Promise<{ profiles: OfferProfile[]; groups: GroupProfile[] }> {
  const bit = (severityFilter: boolean) =>
    sql`bit_or(case ${severityFilter ? sql`when severity <> 'certain' then 0::bigint ` : sql``}${sql.join(
      all.map(
        (category, index) =>
          sql`when category = ${category} then ${sql.lit((1n << BigInt(index)).toString())}::bigint`,
      ),
      sql` `,
    )} else 0::bigint end)`;
  const test = (mask: bigint) => sql`(any_mask & ${sql.lit(mask.toString())}::bigint) <> 0`;
  const query = sql<ProfileRow>`
    with f as (
      select offer_id, ${bit(false)} as any_mask, ${bit(true)} as certain_mask
      from flags
      where audit_id = ${auditId} and classifier_version = ${version}
      group by offer_id
    ), o as (
      select o.stratum, o.weight, o.full_time, o.contract_type, o.origin, o.partner_name, o.departement,
        o.rome_domain, o.employer_name, coalesce(f.any_mask, 0) as any_mask, coalesce(f.certain_mask, 0) as certain_mask
      from offers o left join f on f.offer_id = o.offer_id
      where o.audit_id = ${auditId}
    ), p as (
      select *, (any_mask & ${sql.lit(masks.disqualifying.toString())}::bigint) = 0 as genuine,
        ${test(masks.illegal)} as illegal, ${test(masks.misleading)} as misleading, ${test(masks.quality)} as quality
      from o
    )
    select
      case
        when grouping(any_mask) = 0 then 'profile'
        when grouping(origin) = 0 then 'origin'
        when grouping(departement) = 0 then 'departement'
        when grouping(rome_domain) = 0 then 'romeDomain'
        when grouping(employer_name) = 0 then 'employer'
        else 'contractType'
      end as set,
      stratum, full_time, contract_type, any_mask::text as any_mask, certain_mask::text as certain_mask,
      coalesce(origin, departement, rome_domain, employer_name) as key, partner_name,
      genuine, illegal, misleading, quality, count(*) as offers, coalesce(sum(weight), 0) as weight
    from p
    group by grouping sets (
      (stratum, full_time, contract_type, any_mask, certain_mask),
      (stratum, origin, partner_name, genuine, illegal, misleading, quality),
      (stratum, departement, genuine, illegal, misleading, quality),
      (stratum, rome_domain, genuine, illegal, misleading, quality),
      (stratum, contract_type, genuine, illegal, misleading, quality),
      (stratum, employer_name, genuine, illegal, misleading, quality))`;
  const run = async (executor: Kysely<Schema>) => {
    // One big aggregation: enough memory to hash instead of spilling sorts to disk, no JIT (compiling the long
    // CASE expressions costs seconds and saves nothing), and no parallel workers, which would each aggregate
    // every flag again. Measured on a million offers: 33 s with the defaults, 7 s with these.
    await sql`select set_config('work_mem', '256MB', true), set_config('jit', 'off', true),
      set_config('max_parallel_workers_per_gather', '0', true)`.execute(executor);
    return query.execute(executor);
  };
  const { rows } = db.isTransaction ? await query.execute(db) : await db.transaction().execute(run);
  return profilesFrom(rows);
}

function profilesFrom(rows: readonly ProfileRow[]): { profiles: OfferProfile[]; groups: GroupProfile[] } {
  const profiles: OfferProfile[] = [];
  const groups: GroupProfile[] = [];
  for (const row of rows) {
    if (row.set === 'profile') {
      profiles.push({
        stratum: row.stratum,
        fullTime: row.full_time,
        contractType: row.contract_type,
        any: BigInt(String(row.any_mask ?? 0)),
        certain: BigInt(String(row.certain_mask ?? 0)),
        offers: Number(row.offers),
        weight: Number(row.weight),
      });
    } else {
      const dimension = row.set as BreakdownDimension;
      groups.push({
        dimension,
        key: dimension === 'contractType' ? row.contract_type : row.key,
        partner: dimension === 'origin' ? row.partner_name : null,
        stratum: row.stratum,
        genuine: row.genuine === true,
        illegal: row.illegal === true,
        misleading: row.misleading === true,
        quality: row.quality === true,
        offers: Number(row.offers),
        weight: Number(row.weight),
      });
    }
  }
  return { profiles, groups };
}
