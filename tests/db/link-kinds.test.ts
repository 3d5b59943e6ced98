/**
 * Partner copies and application sites (`contact.urlPostulation`) are stored apart (`partner_pages.kind`, migration
 * 0006), so that queries and reports can count them apart; pages stored before the column get their kind from the
 * stored offer, by the rule of `linkKind`.
 */
import { type Kysely, Migrator, sql } from 'kysely';
import { expect, it } from 'vitest';
import { createAudit } from '../../db/audits.js';
import { withMigrationLock } from '../../db/connect.js';
import { migrations } from '../../db/migrations/index.js';
import { storeOffers } from '../../db/offers.js';
import {
  countPartnerPages,
  listPartnerPages,
  type PageToStore,
  storePartnerPages,
} from '../../db/partner-pages.js';
import type { Schema } from '../../db/schema.js';
import { parseApiOffer } from '../../model/from-api-offer.js';
import { EMPTY_STATED } from '../../model/partner-page.js';
import { describeEachEngine, openTestDatabase } from '../helpers/databases.js';
import { realSamples } from '../helpers/real-samples.js';

function toStore(raw: Record<string, unknown>) {
  const parsed = parseApiOffer(raw);
  if (!parsed.ok) throw new Error(parsed.reason);
  return { offer: parsed.offer, raw };
}

// Real offers of August 2025: one of France Travail's own with an application site, one partner offer.
const samples = realSamples(665).map(toStore);
const own = samples.find(({ offer }) => offer.origin.kind === 'france_travail' && offer.contact.applyUrl)!;
const partner = samples.find(({ offer }) => offer.origin.partners.length > 0)!;
const applyUrl = own.offer.contact.applyUrl ?? '';
const partnerUrl = partner.offer.origin.partners[0]?.url ?? '';

function page(offerId: string, url: string, kind: PageToStore['kind'], live: boolean): PageToStore {
  return {
    offerId,
    url,
    kind,
    finalUrl: url,
    status: live ? 200 : 410,
    live,
    reason: live ? 'ok' : 'http_410',
    renderedWith: 'http',
    stated: EMPTY_STATED,
    error: null,
    fetchedAt: '2026-12-02T10:00:00.000Z',
  };
}

describeEachEngine('links stored with their kind', (engine) => {
  it('keeps an application site apart from a partner copy, and counts each kind', async () => {
    const { db } = await openTestDatabase(engine);
    const audit = await createAudit(db, { label: 't', source: 'api', design: { kind: 'census' } });
    await storeOffers(db, audit.id, [own, partner]);
    await storePartnerPages(db, audit.id, [
      page(own.offer.id, applyUrl, 'application', false),
      page(partner.offer.id, partnerUrl, 'partner', true),
    ]);
    const pages = await listPartnerPages(db, audit.id);
    expect(pages.map((p) => [p.offerId, p.kind, p.live])).toEqual(
      [
        [own.offer.id, 'application', false],
        [partner.offer.id, 'partner', true],
      ].sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    );
    expect(await countPartnerPages(db, audit.id)).toBe(2);
    expect(await countPartnerPages(db, audit.id, 'application')).toBe(1);
    expect(await countPartnerPages(db, audit.id, 'partner')).toBe(1);
    // The database refuses a kind it does not know.
    await expect(
      sql`update partner_pages set kind = 'other' where audit_id = ${audit.id}`.execute(db),
    ).rejects.toThrow();
  });

  it('gives pages stored before the column their kind from the stored offer', async () => {
    const { db } = await openTestDatabase(engine);
    const audit = await createAudit(db, { label: 't', source: 'api', design: { kind: 'census' } });
    await storeOffers(db, audit.id, [own, partner]);
    const migrator = await migratorOf(db);
    // Back to the schema before 0006 (later migrations are taken down with it). Under the migrator's lock, as the
    // CLI migrates: another file dropping its schema meanwhile would fail Kysely's look-up over every schema.
    const down = await withMigrationLock(db, engine, () => migrator.migrateTo('0005-companions'));
    expect(down.error).toBeUndefined();
    expect(down.results?.map((result) => result.migrationName)).toContain('0006-link-kind');
    // As a crawl before migration 0006 stored them: no kind.
    for (const [offerId, url] of [
      [own.offer.id, applyUrl],
      [partner.offer.id, partnerUrl],
    ] as const) {
      await sql`insert into partner_pages (audit_id, offer_id, url, live) values (${audit.id}, ${offerId}, ${url}, true)`.execute(
        db,
      );
    }
    expect((await withMigrationLock(db, engine, () => migrator.migrateToLatest())).error).toBeUndefined();
    const kinds = Object.fromEntries((await listPartnerPages(db, audit.id)).map((p) => [p.offerId, p.kind]));
    expect(kinds).toEqual({ [own.offer.id]: 'application', [partner.offer.id]: 'partner' });
  });
});

/** The migrator of the test's schema: migration 0006 is taken down and up again. */
async function migratorOf(db: Kysely<Schema>): Promise<Migrator> {
  const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
  return new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    allowUnorderedMigrations: true,
    migrationTableSchema: rows[0]?.schema ?? 'public',
  });
}
