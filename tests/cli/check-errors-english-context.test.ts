import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { failureContext } from '../../check/to-check-error.js';
import { runCheckCommand } from '../../cli/commands/check.js';
import { replicaOptionsFrom } from '../../cli/commands/replica.js';
import { readOffersFile } from '../../crawler/sources/file/read-offers-file.js';
import { UsageError, type VigieError } from '../../lib/errors.js';
import { sampleApiOffer } from '../check/sample-offer.js';

/**
 * Under `--lang en`, Vigie's own errors say no French: `vigie check`'s context lines (the file, its line and
 * column, the entries skipped, the host), the CLI's option checks and `--faults`, and the offers file's errors.
 * What is quoted (a file name, a parser's or a server's own words) stays as it came. French stays the default.
 */
const folder = mkdtempSync(join(tmpdir(), 'vigie-check-errors-en-'));

function file(name: string, content: string): string {
  const path = join(folder, name);
  writeFileSync(path, content);
  return path;
}

/** French words and typography of Vigie's own (not in file names, which are ASCII here). */
const FRENCH = /Fichier|introuvable|ligne|colonne|ignorée|entrées|octets?\b|«|»|\s[:;?!](\s|$)/;

const offer = (id: string) => JSON.stringify(sampleApiOffer({ id }));

describe('vigie check --lang en: where a file went wrong, in English', () => {
  it('a missing file: the message, the context and the hint in English; French by default', async () => {
    const path = join(folder, 'absent.json');
    const english = await runCheckCommand({ file: path, language: 'en' });
    expect(english.exitCode).toBe(2);
    expect(english.errors).toContain('vigie: The file given does not exist.');
    expect(english.errors).toContain(`  File: ${path} (not found)\n`);
    expect(english.errors).not.toMatch(FRENCH);

    const french = await runCheckCommand({ file: path, language: 'fr' });
    expect(french.errors).toContain(`  Fichier : ${path} (introuvable)\n`);
  });

  it('broken JSON: the line and the column, and what the parser said, in English', async () => {
    const path = file('broken.json', `{\n  "id": "196FBMG",\n  "intitule": ,\n  "description": "x"\n}\n`);
    const result = await runCheckCommand({ file: path, language: 'en' });
    expect(result.exitCode).toBe(2);
    expect(result.errors).toContain('vigie: The file starts like JSON but is not valid JSON.');
    expect(result.errors).toMatch(new RegExp(`${path}, line 3, column \\d+: unexpected character \\(`));
    expect(result.errors).not.toMatch(FRENCH);
  });

  it('entries that are not offers: each skipped line, then the file, in English', async () => {
    const path = file('nothing.jsonl', 'not json\n{"intitule": "no id"}\n');
    const result = await runCheckCommand({ file: path, language: 'en' });
    expect(result.exitCode).toBe(2);
    expect(result.errors).toContain(`vigie: ${path}, line 1 skipped: malformed JSON (`);
    expect(result.errors).toContain(`vigie: ${path}, line 2 skipped: no "id"`);
    expect(result.errors).toContain(`File: ${path} (its 2 entries were skipped, see above)`);
    expect(result.errors).not.toMatch(FRENCH);
  });

  it('a file with some offers still gives their verdicts, and says the skipped line in English', async () => {
    const path = file('some.jsonl', `${offer('196FBMG')}\n{"intitule": "no id"}\n`);
    const result = await runCheckCommand({ file: path, language: 'en' });
    expect(result.verdicts).toHaveLength(1);
    expect(result.errors).toBe(
      `vigie: ${path}, line 2 skipped: no "id" (the offer’s France Travail number)\n`,
    );
    expect(result.output).toMatch(/^Offer 196FBMG/);
  });

  it('--json: the error object follows the language', async () => {
    const path = file('empty.json', '');
    const english = await runCheckCommand({ file: path, json: true, language: 'en' });
    const french = await runCheckCommand({ file: path, json: true, language: 'fr' });
    expect(JSON.parse(english.output)).toEqual({
      error: {
        code: 'file_empty',
        message: 'The file given is empty.',
        context: `File: ${path} (0 bytes)`,
        hint: expect.stringMatching(/^Save the offer in it/),
      },
    });
    expect(JSON.parse(french.output)).toMatchObject({
      error: {
        code: 'file_empty',
        message: 'Le fichier indiqué est vide.',
        context: `Fichier : ${path} (0 octet)`,
      },
    });
  });

  it('a host that cannot be reached: its reason in each language, the host as it is', () => {
    const context = failureContext(
      'https://candidat.francetravail.fr/offres/1',
      'dns',
      'getaddrinfo ENOTFOUND',
    );
    expect(context.fr).toBe(
      'candidat.francetravail.fr : nom de domaine introuvable (DNS) — cet ordinateur est-il connecté à Internet ?',
    );
    expect(context.en).toBe(
      'candidat.francetravail.fr: domain name not found (DNS): is this computer connected to the Internet?',
    );
    expect(failureContext('https://example.org/x', 'http_503', '').en).toBe(
      'example.org: the site answered with an HTTP 503 error',
    );
  });
});

async function refusal(run: () => Promise<unknown>): Promise<VigieError> {
  try {
    await run();
  } catch (error) {
    if (error instanceof UsageError) return error;
    throw error;
  }
  throw new Error('accepted');
}

describe('the CLI’s own usage errors, in both languages', () => {
  const replicaFlags = {
    port: '8080',
    host: '127.0.0.1',
    offers: '100',
    seed: '42',
    rateLimit: '10',
    tokenTtl: '1499',
    epoch: '0',
  };

  it('--faults: the item refused and why, with an example, in each language', async () => {
    const error = await refusal(() =>
      replicaOptionsFrom({ ...replicaFlags, faults: 'latency=200,colour=blue' }),
    );
    expect(error.messageCode).toBe('cli.faults');
    expect(error.saidIn('en')).toEqual({
      message: '--faults: "colour=blue" is not a known fault',
      hint: 'e.g. --faults latency=200,5xx=0.05,drift=rename (see vigie replica --help)',
    });
    expect(error.message).toBe('--faults : « colour=blue » n’est pas une panne connue');

    const drift = await refusal(() => replicaOptionsFrom({ ...replicaFlags, faults: 'drift=sideways' }));
    expect(drift.saidIn('en').message).toBe('--faults: "drift=sideways": drift is rename, add or both');
  });

  it('a port, a rate limit and shares that are not numbers', async () => {
    const port = await refusal(() => replicaOptionsFrom({ ...replicaFlags, port: '70000' }));
    expect(port.saidIn('en')).toEqual({
      message: '--port 70000 is not a port number',
      hint: 'give a number from 0 to 65535',
    });
    expect(port.message).toBe('--port 70000 n’est pas un numéro de port');

    const rate = await refusal(() => replicaOptionsFrom({ ...replicaFlags, rateLimit: 'fast' }));
    expect(rate.saidIn('en').message).toBe('--rate-limit fast: it takes requests per second, or "off"');

    const rates = await refusal(() => replicaOptionsFrom({ ...replicaFlags, rates: 'age_limit=2' }));
    expect(rates.saidIn('en').message).toBe('--rates: "age_limit=2" is not category=share');
    for (const error of [port, rate, rates]) expect(error.saidIn('en').message).not.toMatch(FRENCH);
  });

  it('an offers file that is not there: French by default, English on request', async () => {
    const path = join(folder, 'missing-offers.json');
    const error = await refusal(async () => {
      for await (const _entry of readOffersFile(path)) {
        // Reading is what fails.
      }
    });
    expect(error.messageCode).toBe('crawler.offers_file_missing');
    expect(error.message).toBe(`fichier introuvable : ${path}`);
    expect(error.saidIn('en').message).toBe(`no such file: ${path}`);
  });
});
