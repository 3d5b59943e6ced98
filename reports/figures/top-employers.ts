import { type Kysely, sql } from 'kysely';
import type { Schema } from '../../db/schema.js';
import type { EmployerFigure } from './report-figures.js';

/** The employers with the most offers flagged illegal or misleading, and which categories their offers hit. */
export async function topEmployers(
  db: Kysely<Schema>,
  auditId: number,
  version: string,
  categories: readonly string[],
  limit = 10,
): Promise<EmployerFigure[]> {
  if (categories.length === 0) return [];
  const flagged = sql`select distinct offer_id from flags
    where audit_id = ${auditId} and classifier_version = ${version} and category in (${sql.join(categories)})`;
  const { rows } = await sql<{ employer: string; offers: number; flagged: number }>`
    select o.employer_name as employer, count(*) as offers, count(f.offer_id) as flagged
    from offers o left join (${flagged}) f on f.offer_id = o.offer_id
    where o.audit_id = ${auditId} and o.employer_name is not null and o.employer_name <> ''
    group by o.employer_name
    having count(f.offer_id) > 0
    order by count(f.offer_id) desc, count(*) desc, o.employer_name
    limit ${limit}`.execute(db);
  if (rows.length === 0) return [];
  const { rows: byCategory } = await sql<{ employer: string; category: string; offers: number }>`
    select o.employer_name as employer, f.category, count(distinct f.offer_id) as offers
    from flags f join offers o on o.audit_id = f.audit_id and o.offer_id = f.offer_id
    where f.audit_id = ${auditId} and f.classifier_version = ${version}
      and f.category in (${sql.join(categories)})
      and o.employer_name in (${sql.join(rows.map((row) => row.employer))})
    group by o.employer_name, f.category`.execute(db);
  return rows.map((row) => ({
    employer: row.employer,
    offers: Number(row.offers),
    flaggedOffers: Number(row.flagged),
    categories: byCategory
      .filter((entry) => entry.employer === row.employer)
      .map((entry) => ({ id: entry.category, offers: Number(entry.offers) }))
      .sort((a, b) => b.offers - a.offers || a.id.localeCompare(b.id)),
  }));
}
