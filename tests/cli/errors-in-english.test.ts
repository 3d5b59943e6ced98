import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { vigieArgv } from '../helpers/built-cli.js';
import { hangLimitMs } from '../helpers/machine-speed.js';
import { seedDatabaseFolder } from '../helpers/pglite-template.js';

/**
 * Errors follow the CLI's language (README, "Exit codes"): French by default, English with `--lang en` or
 * `VIGIE_LANG=en`; the cause is said either way (a server's own reason, a file name) and the exit code is the same.
 */
const root = new URL('../..', import.meta.url).pathname;
const folder = mkdtempSync(join(tmpdir(), 'vigie-errors-en-'));
// One embedded database for the whole file, copied from initdb's (tests/helpers/pglite-template.ts): a new one
// costs PGlite's initdb (seconds of CPU) at the first open, an existing one only its start. No test here depends on
// what another left in it (no audit 999 is ever made).
const db = seedDatabaseFolder(join(folder, 'db'));

function vigie(args: string[], env: NodeJS.ProcessEnv = {}, hangGuardMs = 60_000) {
  return spawnSync(process.execPath, vigieArgv(args), {
    cwd: root,
    encoding: 'utf8',
    env: {
      ...process.env,
      VIGIE_LOG_LEVEL: 'silent',
      VIGIE_LANG: '',
      DATABASE_URL: '',
      VIGIE_DB: '',
      ...env,
    },
    // A hang guard, scaled by the machine's measured slowness.
    timeout: hangLimitMs(hangGuardMs),
  });
}

describe('a database that cannot be used (exit 3)', () => {
  it('an embedded database folder that is a file', () => {
    const file = join(folder, 'not-a-folder');
    writeFileSync(file, 'notes');
    const french = vigie(['--db', file, 'audits']);
    expect(french.status, french.stderr).toBe(3);
    expect(french.stderr).toContain(
      `vigie: la base intégrée ne peut pas être ouverte : ${file} est un fichier`,
    );
    expect(french.stderr).toContain('→ indiquez avec --db (ou VIGIE_DB) un dossier vide');

    const english = vigie(['--lang', 'en', '--db', file, 'audits']);
    expect(english.status, english.stderr).toBe(3);
    expect(english.stderr).toContain(
      `vigie: the embedded database cannot be opened: ${file} is a file, not a folder`,
    );
    expect(english.stderr).toContain('→ give with --db (or VIGIE_DB) an empty folder');
    expect(english.stderr).not.toMatch(/base intégrée|dossier/);
  });

  it('a PostgreSQL server that cannot be reached: its reason said, the password never', () => {
    const url = 'postgres://vigie:Pa55-english@127.0.0.1:1/vigie';
    const english = vigie(['audits'], { DATABASE_URL: url, VIGIE_LANG: 'en' });
    expect(english.status, english.stderr).toBe(3);
    expect(english.stderr).toMatch(
      /^vigie: cannot reach PostgreSQL at postgres:\/\/vigie:\*\*\*@127\.0\.0\.1:1\/vigie: \S/m,
    );
    expect(english.stderr).toMatch(/ECONNREFUSED|connect/);
    expect(english.stderr).toContain('→ check that the server is running and that DATABASE_URL is right');
    expect(english.stderr).not.toContain('Pa55-english');
    expect(english.stderr).not.toMatch(/\bat .*\.[jt]s:\d+/);
  });
});

describe('bad input (exit 2)', () => {
  it('`vigie report --audit` on an unknown audit', () => {
    const french = vigie(['--db', db, 'report', '--audit', '999', '--out', join(folder, 'out')]);
    expect(french.status, french.stderr).toBe(2);
    expect(french.stderr).toContain('vigie: aucun audit ne correspond à « 999 »');
    expect(french.stderr).toContain('→ créez-en un avec `vigie import FICHIER`');

    const english = vigie([
      '--db',
      db,
      '--lang',
      'en',
      'report',
      '--audit',
      '999',
      '--out',
      join(folder, 'out'),
    ]);
    expect(english.status, english.stderr).toBe(2);
    expect(english.stderr).toContain('vigie: no audit matches "999"');
    expect(english.stderr).toContain('→ create one with `vigie import FILE`, `vigie crawl` or `vigie demo`');

    const notAnAudit = vigie(['--db', db, 'report', '--audit', 'nonsense'], { VIGIE_LANG: 'en' });
    expect(notAnAudit.status, notAnAudit.stderr).toBe(2);
    expect(notAnAudit.stderr).toContain('vigie: "nonsense" is not an audit');
    expect(notAnAudit.stderr).toContain('→ give an audit number, "latest" or "previous"');
  });
});

describe('`vigie crawl` without API credentials', () => {
  const noCredentials = { FT_CLIENT_ID: '', FT_CLIENT_SECRET: '' };

  it('--source api: says the API needs them, exit 2, in either language', () => {
    const args = ['--db', db, 'crawl', '--census', '--source', 'api', '--no-partners', '--no-browser'];
    const french = vigie(args, noCredentials);
    expect(french.status, french.stderr).toBe(2);
    expect(french.stderr).toContain('vigie: la source API demande des identifiants');
    expect(french.stderr).toContain('→ définissez FT_CLIENT_ID et FT_CLIENT_SECRET');

    const english = vigie(['--lang', 'en', ...args], noCredentials);
    expect(english.status, english.stderr).toBe(2);
    expect(english.stderr).toContain('vigie: the API source needs credentials');
    expect(english.stderr).toContain('→ set FT_CLIENT_ID and FT_CLIENT_SECRET');
  });

  it('a website that cannot be reached: the English notice first, then the failure with its cause, exit 4', () => {
    const english = vigie(
      ['--db', db, 'crawl', '--census', '--no-partners', '--no-browser', '--no-progress'],
      // robots.txt is retried with backoff before the site is given up: half a minute at the default first
      // backoff (500 ms), well under a second from 10 ms; the retries, the failure and its cause are the same.
      { ...noCredentials, FT_SITE_URL: 'http://127.0.0.1:9/', VIGIE_LANG: 'en', VIGIE_BACKOFF_MS: '10' },
    );
    expect(english.status, english.stderr).toBe(4);
    expect(english.stderr).toMatch(
      /^vigie: no API credentials: reading the public website, slower and without some fields/,
    );
    expect(english.stderr).toContain('set FT_CLIENT_ID and FT_CLIENT_SECRET (see the README)');
    expect(english.stderr).toMatch(/\nvigie: .*127\.0\.0\.1:9.*ECONNREFUSED/);
    expect(english.stderr).not.toMatch(/identifiants|lecture du site/);
  });
});

describe('`vigie check` on input it cannot check (exit 2)', () => {
  it('a missing file: the message and the hint in English, the file still named', () => {
    const path = join(folder, 'absent.json');
    const english = vigie(['--lang', 'en', 'check', '--file', path]);
    expect(english.status, english.stderr).toBe(2);
    expect(english.stderr).toContain('vigie: The file given does not exist.');
    expect(english.stderr).toContain(path);
    expect(english.stderr).toMatch(/→ Check its name and its path/);
    expect(english.stderr).not.toMatch(/n’existe pas|Vérifiez/);
  });

  it('an empty file and a bare word, with VIGIE_LANG=en', () => {
    const empty = join(folder, 'empty.json');
    writeFileSync(empty, '');
    const run = vigie(['check', '--file', empty], { VIGIE_LANG: 'en' });
    expect(run.status, run.stderr).toBe(2);
    expect(run.stderr).toContain('vigie: The file given is empty.');
    expect(run.stderr).toContain(empty);

    const word = vigie(['check', 'bonjour'], { VIGIE_LANG: 'en' });
    expect(word.status, word.stderr).toBe(2);
    expect(word.stderr).toContain('vigie: This text is neither a link nor an offer number.');
    expect(word.stderr).toContain('→ to check the text of an advert');
  });
});
