import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheckCommand } from '../../cli/commands/check.js';
import { sampleApiOffer } from '../check/sample-offer.js';
import { vigieArgv } from '../helpers/built-cli.js';
import { hangLimitMs } from '../helpers/machine-speed.js';

/**
 * Every way `vigie check` can fail says, in French, what went wrong, where (the file, its line and column, the
 * host) and what to do, with exit code 2 (README, "Exit codes"). Lines of a JSON Lines file that are not offers
 * are skipped, and said with their number.
 */
const root = new URL('../..', import.meta.url).pathname;
const folder = mkdtempSync(join(tmpdir(), 'vigie-check-errors-'));

function file(name: string, content: string): string {
  const path = join(folder, name);
  writeFileSync(path, content);
  return path;
}

function vigie(args: string[]) {
  return spawnSync(process.execPath, vigieArgv(args), {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, VIGIE_LOG_LEVEL: 'silent', DATABASE_URL: '', VIGIE_DB: '' },
    // A hang guard, scaled by the machine's measured slowness.
    timeout: hangLimitMs(60_000),
  });
}

const offer = (id: string) => JSON.stringify(sampleApiOffer({ id }));

describe('vigie check --file: a file that cannot be checked', () => {
  it('a missing file: says it does not exist, names it, exit 2 (the real command)', () => {
    const path = join(folder, 'absente.json');
    const run = vigie(['check', '--file', path]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('vigie: Le fichier indiqué n’existe pas.');
    expect(run.stderr).toContain(`Fichier : ${path} (introuvable)`);
    expect(run.stderr).toMatch(/→ Vérifiez son nom et son chemin/);
    expect(run.stderr).not.toMatch(/ni un lien ni un numéro|\bat .*\.[jt]s:\d+/);
  });

  it('an empty file, or one of blanks only: says it is empty', async () => {
    for (const [name, content, size] of [
      ['vide.json', '', '(0 octet)'],
      ['blancs.json', '  \n\n ', '(5 octets, rien que des espaces)'],
    ] as const) {
      const path = file(name, content);
      const result = await runCheckCommand({ file: path });
      expect(result.exitCode).toBe(2);
      expect(result.errors).toContain('Le fichier indiqué est vide.');
      expect(result.errors).toContain(`Fichier : ${path} ${size}`);
    }
  });

  it('a folder: says it is a folder', async () => {
    const path = join(folder, 'dossier');
    mkdirSync(path);
    const result = await runCheckCommand({ file: path });
    expect(result.exitCode).toBe(2);
    expect(result.errors).toContain('Le fichier indiqué ne peut pas être lu.');
    expect(result.errors).toContain('c’est un dossier');
  });

  it('broken JSON: says where the parser stopped (line and column) and why', async () => {
    const path = file('casse.json', `{\n  "id": "196FBMG",\n  "intitule": ,\n  "description": "x"\n}\n`);
    const result = await runCheckCommand({ file: path, json: false });
    expect(result.exitCode).toBe(2);
    expect(result.errors).toContain('Le fichier commence comme du JSON mais n’est pas du JSON valide.');
    expect(result.errors).toContain(`${path}, ligne 3, colonne 15 : caractère inattendu`);
    expect(result.errors).toMatch(/→ Corrigez-le à l’endroit indiqué/);

    const cut = file('coupe.json', offer('196FBMG').slice(0, 40));
    const truncated = await runCheckCommand({ file: cut });
    expect(truncated.exitCode).toBe(2);
    expect(truncated.errors).toMatch(/ligne 1, colonne \d+ : le texte s’arrête avant la fin du JSON/);
  });

  it('JSON that holds no offer: says what was expected', async () => {
    const path = file('rien.json', '{"nom": "pas une offre"}');
    const result = await runCheckCommand({ file: path, json: true });
    expect(result.exitCode).toBe(2);
    const { error } = JSON.parse(result.output) as { error: { code: string; context: string } };
    expect(error.code).toBe('file_no_offers');
    expect(error.context).toContain(path);
  });
});

describe('vigie check --file: JSON Lines with bad lines', () => {
  it('skips a malformed line and an offer without id, says each with its line number, checks the rest', async () => {
    const path = file(
      'offres.jsonl',
      [
        offer('196FBMG'),
        '{"id": "197ABCD", "intitule": "Vendeur"',
        '{"intitule": "sans id"}',
        offer('198WXYZ'),
      ].join('\n'),
    );
    const result = await runCheckCommand({ file: path });
    expect(result.verdicts.map((verdict) => verdict.id)).toEqual(['196FBMG', '198WXYZ']);
    expect(result.exitCode).toBe(0);
    expect(result.errors).toContain(`vigie: ${path}, ligne 2 ignorée : JSON mal formé (`);
    expect(result.errors).toContain(`vigie: ${path}, ligne 3 ignorée : pas d’« id »`);
    expect(result.errors.split('\n').filter(Boolean)).toHaveLength(2);
  });

  it('a file whose every line is bad: each line said, then no offer, exit 2', async () => {
    const path = file('tout-faux.jsonl', 'pas du json\n{"intitule": "sans id"}\n');
    const result = await runCheckCommand({ file: path });
    expect(result.exitCode).toBe(2);
    expect(result.errors).toContain('ligne 1 ignorée : JSON mal formé');
    expect(result.errors).toContain('ligne 2 ignorée : pas d’« id »');
    expect(result.errors).toContain('Le fichier ne contient aucune offre lisible.');
    expect(result.errors).toContain('ses 2 entrées ont été ignorées');
  });
});

describe('vigie check on a partner link while offline', () => {
  it('exit 2 with the reason (the host does not resolve) and what to do (the real command)', () => {
    // .invalid never resolves (RFC 6761): the same answer as a machine without a network.
    const run = vigie([
      'check',
      'https://emplois.vigie-test.invalid/offres/vendeur-annecy',
      '--partner-host',
      '.vigie-test.invalid',
      '--no-browser',
      '--no-duplicates',
    ]);
    expect(run.status, run.stdout).toBe(2);
    expect(run.stderr).toContain('n’a pas pu être joint');
    expect(run.stderr).toContain(
      'Page du partenaire, emplois.vigie-test.invalid : nom de domaine introuvable (DNS) — cet ordinateur est-il connecté à Internet ?',
    );
    expect(run.stderr).toMatch(/→ Vérifiez la connexion à Internet/);
    expect(run.stdout).toBe('');
  });
});
