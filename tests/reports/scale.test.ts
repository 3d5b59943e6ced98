import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { createAudit } from '../../db/audits.js';
import { CATEGORIES, CATEGORY_IDS } from '../../model/taxonomy.js';
import { computeFigures } from '../../reports/figures/compute-figures.js';
import { openTestDatabase, postgresUrl } from '../helpers/databases.js';

/**
 * The figures of a one-million-offer census on PostgreSQL in under 30 seconds. Slow to set up (about a minute),
 * so it runs only when asked: VIGIE_REPORT_SCALE=1 with TEST_DATABASE_URL.
 */
const enabled = process.env.VIGIE_REPORT_SCALE === '1' && postgresUrl !== undefined;
const size = Number(process.env.VIGIE_REPORT_SCALE_OFFERS ?? 1_000_000);

it.skipIf(!enabled)(
  `computes the figures of ${size} offers on PostgreSQL in under 30 s`,
  async () => {
    const { db } = await openTestDatabase('postgres');
    const audit = await createAudit(db, {
      label: 'échelle',
      source: 'api',
      design: { kind: 'census' },
      population: size,
    });
    await sql`
      insert into offers (audit_id, offer_id, content_hash, raw, offer, title, employer_name, contract_type, full_time,
        departement, rome_domain, origin, partner_name, weight)
      select ${audit.id}, 'S' || lpad(i::text, 8, '0'), md5(i::text), '{}'::jsonb,
        jsonb_build_object('contact', jsonb_build_object('name', null)), 'Offre ' || i, 'Employeur ' || (i % 5000),
        (array['CDI','CDD','MIS','SAI'])[1 + i % 4], i % 5 <> 0, lpad((1 + i % 95)::text, 2, '0'),
        'D' || (i % 40), case when i % 3 = 0 then 'france_travail' else 'partner' end,
        case when i % 3 = 0 then null else 'Partenaire ' || (i % 7) end, 1
      from generate_series(1, ${size}) as i`.execute(db);
    const categories = CATEGORY_IDS.filter((id) => CATEGORIES[id].axis !== 'stability');
    await sql`
      insert into flags (audit_id, offer_id, classifier_version, category, axis, rule, severity, evidence, reference, explanation)
      select ${audit.id}, 'S' || lpad(i::text, 8, '0'), 'scale',
        (${sql.val(categories)}::text[])[1 + (i::bigint * 7919) % ${categories.length}], 'illegal', 'scale.rule',
        case when i % 4 = 0 then 'likely' else 'certain' end, 'preuve', null, 'explication'
      from generate_series(1, ${size}) as i
      where i % 3 <> 1`.execute(db);
    await sql`update audits set classifier_version = 'scale' where id = ${audit.id}`.execute(db);
    await sql`analyze offers`.execute(db);
    await sql`analyze flags`.execute(db);
    const started = performance.now();
    const figures = await computeFigures(db, { ...audit, classifierVersion: 'scale' });
    const seconds = (performance.now() - started) / 1000;
    console.log(`figures of ${size} offers in ${seconds.toFixed(1)} s`);
    expect(figures.audit.offersRead).toBe(size);
    expect(seconds).toBeLessThan(30);
  },
  600_000,
);
