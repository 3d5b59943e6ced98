import { expect, it } from 'vitest';
import { createAudit } from '../../db/audits.js';
import {
  completeFrontier,
  countFrontier,
  enqueueFrontier,
  failFrontier,
  isUnreadable,
  leaseFrontier,
  releaseAllLeases,
  releaseFrontier,
} from '../../db/frontier.js';
import { listPartnerPages, storePartnerPages } from '../../db/partner-pages.js';
import { describeEachEngine, openTestDatabase } from '../helpers/databases.js';

describeEachEngine('crawl frontier', (engine) => {
  it('leases each item once, lets expired leases return, and keeps keys unique', async () => {
    const { db } = await openTestDatabase(engine);
    const audit = await createAudit(db, { label: 't', source: 'api', design: { kind: 'census' } });
    const items = Array.from({ length: 25 }, (_, i) => ({
      key: `detail:${String(i).padStart(3, '0')}`,
      kind: 'detail' as const,
      payload: { id: `O${i}`, stratum: null, weight: 1 },
    }));
    expect(await enqueueFrontier(db, audit.id, items)).toBe(25);
    expect(await enqueueFrontier(db, audit.id, items.slice(0, 5))).toBe(0);

    const [a, b] = await Promise.all([
      leaseFrontier(db, audit.id, 'a', { limit: 10 }),
      leaseFrontier(db, audit.id, 'b', { limit: 10 }),
    ]);
    const leased = [...a, ...b].map((item) => item.key);
    expect(new Set(leased).size).toBe(20);
    expect(a[0]!.payload).toHaveProperty('id');

    await completeFrontier(
      db,
      audit.id,
      a.map((item) => item.key),
    );
    await failFrontier(db, audit.id, b[0]!.key, 'http_503');
    await releaseFrontier(db, audit.id, b[1]!.key, { notBefore: new Date(Date.now() + 60_000) });
    expect(await countFrontier(db, audit.id)).toEqual({
      pending: 6,
      leased: 8,
      done: 10,
      failed: 1,
      total: 25,
    });

    // A dead worker's leases come back once they expire.
    const short = await leaseFrontier(db, audit.id, 'c', { limit: 5, leaseMs: 1 });
    await new Promise((resolve) => setTimeout(resolve, 20));
    const again = await leaseFrontier(db, audit.id, 'd', { limit: 100 });
    expect(again.map((item) => item.key)).toEqual(expect.arrayContaining(short.map((item) => item.key)));
    expect(again.some((item) => item.key === b[1]!.key)).toBe(false);
    expect(again.find((item) => item.key === short[0]!.key)?.attempts).toBe(2);

    expect(await releaseAllLeases(db, audit.id)).toBe(13);
  });

  it('checks each item when it is read back: one whose stored shape changed comes back unreadable, with why', async () => {
    const { db } = await openTestDatabase(engine);
    const audit = await createAudit(db, { label: 't', source: 'api', design: { kind: 'census' } });
    await enqueueFrontier(db, audit.id, [
      { key: 'detail:A', kind: 'detail', payload: { id: 'A', stratum: null, weight: 1 } },
      { key: 'detail:B', kind: 'detail', payload: { id: 'B', stratum: null, weight: 1 } },
      { key: 'partner:C:u', kind: 'partner', payload: { offerId: 'C', url: 'https://example.org/c' } },
    ]);
    // As an older or newer version could have left them: a renamed field, and a kind this version does not know.
    await db
      .updateTable('frontier')
      .set({ payload: JSON.stringify({ offer: 'B', weight: 1 }) })
      .where('key', '=', 'detail:B')
      .execute();
    await db.updateTable('frontier').set({ kind: 'sitemap' }).where('key', '=', 'partner:C:u').execute();
    const leased = await leaseFrontier(db, audit.id, 'a', { limit: 10 });
    expect(leased.map((item) => [item.key, isUnreadable(item)])).toEqual([
      ['detail:A', false],
      ['detail:B', true],
      ['partner:C:u', true],
    ]);
    const [, renamed, unknown] = leased;
    expect(renamed && isUnreadable(renamed) && renamed.problem).toMatch(/detail payload .*id/);
    expect(unknown && isUnreadable(unknown) && unknown.problem).toBe('unknown frontier item kind "sitemap"');
  });

  it('stores partner pages, replacing an earlier observation', async () => {
    const { db } = await openTestDatabase(engine);
    const audit = await createAudit(db, { label: 't', source: 'api', design: { kind: 'census' } });
    const page = {
      offerId: '196FBMG',
      url: 'https://example.org/offre/1',
      kind: 'partner' as const,
      finalUrl: 'https://example.org/offre/1',
      status: 200,
      live: true,
      reason: 'ok',
      renderedWith: 'http' as const,
      stated: {
        title: 'Vendeur (H/F)',
        contract: 'CDD',
        duration: '6 mois',
        pay: null,
        place: 'Annecy',
        hours: null,
      },
      error: null,
      fetchedAt: new Date().toISOString(),
    };
    await storePartnerPages(db, audit.id, [page]);
    await storePartnerPages(db, audit.id, [{ ...page, live: false, reason: 'http_410', status: 410 }]);
    const pages = await listPartnerPages(db, audit.id);
    expect(pages).toHaveLength(1);
    expect(pages[0]).toMatchObject({ live: false, reason: 'http_410', stated: { contract: 'CDD' } });
  });
});
