import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { CATEGORIES, CATEGORY_IDS, CLASSIFIER_VERSION } from '../../classifiers/index.js';
import { createAudit } from '../../db/audits.js';
import type { VigieDatabase } from '../../db/connect.js';
import { runReport } from '../../pipeline/write-report.js';
import { cpuSeconds, secondsSince } from './offers.js';

/**
 * A classified census of `scale` offers, written with SQL (generate_series), not crawled: a realistic shape — 101
 * départements, 4 contract types, 40 ROME domains, 20,000 employers, 57 % partner offers, ~1.5 flags per offer
 * over every category and several rules, one offer in ten in a duplicate cluster. Shared by the report rows of
 * both engines, so that they time the same audit.
 */
export async function buildReportCensus(
  database: VigieDatabase,
  scale: number,
): Promise<{ auditId: number; flags: number }> {
  const { db } = database;
  const audit = await createAudit(db, {
    label: 'benchmark census',
    source: 'api',
    design: { kind: 'census' },
    population: scale,
  });
  const id = audit.id;
  await sql`
    insert into offers (audit_id, offer_id, content_hash, raw, offer, title, employer_name, contract_type,
      full_time, departement, rome_code, rome_domain, origin, partner_name, offer_created_at, weight)
    select ${id}, 'B' || lpad(i::text, 7, '0'), md5(i::text), '{}'::jsonb,
      jsonb_build_object('id', 'B' || lpad(i::text, 7, '0'),
        'contact', jsonb_build_object('name', case when i % 5 = 0 then 'Mme Martin' end)),
      'Offre ' || (i % 3000), 'Employeur ' || ((i::bigint * 7919) % 20000),
      (array['CDI','CDD','MIS','SAI'])[1 + (i::bigint * 31) % 4], (i % 5) <> 0,
      lpad((1 + (i::bigint * 13) % 95)::text, 2, '0'), 'K' || lpad(((i::bigint * 17) % 40)::text, 2, '0') || '01',
      'K' || lpad(((i::bigint * 17) % 40)::text, 2, '0'),
      case when i % 100 < 57 then 'partner' else 'france_travail' end,
      case when i % 100 < 57 then 'Partenaire ' || (i % 12) end,
      timestamptz '2026-11-15' - (i % 90) * interval '1 day', 1
    from generate_series(1, ${scale}) as i`.execute(db);
  const categories = CATEGORY_IDS.filter((category) => category !== 'duplicate');
  await sql`
    insert into flags (audit_id, offer_id, classifier_version, category, axis, rule, severity, evidence,
      reference, explanation)
    select ${id}, 'B' || lpad(i::text, 7, '0'), ${CLASSIFIER_VERSION}, c.category, c.axis,
      c.category || '.rule_' || ((i + k) % 3), case when (i + k) % 4 = 0 then 'likely' else 'certain' end,
      'extrait cité de l''offre ' || i, nullif(c.reference, ''), 'explication de la règle pour cette offre'
    from generate_series(1, ${scale}) as i
    cross join generate_series(0, 2) as k
    join (select * from unnest(${sql.val(categories)}::text[], ${sql.val(categories.map((category) => CATEGORIES[category].axis))}::text[],
        ${sql.val(categories.map((category) => CATEGORIES[category].reference ?? ''))}::text[])
      with ordinality as t(category, axis, reference, n)) c
      on c.n = 1 + ((i::bigint * 7919 + k * 104729) % ${categories.length})
    where ((i::bigint * 2654435761 + k * 40503) % 100) < 50`.execute(db);
  // One offer in ten is a copy: clusters of two, the original the lower id.
  await sql`
    insert into duplicate_clusters (audit_id, classifier_version, offer_id, cluster_id, original_id)
    select ${id}, ${CLASSIFIER_VERSION}, 'B' || lpad(m::text, 7, '0'), 'B' || lpad(i::text, 7, '0'),
      'B' || lpad(i::text, 7, '0')
    from generate_series(1, ${scale} - 1, 20) as i cross join lateral (values (i), (i + 1)) as v(m)`.execute(
    db,
  );
  await sql`
    insert into flags (audit_id, offer_id, classifier_version, category, axis, rule, severity, evidence,
      reference, explanation)
    select ${id}, offer_id, ${CLASSIFIER_VERSION}, 'duplicate', 'quality', 'duplicate.exact_copy', 'certain',
      'doublon de l''offre ' || original_id, null, 'le même poste, compté plusieurs fois'
    from duplicate_clusters where audit_id = ${id} and offer_id <> original_id`.execute(db);
  await sql`update audits set status = 'classified', classifier_version = ${CLASSIFIER_VERSION} where id = ${id}`.execute(
    db,
  );
  await sql`analyze`.execute(db);
  const flags = await sql<{ n: number }>`select count(*)::int as n from flags where audit_id = ${id}`.execute(
    db,
  );
  return { auditId: id, flags: flags.rows[0]?.n ?? 0 };
}

/**
 * `vigie report --format html` on an audit, timed: every figure, then the HTML, into a folder thrown away after.
 * The two report rows call this, each on its engine's copy of the census.
 */
export async function timeHtmlReport(
  database: VigieDatabase,
  auditId: number,
): Promise<{ seconds: number; cpuSeconds: number; htmlKb: number }> {
  const out = mkdtempSync(join(tmpdir(), 'vigie-bench-report-'));
  try {
    const started = performance.now();
    const cpuBefore = cpuSeconds();
    const result = await runReport({ database, audit: auditId, formats: ['html'], out });
    const seconds = secondsSince(started);
    const cpu = cpuSeconds() - cpuBefore;
    const html = result.files.find((file) => file.format === 'html');
    return { seconds, cpuSeconds: cpu, htmlKb: html ? statSync(html.path).size / 1024 : 0 };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
