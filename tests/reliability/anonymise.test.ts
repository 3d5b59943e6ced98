/**
 * Guarantee 6 — data hygiene: `vigie audits anonymise ID`.
 *
 * An audit kept after its offers are withdrawn loses what identifies a person — the contacts (name, phone, e-mail,
 * coordinates, the recruiter's page) and the names, phones and e-mail addresses inside every text it stores,
 * flags' evidence included — and keeps everything its figures are computed from: its report's figures are the
 * same before and after, no planted contact is left in any column of any table, and (PGlite) not one byte of them
 * is left in the database folder. A second run changes nothing and says so.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { engines } from '../helpers/databases.js';
import { realSamples } from '../helpers/real-samples.js';
import { cliStorage, importInProcess, onCleanup, reportInProcess, vigieOk } from './helpers/cli-storage.js';
import { dumpText, filesHolding } from './helpers/stored-bytes.js';

const PHONE = '07 98 76 54 32';
const EMAIL = 'odile.anonyme@effacement-rh.fr';
const NAME = 'Odile Anonymisee';
const APPLY = 'https://candidature.exemple.org/postuler/42';

const samples = realSamples(8);

function offersWithContacts(): Array<Record<string, unknown>> {
  return samples.map((sample, index) => ({
    ...sample,
    id: `ANON${String(index).padStart(3, '0')}`,
    description: `Poste réservé aux candidats de moins de 30 ans : ${PHONE}. Contactez ${NAME} ou écrivez à ${EMAIL}. Vous pouvez aussi demander Mme Anonymisee.`,
    contact: {
      nom: NAME,
      telephone: PHONE,
      courriel: EMAIL,
      coordonnees1: `Appeler ${NAME}`,
      urlRecruteur: 'https://exemple.org/odile',
      urlPostulation: APPLY,
    },
  }));
}

/** The report's figures, without the time it was written. */
function figures(dir: string): unknown {
  const name = readdirSync(dir).find((file) => file.endsWith('.json'));
  expect(name, `a JSON report in ${dir}`).toBeDefined();
  return JSON.parse(readFileSync(join(dir, name ?? ''), 'utf8'), (key, value) =>
    key === 'generatedAt' ? undefined : value,
  );
}

for (const engine of engines) {
  describe(`vigie audits anonymise [${engine}]`, () => {
    it('removes contacts and names everywhere, keeps the figures, and is idempotent', async () => {
      const storage = await cliStorage(engine);
      const dir = mkdtempSync(join(tmpdir(), 'vigie-anonymise-'));
      onCleanup(() => rmSync(dir, { recursive: true, force: true }));
      const file = join(dir, 'offres.jsonl');
      writeFileSync(
        file,
        offersWithContacts()
          .map((offer) => JSON.stringify(offer))
          .join('\n'),
      );
      // Setup, in-process: an imported, classified audit and its report before (the command under test is
      // `vigie audits anonymise`, run as a process below).
      const id = await importInProcess(storage, file, { classify: true });
      const audit = String(id);
      await reportInProcess(storage, id, join(dir, 'before'), ['json']);

      const vigie = (args: string[]) => vigieOk(storage, args);
      const first = await vigie(['audits', 'anonymise', audit]);
      expect(first.stdout).toContain(`Audit ${audit}`);
      expect(first.stdout).toContain(`${samples.length} offre(s) sans contacts ni noms`);
      const second = await vigie(['audits', 'anonymise', audit]);
      expect(second.stdout).toContain('déjà anonymisé');

      // The same report writer before and after: only the anonymisation lies between the two.
      await reportInProcess(storage, id, join(dir, 'after'), ['json']);
      const before = figures(join(dir, 'before'));
      expect(JSON.stringify(before)).toContain('moins de 30 ans');
      expect(figures(join(dir, 'after'))).toEqual(before);

      if (engine === 'pglite') {
        const folder = storage.args[1] ?? '';
        for (const needle of [PHONE, EMAIL, 'Anonymisee', 'odile'])
          expect(filesHolding(folder, needle), `${needle} left on disk`).toEqual([]);
      }
      const database = await storage.open();
      try {
        const everything = await dumpText(database);
        for (const needle of [PHONE, EMAIL, 'Anonymisee', 'odile'])
          expect(everything, `${needle} left in a column`).not.toContain(needle);
        // The audit is still whole: its offers, their flags, the application link.
        expect(everything).toContain('ANON000');
        expect(everything).toContain(APPLY);
        expect(everything).toContain('[téléphone masqué]');
        const flags = await database.db
          .selectFrom('flags')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow();
        expect(Number(flags.n)).toBeGreaterThan(0);
      } finally {
        await database.close();
      }
    }, 300_000);
  });
}
