/**
 * Guarantee 6 — data hygiene.
 *
 * Offers carry personal data: recruiters' names, phone numbers, e-mail addresses. The published report (HTML,
 * Markdown, JSON) and the CSV export mask them by default, and keep them only with `--keep-contacts`. Raw data is
 * kept in the database until its audit is purged: `vigie audits purge ID --yes` deletes the audit and everything
 * observed in it — no row of any table refers to it afterwards, and no offer seen only in it remains — while
 * other audits stay whole.
 *
 * tests/reports/figures.test.ts checks the masking of one quoted example; here the whole files are searched, as
 * written by the CLI.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { engines } from '../helpers/databases.js';
import { realSamples } from '../helpers/real-samples.js';
import { cliStorage, importInProcess, onCleanup, runVigie, vigieOk } from './helpers/cli-storage.js';
import { dumpText, filesHolding, filesUnder } from './helpers/stored-bytes.js';

const PHONE = '06 12 34 56 78';
const EMAIL = 'jeanne.recruteuse@exemple-rh.fr';
const NAME = 'Jeanne Recruteuse';

const samples = realSamples(8);
/** Contacts only the purged audit holds: after the purge, not one byte of them is left in the database folder. */
const PURGED_PHONE = '07 98 76 54 31';
const PURGED_EMAIL = 'gaston.purge@effacement-rh.fr';

/** Real offers whose text breaks the law and hands out a recruiter's contacts, as real offers do. */
function offersWithContacts(prefix: string, extra = ''): Array<Record<string, unknown>> {
  return samples.map((sample, index) => ({
    ...sample,
    id: `${prefix}${String(index).padStart(4, '0')}`,
    // The phone number sits right after the illegal clause, inside the quote a report shows as evidence.
    description: `Poste réservé aux candidats de moins de 30 ans : ${PHONE}. Contactez ${NAME} ou écrivez à ${EMAIL}. Vous pouvez aussi demander Mme Recruteuse.${extra}`,
    contact: { nom: NAME, telephone: PHONE, courriel: EMAIL, coordonnees1: `Appeler ${NAME}` },
  }));
}

/** Every file under a folder, recursively: the embedded database's tables, indexes and write-ahead log. */

function readAll(dir: string): Array<[string, string]> {
  return readdirSync(dir).map((name): [string, string] => [name, readFileSync(join(dir, name), 'utf8')]);
}

for (const engine of engines) {
  describe(`personal data in reports and exports [${engine}]`, () => {
    it('is masked by default, kept with --keep-contacts, and purged with its audit', async () => {
      const storage = await cliStorage(engine);
      const dir = mkdtempSync(join(tmpdir(), 'vigie-hygiene-'));
      onCleanup(() => rmSync(dir, { recursive: true, force: true }));
      const file = (name: string, offers: Array<Record<string, unknown>>) => {
        const path = join(dir, name);
        writeFileSync(path, offers.map((offer) => JSON.stringify(offer)).join('\n'));
        return path;
      };
      const vigie = (args: string[]) => vigieOk(storage, args);

      // Setup, in-process: two audits, the one to purge (classified, so that its reports quote flagged text) and
      // one that must survive the purge. What is under test runs as processes: `vigie report`, `vigie audits purge`.
      const kept = await importInProcess(storage, file('keep.jsonl', offersWithContacts('KEEP')));
      const purged = await importInProcess(
        storage,
        file('purge.jsonl', offersWithContacts('GONE', ` Ou appelez ${PURGED_PHONE}, ${PURGED_EMAIL}.`)),
        { classify: true },
      );
      expect(purged).not.toBe(kept);

      const masked = join(dir, 'masked');
      const open = join(dir, 'open');
      const formats = ['--format', 'html,md,csv,json'];
      await vigie(['report', '--audit', String(purged), '--out', masked, ...formats]);
      await vigie(['report', '--audit', String(purged), '--out', open, ...formats, '--keep-contacts']);

      const maskedFiles = readAll(masked);
      expect(maskedFiles.map(([name]) => name.split('.').pop()).sort()).toEqual([
        'csv',
        'csv',
        'csv',
        'html',
        'json',
        'md',
      ]);
      // The "Face à l'audit CGT" and application-link CSVs hold shares, no offer text: every other file quotes the
      // flagged offer.
      const figuresOnly = (file: string) => file.endsWith('-cgt.csv') || file.endsWith('-candidature.csv');
      for (const [name, text] of maskedFiles.filter(([file]) => !figuresOnly(file))) {
        // The flag is there, quoting the offer, but without the person in it.
        expect(text, name).toMatch(/moins de 30 ans/);
        expect(text, name).not.toContain(PHONE);
        expect(text, name).not.toContain(EMAIL);
        expect(text, name).not.toContain('Recruteuse');
      }
      const csv = maskedFiles.find(([name]) => name.endsWith('-offres.csv'))![1];
      expect(csv).toContain('[téléphone masqué]');
      // With --keep-contacts the quotes are left as the recruiter wrote them.
      const openCsv = readAll(open).find(([name]) => name.endsWith('-offres.csv'))![1];
      expect(openCsv).toContain(PHONE);
      const openHtml = readAll(open).find(([name]) => name.endsWith('.html'))![1];
      expect(openHtml).toContain(PHONE);

      // Purging needs a confirmation, then deletes everything of the audit, and only that.
      const unconfirmed = await runVigie([...storage.args, 'audits', 'purge', String(purged)], storage.env)
        .done;
      expect(unconfirmed.code).toBe(2);
      await vigie(['audits', 'purge', String(purged), '--yes']);
      if (engine === 'pglite') {
        // The rows are gone, and so are their bytes: heap files, indexes, TOAST and write-ahead log alike.
        const folder = storage.args[1] ?? '';
        expect(filesUnder(folder).length).toBeGreaterThan(0);
        for (const needle of [PURGED_PHONE, PURGED_EMAIL, 'GONE0'])
          expect(filesHolding(folder, needle), `${needle} left on disk`).toEqual([]);
      }

      const database = await storage.open();
      try {
        const tables = await sql<{ table_name: string }>`
          select table_name from information_schema.columns
          where table_schema = current_schema() and column_name = 'audit_id'`.execute(database.db);
        expect(tables.rows.map((row) => row.table_name).sort()).toEqual(
          expect.arrayContaining([
            'duplicate_clusters',
            'fetch_errors',
            'flags',
            'frontier',
            'offers',
            'partner_pages',
          ]),
        );
        for (const { table_name } of tables.rows) {
          const left = await sql<{
            n: number;
          }>`select count(*)::int as n from ${sql.table(table_name)} where audit_id = ${purged}`.execute(
            database.db,
          );
          expect(left.rows[0]?.n, `${table_name} rows of audit ${purged}`).toBe(0);
        }
        const audit = await database.db.selectFrom('audits').select('id').where('id', '=', purged).execute();
        expect(audit).toEqual([]);
        // Nothing of the purged offers is left anywhere, not even inside JSON; the other audit is intact.
        const everything = await dumpText(database);
        expect(everything).not.toContain('GONE0');
        expect(everything).toContain('KEEP0');
        const survivors = await database.db
          .selectFrom('offers')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('audit_id', '=', kept)
          .executeTakeFirstOrThrow();
        expect(Number(survivors.n)).toBe(samples.length);
      } finally {
        await database.close();
      }
    }, 300_000);
  });
}
