import { Command } from 'commander';
import { missingCredentialsNotice } from '../../crawler/build-sources.js';
import { type AuditPipelineResult, runAuditPipeline } from '../../pipeline/run-audit.js';
import { withDatabase } from '../open-database.js';
import { addCrawlSelectionOptions, type CrawlFlags, crawlOptionsFromFlags } from './crawl.js';
import { parseFormats, REPORT_FORMATS } from './report.js';

interface AuditFlags extends CrawlFlags {
  out: string;
  format?: string;
  compare?: boolean;
  keepContacts?: boolean;
}

export function auditCommand(): Command {
  return addCrawlSelectionOptions(
    new Command('audit').description(
      'crawl → classify → report in one job; run it again after a crash to continue',
    ),
  )
    .requiredOption('--out <dir>', 'folder the report is written to')
    .option('--format <list>', `report formats, comma-separated (${REPORT_FORMATS.join(',')})`)
    .option('--no-compare', 'do not compare with the previous audit')
    .option('--keep-contacts', 'keep phone numbers, e-mails and names in the report and exports')
    .option('--label <text>', 'a name for the audit')
    .option('--no-progress', 'no progress bar, even on a terminal')
    .option('--json', 'print the result as JSON')
    .addHelpText(
      'after',
      `
Each stage is recorded on the audit (running → crawled → classified → complete): after a crash or a kill, run the
same command again and it continues the unfinished audit rather than starting another.

Examples:
  $ vigie audit --sample 2000 --strata departement --seed 2026 --out rapports/2026-11
  $ vigie audit --census --departement 74 --out rapports/74 --format html,md
  $ FT_CLIENT_ID=… FT_CLIENT_SECRET=… vigie audit --sample 5000 --out rapports/national`,
    )
    .action(async (flags: AuditFlags, command: Command) => {
      const options = crawlOptionsFromFlags(flags, process.env);
      const notice = missingCredentialsNotice(options);
      if (notice) process.stderr.write(`vigie : ${notice}\n`);
      const result = await withDatabase(command, (database) =>
        runAuditPipeline({
          ...options,
          database,
          out: flags.out,
          ...(flags.format ? { formats: parseFormats(flags.format) } : {}),
          compare: flags.compare !== false,
          keepContacts: flags.keepContacts === true,
          onStage: (stage, state, detail) =>
            process.stderr.write(
              `${state === 'done' ? '✓' : '→'} ${stage} ${state}${detail ? `: ${detail}` : ''}\n`,
            ),
        }),
      );
      process.stdout.write(flags.json ? `${JSON.stringify(result)}\n` : describeAudit(result));
    });
}

export function describeAudit(result: AuditPipelineResult): string {
  const { classify, report } = result;
  return [
    `Audit ${result.auditId}${result.resumed ? ' (repris)' : ''} : ${classify.offers} offres, ${classify.genuine} sans problème, ${classify.flaggedOffers} signalées.`,
    `  ${headlineSentence(report.figures)}`,
    '  Rapport :',
    ...report.files.map((file) => `    ${file.format.padEnd(4)} ${file.path}`),
    ...report.skipped.map((skip) => `    ${skip.format.padEnd(4)} non produit : ${skip.reason}`),
    '',
  ]
    .filter((line) => line !== '')
    .join('\n')
    .concat('\n');
}

function headlineSentence(figures: AuditPipelineResult['report']['figures']): string {
  const { any, certain } = figures.headline.genuine;
  const percent = (share: number) =>
    `${(share * 100).toLocaleString('fr-FR', { maximumFractionDigits: 1 })} %`;
  const range =
    any.share === certain.share ? percent(any.share) : `${percent(any.share)} à ${percent(certain.share)}`;
  return `Offres authentiques (légales, honnêtes, uniques, en ligne, salaire indiqué) : ${range}.`;
}
