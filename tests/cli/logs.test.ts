import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { skippedLine, stageLine } from '../../cli/commands/audit.js';
import { setLanguage } from '../../cli/i18n/index.js';
import { showsProgress } from '../../cli/program.js';
import { prettyLogs } from '../../lib/logger.js';
import { vigieArgv } from '../helpers/built-cli.js';
import { seedDatabaseFolder } from '../helpers/pglite-template.js';

const root = new URL('../..', import.meta.url).pathname;
const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
  setLanguage('fr');
});

/** `vigie ARGS` with stderr a pipe (not a terminal), with no log setting inherited from the test run. */
function vigie(args: string[], env: NodeJS.ProcessEnv = {}) {
  const { VIGIE_LOG_LEVEL: _level, VIGIE_LOG_FORMAT: _format, VIGIE_LANG: _lang, ...inherited } = process.env;
  return spawnSync(process.execPath, vigieArgv(args), {
    cwd: root,
    encoding: 'utf8',
    env: { ...inherited, DATABASE_URL: '', ...env },
    timeout: 300_000,
  });
}

const lines = (text: string) => text.split('\n').filter((line) => line.trim() !== '');
const isJson = (line: string) => {
  try {
    return typeof JSON.parse(line) === 'object';
  } catch {
    return false;
  }
};

function folder(): string {
  const path = mkdtempSync(join(tmpdir(), 'vigie-logs-'));
  folders.push(path);
  return path;
}

describe('where logs go', () => {
  it('JSON when asked, or off a terminal with no progress display; readable lines otherwise', () => {
    expect(prettyLogs('auto', false, false)).toBe(false);
    expect(prettyLogs('auto', true, false)).toBe(true);
    expect(prettyLogs('auto', false, true)).toBe(true);
    expect(prettyLogs('json', true, true)).toBe(false);
    expect(prettyLogs('pretty', false, false)).toBe(true);
  });

  it('counts the stage lines of demo and audit as a progress display, and crawl’s bar on a terminal only', () => {
    expect(showsProgress('demo', true, false)).toBe(true);
    expect(showsProgress('audit', true, false)).toBe(true);
    expect(showsProgress('audit', false, true)).toBe(false);
    expect(showsProgress('crawl', true, false)).toBe(false);
    expect(showsProgress('crawl', true, true)).toBe(true);
    expect(showsProgress('audits', true, true)).toBe(false);
  });

  it('says the stages of an audit in the CLI’s language', () => {
    setLanguage('fr');
    expect(stageLine('classify', 'done', { kind: 'flags', flags: 3 })).toBe(
      '✓ classement des offres : 3 signalements',
    );
    expect(stageLine('crawl', 'skipped', { kind: 'already_crawled', auditId: 7 })).toBe(
      '→ collecte des offres et des pages partenaires : déjà fait (audit 7 déjà collecté)',
    );
    setLanguage('en');
    expect(stageLine('classify', 'done', { kind: 'flags', flags: 3 })).toBe(
      '✓ classifying the offers: 3 flags',
    );
    expect(stageLine('classify', 'done', { kind: 'flags', flags: 1 })).toBe(
      '✓ classifying the offers: 1 flag',
    );
    expect(stageLine('crawl', 'done', { kind: 'offers', offers: 120 })).toBe(
      '✓ crawling the offers and the partner pages: 120 offers',
    );
    expect(stageLine('crawl', 'skipped', { kind: 'already_crawled', auditId: 7 })).toBe(
      '→ crawling the offers and the partner pages: already done (audit 7 already crawled)',
    );
    expect(stageLine('crawl', 'start')).toBe('→ crawling the offers and the partner pages…');
    setLanguage('fr');
  });

  it('says a format not produced once, with its reason, in the CLI’s language (not « non produit : PDF non produit »)', () => {
    setLanguage('fr');
    const french = skippedLine({ format: 'pdf', reason: 'pdf_not_produced' });
    expect(french).toMatch(/^ {4}pdf {2}PDF non produit : Chromium est introuvable/);
    expect(french.match(/non produit/g)).toHaveLength(1);
    setLanguage('en');
    const english = skippedLine({ format: 'pdf', reason: 'pdf_not_produced' });
    expect(english).toMatch(/^ {4}pdf {2}PDF not produced: Chromium was not found/);
    expect(english.match(/not produced/g)).toHaveLength(1);
    setLanguage('fr');
  });

  it('writes JSON lines on a pipe for a command without progress, readable ones when asked', () => {
    const db = seedDatabaseFolder(join(folder(), 'db'));
    const json = vigie(['--log-level', 'debug', '--db', db, 'audits']);
    expect(json.status).toBe(0);
    const logged = lines(json.stderr);
    expect(logged.length).toBeGreaterThan(0);
    for (const line of logged) expect(isJson(line), line).toBe(true);
    expect(logged.map((line) => JSON.parse(line).msg)).toContain('database open');

    const pretty = vigie(['--log-level', 'debug', '--log-format', 'pretty', '--db', db, 'audits']);
    expect(pretty.status).toBe(0);
    expect(pretty.stderr).toContain('database open');
    for (const line of lines(pretty.stderr)) expect(isJson(line), line).toBe(false);
  });

  it('keeps the demo’s French progress free of JSON lines on a pipe, and gives JSON with --log-format json', () => {
    const out = folder();
    const demo = vigie(['demo', '--offers', '15', '--out', out], { VIGIE_CHROMIUM: '/nonexistent' });
    expect(demo.status, demo.stderr).toBe(0);
    expect(demo.stderr).toContain('✓ classement des offres');
    for (const line of lines(demo.stderr)) expect(isJson(line), line).toBe(false);
    expect(demo.stdout).toContain('La suite, depuis ce dossier :');

    // Without Chromium, as above: what is under test is where the logs go, not the PDF.
    const again = vigie(
      ['--log-format', 'json', '--log-level', 'info', 'demo', '--offers', '15', '--out', out],
      { VIGIE_CHROMIUM: '/nonexistent' },
    );
    expect(again.status, again.stderr).toBe(0);
    const json = lines(again.stderr).filter(isJson);
    expect(json.map((line) => JSON.parse(line).msg)).toContain('crawl complete');
    expect(again.stderr).toContain('✓ classement des offres');
  });
});
