import { Command } from 'commander';
import type { AnonymiseCounts } from '../../db/anonymise.js';
import { type AuditSummary, listAudits, resolveAudit } from '../../db/audits.js';
import { type FailureCause, failureCauses } from '../../db/fetch-errors.js';
import { purgeAudit } from '../../db/purge.js';
import { UsageError } from '../../lib/errors.js';
import { anonymiseAudit } from '../../pipeline/anonymise-audit.js';
import { messages } from '../i18n/index.js';
import { CLI_MESSAGES } from '../messages.js';
import { withDatabase } from '../open-database.js';

export function auditsCommand(): Command {
  const audits = new Command('audits')
    .description(messages().audits.description)
    .option('--json', messages().audits.json)
    .addHelpText('after', messages().audits.footer)
    .action(async (flags: { json?: boolean }, command: Command) => {
      const rows = await withDatabase(command, async ({ db }) => {
        const audits = await listAudits(db);
        return Promise.all(
          audits.map(async (audit) => ({
            ...audit,
            failures: audit.errors > 0 ? await failureCauses(db, audit.id) : [],
          })),
        );
      });
      process.stdout.write(
        flags.json
          ? rows.map((row) => JSON.stringify(row)).join('\n') + (rows.length ? '\n' : '')
          : formatAudits(rows),
      );
    });

  audits
    .command('purge')
    .description(messages().audits.purge)
    .argument('<id>', messages().audits.purgeId)
    .option('--yes', messages().audits.purgeYes)
    .action(async (id: string, flags: { yes?: boolean }, command: Command) => {
      if (!flags.yes) throw new UsageError(CLI_MESSAGES.purgeNeedsYes({ id }));
      const purged = await withDatabase(command, async (database) => {
        const audit = await resolveAudit(database.db, id);
        await purgeAudit(database, audit.id);
        return audit;
      });
      process.stdout.write(`${messages().summaries.audits.purged(purged.id, purged.label)}\n`);
    });

  audits
    .command('anonymise')
    .description(messages().audits.anonymise)
    .argument('<id>', messages().audits.purgeId)
    .action(async (id: string, _flags: object, command: Command) => {
      const { audit, counts } = await withDatabase(command, async (database) => {
        const audit = await resolveAudit(database.db, id);
        return { audit, counts: await anonymiseAudit(database, audit.id) };
      });
      process.stdout.write(formatAnonymised(audit, counts));
    });

  return audits;
}

export function formatAnonymised(audit: { id: number; label: string }, counts: AnonymiseCounts): string {
  const changed = counts.offers + counts.flags + counts.partnerPages + counts.fetchErrors + counts.frontier;
  if (changed === 0)
    return `Audit ${audit.id} (${audit.label}) déjà anonymisé : aucune donnée personnelle à retirer.\n`;
  const parts = [
    `${counts.offers} offre(s) sans contacts ni noms`,
    `${counts.flags} signalement(s) aux citations masquées`,
    `${counts.partnerPages} page(s) partenaire(s)`,
    `${counts.fetchErrors + counts.frontier} erreur(s) et tâche(s) de collecte`,
  ];
  return (
    `Audit ${audit.id} (${audit.label}) anonymisé : ${parts.join(', ')}.\n` +
    'Téléphones, e-mails et noms sont retirés ou masqués, aussi sur le disque ; les chiffres du rapport restent les mêmes.\n'
  );
}

export function formatAudits(rows: ReadonlyArray<AuditSummary & { failures?: FailureCause[] }>): string {
  if (rows.length === 0) return `${messages().summaries.audits.none}\n`;
  const words = messages().summaries.audits;
  const header = [...words.header];
  const table = rows.map((row) => [
    String(row.id),
    row.createdAt.toISOString().slice(0, 16).replace('T', ' '),
    row.status === 'running' && row.failedItems > 0 ? words.incompleteStatus : row.status,
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
  const details: string[] = [];
  for (const row of rows) {
    const failures = row.failures ?? [];
    if (failures.length === 0 && row.failedItems === 0) continue;
    details.push('');
    details.push(row.failedItems > 0 ? words.incomplete(row.id, row.failedItems) : words.errors(row.id));
    for (const failure of failures.slice(0, 10))
      details.push(`  ${failure.stage}/${failure.cause} × ${failure.count} — ${failure.example}`);
    if (failures.length > 10) details.push(words.moreCauses(failures.length - 10));
  }
  return `${[format(header), ...table.map(format), ...details].join('\n')}\n`;
}
