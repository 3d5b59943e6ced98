/**
 * Guarantee 6 — data hygiene: one masking function, every format of contact, every output.
 *
 * The red team found contacts published in the duplicates table's titles (HTML, Markdown, JSON, PDF) and in the
 * `intitule` column of `validate export`, and formats the masking missed: `06/12/34/56/78`, `(06) 98 76 54 32`,
 * `Tel0612345678`, `+41 79 123 45 67`, `+32 470 12 34 56`, full-width digits, `claire＠exemple.fr`,
 * "Mme claire fontaine", "MME FONTAINE". Each is masked by `maskContacts` (and fast-check draws phone numbers,
 * e-mails and titled names in random spellings inside random text); then offers carrying all of them in their
 * titles and descriptions, three copies of one job so that the duplicates table shows them, go through
 * `vigie import`, `classify`, `report` (HTML, Markdown, JSON, CSV) and `validate export`: no file holds any of
 * them. The PDF is printed from the same figures as the HTML; the web serves that HTML.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MASKED_EMAIL, MASKED_NAME, MASKED_PHONE, maskContacts } from '../../reports/mask-contacts.js';
import { engines } from '../helpers/databases.js';
import '../helpers/property-seed.js';
import { realSamples } from '../helpers/real-samples.js';
import { cliStorage, importInProcess, onCleanup, SOAK, vigieOk } from './helpers/cli-storage.js';

const CASES: Array<[string, string]> = [
  ['Appelez le 06/12/34/56/78 dès lundi', `Appelez le ${MASKED_PHONE} dès lundi`],
  ['Tél. (06) 98 76 54 32.', `Tél. ${MASKED_PHONE}.`],
  ['Tel0612345678', `Tel${MASKED_PHONE}`],
  ['Suisse : +41 79 123 45 67', `Suisse : ${MASKED_PHONE}`],
  ['Belgique : +32 470 12 34 56.', `Belgique : ${MASKED_PHONE}.`],
  ['appeler le ０６ １２ ３４ ５６ ７８', `appeler le ${MASKED_PHONE}`],
  ['CV à claire＠exemple.fr', `CV à ${MASKED_EMAIL}`],
  ['Contactez Mme claire fontaine pour un entretien', `Contactez ${MASKED_NAME} pour un entretien`],
  ['MME FONTAINE recrute', `${MASKED_NAME} recrute`],
  ['Envoyer à M. Jean Durand', `Envoyer à ${MASKED_NAME}`],
];

/** What must not be left in any published file (digits as the red team wrote them, names in any case). */
const LEFTOVERS = [
  '12/34/56',
  '98 76 54 32',
  '0612345678',
  '79 123 45 67',
  '470 12 34 56',
  '１２ ３４ ５６',
  'claire＠',
  'exemple.fr',
];

describe('maskContacts', () => {
  it.each(CASES)('masks %s', (text, masked) => {
    expect(maskContacts(text)).toBe(masked);
  });

  it('leaves figures that are not contacts alone', () => {
    for (const text of [
      'Salaire de 1 850 € pour 35 h, 2 postes en 2026',
      'Référence 0123456 du poste',
      'Horaires 9h-12h 14h-18h, 39 h par semaine',
      'Prime de 1 500 000 €',
      'Madame la directrice vous recevra',
    ]) {
      expect(maskContacts(text)).toBe(text);
    }
  });

  it('masks phone numbers, e-mails and titled names in any spelling (fuzzed)', () => {
    const digit = fc.integer({ min: 0, max: 9 });
    const separator = fc.constantFrom('', ' ', '.', '-', '/', '\u00a0');
    const fullWidth = (text: string) =>
      text.replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    const frenchPhone = fc
      .tuple(
        fc.integer({ min: 1, max: 9 }),
        fc.array(fc.tuple(digit, digit), { minLength: 4, maxLength: 4 }),
        separator,
      )
      .map(([first, pairs, sep]) => `0${first}${pairs.map(([a, b]) => `${sep}${a}${b}`).join('')}`);
    const phone = fc.oneof(
      frenchPhone,
      frenchPhone.map((national) => `+33 ${national.slice(1)}`),
      frenchPhone.map((national) => `(${national.slice(0, 2)}) ${national.slice(2).replace(/^\D/, '')}`),
      frenchPhone.map(fullWidth),
      fc
        .tuple(
          fc.constantFrom('+41', '+32', '+44', '+49'),
          fc.array(fc.integer({ min: 10, max: 999 }), { minLength: 3, maxLength: 4 }),
        )
        .map(([code, groups]) => `${code} ${groups.join(' ')}`),
    );
    const word = fc.stringMatching(/^[a-z]{3,10}$/);
    const email = fc
      .tuple(word, word, fc.constantFrom('@', '＠'), fc.constantFrom('fr', 'com'))
      .map(([local, domain, at, tld]) => `${local}${at}${domain}.${tld}`);
    const titled = fc
      .tuple(fc.constantFrom('Mme', 'MME', 'mme', 'Madame', 'MONSIEUR', 'Mlle', 'M.'), word, fc.boolean())
      .map(
        ([title, name, upper]) =>
          `${title} ${upper ? name.toUpperCase() : name.replace(/^./, (c) => c.toUpperCase())}`,
      );
    const filler = fc.constantFrom('', 'Contact ', 'Appelez le ', 'ou ', ' — ', 'Tel', 'CV : ');
    fc.assert(
      fc.property(filler, fc.oneof(phone, email, titled), filler, (before, contact, after) => {
        // A title is a word of its own ("TelMme" is not one); digits and e-mails may touch a word.
        const glue = /^[\p{L}]/u.test(contact) && /\p{L}$/u.test(before) ? ' ' : '';
        const masked = maskContacts(`${before}${glue}${contact}.${after}`);
        expect(masked, contact).not.toContain(contact);
        expect(masked).toMatch(/\[(téléphone|e-mail|nom) masqué\]/);
      }),
      { numRuns: SOAK ? 20_000 : 500 },
    );
  });
});

const [sample] = realSamples(1);

function offersWithContacts(): Array<Record<string, unknown>> {
  const contacts = CASES.map(([text]) => text).join(' ; ');
  return ['MASKA01', 'MASKB02', 'MASKC03'].map((id) => ({
    ...sample,
    id,
    intitule: `Serveur (H/F) — ${CASES[0]?.[0]} ou claire＠exemple.fr, Mme claire fontaine`,
    description: `Poste réservé aux candidats de moins de 30 ans. ${contacts}.`,
    contact: { nom: 'Claire Fontaine', telephone: '06/12/34/56/78', courriel: 'claire＠exemple.fr' },
  }));
}

for (const engine of engines) {
  describe(`contacts in every published file [${engine}]`, () => {
    it('are masked in reports, the duplicates table, the CSV and the validation sample', async () => {
      const storage = await cliStorage(engine);
      const dir = mkdtempSync(join(tmpdir(), 'vigie-masking-'));
      onCleanup(() => rmSync(dir, { recursive: true, force: true }));
      const vigie = (args: string[]) => vigieOk(storage, args);
      const file = join(dir, 'offres.jsonl');
      writeFileSync(
        file,
        offersWithContacts()
          .map((offer) => JSON.stringify(offer))
          .join('\n'),
      );
      // Setup in-process; what is under test is what `vigie report` and `vigie validate export` publish.
      await importInProcess(storage, file, { classify: true });
      const out = join(dir, 'report');
      await vigie(['report', '--audit', 'latest', '--out', out, '--format', 'html,md,csv,json']);
      await vigie(['validate', 'export', '--audit', 'latest', '--n', '10', '--out', join(out, 'revue.csv')]);

      const files = readdirSync(out).map((name): [string, string] => [
        name,
        readFileSync(join(out, name), 'utf8'),
      ]);
      expect(files.map(([name]) => name.split('.').pop()).sort()).toEqual([
        'csv',
        'csv',
        'csv',
        'csv',
        'html',
        'json',
        'md',
      ]);
      const json = files.find(([name]) => name.endsWith('.json'))?.[1] ?? '';
      // The duplicates table is there, with its title masked.
      expect(json).toMatch(/"duplicateClusters": \[\s*\{/);
      for (const [name, text] of files) {
        // The CGT comparison and the application links hold figures only, no offer text to mask.
        if (!name.endsWith('-cgt.csv') && !name.endsWith('-candidature.csv'))
          expect(text, name).toContain('masqué');
        for (const leftover of LEFTOVERS) expect(text, `${name}: ${leftover}`).not.toContain(leftover);
        expect(text, name).not.toMatch(/fontaine|claire/i);
      }
    }, 300_000);
  });
}
