import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, posix, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The layers, checked on the source itself: the CLI is the top (nothing imports it), SQL lives in db/ alone, and
 * db/ depends on no classifier. A rule broken here is a design decision to discuss, not a test to loosen.
 */
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
/** The application's folders. tests/ is not scanned: tests may drive the CLI and seed databases. */
const SOURCE_DIRS = ['bench', 'bin', 'check', 'classifiers', 'cli', 'crawler', 'db', 'eval', 'lib', 'model'];
SOURCE_DIRS.push('pipeline', 'replica', 'reports', 'scripts', 'web');

interface SourceFile {
  /** Relative to the root, with forward slashes: "pipeline/run-audit.ts". */
  path: string;
  text: string;
  /** What it imports, resolved relative to the root ("cli/commands/report.js"); packages as written. */
  imports: string[];
}

function sourceFiles(): SourceFile[] {
  const files: SourceFile[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(join(ROOT, dir), { withFileTypes: true })) {
      const path = posix.join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(ts|js|mjs)$/.test(entry.name) && !entry.name.endsWith('.d.ts')) {
        const text = readFileSync(join(ROOT, path), 'utf8');
        files.push({ path, text, imports: importsOf(path, text) });
      }
    }
  };
  for (const dir of SOURCE_DIRS) walk(dir);
  return files;
}

function importsOf(path: string, text: string): string[] {
  const specifiers = [
    ...text.matchAll(/\b(?:import|export)\s[^'"`;]*?\bfrom\s+['"]([^'"]+)['"]/g),
    ...text.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g),
    ...text.matchAll(/^\s*import\s+['"]([^'"]+)['"]/gm),
  ].map((match) => match[1]!);
  return specifiers.map((specifier) =>
    specifier.startsWith('.') ? posix.normalize(posix.join(posix.dirname(path), specifier)) : specifier,
  );
}

const files = sourceFiles();
const under = (folder: string) => (file: SourceFile) => file.path.startsWith(`${folder}/`);

describe('architecture', () => {
  it('scans the source', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(files.some((file) => file.path === 'pipeline/run-audit.ts')).toBe(true);
    expect(relative(ROOT, join(ROOT, 'cli')).split(sep)).toEqual(['cli']);
  });

  it('no file outside cli/ imports cli/ (the use cases live in pipeline/)', () => {
    const offenders = files
      .filter((file) => !under('cli')(file) && !under('bin')(file))
      .flatMap((file) =>
        file.imports
          .filter((target) => target.startsWith('cli/'))
          .map((target) => `${file.path} → ${target}`),
      );
    expect(offenders).toEqual([]);
  });

  it('SQL is written in db/ only: no Kysely query building and no sql tag elsewhere', () => {
    const queryBuilding =
      /\.(selectFrom|insertInto|updateTable|deleteFrom|mergeInto|replaceInto|selectNoFrom)\s*\(|\bsql\s*(<[^>`]*>)?\s*`|\bsql\.(raw|ref|id|lit|val|join|table)\b/;
    const importsSql = /import\s*\{[^}]*\bsql\b[^}]*\}\s*from\s*['"]kysely['"]/;
    const offenders = files
      // bench/ builds synthetic databases of a million offers to measure the reports, as tests/ seeds its own.
      .filter((file) => !under('db')(file) && !under('bench')(file))
      .filter((file) => queryBuilding.test(file.text) || importsSql.test(file.text))
      .map((file) => file.path);
    expect(offenders).toEqual([]);
  });

  it('db/ does not import classifiers/ (Flag, the taxonomy and duplicate clusters live in model/)', () => {
    const offenders = files
      .filter(under('db'))
      .flatMap((file) =>
        file.imports
          .filter((target) => target.startsWith('classifiers/'))
          .map((target) => `${file.path} → ${target}`),
      );
    expect(offenders).toEqual([]);
  });

  it('one HTTP path: only lib/http/transport.ts sends requests, and the replica shares none of it', () => {
    // Issue 15: the crawler and the check send through one transport, so that the address guard, its pinned
    // lookup and the caps cannot be skipped by a second client. The replica (the server side) may embed a page
    // script that calls fetch(); it imports no client code.
    const sends =
      /(?<![.\w]|async )fetch\(|\bimport\s*\{[^}]*\brequest\b[^}]*\}\s*from\s*['"]node:https?['"]|['"]undici['"]/;
    const senders = files
      .filter((file) => !under('replica')(file) && sends.test(file.text))
      .map((file) => file.path);
    expect(senders).toEqual(['lib/http/transport.ts']);
    const replicaImports = files
      .filter(under('replica'))
      .flatMap((file) =>
        file.imports
          .filter((target) => target.startsWith('lib/http/') || target.startsWith('crawler/'))
          .map((target) => `${file.path} → ${target}`),
      );
    expect(replicaImports).toEqual([]);
  });

  it('safety code is written once: one HTML escaper, one terminal sanitiser, one list of France Travail hosts', () => {
    // Markdown escapes its own syntax (and the HTML a Markdown page may render): that escaper is another one.
    const defining = (pattern: RegExp) =>
      files
        .filter((file) => file.path !== 'reports/render/render-markdown.ts' && pattern.test(file.text))
        .map((file) => file.path);
    expect(defining(/class SafeHtml\b|\.replace\(\/<\/g, '&lt;'\)|'<': '&lt;'/)).toEqual(['lib/html.ts']);
    expect(defining(/\\u202a-\\u202e/)).toEqual(['lib/terminal-text.ts']);
    // A list of France Travail's hosts names its old domains; a URL of the service does not.
    expect(defining(/pole-emploi\\?\.io|emploi-store\\?\.fr/)).toEqual(['lib/france-travail-hosts.ts']);
  });
});
