import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CheckError } from '../../check/check-error.js';
import { checkText } from '../../check/check-text.js';
import { formatVerdict } from '../../check/format-verdict.js';
import { MAX_TEXT_LENGTH, offerFromText, parseFrenchDate } from '../../check/offer-text.js';
import { runCheckCommand } from '../../cli/commands/check.js';
import { offerSchema } from '../../model/offer.js';
import { vigieArgv } from '../helpers/built-cli.js';

const root = new URL('../..', import.meta.url).pathname;
const NOW = () => new Date('2026-11-28T12:00:00Z');

/** An offer as copied from France Travail's page: each label on its own line, its value on the next. */
const COPIED_PAGE = `Serveur / Serveuse H/F
Publié le 12 novembre 2026 - offre n° 196FBMG
74 - ANNECY

Restaurant du centre-ville recherche un serveur âgé de 20 à 30 ans, dynamique et souriant.

Type de contrat
CDD - 6 Mois
Contrat travail
Durée du travail
35H/semaine
Travail en journée
Salaire
Salaire : Mensuel de 1200.0 Euros sur 12.0 mois`;

/** A short text from an e-mail, with "Label : value" lines and a freely written salary. */
const EMAIL = `Vendeur en boulangerie (H/F)
Type de contrat : CDI
Salaire : 1 200 € brut par mois
Durée du travail : 35 heures par semaine, temps plein
Nous cherchons un vendeur ou une vendeuse pour notre boutique. Candidature par mail avec CV.`;

/** Nothing wrong in what it says, and none of the field lines. */
const PLAIN = `Agent de propreté (H/F)
Entreprise de nettoyage recherche un agent ou une agente de propreté pour l'entretien de bureaux à Lyon. Poste accessible aux débutants, formation assurée.`;

function throwsCode(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof CheckError) return error.code;
    throw error;
  }
  throw new Error('did not throw');
}

describe('reading a pasted offer text', () => {
  it('reads the title, the place, the date, the reference and the fields of a copied France Travail page', () => {
    const { offer, fields } = offerFromText(COPIED_PAGE);
    expect(offerSchema.parse(offer)).toEqual(offer);
    expect(offer).toMatchObject({
      id: '196FBMG',
      source: 'text',
      title: 'Serveur / Serveuse H/F',
      contract: { label: 'CDD - 6 Mois' },
      hours: { label: '35H/semaine' },
      salary: { label: 'Mensuel de 1200.0 Euros sur 12.0 mois' },
      place: { label: '74 - ANNECY', departement: '74' },
      createdAt: '2026-11-12T12:00:00.000Z',
    });
    expect(offer.contract.nature).toBe('Contrat travail');
    expect(offer.description).toContain('âgé de 20 à 30 ans');
    expect(offer.description).not.toMatch(/Type de contrat|Publié le|Contrat travail|Salaire/);
    expect(fields.map((field) => field.field)).toEqual(
      expect.arrayContaining(['contract', 'hours', 'salary', 'place', 'date', 'reference']),
    );
  });

  it('reads "Label : value" lines, keeping a freely written salary in the text for the classifiers', () => {
    const { offer } = offerFromText(EMAIL);
    expect(offer.title).toBe('Vendeur en boulangerie (H/F)');
    expect(offer.contract.label).toBe('CDI');
    expect(offer.hours).toEqual({ label: '35 heures par semaine, temps plein', fullTime: true });
    expect(offer.salary).toMatchObject({ label: null, comment: '1 200 € brut par mois' });
    expect(offer.description).toContain('1 200 € brut par mois');
    expect(offer.createdAt).toBeNull();
    expect(offer.id).toBe('texte');
  });

  it('reads French dates in their usual spellings, and refuses impossible ones', () => {
    expect(parseFrenchDate('1er mars 2026')).toBe('2026-03-01T12:00:00.000Z');
    expect(parseFrenchDate('12/11/2026')).toBe('2026-11-12T12:00:00.000Z');
    expect(parseFrenchDate('2026-11-12')).toBe('2026-11-12T12:00:00.000Z');
    expect(parseFrenchDate('31 février 2026')).toBeNull();
    expect(parseFrenchDate('bientôt')).toBeNull();
  });

  it('refuses an empty text, a stray word and a text past the limit, in French, with the length', () => {
    expect(throwsCode(() => offerFromText('   \n  '))).toBe('text_empty');
    expect(throwsCode(() => offerFromText('bonjour'))).toBe('text_too_short');
    const long = `Serveur H/F\n${'Restaurant recherche serveur. '.repeat(700)}`;
    expect(long.length).toBeGreaterThan(MAX_TEXT_LENGTH);
    try {
      offerFromText(long);
      throw new Error('accepted');
    } catch (error) {
      expect(error).toBeInstanceOf(CheckError);
      const failure = error as CheckError;
      expect(failure.code).toBe('text_too_long');
      expect(failure.message).toMatch(/dépasse 20 000 caractères/);
      expect(failure.context?.fr).toContain(`${long.length.toLocaleString('fr-FR').replace(/\s/g, ' ')}`);
      expect(failure.context?.en).toContain(long.length.toLocaleString('en-GB'));
      expect(failure.hint).toMatch(/Type de contrat/);
    }
  });
});

describe('the verdict on a pasted text', () => {
  it('flags what the text shows (age limit, pay under the minimum wage) and says what it could not check', async () => {
    const verdict = await checkText(COPIED_PAGE, { now: NOW });
    const categories = verdict.flags.map((flag) => flag.category);
    expect(categories).toEqual(expect.arrayContaining(['age_limit', 'below_minimum_wage', 'not_cdi']));
    expect(verdict.genuine).toBe(false);
    expect(verdict.source).toBe('text');
    expect(verdict.id).toBe('196FBMG');
    // A text is not the listing: no link to a page Vigie did not read, no partner, no duplicates.
    expect(verdict.url).toBeNull();
    expect(verdict.partner).toBeNull();
    const notChecked = verdict.text?.notChecked.map((item) => item.check);
    expect(notChecked).toEqual(['duplicates', 'partner_page']);
    const printed = formatVerdict(verdict);
    expect(printed).toMatch(/^Texte collé \(offre 196FBMG\) — Serveur/);
    expect(printed).toContain('Ce que Vigie n’a pas pu vérifier avec le texte seul');
    expect(printed).toContain('Doublons');
  });

  it('judges a freely written salary against today’s minimum wage', async () => {
    const verdict = await checkText(EMAIL, { now: NOW });
    const pay = verdict.flags.find((flag) => flag.category === 'below_minimum_wage');
    expect(pay?.evidence).toMatch(/1 200 €/);
    expect(verdict.offer?.createdAt).toBeNull();
    expect(verdict.text?.notChecked.map((item) => item.check)).toEqual([
      'duplicates',
      'partner_page',
      'date',
    ]);
  });

  it('does not hold against a text the fields it does not show (date, salary), and says so', async () => {
    const verdict = await checkText(PLAIN, { now: NOW });
    const categories = verdict.flags.map((flag) => flag.category);
    expect(categories).not.toContain('salary_missing');
    expect(categories).not.toContain('undated');
    expect(verdict.genuine).toBe(true);
    const notChecked = verdict.text?.notChecked ?? [];
    expect(notChecked.map((item) => item.check)).toEqual([
      'duplicates',
      'partner_page',
      'date',
      'contract',
      'salary',
      'hours',
    ]);
    expect(notChecked.find((item) => item.check === 'salary')?.message).toMatch(
      /pas de ligne « Salaire : … »/,
    );
  });

  it('reads a long paste whole: a problem at its very end, past 2,000 and up to 20,000 characters, is found', async () => {
    const filler = 'La boutique se situe en centre-ville, près de la gare. ';
    let text = `Serveur H/F\n${filler.repeat(350)}`;
    text += '\nCandidats de moins de 25 ans uniquement.';
    expect(text.length).toBeGreaterThan(19_000);
    expect(text.length).toBeLessThanOrEqual(MAX_TEXT_LENGTH);
    const verdict = await checkText(text, { now: NOW });
    expect(verdict.flags.map((flag) => flag.category)).toContain('age_limit');
    expect(verdict.text?.length).toBe(text.length);
  });
});

describe('vigie check --text and --file with a text', () => {
  it('exits 1 on a flagged text, 0 on a clean one, with the not-checked list', async () => {
    const flagged = await runCheckCommand({ text: EMAIL });
    expect(flagged.exitCode).toBe(1);
    expect(flagged.output).toMatch(/SMIC/);
    const clean = await runCheckCommand({ text: PLAIN, json: true });
    expect(clean.exitCode).toBe(0);
    expect(JSON.parse(clean.output)).toMatchObject({ genuine: true, source: 'text' });
  });

  it('reads the text from stdin with --text -, and from a plain text file with --file', () => {
    const stdin = spawnSync(process.execPath, vigieArgv(['check', '--text', '-']), {
      cwd: root,
      input: COPIED_PAGE,
      encoding: 'utf8',
      env: { ...process.env, VIGIE_LOG_LEVEL: 'error' },
    });
    expect(stdin.status, stdin.stderr).toBe(1);
    expect(stdin.stdout).toMatch(/Texte collé/);
    expect(stdin.stdout).toMatch(/Limite d'âge|âge maximum/);

    const folder = mkdtempSync(join(tmpdir(), 'vigie-text-'));
    const file = join(folder, 'annonce.txt');
    writeFileSync(file, `\uFEFF${PLAIN}\n`);
    const fromFile = spawnSync(process.execPath, vigieArgv(['check', '--file', file, '--json']), {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, VIGIE_LOG_LEVEL: 'error' },
    });
    expect(fromFile.status, fromFile.stderr).toBe(0);
    expect(JSON.parse(fromFile.stdout)).toMatchObject({ genuine: true, source: 'text' });
  });

  it('says a text past the limit is too long, with its length, and exit 2', async () => {
    const long = `Serveur H/F\n${'x '.repeat(MAX_TEXT_LENGTH)}`;
    const result = await runCheckCommand({ text: long });
    expect(result.exitCode).toBe(2);
    expect(result.errors).toMatch(/dépasse 20 000 caractères/);
    expect(result.errors).toMatch(/Le texte collé fait 40 012 caractères/);
  });
});
