import { Command } from 'commander';
import { missingCredentialsNotice } from '../../crawler/build-sources.js';
import {
  type AuditPipelineResult,
  type AuditStage,
  runAuditPipeline,
  type StageDetail,
  type StageState,
} from '../../pipeline/run-audit.js';
import { skippedReason } from '../../pipeline/write-report.js';
import { language, messages } from '../i18n/index.js';
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
  return addCrawlSelectionOptions(new Command('audit').description(messages().audit.description))
    .requiredOption('--out <dir>', messages().audit.out)
    .option('--format <list>', messages().audit.format(REPORT_FORMATS.join(',')))
    .option('--no-compare', messages().audit.noCompare)
    .option('--keep-contacts', messages().audit.keepContacts)
    .option('--label <text>', messages().audit.label)
    .option('--no-progress', messages().audit.noProgress)
    .option('--json', messages().audit.json)
    .addHelpText('after', messages().audit.footer)
    .action(async (flags: AuditFlags, command: Command) => {
      const options = crawlOptionsFromFlags(flags, process.env);
      const notice = missingCredentialsNotice(options);
      if (notice)
        process.stderr.write(`${messages().program.noticePrefix}${notice.saidIn(language()).message}\n`);
      const result = await withDatabase(command, (database) =>
        runAuditPipeline({
          ...options,
          database,
          out: flags.out,
          ...(flags.format ? { formats: parseFormats(flags.format) } : {}),
          compare: flags.compare !== false,
          keepContacts: flags.keepContacts === true,
          ...(flags.progress === false
            ? {}
            : {
                onStage: (stage: AuditStage, state: StageState, detail?: StageDetail) =>
                  process.stderr.write(`${stageLine(stage, state, detail)}\n`),
              }),
        }),
      );
      process.stdout.write(flags.json ? `${JSON.stringify(result)}\n` : describeAudit(result));
    });
}

/** A line of progress of `vigie audit` and `vigie demo`, in the CLI's language: "✓ classement des offres : …". */
export function stageLine(stage: AuditStage, state: StageState, detail?: StageDetail): string {
  const words = messages().stages;
  const name = words[stage];
  const said = detail ? words.detail(detail) : '';
  if (state === 'start') return `→ ${name}…`;
  if (state === 'skipped') return `→ ${name}${words.colon}${words.alreadyDone}${said ? ` (${said})` : ''}`;
  return `✓ ${name}${said ? `${words.colon}${said}` : ''}`;
}

export function describeAudit(result: AuditPipelineResult): string {
  const { classify, report } = result;
  const words = messages().summaries.audit;
  return [
    words.line(result.auditId, result.resumed, classify.offers, classify.genuine, classify.flaggedOffers),
    `  ${headlineSentence(report.figures)}`,
    words.report,
    ...report.files.map((file) => `    ${file.format.padEnd(4)} ${file.path}`),
    ...report.skipped.map(skippedLine),
    '',
  ]
    .filter((line) => line !== '')
    .join('\n')
    .concat('\n');
}

/**
 * A format the report did not write, with its reason: « pdf  PDF non produit : Chromium est introuvable… ». The
 * reason already says what was not produced: the line adds no second "non produit".
 */
export function skippedLine(skip: AuditPipelineResult['report']['skipped'][number]): string {
  return `    ${skip.format.padEnd(4)} ${skippedReason(skip.reason, language())}`;
}

function headlineSentence(figures: AuditPipelineResult['report']['figures']): string {
  const { any, certain } = figures.headline.genuine;
  const { summaries } = messages();
  const percent = (share: number) => `${summaries.number(share * 100)} %`;
  const range =
    any.share === certain.share
      ? percent(any.share)
      : summaries.audit.range(percent(any.share), percent(certain.share));
  return summaries.audit.headline(range);
}
