/**
 * A crawl of France Travail's own offers visits their application sites (`contact.urlPostulation`), stores each
 * with its kind (`application`, apart from partner copies) and judges it live or dead as the replica's truth says.
 */
import { describe, expect, it, vi } from 'vitest';
import { runCrawl } from '../../crawler/crawl.js';
import { getAudit } from '../../db/audits.js';
import { countPartnerPages, listPartnerPages } from '../../db/partner-pages.js';
import { runClassify } from '../../pipeline/classify-audit.js';
import { computeFigures } from '../../reports/figures/compute-figures.js';
import { renderMarkdown } from '../../reports/render/render-markdown.js';
import { crawlDatabase, replica, replicaSettings } from './helpers/crawl-setup.js';

// Whole crawls against a replica, on a shared machine: they assert counts and sets, never durations.
vi.setConfig({ testTimeout: 240_000 });

const EXPECTED: Record<string, { live: boolean; reason: string }> = {
  live: { live: true, reason: 'ok' },
  gone_404: { live: false, reason: 'http_404' },
  expired_410: { live: false, reason: 'http_410' },
  redirect_home: { live: false, reason: 'redirect_home' },
};

describe('application sites in a crawl', () => {
  it('are stored as application links and judged as the truth says', async () => {
    // Dead links at a higher rate than the default 4 %, so 400 offers show every dead state.
    const target = await replica({ offers: 400, seed: 61, rates: { dead_link: 0.4 } });
    const database = await crawlDatabase();
    const summary = await runCrawl({
      ...replicaSettings(target),
      database,
      census: true,
      partners: true,
    });
    expect(summary.complete).toBe(true);
    const pages = await listPartnerPages(database.db, summary.auditId);
    const truths = [...target.truthAll()].filter((truth) => !truth.expired);

    const applications = pages.filter((page) => page.kind === 'application');
    const expected = truths.filter((truth) => truth.applicationLink);
    expect(applications.map((page) => page.offerId).sort()).toEqual(expected.map((truth) => truth.id).sort());
    const seen = new Set<string>();
    for (const page of applications) {
      const link = target.truth(page.offerId)?.applicationLink;
      expect(page.url).toBe(link?.url);
      const state = link?.state ?? '';
      seen.add(state);
      expect({ id: page.offerId, state, live: page.live, reason: page.reason }).toEqual({
        id: page.offerId,
        state,
        ...EXPECTED[state],
      });
    }
    expect([...seen].sort()).toEqual(['expired_410', 'gone_404', 'live', 'redirect_home']);

    // Partner copies stay partner copies: a partner offer's links are never application links.
    const partners = pages.filter((page) => page.kind === 'partner');
    expect(partners.length).toBeGreaterThan(0);
    for (const page of partners) expect(target.offer(page.offerId)?.origineOffre.origine).toBe('2');
    expect(await countPartnerPages(database.db, summary.auditId, 'application')).toBe(applications.length);
    expect(await countPartnerPages(database.db, summary.auditId, 'partner')).toBe(partners.length);
    // The crawl's summary counts them apart too.
    expect(summary.applicationLinks).toBe(applications.length);
    expect(summary.partnerPages).toBe(partners.length);

    // The report counts them apart: every own offer with a site, the dead ones as the truth says.
    await runClassify({ database, audit: summary.auditId });
    const audit = await getAudit(database.db, summary.auditId);
    if (!audit) throw new Error('the crawled audit is gone');
    const figures = await computeFigures(database.db, audit);
    const dead = expected.filter((truth) => truth.applicationLink?.dead).length;
    expect(figures.applicationLinks?.withLink).toMatchObject({
      count: expected.length,
      sampled: truths.length,
    });
    expect(figures.applicationLinks?.visited).toBe(expected.length);
    expect(figures.applicationLinks?.dead).toMatchObject({ count: dead, sampled: expected.length });
    expect(figures.applicationLinks?.unreachable?.count).toBe(0);
    expect(figures.audit.partnerPagesChecked).toBe(partners.length);
    expect(figures.audit.applicationLinksChecked).toBe(applications.length);
    expect(renderMarkdown(figures)).toContain('## Liens de candidature');
  });
});
