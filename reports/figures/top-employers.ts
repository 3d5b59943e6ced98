import type { Kysely } from 'kysely';
import { employerCategoryRows } from '../../db/queries/report-figures.js';
import type { Schema } from '../../db/schema.js';
import type { GroupProfile } from './offer-profiles.js';
import type { EmployerFigure } from './report-figures.js';

/**
 * The employers with the most offers flagged illegal or misleading (from the employer groups of the profile
 * pass), and which of those categories their offers hit.
 */
export async function topEmployers(
  db: Kysely<Schema>,
  auditId: number,
  version: string,
  groups: readonly GroupProfile[],
  categories: readonly string[],
  limit = 10,
): Promise<EmployerFigure[]> {
  const totals = new Map<string, { offers: number; flagged: number }>();
  for (const group of groups) {
    if (group.dimension !== 'employer' || !group.key) continue;
    const entry = totals.get(group.key) ?? { offers: 0, flagged: 0 };
    entry.offers += group.offers;
    if (group.illegal || group.misleading) entry.flagged += group.offers;
    totals.set(group.key, entry);
  }
  const top = [...totals]
    .filter(([, entry]) => entry.flagged > 0)
    .sort((a, b) => b[1].flagged - a[1].flagged || b[1].offers - a[1].offers || a[0].localeCompare(b[0]))
    .slice(0, limit);
  if (top.length === 0 || categories.length === 0) return [];
  const rows = await employerCategoryRows(
    db,
    auditId,
    version,
    categories,
    top.map(([employer]) => employer),
  );
  return top.map(([employer, entry]) => ({
    employer,
    offers: entry.offers,
    flaggedOffers: entry.flagged,
    categories: rows
      .filter((row) => row.employer === employer)
      .map((row) => ({ id: row.category, offers: Number(row.offers) }))
      .sort((a, b) => b.offers - a.offers || a.id.localeCompare(b.id)),
  }));
}
