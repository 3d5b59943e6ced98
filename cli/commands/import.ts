import { Command } from 'commander';
import { type ImportSummary, runImport } from '../../pipeline/import-file.js';
import { withDatabase } from '../open-database.js';

export function importCommand(): Command {
  return new Command('import')
    .description('load offers saved from the France Travail API (JSON or JSON Lines) into an audit')
    .argument('<file>', 'one offer, an array, {"resultats":[…]} as the API answers, or JSON Lines')
    .option(
      '--audit <id>',
      'add to this audit (a number or "latest") instead of the file\'s own import audit',
    )
    .option('--new-audit', 'start a new audit even if this file was imported before')
    .option('--json', 'print the summary as JSON')
    .addHelpText(
      'after',
      `
Importing the same file again updates its audit: changed offers are updated, none is duplicated.
A malformed line is reported with its line number and skipped; the rest is imported.

Examples:
  $ vigie import offres.jsonl
  $ vigie import recherche-74.json --json
  $ vigie import nouvelles.jsonl --audit latest`,
    )
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
