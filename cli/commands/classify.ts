import { Command } from 'commander';
import { CATEGORIES, isCategoryId } from '../../model/taxonomy.js';
import type { ClassifySummary } from '../../pipeline/classify-audit.js';
import { classifyFile } from '../../pipeline/classify-file.js';

export function formatClassifySummary(summary: ClassifySummary): string {
  const share = summary.offers ? Math.round((summary.genuine / summary.offers) * 1000) / 10 : 0;
  const categories = Object.entries(summary.byCategory)
    .sort((a, b) => b[1] - a[1])
    .map(([category, n]) => `  ${isCategoryId(category) ? CATEGORIES[category].label : category} : ${n}`)
    .join('\n');
  return `Audit ${summary.auditId} classé (classifieur ${summary.classifierVersion}) : ${summary.offers} offres, ${summary.flags} signalements sur ${summary.flaggedOffers} offres, ${summary.genuine} offres conformes (${share.toLocaleString('fr-FR')} %), ${summary.duplicateClusters} groupes de doublons.\n${categories}${categories ? '\n' : ''}`;
}

export function classifyCommand(): Command {
  return new Command('classify')
    .description('flag illegal, misleading and poor offers: an audit in the database, or a file without one')
    .option('--audit <id>', 'the audit to classify: a number or "latest"', 'latest')
    .option(
      '--file <path>',
      'classify offers from a file (one offer, an array, {"resultats":[…]} or JSONL), no database',
    )
    .option('--json', 'print one JSON line per offer (with --file) or the summary as JSON')
    .addHelpText(
      'after',
      `
Examples:
  $ vigie classify --file offres.jsonl --json     one JSON line per offer: id, genuine, flags
  $ vigie classify --file offre.json              a readable summary in French
  $ vigie classify                                classify the latest audit and store its flags
  $ vigie classify --audit 3                      classify audit 3 again (replaces this version's flags)`,
    )
    .action(async (flags: { audit?: string; file?: string; json?: boolean }, command: Command) => {
      if (flags.file) {
        await classifyFile({ file: flags.file, json: flags.json === true });
        return;
      }
      const [{ withDatabase }, { runClassify }] = await Promise.all([
        import('../open-database.js'),
        import('../../pipeline/classify-audit.js'),
      ]);
      const summary = await withDatabase(command, (database) =>
        runClassify({ database, audit: flags.audit ?? 'latest' }),
      );
      process.stdout.write(flags.json ? `${JSON.stringify(summary)}\n` : formatClassifySummary(summary));
    });
}
