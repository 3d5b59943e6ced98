import { Command } from 'commander';
import { type ImportSummary, runImport } from '../../pipeline/import-file.js';
import { messages } from '../i18n/index.js';
import { withDatabase } from '../open-database.js';

export function importCommand(): Command {
  return new Command('import')
    .description(messages().import.description)
    .argument('<file>', messages().import.file)
    .option('--audit <id>', messages().import.audit)
    .option('--new-audit', messages().import.newAudit)
    .option('--json', messages().import.json)
    .addHelpText('after', messages().import.footer)
    .action(
      async (
        file: string,
        flags: { audit?: string; newAudit?: boolean; json?: boolean },
        command: Command,
      ) => {
        const summary = await withDatabase(command, (database) =>
          runImport({
            database,
            file,
            ...(flags.audit !== undefined ? { audit: flags.audit } : {}),
            newAudit: flags.newAudit === true,
          }),
        );
        if (flags.json) {
          process.stdout.write(`${JSON.stringify(summary)}\n`);
        } else {
          process.stdout.write(formatImportSummary(summary));
        }
        if (summary.imported + summary.updated + summary.unchanged === 0 && summary.rejected.length > 0) {
          process.exitCode = 1;
        }
      },
    );
}

export function formatImportSummary(summary: ImportSummary): string {
  const words = messages().summaries.import;
  const lines = [
    `Audit ${summary.auditId} ← ${summary.file}`,
    words.counts(summary.imported, summary.updated, summary.unchanged, summary.rejected.length),
    words.inAudit(summary.offersInAudit),
  ];
  if (summary.repaired > 0) lines.push(words.repaired(summary.repaired));
  for (const rejected of summary.rejected.slice(0, 20))
    lines.push(words.rejected(String(rejected.position), rejected.reason));
  if (summary.rejected.length > 20) lines.push(words.moreRejected(summary.rejected.length - 20));
  return `${lines.join('\n')}\n`;
}
