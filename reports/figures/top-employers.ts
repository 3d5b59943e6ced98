import { type Kysely, sql } from 'kysely';
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
  const { rows } = await sql<{ employer: string; category: string; offers: number }>`
    select o.employer_name as employer, f.category, count(distinct f.offer_id) as offers
    from offers o join flags f on f.audit_id = o.audit_id and f.offer_id = o.offer_id
    where o.audit_id = ${auditId} and f.classifier_version = ${version}
      and f.category in (${sql.join(categories)})
      and o.employer_name in (${sql.join(top.map(([employer]) => employer))})
    group by o.employer_name, f.category`.execute(db);
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
