import { spawnSync } from 'node:child_process';
import type { Command } from 'commander';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { crawlOptionsFromFlags, describeSummary } from '../../cli/commands/crawl.js';
import { formatImportSummary } from '../../cli/commands/import.js';
import { parseFormats } from '../../cli/commands/report.js';
import { catalogueOf, type Language, languageFrom, setLanguage } from '../../cli/i18n/index.js';
import { buildProgram, translateError } from '../../cli/program.js';
import { type CrawlSummary, runCrawl } from '../../crawler/crawl.js';
import { formatProgress } from '../../crawler/progress.js';
import { UsageError } from '../../lib/errors.js';
import { DEFAULT_CREDENTIALS, startReplica } from '../../replica/index.js';
import { vigieArgv } from '../helpers/built-cli.js';
import { openTestDatabase } from '../helpers/databases.js';

/** The keys of a catalogue, as paths ("audit.footer"); functions and arrays are leaves. */
function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [prefix];
  return Object.entries(value).flatMap(([key, inner]) => keysOf(inner, prefix ? `${prefix}.${key}` : key));
}

/** Every command of the program and its subcommands, with its help as `vigie <cmd> --help` prints it. */
function helps(program: Command): Array<{ name: string; text: string }> {
  const all: Array<{ name: string; text: string }> = [];
  const visit = (command: Command, name: string) => {
    let text = '';
    command.configureOutput({ writeOut: (chunk) => (text += chunk) });
    command.outputHelp();
    all.push({ name, text });
    for (const sub of command.commands) visit(sub, `${name} ${sub.name()}`);
  };
  visit(program, 'vigie');
  return all;
}

/** Words that are not in help texts: option flags, placeholders, quoted values, paths, hyphenated names. */
function prose(text: string): string {
  return text
    .replace(/--?[\w-]+/g, ' ')
    .replace(/<[^>]*>|\[[^\]]*\]|\{[^}]*\}/g, ' ')
    .replace(/"[^"]*"/g, ' ')
    .replace(/\S*[/.=]\S*/g, ' ')
    .replace(/[\p{L}\w]+(?:-[\p{L}\w]+)+/gu, ' ');
}

const word = (words: string) => new RegExp(`(?<![\\p{L}\\w])(${words})(?![\\p{L}\\w])`, 'iu');
/** English words a French help must not hold, and French words an English help must not hold. */
const ENGLISH = word(
  'the|and|with|without|of|to|for|from|this|that|when|only|every|display|output|default|choices|usage|examples|environment|is|are|an|or|in|its|offers|not|do|does|no|partner|number|run|read|write|print|keep|name|names|than|which|each|also|after|before|these|those|start|time|one|per|may|can|all|any|by|at|as|if|it|be|into|give|given|set',
);
const FRENCH = word(
  'les|des|une|est|avec|sans|pour|dans|aucun|chaque|fichier|rapport|et|ou|du|le|la|utilisation|exemples|environnement|défaut|choix',
);

async function helpsIn(language: Language) {
  setLanguage(language);
  return helps(await buildProgram([]));
}

describe('the CLI in French and in English', () => {
  afterAll(() => setLanguage('fr'));

  it('has the same messages in both catalogues', () => {
    const fr = keysOf(catalogueOf('fr')).sort();
    expect(fr.length).toBeGreaterThan(100);
    expect(keysOf(catalogueOf('en')).sort()).toEqual(fr);
    for (const key of keysOf(catalogueOf('en'))) expect(key).not.toBe('');
  });

  it('takes the language from --lang, then VIGIE_LANG, French by default', () => {
    expect(languageFrom(['audits'], {})).toBe('fr');
    expect(languageFrom(['--lang', 'en', 'audits'], {})).toBe('en');
    expect(languageFrom(['audits', '--lang=en'], { VIGIE_LANG: 'fr' })).toBe('en');
    expect(languageFrom(['audits'], { VIGIE_LANG: 'en' })).toBe('en');
    expect(languageFrom(['audits'], { VIGIE_LANG: 'en_GB.UTF-8' })).toBe('en');
    expect(languageFrom(['--lang', 'fr'], { VIGIE_LANG: 'en' })).toBe('fr');
    expect(languageFrom(['check', '--', '--lang', 'en'], {})).toBe('fr');
  });

  it('writes every command’s help in French, with no English left', async () => {
    const all = await helpsIn('fr');
    expect(all.map((help) => help.name)).toEqual(
      expect.arrayContaining([
        'vigie',
        'vigie audit',
        'vigie check',
        'vigie audits purge',
        'vigie validate export',
      ]),
    );
    for (const { name, text } of all) {
      expect(text, name).toContain('Utilisation :');
      expect(text, name).toContain('afficher l’aide de la commande');
      for (const english of [
        'Usage:',
        'Options:',
        'Commands:',
        'Arguments:',
        'Examples:',
        'default:',
        'choices:',
      ])
        expect(text, `${name}: ${english}`).not.toContain(english);
      const found = ENGLISH.exec(prose(text));
      expect(
        found?.[0],
        `${name}: "${found?.[0]}" in ${found ? prose(text).slice(Math.max(0, found.index - 60), found.index + 40) : ''}`,
      ).toBeUndefined();
    }
  });

  it('writes every command’s help in English with --lang en, with no French left', async () => {
    const all = await helpsIn('en');
    for (const { name, text } of all) {
      expect(text, name).toContain('Usage:');
      expect(text, name).toContain('display help for command');
      for (const french of ['Utilisation', 'Exemples', 'par défaut', 'choix :', 'Commandes :'])
        expect(text, `${name}: ${french}`).not.toContain(french);
      const found = FRENCH.exec(prose(text));
      expect(
        found?.[0],
        `${name}: "${found?.[0]}" in ${found ? prose(text).slice(Math.max(0, found.index - 60), found.index + 40) : ''}`,
      ).toBeUndefined();
    }
  });

  it('says commander’s errors in French, and leaves them in English for --lang en', () => {
    setLanguage('fr');
    expect(translateError("error: unknown option '--bogus'\n")).toBe("erreur : option inconnue '--bogus'\n");
    expect(translateError("error: unknown option '--jsn'\n(Did you mean --json?)\n")).toBe(
      "erreur : option inconnue '--jsn'\n(vouliez-vous dire --json ?)\n",
    );
    expect(translateError("error: missing required argument 'file'\n")).toBe(
      "erreur : argument obligatoire manquant 'file'\n",
    );
    expect(translateError("error: required option '--out <dir>' not specified\n")).toBe(
      "erreur : l'option obligatoire '--out <dir>' n'est pas donnée\n",
    );
    expect(
      translateError(
        "error: option '--strata <field>' argument 'x' is invalid. Allowed choices are departement, typeContrat, origine.\n",
      ),
    ).toBe(
      "erreur : l'option '--strata <field>' n'accepte pas 'x' ; choix possibles : departement, typeContrat, origine\n",
    );
    expect(translateError("error: unknown command 'audti'\n(Did you mean audit?)\n")).toBe(
      "erreur : commande inconnue 'audti'\n(vouliez-vous dire audit ?)\n",
    );
    setLanguage('en');
    expect(translateError("error: unknown option '--bogus'\n")).toBe("error: unknown option '--bogus'\n");
    setLanguage('fr');
  });

  it('says its own usage errors in either language, whichever the CLI spoke when they were thrown', () => {
    for (const spoken of ['fr', 'en'] as const) {
      setLanguage(spoken);
      const error = (() => {
        try {
          parseFormats('docx');
        } catch (thrown) {
          return thrown;
        }
        throw new Error('accepted');
      })();
      if (!(error instanceof UsageError)) throw new Error(`not a UsageError: ${String(error)}`);
      const usage = error;
      expect(usage.messageCode).toBe('cli.unknown_format');
      expect(usage.saidIn('fr')).toEqual({
        message: 'format de rapport inconnu : docx',
        hint: expect.stringMatching(/^choisissez parmi html/),
      });
      expect(usage.saidIn('en')).toEqual({
        message: 'unknown report format: docx',
        hint: expect.stringMatching(/^choose among html/),
      });
    }
    setLanguage('fr');
  });

  it('speaks French from the command line by default and English when asked', () => {
    const run = (args: string[], env: NodeJS.ProcessEnv = {}) =>
      spawnSync(process.execPath, vigieArgv(args), {
        cwd: new URL('../..', import.meta.url).pathname,
        encoding: 'utf8',
        env: { ...process.env, VIGIE_LANG: '', ...env },
      });
    const french = run(['audits', '--bogus']);
    expect(french.status).toBe(2);
    expect(french.stderr).toContain("erreur : option inconnue '--bogus'");
    expect(french.stderr).toContain('lancez la commande avec --help');
    const english = run(['--lang', 'en', 'audits', '--bogus']);
    expect(english.status).toBe(2);
    expect(english.stderr).toContain("error: unknown option '--bogus'");
    const fromEnv = run(['report', '--help'], { VIGIE_LANG: 'en' });
    expect(fromEnv.status).toBe(0);
    expect(fromEnv.stdout).toContain('write the audit report in French');
  });
});

describe('the summaries commands print when they are done', () => {
  afterAll(() => setLanguage('fr'));
  const crawl: CrawlSummary = {
    auditId: 7,
    resumed: true,
    source: 'api',
    sourceReason: 'resumed',
    design: { kind: 'census' },
    population: 1200,
    offers: 1150,
    partnerPages: 3,
    applicationLinks: 2,
    failed: { http_503: 2 },
    notes: {},
    failedItems: 2,
    complete: false,
    coverage: { read: 1150, expected: 1200, share: 1150 / 1200 },
    planNotes: { skipped: [], fallbacks: [] },
    durationMs: 65_000,
    requests: 20,
    retries: 4,
    status429: 0,
  };
  const imported = {
    auditId: 3,
    file: 'offres.jsonl',
    imported: 10,
    updated: 1,
    unchanged: 2,
    repaired: 1,
    rejected: [{ position: 'ligne 4', reason: 'JSON invalide' }],
    offersInAudit: 13,
  };

  it('says them in French by default, with French numbers', () => {
    setLanguage('fr');
    const text = describeSummary(crawl) + formatImportSummary(imported);
    expect(text).toContain('collecte INCOMPLÈTE — 2 élément(s) en échec');
    expect(text).toContain('offres lues   1150 sur 1200 attendues (95,8 %)');
    expect(text).toContain('pages partenaires 3 ; sites de candidature 2 (comptés à part)');
    expect(text).toContain('importées : 10');
    expect(text).toContain('source        API — reprise d’un audit commencé avec l’API');
    expect(prose(text)).not.toMatch(ENGLISH);
  });

  it('says them in English with --lang en, the same figures', () => {
    setLanguage('en');
    const text = describeSummary(crawl) + formatImportSummary(imported);
    expect(text).toContain('crawl INCOMPLETE — 2 item(s) failed');
    expect(text).toContain('offers read   1150 of 1200 expected (95.8 %)');
    expect(text).toContain('partner pages 3; application sites 2 (counted apart)');
    expect(text).toContain('imported: 10');
    expect(text).toContain('— resuming an audit started with the API');
    // The data stays as it is (a rejection's reason is the file's, in French); the words around it are English.
    expect(prose(text.replace('JSON invalide', '').replace('ligne 4', ''))).not.toMatch(FRENCH);
  });
});

describe('the crawl’s progress bar', () => {
  afterAll(() => setLanguage('fr'));
  const state = { done: 50, total: 200, errors: 1, requests: 120 };

  it('says its counters in the catalogue’s words: French, or English', () => {
    expect(formatProgress(state, 60_000, 80, catalogueOf('fr').crawlProgress)).toMatch(
      /^\[#+-+\] 50\/200 · 2\.0 req\/s · reste 3m00s · 1 erreur$/,
    );
    expect(formatProgress({ ...state, errors: 0 }, 60_000, 80, catalogueOf('en').crawlProgress)).toMatch(
      /^\[#+-+\] 50\/200 · 2\.0 req\/s · ETA 3m00s · 0 errors$/,
    );
    const plan = { requests: 6812, rate: 3, seconds: 6812 / 3, companionRequests: 40 };
    expect(catalogueOf('fr').crawlProgress.plan(12_000, plan)).toBe(
      // French numbers group their thousands with a narrow no-break space.
      'Plan : 12\u202f000 offres, ≈ 6\u202f800 requêtes, ≈ 38 min à 3 req/s, dont 40 recherches des copies en ligne des offres tirées (doublons)',
    );
    expect(catalogueOf('en').crawlProgress.plan(12_000, plan)).toBe(
      "Plan: 12,000 offers, ≈ 6,800 requests, ≈ 38 min at 3 req/s, of which 40 searches for the sampled offers' copies online (duplicates)",
    );
    // A website sample also reads a few of each search's results: their pages are counted, as a ceiling.
    const sitePlan = { requests: 200, rate: 1, seconds: 200, companionRequests: 40, companionPages: 120 };
    expect(catalogueOf('fr').crawlProgress.plan(400, sitePlan)).toContain(
      'dont 40 recherches des copies en ligne des offres tirées (doublons) et au plus 120 pages de leurs résultats',
    );
    expect(catalogueOf('en').crawlProgress.plan(400, sitePlan)).toContain(
      "of which 40 searches for the sampled offers' copies online (duplicates) and at most 120 pages of their results",
    );
  });

  it('is drawn by `vigie crawl` in the CLI’s language, French by default and English with --lang en', async () => {
    const target = await startReplica({ offers: 100, seed: 23, rateLimit: false });
    try {
      const drawn = async (language: Language) => {
        setLanguage(language);
        // The options `vigie crawl` builds from its flags, run with the bar a terminal would show.
        const options = crawlOptionsFromFlags(
          {
            sample: 10,
            seed: 2,
            source: 'api',
            apiUrl: target.apiUrl,
            tokenUrl: target.tokenUrl,
            rate: 1000,
            partners: false,
            browser: false,
          },
          { FT_CLIENT_ID: DEFAULT_CREDENTIALS.clientId, FT_CLIENT_SECRET: DEFAULT_CREDENTIALS.clientSecret },
        );
        let written = '';
        const stderr = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
          written += String(chunk);
          return true;
        });
        try {
          const summary = await runCrawl({
            ...options,
            database: await openTestDatabase('pglite'),
            progress: true,
          });
          expect(summary.complete).toBe(true);
        } finally {
          stderr.mockRestore();
        }
        return written;
      };
      const french = await drawn('fr');
      expect(french).toMatch(/Plan : 100 offres, ≈ \d+ requêtes?/);
      expect(french).toMatch(/\r\[#+\] (\d+)\/\1 · [\d.]+ req\/s · reste \S+ · 0 erreur/);
      expect(french).not.toMatch(/ETA|errors?\b/);
      const english = await drawn('en');
      expect(english).toMatch(/Plan: 100 offers, ≈ \d+ requests?/);
      expect(english).toMatch(/\r\[#+\] (\d+)\/\1 · [\d.]+ req\/s · ETA \S+ · 0 errors/);
      expect(english).not.toMatch(/reste|erreur|offres/);
    } finally {
      await target.close();
    }
    // Two small crawls in-process: seconds, or minutes on a loaded 2-core machine. Outputs are asserted, never times.
  }, 300_000);
});
