import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Command } from 'commander';
import { resolveAudit } from '../../db/audits.js';
import { UsageError } from '../../lib/errors.js';
import { reportClassifierVersion } from '../../reports/figures/audit-facts.js';
import { importVerdicts } from '../../reports/validation/import-verdicts.js';
import { validationSampleCsv } from '../../reports/validation/validation-sample.js';
import { messages } from '../i18n/index.js';
import { CLI_MESSAGES } from '../messages.js';
import { withDatabase } from '../open-database.js';

export function validateCommand(): Command {
  const validate = new Command('validate').description(messages().validate.description);

  validate
    .command('export')
    .description(messages().validate.export)
    .option('--audit <id>', messages().validate.audit, 'latest')
    .option('--n <count>', messages().validate.n, '200')
    .option('--seed <n>', messages().validate.seed)
    .option('--out <file>', messages().validate.out, 'validation.csv')
    .option('--keep-contacts', messages().validate.keepContacts)
    .addHelpText('after', messages().validate.exportFooter)
    .action(
      async (
        flags: { audit: string; n: string; seed?: string; out: string; keepContacts?: boolean },
        command: Command,
      ) => {
        const size = Number(flags.n);
        if (!Number.isInteger(size) || size <= 0)
          throw new UsageError(CLI_MESSAGES.notPositiveWholeNumber({ option: '--n', value: flags.n }));
        const seed = flags.seed === undefined ? Math.floor(Math.random() * 1_000_000) : Number(flags.seed);
        if (!Number.isInteger(seed))
          throw new UsageError(CLI_MESSAGES.notWholeNumber({ option: '--seed', value: String(flags.seed) }));
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
        process.stderr.write(messages().validate.sampleWritten(auditId, seed));
      },
    );

  validate
    .command('import')
    .description(messages().validate.import)
    .argument('<file>', messages().validate.importFile)
    .option('--reviewer <name>', messages().validate.reviewer)
    .action(async (file: string, flags: { reviewer?: string }, command: Command) => {
      const text = await readFile(resolve(file), 'utf8').catch((error: unknown) => {
        throw new UsageError(
          CLI_MESSAGES.cannotRead({ file, reason: error instanceof Error ? error.message : String(error) }),
          { cause: error },
        );
      });
      const result = await withDatabase(command, ({ db }) =>
        importVerdicts(db, text, {
          sourceFile: resolve(file),
          ...(flags.reviewer ? { reviewer: flags.reviewer } : {}),
        }),
      );
      process.stderr.write(
        messages().validate.imported(
          result.auditId,
          result.reviewedOffers,
          result.verdicts,
          result.skippedOffers,
        ),
      );
    });

  return validate;
}
