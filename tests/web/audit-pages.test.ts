import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAudit, setAuditStatus } from '../../db/audits.js';
import type { VigieDatabase } from '../../db/connect.js';
import { storeOffers } from '../../db/offers.js';
import { runClassify } from '../../pipeline/classify-audit.js';
import { auditPages } from '../../web/audit-pages.js';
import { type RunningServer, startServer } from '../../web/server.js';
import { sampleOffer } from '../check/sample-offer.js';
import { engines, openTestDatabase } from '../helpers/databases.js';

describe('audit pages of vigie serve', () => {
  let database: VigieDatabase;
  let server: RunningServer;
  let audited: number;
  let unclassified: number;

  beforeAll(async () => {
    database = await openTestDatabase(engines.includes('postgres') ? 'postgres' : 'pglite');
    // Created first, so that "latest" is the classified one.
    unclassified = (
      await createAudit(database.db, {
        label: 'Import pas encore classé',
        source: 'file',
        design: { kind: 'import' },
      })
    ).id;
    await storeOffers(
      database.db,
      unclassified,
      ['196FBMG', '197ABCD'].map((id) => ({ offer: { ...sampleOffer(), id }, raw: { id } })),
    );
    await setAuditStatus(database.db, unclassified, 'crawled', { population: 2 });
    const audit = await createAudit(database.db, {
      label: 'Import <script>alert(1)</script>',
      source: 'file',
      design: { kind: 'import' },
    });
    const offers = ['196FBMG', '197ABCD'].map((id) => ({ offer: { ...sampleOffer(), id }, raw: { id } }));
    await storeOffers(database.db, audit.id, offers);
    audited = audit.id;
    await runClassify({ database, audit: audit.id });
    await setAuditStatus(database.db, audit.id, 'complete', { population: 2 });
    server = await startServer({
      port: 0,
      check: async () => {
        throw new Error('not used');
      },
      audits: auditPages(database.db),
    });
  });

  afterAll(async () => {
    await server?.close();
  });

  it('lists past audits, escaping their labels', async () => {
    const response = await fetch(`${server.url}/audits`);
    expect(response.status).toBe(200);
    const page = await response.text();
    expect(page).toContain('Import &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page).not.toContain('<script>');
    expect(page).toMatch(/href="\/audits\/\d+"/);
  });

  it('serves a classified audit report, and only the counts of one not yet classified, as vigie report would', async () => {
    const report = await (await fetch(`${server.url}/audits/${audited}`)).text();
    expect(report).not.toContain('Le rapport complet de cet audit n’est pas disponible');
    const response = await fetch(`${server.url}/audits/${unclassified}`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('Le rapport complet de cet audit n’est pas disponible');
  });

  it('serves the latest audit report with a CSP that allows no script', async () => {
    const response = await fetch(`${server.url}/audits/latest`);
    expect(response.status).toBe(200);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/script-src '(self|unsafe)/);
    const page = await response.text();
    expect(page).toContain('<html lang="fr">');
    expect(page).not.toMatch(/<script/i);
    // The report renderer's own page, not the fallback summary.
    expect(page).not.toContain('Le rapport complet de cet audit n’est pas disponible');
  });

  it('answers 404 for an audit that does not exist', async () => {
    expect((await fetch(`${server.url}/audits/999999`)).status).toBe(404);
  });
});
