import { type Kysely, sql } from 'kysely';
import { STAGING_SUFFIX } from '../../model/flag.js';
import type { Schema } from '../schema.js';

/**
 * The queries a report's figures are computed from, each named by what it answers. They return rows; the
 * statistics over them live in reports/. Any change to the SQL changes the published figures.
 */

/**
 * The classifier version of an audit's most recent finished flags, for an audit whose classification did not
 * record one. Rows still under a "~staging" version belong to a classification that never finished (killed
 * mid-way): they are never a report's.
 */
export async function latestFlagsVersion(db: Kysely<Schema>, auditId: number): Promise<string | null> {
  const row = await db
    .selectFrom('flags')
    .select('classifier_version')
    .where('audit_id', '=', auditId)
    .where('classifier_version', 'not like', `%${STAGING_SUFFIX}`)
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.classifier_version ?? null;
}

/** An audit's offers, their total design weight, its fetch errors and its partner pages. */
export async function auditCounts(
  db: Kysely<Schema>,
  auditId: number,
): Promise<{ offers: number; weight: number; errors: number; pages: number }> {
  const { rows } = await sql<{
    offers: number;
    weight: number;
    errors: number;
    pages: number;
  }>`
    select o.offers, o.weight,
      (select count(*) from fetch_errors where audit_id = ${auditId}) as errors,
      (select count(*) from partner_pages where audit_id = ${auditId}) as pages
    -- One scan of the offers for both their count and their weight.
    from (select count(*) as offers, coalesce(sum(weight), 0) as weight from offers where audit_id = ${auditId}) o`.execute(
    db,
  );
  const row = rows[0]!;
  return {
    offers: Number(row.offers),
    weight: Number(row.weight),
    errors: Number(row.errors),
    pages: Number(row.pages),
  };
}

export interface RuleCountRow {
  category: string;
  rule: string;
  reference: string | null;
  certain: number;
  likely: number;
}

/** Every rule that fired in the audit, with how many certain and likely flags it raised. */
export async function ruleCountRows(
  db: Kysely<Schema>,
  auditId: number,
  version: string,
): Promise<RuleCountRow[]> {
  const { rows } = await sql<RuleCountRow>`
    select category, rule, max(reference) as reference,
      count(*) filter (where severity = 'certain') as certain,
      count(*) filter (where severity <> 'certain') as likely
    from flags
    where audit_id = ${auditId} and classifier_version = ${version}
    group by category, rule
    order by category, rule`.execute(db);
  return rows.map((row) => ({ ...row, certain: Number(row.certain), likely: Number(row.likely) }));
}

/** For these employers, how many of their offers carry a flag of each of these categories. */
export async function employerCategoryRows(
  db: Kysely<Schema>,
  auditId: number,
  version: string,
  categories: readonly string[],
  employers: readonly string[],
): Promise<Array<{ employer: string; category: string; offers: number }>> {
  const { rows } = await sql<{ employer: string; category: string; offers: number }>`
    select o.employer_name as employer, f.category, count(distinct f.offer_id) as offers
    from offers o join flags f on f.audit_id = o.audit_id and f.offer_id = o.offer_id
    where o.audit_id = ${auditId} and f.classifier_version = ${version}
      and f.category in (${sql.join(categories)})
      and o.employer_name in (${sql.join(employers)})
    group by o.employer_name, f.category`.execute(db);
  return rows.map((row) => ({ ...row, offers: Number(row.offers) }));
}

export interface DuplicateClusterRow {
  cluster_id: string;
  size: number;
  original_id: string;
  title: string | null;
  employer: string | null;
  /** The original's recruiter, so that the title quoted is masked of that name too. */
  contact_name: string | null;
  offer_ids: string[];
}

/** The largest clusters of ads for one job, with the original's title and employer and up to 30 members. */
export async function largestClusterRows(
  db: Kysely<Schema>,
  auditId: number,
  version: string,
  limit: number,
): Promise<DuplicateClusterRow[]> {
  // The classifier may or may not list the original among its cluster's members: count it once either way.
  const { rows } = await sql<DuplicateClusterRow>`
    with clusters as (
      select cluster_id, min(original_id) as original_id,
        count(distinct offer_id) + case when bool_or(offer_id = original_id) then 0 else 1 end as size
      from duplicate_clusters
      where audit_id = ${auditId} and classifier_version = ${version}
      group by cluster_id
      order by size desc, cluster_id
      limit ${limit}
    )
    select c.cluster_id, c.size, c.original_id, o.title, o.employer_name as employer,
      o.offer->'contact'->>'name' as contact_name,
      (select array_agg(d.offer_id order by d.offer_id) from (
         select offer_id from duplicate_clusters
         where audit_id = ${auditId} and classifier_version = ${version} and cluster_id = c.cluster_id
         order by offer_id limit 30) d) as offer_ids
    from clusters c left join offers o on o.audit_id = ${auditId} and o.offer_id = c.original_id
    order by c.size desc, c.cluster_id`.execute(db);
  return rows;
}

export interface ExampleRow {
  category: string;
  /** The rule's rank in its category, 1 for the rule that raised the most flags (ties by rule name). */
  rule_rank: number | string;
  offer_id: string;
  rule: string;
  severity: string;
  evidence: string;
  explanation: string;
  reference: string | null;
  title: string | null;
  employer: string | null;
  contact_name: string | null;
}

/**
 * The examples a report may quote, in one query: for each of these categories, its `rules` most frequent rules
 * (ties by rule name), and for each rule up to `limit` flags with their offer, certain ones first, in offer order.
 * Each rule's flags are read from the start of the `flags_rule_examples` index, which is in that order.
 */
export async function evidenceExampleRows(
  db: Kysely<Schema>,
  auditId: number,
  version: string,
  categories: readonly string[],
  rules: number,
  limit: number,
): Promise<ExampleRow[]> {
  if (categories.length === 0 || rules <= 0 || limit <= 0) return [];
  // `severity <> 'certain'` sorts certain flags first (false before true), as the index does; severity is never null.
  const { rows } = await sql<ExampleRow>`
    with ranked as (
      select category, rule, row_number() over (partition by category order by count(*) desc, rule) as rule_rank
      from flags
      where audit_id = ${auditId} and classifier_version = ${version}
        and category in (${sql.join(categories.map((category) => sql`${category}`))})
      group by category, rule
    )
    select r.category, r.rule_rank, e.offer_id, e.rule, e.severity, e.evidence, e.explanation, e.reference, e.title,
      e.employer, e.contact_name
    from ranked r cross join lateral (
      select f.id, f.offer_id, f.rule, f.severity, f.evidence, f.explanation, f.reference, o.title,
        o.employer_name as employer, o.offer->'contact'->>'name' as contact_name
      from flags f join offers o on o.audit_id = f.audit_id and o.offer_id = f.offer_id
      where f.audit_id = ${auditId} and f.classifier_version = ${version} and f.category = r.category
        and f.rule = r.rule
      order by f.severity <> 'certain', f.offer_id, f.id
      limit ${limit}) e
    where r.rule_rank <= ${rules}
    order by r.category, r.rule_rank, e.severity <> 'certain', e.offer_id, e.id`.execute(db);
  return rows;
}

export interface ProfileRow {
  set: string;
  stratum: string | null;
  full_time: boolean | null;
  contract_type: string | null;
  alternance: boolean | null;
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

/** The category bit masks the profile query tests offers against. */
export interface ProfileMasks {
  /** Any flag of these makes an offer not genuine. */
  disqualifying: bigint;
  illegal: bigint;
  misleading: bigint;
  quality: bigint;
}

/**
 * One pass over the audit's offers and flags: the offers counted by profile (stratum, working time, contract and
 * the bit masks of their categories, bit i for \`all[i]\`), and by group (origin, département, ROME domain,
 * contract type, employer) with the headline properties. GROUPING SETS lets the database aggregate the flags
 * once for all of them.
 */
export async function offerProfileRows(
  db: Kysely<Schema>,
  auditId: number,
  version: string,
  all: readonly string[],
  masks: ProfileMasks,
): Promise<ProfileRow[]> {
  // Each category's bit from a small table joined by hash, rather than a CASE of every category per flag.
  const bits = sql.join(
    all.map((category, index) => sql`(${category}, ${sql.lit((1n << BigInt(index)).toString())}::bigint)`),
  );
  const test = (mask: bigint) => sql`(any_mask & ${sql.lit(mask.toString())}::bigint) <> 0`;
  const query = sql<ProfileRow>`
    with c(category, bit) as (values ${bits}), f as (
      select fl.offer_id, bit_or(c.bit) as any_mask,
        coalesce(bit_or(c.bit) filter (where fl.severity = 'certain'), 0) as certain_mask
      from flags fl join c on c.category = fl.category
      where fl.audit_id = ${auditId} and fl.classifier_version = ${version}
      group by fl.offer_id
    ), o as (
      select o.stratum, o.weight, o.full_time, o.contract_type, o.alternance, o.origin, o.partner_name, o.departement,
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
      stratum, full_time, contract_type, alternance, any_mask::text as any_mask, certain_mask::text as certain_mask,
      coalesce(origin, departement, rome_domain, employer_name) as key, partner_name,
      genuine, illegal, misleading, quality, count(*) as offers, coalesce(sum(weight), 0) as weight
    from p
    group by grouping sets (
      (stratum, full_time, contract_type, alternance, any_mask, certain_mask),
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
  return rows;
}

/** An article of the code, as a whole word ("L1251-5", not the start of "L1251-50"), for PostgreSQL's regexes. */
const ARTICLE_PATTERN = String.raw`\m([LRD][0-9]{4}-[0-9]+)\M`;

export interface ArticleCellRow {
  article: string;
  stratum: string | null;
  /** The categories of the flags citing the article, comma-separated. */
  categories: string;
  /** Offers with a flag citing the article, and those with a certain one; their weights. */
  offers: number | string;
  weight: number | string | null;
  certain_offers: number | string;
  certain_weight: number | string | null;
}

/**
 * Offers by article of law, each flag credited to the articles its own `reference` cites (not to every article of
 * its category): an offer counts once under an article, by stratum, with whether a certain flag cites it.
 */
export async function articleCellRows(
  db: Kysely<Schema>,
  auditId: number,
  version: string,
  categories: readonly string[],
): Promise<ArticleCellRow[]> {
  if (categories.length === 0) return [];
  const { rows } = await sql<ArticleCellRow>`
    with cited as (
      select m[1] as article, f.offer_id, bool_or(f.severity = 'certain') as certain,
        string_agg(distinct f.category, ',') as categories
      from flags f, regexp_matches(coalesce(f.reference, ''), ${ARTICLE_PATTERN}, 'g') as m
      where f.audit_id = ${auditId} and f.classifier_version = ${version}
        and f.category in (${sql.join(categories.map((category) => sql`${category}`))})
      group by 1, 2
    )
    select c.article, o.stratum, string_agg(distinct c.categories, ',') as categories, count(*) as offers,
      coalesce(sum(o.weight), 0) as weight, count(*) filter (where c.certain) as certain_offers,
      coalesce(sum(o.weight) filter (where c.certain), 0) as certain_weight
    from cited c join offers o on o.audit_id = ${auditId} and o.offer_id = c.offer_id
    group by c.article, o.stratum`.execute(db);
  return rows;
}

/** Weekly hours written out: "35H/semaine", "24 heures par semaine", "20h hebdomadaires". */
const WEEKLY_HOURS = '[0-9]{1,2} ?(h|heures?)([0-9]{2})? ?(/ ?semaine|/ ?sem|par semaine|hebdo)';

export interface WorkingTimeRow {
  stratum: string | null;
  full_time: boolean | null;
  /** No `dureeTravailLibelle` at all. */
  no_label: boolean;
  /** No weekly hours in the label nor in the description. */
  no_hours: boolean;
  offers: number | string;
  weight: number | string | null;
}

/**
 * What an offer says of its working time, from its own fields (for "durée du travail non indiquée" while the
 * taxonomy has no category for it): counted by stratum and by what is missing.
 */
export async function workingTimeRows(db: Kysely<Schema>, auditId: number): Promise<WorkingTimeRow[]> {
  const { rows } = await sql<WorkingTimeRow>`
    with t as (
      -- Each offer's document is read once for both fields: \`offset 0\` keeps the planner from copying the two
      -- expressions into every test below, each of which would read (and decompress) the document again.
      select o.stratum, o.weight, o.full_time, coalesce(o.offer->'hours'->>'label', '') as label,
        coalesce(o.offer->>'description', '') as description
      from offers o where o.audit_id = ${auditId}
      offset 0
    ), w as (
      select stratum, weight, full_time, label = '' as no_label,
        not (label ~* ${WEEKLY_HOURS} or label ~* '[0-9]{1,2} ?h' or description ~* ${WEEKLY_HOURS}) as no_hours
      from t
    )
    select stratum, full_time, no_label, no_hours, count(*) as offers, coalesce(sum(weight), 0) as weight
    from w group by stratum, full_time, no_label, no_hours`.execute(db);
  return rows;
}
