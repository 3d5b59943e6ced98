import { describe, expect, it, vi } from 'vitest';
import { runCrawl } from '../../crawler/crawl.js';
import { isJavaScriptShell } from '../../crawler/sources/partner/detect-js-shell.js';
import { isHomePage } from '../../crawler/sources/partner/judge-partner-page.js';
import { readPartnerPage } from '../../crawler/sources/partner/parse-partner-page.js';
import { listPartnerPages } from '../../db/partner-pages.js';
import { crawlDatabase, replica, replicaSettings } from './helpers/crawl-setup.js';

// Whole crawls against a replica, on a shared machine: they assert counts and sets, never durations.
vi.setConfig({ testTimeout: 240_000 });

describe('partner page reading', () => {
  it('tells a JavaScript shell from a server-rendered page by its HTML, not its host', () => {
    expect(
      isJavaScriptShell(
        '<html><body><div id="root"></div><script src="/static/js/main.js"></script></body></html>',
      ),
    ).toBe(true);
    expect(
      isJavaScriptShell(
        '<html><body><div id="app"><p>Chargement…</p></div><noscript>Activez JavaScript</noscript><script>x()</script></body></html>',
      ),
    ).toBe(true);
    const rendered = `<html><body><h1>Vendeur (H/F)</h1><dl><dt>Type de contrat</dt><dd>CDD 6 mois</dd></dl>
      <p>${'Nous recherchons un vendeur pour notre magasin. '.repeat(10)}</p><script>track()</script></body></html>`;
    expect(isJavaScriptShell(rendered)).toBe(false);
    expect(
      isJavaScriptShell(
        '<html><head><script type="application/ld+json">{"@type":"JobPosting","title":"x"}</script></head><body><div id="root"></div><script></script></body></html>',
      ),
    ).toBe(false);
  });

  it('reads what a page states from JSON-LD, labelled pairs, and expiry wordings', () => {
    const jsonLd = readPartnerPage(
      `<html><head><script type="application/ld+json">${JSON.stringify({
        '@context': 'https://schema.org',
        '@type': 'JobPosting',
        title: 'Cariste (H/F)',
        employmentType: 'TEMPORARY',
        baseSalary: {
          '@type': 'MonetaryAmount',
          currency: 'EUR',
          value: { minValue: 12, maxValue: 13, unitText: 'HOUR' },
        },
        jobLocation: { '@type': 'Place', address: { addressLocality: 'Annecy', postalCode: '74000' } },
      })}</script></head><body><h1>Cariste</h1></body></html>`,
    );
    expect(jsonLd.stated).toMatchObject({
      title: 'Cariste (H/F)',
      contract: 'TEMPORARY',
      place: '74000 Annecy',
    });
    expect(jsonLd.stated.pay).toBe('12 – 13 EUR HOUR');

    const pairs = readPartnerPage(
      '<html><body><h1>Serveur</h1><table><tr><th>Contrat</th><td>CDD 3 mois</td></tr><tr><th>Rémunération</th><td>1 900 € brut</td></tr></table><p>Horaires : 24h par semaine</p></body></html>',
    );
    expect(pairs.stated).toMatchObject({
      contract: 'CDD 3 mois',
      duration: '3 mois',
      pay: '1 900 € brut',
      hours: '24h par semaine',
    });
    expect(pairs.expired).toBe(false);
    expect(
      readPartnerPage('<html><body><h1>Oups</h1><p>Cette offre n’est plus disponible.</p></body></html>')
        .expired,
    ).toBe(true);
  });

  it('reads a page nested thousands of elements deep as it reads the flat one', () => {
    const nest = (body: string) =>
      `<html><body><script src="/app.js"></script>${'<div>'.repeat(5_000)}${body}${'</div>'.repeat(5_000)}</body></html>`;
    const offer =
      '<h1>Serveur</h1><dl><dt>Contrat</dt><dd>CDD 3 mois</dd></dl><p>Salaire : 1 900 € brut par mois pour 35 heures par semaine, poste en salle.</p>';
    const flat = `<html><body><script src="/app.js"></script>${offer}</body></html>`;
    expect(readPartnerPage(nest(offer))).toEqual(readPartnerPage(flat));
    expect(readPartnerPage(nest(offer)).stated).toMatchObject({ title: 'Serveur', contract: 'CDD 3 mois' });
    expect(isJavaScriptShell(nest(offer))).toBe(false);
    expect(isJavaScriptShell(nest('<div id="root"></div>'))).toBe(true);
  });

  it('recognises a redirect to a home page', () => {
    expect(isHomePage('https://job.example/offres/12345-vendeur', 'https://job.example/')).toBe(true);
    expect(isHomePage('https://job.example/fr/offres/12345', 'https://job.example/fr')).toBe(true);
    expect(
      isHomePage(
        'https://job.example/_partners/meteojob/offres/1',
        'https://job.example/_partners/meteojob/',
      ),
    ).toBe(true);
    expect(
      isHomePage('https://job.example/offres/12345', 'https://job.example/offres/12345-vendeur-h-f'),
    ).toBe(false);
    expect(isHomePage('https://job.example/o?id=12345', 'https://www.job.example/jobs/98765')).toBe(false);
  });
});

describe('partner pages against the replica', () => {
  it('records every state — live, contradicting, expired, redirected, JavaScript-only through Chromium — within the rate', async () => {
    // Dead pages at a higher rate than the default 4 %, so 160 offers show each of the three dead states.
    const target = await replica({ offers: 160, seed: 41, jsOnlyShare: 0.2, rates: { dead_link: 0.12 } });
    const database = await crawlDatabase();
    const rate = 25;
    const summary = await runCrawl({
      ...replicaSettings(target),
      database,
      census: true,
      filters: { origine: '2' },
      partners: true,
      browser: true,
      rate,
      partnerRate: rate,
    });
    expect(summary.complete).toBe(true);
    const pages = await listPartnerPages(database.db, summary.auditId);
    expect(pages.length).toBeGreaterThan(40);

    const seen = new Set<string>();
    for (const page of pages) {
      const truth = target.truth(page.offerId);
      const offer = target.offer(page.offerId)!;
      if (!truth?.partnerPageState || page.url !== offer.origineOffre.partenaires?.[0]?.url) continue;
      const state = truth.partnerPageState;
      seen.add(state);
      const where = `${page.offerId} (${state})`;
      if (state === 'live' || state === 'contradicting' || state === 'js_only') {
        expect({ where, live: page.live, reason: page.reason }).toEqual({ where, live: true, reason: 'ok' });
        expect(page.stated.contract, where).toBeTruthy();
        expect(page.renderedWith, where).toBe(state === 'js_only' ? 'browser' : 'http');
      }
      if (state === 'contradicting') {
        const contradiction = truth.contradiction!;
        for (const field of ['contract', 'pay', 'place'] as const) {
          const planted = contradiction[field];
          if (planted) expect(page.stated[field], `${where} ${field}`).toContain(planted.page);
        }
        // The page folds the duration into its contract wording ("Saisonnier 6 mois"): the duration is read from it.
        if (contradiction.duration) expect(contradiction.duration.page).toContain(page.stated.duration);
      }
      if (state === 'expired_410')
        expect([page.live, page.reason, page.status]).toEqual([false, 'http_410', 410]);
      if (state === 'expired_text') expect([page.live, page.reason]).toEqual([false, 'expired_text']);
      if (state === 'redirect_home') expect([page.live, page.reason]).toEqual([false, 'redirect_home']);
    }
    expect([...seen].sort()).toEqual([
      'contradicting',
      'expired_410',
      'expired_text',
      'js_only',
      'live',
      'redirect_home',
    ]);

    // The browser's own requests (the page, its script, its XHR) waited for the same limiter.
    const stats = target.stats();
    expect(stats.byRoute).toBeDefined();
    expect(stats.maxRatePerSecond(5000)).toBeLessThanOrEqual(rate); // arrivals jitter; see workers-kill.test.ts
  });
});

describe('the browser pool waits for an app’s content, however late its request', () => {
  /** A JavaScript shell whose offer arrives by an XHR sent `delayMs` after load and answered `answerMs` later. */
  function lateShell(delayMs: number): string {
    return `<!DOCTYPE html><html><head><title>Offre</title></head><body>
<div id="app"><p class="loading">Chargement…</p></div>
<script>
window.addEventListener('load', function () {
  setTimeout(function () {
    fetch('/api/offre').then(function (r) { return r.json(); }).then(function (offer) {
      document.getElementById('app').innerHTML = '<article class="job-offer"><h1 class="job-title">' + offer.title +
        '</h1><dl><dt>Type de contrat</dt><dd>' + offer.contract + '</dd></dl><div class="job-description">' +
        offer.description + '</div></article>';
    });
  }, ${delayMs});
});
</script></body></html>`;
  }

  it('reads a shell filled by an XHR sent after a pause, and one whose answer is slow', async () => {
    const { createServer } = await import('node:http');
    const answerMs = 400;
    const server = createServer((request, response) => {
      const url = new URL(request.url ?? '/', 'http://localhost');
      if (url.pathname === '/api/offre') {
        setTimeout(() => {
          response.writeHead(200, { 'content-type': 'application/json' }).end(
            JSON.stringify({
              title: 'Serveur (H/F)',
              contract: 'CDD - 6 Mois',
              description:
                'Service en salle et en terrasse, du mardi au samedi, dans une brasserie du centre.',
            }),
          );
        }, answerMs);
        return;
      }
      if (url.pathname === '/moved') {
        // An app that sends the reader elsewhere in JavaScript once loaded.
        response
          .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
          .end(
            `<!DOCTYPE html><html><body><div id="app"></div><script>setTimeout(function () { location.replace('/offre?delay=0'); }, 150);</script></body></html>`,
          );
        return;
      }
      const delay = Number(url.searchParams.get('delay') ?? 0);
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(lateShell(delay));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    const { BrowserPool } = await import('../../crawler/sources/partner/browser-pool.js');
    const { AddressGuard } = await import('../../lib/http/address-guard.js');
    // The loopback test server is reachable only because its exact origin is trusted.
    const addressGuard = new AddressGuard({ resolve: async () => [], trustedOrigins: [origin] });
    const guard = (url: string) => addressGuard.check(url);
    const pool = new BrowserPool({ size: 2, quietMs: 100, settleMs: 8_000, guard });
    try {
      // Longer than the quiet window and than Playwright's 500 ms "networkidle": nothing is in flight meanwhile.
      for (const delay of [0, 300, 1_200]) {
        const rendered = await pool.render(`${origin}/offre?delay=${delay}`);
        expect(isJavaScriptShell(rendered.html), `delay ${delay}`).toBe(false);
        const reading = readPartnerPage(rendered.html);
        expect({ delay, hasOffer: reading.hasOffer, contract: reading.stated.contract }).toEqual({
          delay,
          hasOffer: true,
          contract: 'CDD - 6 Mois',
        });
      }
      // Redirected by its script: the page it lands on is the one read.
      const moved = await pool.render(`${origin}/moved`);
      expect(moved.finalUrl).toBe(`${origin}/offre?delay=0`);
      expect(readPartnerPage(moved.html).stated.contract).toBe('CDD - 6 Mois');
      // A shell that never fills is given up at the settle cap, and read as it stands.
      const never = new BrowserPool({ size: 1, quietMs: 100, settleMs: 1_000, guard });
      try {
        const rendered = await never.render(`${origin}/offre?delay=60000`);
        expect(isJavaScriptShell(rendered.html)).toBe(true);
      } finally {
        await never.close();
      }
    } finally {
      await pool.close();
      server.close();
    }
  });
});
