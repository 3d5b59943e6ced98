import { type Kysely, sql } from 'kysely';
import type { Schema } from '../schema.js';

/**
 * What the report's application-link figure is computed from: offers grouped by stratum and by what their
 * application site (`contact.urlPostulation`) gave. An offer has one when its listing names one that is not also
 * one of its partners' URLs (the rule of model/offer.ts `linkKind`); its visit is its `partner_pages` row of kind
 * `application` (migration 0006).
 */
export interface ApplicationLinkRow {
  stratum: string | null;
  offers: number;
  weight: number;
  /** The listing names an application site. */
  hasLink: boolean;
  /** The crawl visited it. */
  visited: boolean;
  /** Visited and gone: 404/410, "expired" text, redirected to the site's home page. */
  dead: boolean;
  /** Visited and no verdict: no answer, an unreadable page, refused by the address guard… */
  unreachable: boolean;
}

export async function applicationLinkRows(
  db: Kysely<Schema>,
  auditId: number,
): Promise<ApplicationLinkRow[]> {
  const { rows } = await sql<{
    stratum: string | null;
    offers: number | string;
    weight: number | string | null;
    has_link: boolean;
    visited: boolean;
    dead: boolean;
    unreachable: boolean;
  }>`
    with links as (
      select o.stratum, o.weight,
        coalesce(o.offer->'contact'->>'applyUrl' ~* '^https?://', false)
          and not exists (
            select 1 from jsonb_array_elements(coalesce(o.offer->'origin'->'partners', '[]'::jsonb)) partner
            where partner->>'url' = o.offer->'contact'->>'applyUrl'
          ) as has_link,
        p.offer_id is not null as visited,
        coalesce(p.live = false, false) as dead,
        p.offer_id is not null and p.live is null as unreachable
      from offers o
      left join partner_pages p
        on p.audit_id = o.audit_id and p.offer_id = o.offer_id and p.kind = 'application'
      where o.audit_id = ${auditId}
    )
    select stratum, count(*) as offers, sum(weight) as weight, has_link, visited, dead, unreachable
    from links
    group by stratum, has_link, visited, dead, unreachable`.execute(db);
  return rows.map((row) => ({
    stratum: row.stratum,
    offers: Number(row.offers),
    weight: Number(row.weight ?? 0),
    hasLink: row.has_link,
    visited: row.visited,
    dead: row.dead,
    unreachable: row.unreachable,
  }));
}
