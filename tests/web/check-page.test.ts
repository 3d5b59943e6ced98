import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runServe, type ServeHandle } from '../../cli/commands/serve.js';
import { findChromium, launchChromium } from '../../lib/browser.js';
import { type OfferTruth, type Replica, startReplica } from '../../replica/index.js';

/**
 * A jobseeker's path through `vigie serve`, in a real Chromium: paste a link, read the verdict. Screenshots go to
 * tests/artifacts/check-page/ (desktop and phone) for a human to look at.
 */
const chromium = findChromium();
if (!chromium) {
  if (process.env.VIGIE_REQUIRE_CHROMIUM === '1')
    throw new Error('VIGIE_REQUIRE_CHROMIUM=1 but no Chromium found');
  console.warn(
    '[tests] Chromium not found (/usr/bin/chromium, VIGIE_CHROMIUM): the check page browser tests are skipped',
  );
}

const ARTIFACTS = join('tests', 'artifacts', 'check-page');
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };

describe.skipIf(!chromium)('the check page in Chromium', () => {
  let replica: Replica;
  let server: ServeHandle;
  let browser: Browser;
  let truths: OfferTruth[];

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    replica = await startReplica({ offers: 300, seed: 7, rateLimit: false });
    truths = [...replica.truthAll()];
    server = await runServe({
      port: 0,
      siteUrl: replica.siteUrl,
      browser: false,
      ratePerSecond: 500,
      env: { FT_CLIENT_ID: '', FT_CLIENT_SECRET: '' },
    });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await replica?.close();
  });

  async function pageAt(viewport = DESKTOP): Promise<Page> {
    const context = await browser.newContext({ viewport, locale: 'fr-FR', javaScriptEnabled: false });
    return context.newPage();
  }

  async function submit(page: Page, text: string): Promise<void> {
    await page.goto(`${server.url}/`);
    await page.getByLabel('Lien ou numéro de l’offre').fill(text);
    await Promise.all([
      page.waitForURL(/\/verifier\?q=/),
      page.getByRole('button', { name: 'Vérifier', exact: true }).click(),
    ]);
  }

  async function shoot(page: Page, name: string): Promise<void> {
    await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
  }

  function linkOf(truth: OfferTruth): string {
    return `${replica.siteUrl}/offres/recherche/detail/${truth.id}`;
  }

  it('shows the reasons for a flagged offer, on a desktop and on a phone', async () => {
    const flagged = truths.find(
      (truth) => truth.categories.includes('below_minimum_wage') && truth.categories.length <= 2,
    )!;
    for (const [name, viewport] of [
      ['flagged-desktop', DESKTOP],
      ['flagged-phone', PHONE],
    ] as const) {
      const page = await pageAt(viewport);
      await submit(page, linkOf(flagged));
      await expect.poll(() => page.locator('h1').textContent()).toMatch(/Vigie a relevé \d+ problème/);
      const problems = page.locator('ol.problems > li');
      expect(await problems.count()).toBeGreaterThan(0);
      const text = await page.locator('ol.problems').textContent();
      expect(text).toMatch(/SMIC/);
      expect(text).toMatch(/Que faire/);
      expect(text).toMatch(/inspection du travail/);
      // Nothing spills sideways on a phone.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await shoot(page, name);
      await page.context().close();
    }
  });

  it('says so when the offer is genuine', async () => {
    const genuine = truths.find((truth) => truth.categories.length === 0 && !truth.partnerPageState)!;
    const page = await pageAt(PHONE);
    await submit(page, genuine.id);
    expect(await page.locator('h1').textContent()).toMatch(/rien relevé d’illégal ni de trompeur/);
    expect(await page.locator('ol.problems').count()).toBe(0);
    await shoot(page, 'genuine-phone');
    await page.context().close();
  });

  it('explains what is wrong with garbage, and keeps what was typed', async () => {
    const page = await pageAt(PHONE);
    await submit(page, 'je cherche un emploi <b>vite</b>');
    expect(await page.locator('h1').textContent()).toMatch(/Vérification impossible/);
    expect(await page.locator('#erreur-q').textContent()).toMatch(/ni un lien ni un numéro d’offre/);
    const field = page.getByLabel('Lien ou numéro de l’offre');
    expect(await field.inputValue()).toBe('je cherche un emploi <b>vite</b>');
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    await shoot(page, 'garbage-phone');
    await page.context().close();
  });

  it('works with the keyboard alone', async () => {
    const flagged = truths.find((truth) => truth.categories.includes('age_limit')) ?? truths[0]!;
    const page = await pageAt(DESKTOP);
    await page.goto(`${server.url}/`);
    let reached = false;
    for (let presses = 0; presses < 10 && !reached; presses++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.id === 'q');
    }
    expect(reached, 'the field is reachable with Tab').toBe(true);
    // The focused field is visibly outlined.
    const outline = await page.evaluate(
      () => getComputedStyle(document.activeElement as Element).outlineStyle,
    );
    expect(outline).not.toBe('none');
    await page.keyboard.type(flagged.id);
    await Promise.all([page.waitForURL(/\/verifier\?q=/), page.keyboard.press('Enter')]);
    expect(await page.locator('h1').textContent()).toMatch(/problème|rien relevé/);
    await shoot(page, 'keyboard-desktop');
    await page.context().close();
  });

  it('serves the pages with the CSP, and no script runs', async () => {
    const page = await pageAt(DESKTOP);
    const response = await page.goto(`${server.url}/`);
    expect(response?.headers()['content-security-policy']).toContain("default-src 'none'");
    expect(await page.locator('script').count()).toBe(0);
    await shoot(page, 'home-desktop');
    const audits = await page.goto(`${server.url}/audits`);
    expect(audits?.status()).toBe(200);
    expect(await page.locator('nav a[aria-current="page"]').textContent()).toBe('Audits');
    await page.context().close();
  });

  it('puts the listing and a contradicting partner page side by side', async () => {
    const contradicted =
      truths.find((truth) => truth.partnerPageState === 'contradicting' && truth.contradiction?.contract) ??
      truths.find((truth) => truth.partnerPageState === 'contradicting')!;
    const page = await pageAt(PHONE);
    await submit(page, contradicted.id);
    const table = page.locator('table.compare');
    expect(await table.count()).toBe(1);
    expect(await table.locator('thead').textContent()).toMatch(/Sur France Travail.*Sur le site partenaire/);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await shoot(page, 'partner-contradiction-phone');
    await page.context().close();
  });

  // Last: advancing the replica expires offers for every later test.
  it('says an expired offer is expired', async () => {
    const before = new Set(replica.ids());
    replica.advance();
    const gone = [...before].find((id) => replica.truth(id)?.expired)!;
    const page = await pageAt(PHONE);
    await submit(page, `${replica.siteUrl}/offres/recherche/detail/${gone}`);
    expect(await page.locator('h1').textContent()).toMatch(/n’est plus disponible/);
    await shoot(page, 'expired-phone');
    await page.context().close();
  });
});
