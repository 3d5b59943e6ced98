import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { replica } from '../crawler/helpers/crawl-setup.js';
import { seedDatabaseFolder } from '../helpers/pglite-template.js';
import { startVigie } from '../helpers/vigie-process.js';

vi.setConfig({ testTimeout: 180_000 });

// Issue 15 item 4 and issue 17: the crawl says which source it read and why, and without credentials it says
// so, in French, before anything starts; failures are listed by `vigie audits` with the API's own words.
describe('vigie crawl, from the command line', () => {
  it('without credentials: the notice first, the website read, the source and its reason in the summary', async () => {
    const target = await replica({ offers: 25, seed: 61 });
    const db = seedDatabaseFolder(mkdtempSync(join(tmpdir(), 'vigie-crawl-cli-')));
    const run = startVigie(
      ['--db', db, 'crawl', '--census', '--no-partners', '--no-browser', '--rate', '200', '--no-progress'],
      { FT_CLIENT_ID: '', FT_CLIENT_SECRET: '', FT_SITE_URL: target.siteUrl },
    );
    const code = await run.exited;
    const output = run.output();
    expect(code, output).toBe(0);
    expect(
      output.indexOf('pas d’identifiants API : lecture du site public, plus lente et sans certains champs'),
    ).toBe(output.indexOf('vigie : ') + 'vigie : '.length);
    expect(output).toContain('pour l’API : créez une application sur francetravail.io');
    expect(output).toMatch(/source\s+site public — pas d’identifiants API/);
    expect(output).toMatch(/offres lues\s+25 sur 25 attendues/);
  });

  it('an incomplete crawl exits 4 and `vigie audits` shows each cause with the API’s message', async () => {
    const target = await replica({ offers: 1500, seed: 41, faults: { refuse400: 0.3, seed: 3 } });
    const db = seedDatabaseFolder(mkdtempSync(join(tmpdir(), 'vigie-crawl-cli-')));
    const env = {
      FT_CLIENT_ID: target.credentials.clientId,
      FT_CLIENT_SECRET: target.credentials.clientSecret,
      FT_API_URL: target.apiUrl,
      FT_TOKEN_URL: target.tokenUrl,
      FT_SITE_URL: target.siteUrl,
    };
    const crawl = startVigie(
      [
        '--db',
        db,
        'crawl',
        '--sample',
        '600',
        '--seed',
        '4',
        '--no-partners',
        '--no-browser',
        '--rate',
        '200',
      ],
      env,
    );
    expect(await crawl.exited, crawl.output()).toBe(4);
    expect(crawl.output()).toContain('collecte INCOMPLÈTE');
    expect(crawl.output()).toContain('source        API — identifiants API fournis');
    expect(crawl.output()).toContain('aucun n’est exact');
    const audits = startVigie(['--db', db, 'audits'], env);
    expect(await audits.exited).toBe(0);
    expect(audits.output()).toContain('incomplet');
    expect(audits.output()).toMatch(
      /search\/query_refused × \d+ — .*un des paramètres de recherche a été refusé/,
    );
    expect(audits.output()).toContain('vigie crawl --retry-failed 1');
  });
});
