import { Command } from 'commander';
import { CATEGORIES, isCategoryId } from '../../model/taxonomy.js';
import type { ClassifySummary } from '../../pipeline/classify-audit.js';
import { classifyFile } from '../../pipeline/classify-file.js';
import { language, messages } from '../i18n/index.js';

export function formatClassifySummary(summary: ClassifySummary): string {
  const share = summary.offers ? Math.round((summary.genuine / summary.offers) * 1000) / 10 : 0;
  const categories = Object.entries(summary.byCategory)
    .sort((a, b) => b[1] - a[1])
    .map(([category, n]) => `  ${isCategoryId(category) ? CATEGORIES[category].label : category} : ${n}`)
    .join('\n');
  const line = messages().summaries.classify({
    auditId: summary.auditId,
    version: summary.classifierVersion,
    offers: summary.offers,
    flags: summary.flags,
    flaggedOffers: summary.flaggedOffers,
    genuine: summary.genuine,
    share: messages().summaries.number(share),
    clusters: summary.duplicateClusters,
  });
  return `${line}\n${categories}${categories ? '\n' : ''}`;
}

export function classifyCommand(): Command {
  return new Command('classify')
    .description(messages().classify.description)
    .option('--audit <id>', messages().classify.audit, 'latest')
    .option('--file <path>', messages().classify.file)
    .option('--json', messages().classify.json)
    .addHelpText('after', messages().classify.footer)
    .action(async (flags: { audit?: string; file?: string; json?: boolean }, command: Command) => {
      if (flags.file) {
        await classifyFile({ file: flags.file, json: flags.json === true, language: language() });
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
