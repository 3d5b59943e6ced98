import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Command } from 'commander';
import { resolveAudit } from '../../db/audits.js';
import { UsageError } from '../../lib/errors.js';
import { reportClassifierVersion } from '../../reports/figures/audit-facts.js';
import { importVerdicts } from '../../reports/validation/import-verdicts.js';
import { validationSampleCsv } from '../../reports/validation/validation-sample.js';
import { withDatabase } from '../open-database.js';

export function validateCommand(): Command {
  const validate = new Command('validate').description(
    'measure the precision of the rules: export a random sample for human review, import the verdicts',
  );

  validate
    .command('export')
    .description('write a random sample of an audit as a CSV to review (one verdict column per category)')
    .option('--audit <id>', 'a number or "latest"', 'latest')
    .option('--n <count>', 'offers to draw', '200')
    .option('--seed <n>', 'seed of the draw (the same seed draws the same offers); random by default')
    .option('--out <file>', 'the CSV to write', 'validation.csv')
    .option('--keep-contacts', 'keep phone numbers, e-mails and recruiter names in the offer text')
    .addHelpText(
      'after',
      `
Fill the humain_<category> columns with oui/non (or 1/0, x/empty) in Excel or LibreOffice, without looking at the
vigie_<category> columns if you can. A row with at least one humain_ cell filled is reviewed, and its empty cells
mean "no". Keep the header line and the audit and offre columns; save as CSV (";" or "," both work).

Examples:
  $ vigie validate export --audit 12 --n 200 --seed 7 --out revue-audit-12.csv
  $ vigie validate import revue-audit-12.csv`,
    )
    .action(
      async (
        flags: { audit: string; n: string; seed?: string; out: string; keepContacts?: boolean },
        command: Command,
      ) => {
        const size = Number(flags.n);
        if (!Number.isInteger(size) || size <= 0)
          throw new UsageError(`--n ${flags.n} is not a positive whole number`);
        const seed = flags.seed === undefined ? Math.floor(Math.random() * 1_000_000) : Number(flags.seed);
        if (!Number.isInteger(seed)) throw new UsageError(`--seed ${flags.seed} is not a whole number`);
        const { csv, auditId } = await withDatabase(command, async ({ db }) => {
          const audit = await resolveAudit(db, flags.audit);
          const version = (await reportClassifierVersion(db, audit)) ?? '';
          const text = await validationSampleCsv(db, audit, version, {
            size,
            seed,
            keepContacts: flags.keepContacts === true,
          });
          return { csv: text, auditId: audit.id };
        });
        await writeFile(resolve(flags.out), csv);
        process.stdout.write(`${resolve(flags.out)}\n`);
        process.stderr.write(`Échantillon de l’audit ${auditId} écrit (graine ${seed}).\n`);
      },
    );

  validate
    .command('import')
    .description('read a reviewed CSV back and store the verdicts; the report shows precision and recall')
    .argument('<file>', 'the reviewed CSV')
    .option('--reviewer <name>', 'who reviewed (kept with the verdicts)')
    .action(async (file: string, flags: { reviewer?: string }, command: Command) => {
      const text = await readFile(resolve(file), 'utf8').catch((error: unknown) => {
        throw new UsageError(
          `cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`,
        );
      });
      const result = await withDatabase(command, ({ db }) =>
        importVerdicts(db, text, {
          sourceFile: resolve(file),
          ...(flags.reviewer ? { reviewer: flags.reviewer } : {}),
        }),
      );
      process.stderr.write(
        `Audit ${result.auditId} : ${result.reviewedOffers} offres relues, ${result.verdicts} verdicts enregistrés` +
          `${result.skippedOffers ? `, ${result.skippedOffers} lignes sans verdict ignorées` : ''}.\n`,
      );
    });

  return validate;
}
