import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_TEXT_LENGTH } from '../../check/text-limits.js';
import { findChromium, launchChromium } from '../../lib/browser.js';
import { configureLogger } from '../../lib/logger.js';
import { type RunningServer, startServer } from '../../web/server.js';

/**
 * A jobseeker with only the text of an offer (copied from a partner site, an e-mail): the text form of the web
 * page, over HTTP and in a real Chromium with and without JavaScript. The text is hostile: it must come back
 * escaped, and nothing in it may run.
 */
configureLogger({ level: 'silent' });

const HOSTILE = `Serveur H/F <img src=x onerror="document.title='pwned'"><script>document.title='pwned'</script>
Restaurant recherche serveur de moins de 30 ans. « Ambiance » & sourires.
Type de contrat : CDD - 6 mois
Salaire : Mensuel de 1200.0 Euros sur 12.0 mois
Durée du travail : 35H/semaine`;

const CLEAN = `Agent de propreté (H/F)
Entreprise de nettoyage recherche un agent ou une agente de propreté pour l'entretien de bureaux à Lyon. Poste accessible aux débutants, formation assurée.`;

let server: RunningServer;
beforeAll(async () => {
  server = await startServer({
    port: 0,
    check: async () => {
      throw new Error('a text check must not fetch anything');
    },
    rateLimit: { burst: 1000, perSecond: 1000 },
  });
});
afterAll(async () => {
  await server?.close();
});

function form(text: string): RequestInit {
  return {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ texte: text }).toString(),
  };
}

describe('the text check over HTTP', () => {
  it('judges a posted text, escapes it, and lists what it could not check', async () => {
    const response = await fetch(`${server.url}/verifier`, form(HOSTILE));
    expect(response.status).toBe(200);
    const page = await response.text();
    expect(page).toMatch(/Vigie a relevé \d+ problèmes?/);
    expect(page).toContain('Ce que Vigie n’a pas pu vérifier avec le texte seul');
    expect(page).toContain('Doublons');
    expect(page).not.toContain('<img src=x');
    expect(page).not.toContain('<script>document');
    expect(page).toContain('&lt;img src=x onerror=');
  });

  it('answers the JSON endpoint with {"texte"}', async () => {
    const response = await fetch(`${server.url}/api/check`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ texte: CLEAN }),
    });
    expect(response.status).toBe(200);
    const verdict = (await response.json()) as { genuine: boolean; source: string; text: unknown };
    expect(verdict).toMatchObject({ genuine: true, source: 'text' });
    expect(verdict.text).toBeTruthy();
  });

  it('refuses a text past the limit with its length, and gives it back whole in the form', async () => {
    const long = `Serveur H/F\n${'Le restaurant est ouvert. '.repeat(900)}`;
    expect(long.length).toBeGreaterThan(MAX_TEXT_LENGTH);
    const response = await fetch(`${server.url}/verifier`, form(long));
    expect(response.status).toBe(413);
    const page = await response.text();
    expect(page).toContain('dépasse 20 000 caractères');
    expect(page).toContain(`Le texte collé fait ${long.length.toLocaleString('fr-FR').replace(/\s/g, ' ')}`);
    const area = /<textarea[^>]*>\n([\s\S]*?)<\/textarea>/.exec(page)?.[1];
    expect(area).toBe(long);
  });

  it('gives a too-long link field back in the text field, uncut, with the way to check a text', async () => {
    const pasted = `Serveur H/F ${'Le restaurant est ouvert. '.repeat(100)}`;
    const response = await fetch(`${server.url}/verifier?q=${encodeURIComponent(pasted)}`);
    expect(response.status).toBe(400);
    const page = await response.text();
    expect(page).toContain('Texte de l’offre');
    expect(/<textarea[^>]*>\n([\s\S]*?)<\/textarea>/.exec(page)?.[1]).toBe(pasted);
  });

  it('serves a favicon', async () => {
    const response = await fetch(`${server.url}/favicon.ico`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/svg+xml');
    expect(await response.text()).toMatch(/^<svg /);
  });
});

const chromium = findChromium();
describe.skipIf(!chromium)('the text check in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function paste(javaScriptEnabled: boolean, text: string): Promise<Page> {
    const context = await browser.newContext({ locale: 'fr-FR', javaScriptEnabled });
    const page = await context.newPage();
    await page.goto(`${server.url}/`);
    await page.getByLabel('Texte de l’offre').fill(text);
    await Promise.all([
      page.waitForURL(/\/verifier$/),
      page.getByRole('button', { name: 'Vérifier ce texte' }).click(),
    ]);
    return page;
  }

  for (const javaScriptEnabled of [false, true]) {
    const mode = javaScriptEnabled ? 'with JavaScript' : 'without JavaScript';

    it(`shows the verdict on a pasted text ${mode}, escaped, with what it could not check`, async () => {
      const page = await paste(javaScriptEnabled, HOSTILE);
      expect(await page.locator('h1').textContent()).toMatch(/Vigie a relevé \d+ problème/);
      const problems = await page.locator('ol.problems').textContent();
      expect(problems).toMatch(/âge/);
      expect(problems).toMatch(/SMIC/);
      // The title is shown as text, and nothing in it ran.
      expect(await page.locator('.offer-facts').textContent()).toContain('<img src=x onerror=');
      expect(await page.title()).toMatch(/^Vérification : Serveur H\/F <img src=x/);
      expect(await page.locator('img').count()).toBe(0);
      const notChecked = await page.locator('ul.not-checked').textContent();
      expect(notChecked).toMatch(/Doublons/);
      expect(notChecked).toMatch(/Page du site partenaire/);
      await page.context().close();
    });

    it(`says a clean text is clean ${mode}`, async () => {
      const page = await paste(javaScriptEnabled, CLEAN);
      expect(await page.locator('h1').textContent()).toMatch(
        /rien relevé d’illégal ni de trompeur dans ce texte/,
      );
      expect(await page.locator('ul.not-checked li').count()).toBeGreaterThanOrEqual(2);
      await page.context().close();
    });
  }

  it('keeps a paste past the limit whole in the field, and says why it was not read', async () => {
    const long = `Serveur H/F\n${'Le restaurant est ouvert. '.repeat(900)}`;
    const page = await paste(false, long);
    expect(await page.locator('#erreur-q').textContent()).toMatch(/dépasse 20 000 caractères/);
    expect(await page.getByLabel('Texte de l’offre').inputValue()).toBe(long);
    await page.context().close();
  });
});
