import { Command } from 'commander';
import { type AuditSummary, listAudits, resolveAudit } from '../../db/audits.js';
import { purgeAudit } from '../../db/purge.js';
import { UsageError } from '../../lib/errors.js';
import { withDatabase } from '../open-database.js';

export function auditsCommand(): Command {
  const audits = new Command('audits')
    .description('list audits with their counts (offers, flagged offers, fetch errors)')
    .option('--json', 'print one JSON object per audit')
    .addHelpText(
      'after',
      `
Examples:
  $ vigie audits
  $ vigie audits --json
  $ vigie audits purge 3 --yes      delete audit 3 and everything observed in it`,
    )
    .action(async (flags: { json?: boolean }, command: Command) => {
      const rows = await withDatabase(command, ({ db }) => listAudits(db));
      process.stdout.write(
        flags.json
          ? rows.map((row) => JSON.stringify(row)).join('\n') + (rows.length ? '\n' : '')
          : formatAudits(rows),
      );
    });

  audits
    .command('purge')
    .description('delete an audit with its raw offers, flags, pages and errors (personal data included)')
    .argument('<id>', 'the audit number')
    .option('--yes', 'confirm: the deletion cannot be undone')
    .action(async (id: string, flags: { yes?: boolean }, command: Command) => {
      if (!flags.yes)
        throw new UsageError(`purging audit ${id} deletes it for good`, `run again with --yes to confirm`);
      const purged = await withDatabase(command, async (database) => {
        const audit = await resolveAudit(database.db, id);
        await purgeAudit(database, audit.id);
        return audit;
      });
      process.stdout.write(
        `Audit ${purged.id} (${purged.label}) supprimé, avec ses offres, signalements et erreurs.\n`,
      );
    });

  return audits;
}

export function formatAudits(rows: readonly AuditSummary[]): string {
  if (rows.length === 0)
    return 'Aucun audit. Lancez `vigie demo`, `vigie crawl` ou `vigie import FICHIER`.\n';
  const header = ['id', 'date', 'statut', 'source', 'plan', 'offres', 'signalées', 'erreurs', 'libellé'];
  const table = rows.map((row) => [
    String(row.id),
    row.createdAt.toISOString().slice(0, 16).replace('T', ' '),
    row.status,
    row.source,
    row.design.kind,
    String(row.offers),
    String(row.flaggedOffers),
    String(row.errors),
    row.label,
  ]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...table.map((cells) => cells[column]!.length)),
  );
  const format = (cells: string[]) =>
    cells
      .map((cell, column) => cell.padEnd(widths[column]!))
      .join('  ')
      .trimEnd();
  return `${[format(header), ...table.map(format)].join('\n')}\n`;
}
