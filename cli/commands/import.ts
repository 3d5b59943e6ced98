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
  const lines = [
    `Audit ${summary.auditId} ← ${summary.file}`,
    `  importées : ${summary.imported}   mises à jour : ${summary.updated}   inchangées : ${summary.unchanged}   rejetées : ${summary.rejected.length}`,
    `  offres dans l'audit : ${summary.offersInAudit}`,
  ];
  if (summary.repaired > 0)
    lines.push(
      `  réparées : ${summary.repaired} (caractères que PostgreSQL ne peut pas stocker, NUL ou surrogats isolés, remplacés par U+FFFD)`,
    );
  for (const rejected of summary.rejected.slice(0, 20))
    lines.push(`  rejetée (${rejected.position}) : ${rejected.reason}`);
  if (summary.rejected.length > 20) lines.push(`  … et ${summary.rejected.length - 20} autres rejets`);
  return `${lines.join('\n')}\n`;
}
