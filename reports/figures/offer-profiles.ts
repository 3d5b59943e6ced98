import type { Kysely } from 'kysely';
import { offerProfileRows, type ProfileMasks, type ProfileRow } from '../../db/queries/report-figures.js';
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
  /** A work-study contract: its pay follows the apprentice scale, not the SMIC. */
  alternance: boolean;
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

export type { ProfileMasks } from '../../db/queries/report-figures.js';

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
  return profilesFrom(await offerProfileRows(db, auditId, version, all, masks));
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
        alternance: row.alternance === true,
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
