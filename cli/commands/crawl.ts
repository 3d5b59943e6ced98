import { Command, Option } from 'commander';
import { missingCredentialsNotice } from '../../crawler/build-sources.js';
import { type CrawlOptions, type CrawlSummary, runCrawl } from '../../crawler/crawl.js';
import { CRAWLER_MESSAGES } from '../../crawler/messages.js';
import { formatDuration } from '../../crawler/progress.js';
import { language, messages } from '../i18n/index.js';
import { withDatabase } from '../open-database.js';
import { integer, positiveInteger, positiveNumber } from '../option-parsers.js';

export interface CrawlFlags {
  census?: boolean;
  sample?: number;
  strata?: 'departement' | 'typeContrat' | 'origine';
  allocation?: 'proportional' | 'equal';
  seed?: number;
  departement?: string;
  typeContrat?: string;
  publieeDepuis?: string;
  motsCles?: string;
  origine?: string;
  source?: 'auto' | 'api' | 'site';
  apiUrl?: string;
  tokenUrl?: string;
  siteUrl?: string;
  rate?: number;
  partnerRate?: number;
  concurrency?: number;
  backoffMs?: number;
  partners?: boolean;
  browser?: boolean;
  resume?: string | boolean;
  retryFailed?: string | boolean;
  worker?: string | boolean;
  label?: string;
  leaseSeconds?: number;
  maxAttempts?: number;
  maxResults?: number;
  json?: boolean;
  progress?: boolean;
}

export function crawlCommand(): Command {
  return addCrawlSelectionOptions(new Command('crawl').description(messages().crawl.description))
    .option('--resume [audit]', messages().crawl.resume)
    .option('--retry-failed [audit]', messages().crawl.retryFailed)
    .option('--worker [audit]', messages().crawl.worker)
    .option('--label <text>', messages().crawl.label)
    .option('--lease-seconds <n>', messages().crawl.leaseSeconds, positiveInteger)
    .option('--max-attempts <n>', messages().crawl.maxAttempts, positiveInteger)
    .option('--max-results <n>', messages().crawl.maxResults, positiveInteger)
    .option('--no-progress', messages().crawl.noProgress)
    .option('--json', messages().crawl.json)
    .addHelpText('after', messages().crawl.footer)
    .action(async (flags: CrawlFlags, command: Command) => {
      const options = crawlOptionsFromFlags(flags, process.env);
      const notice = missingCredentialsNotice(options);
      if (notice && options.resume === undefined && options.worker === undefined)
        process.stderr.write(`${messages().program.noticePrefix}${notice.saidIn(language()).message}\n`);
      const summary = await withDatabase(command, (database) => runCrawl({ ...options, database }));
      if (flags.json) process.stdout.write(`${JSON.stringify(summary)}\n`);
      else process.stdout.write(describeSummary(summary));
      if (!summary.complete) process.exitCode = 4;
    });
}

/**
 * The options that choose and fetch an audit's offers: its design, filters, source and politeness. Shared by
 * `vigie crawl`, `vigie audit` and `vigie schedule`, so the three speak the same language.
 */
export function addCrawlSelectionOptions(command: Command): Command {
  const words = messages().selection;
  return command
    .option('--census', words.census)
    .option('--sample <n>', words.sample, positiveInteger)
    .addOption(
      new Option('--strata <field>', words.strata).choices(['departement', 'typeContrat', 'origine']),
    )
    .addOption(
      new Option('--allocation <kind>', words.allocation)
        .choices(['proportional', 'equal'])
        .default('proportional'),
    )
    .option('--seed <n>', words.seed, integer, 1)
    .option('--departement <code>', words.departement)
    .option('--typeContrat <codes>', words.typeContrat)
    .addOption(
      new Option('--publiee-depuis <days>', words.publieeDepuis).choices(['1', '3', '7', '14', '31']),
    )
    .option('--motsCles <words>', words.motsCles)
    .addOption(new Option('--origine <n>', words.origine).choices(['1', '2']))
    .addOption(new Option('--source <source>', words.source).choices(['auto', 'api', 'site']).default('auto'))
    .addOption(new Option('--api-url <url>', words.apiUrl).env('FT_API_URL'))
    .addOption(new Option('--token-url <url>', words.tokenUrl).env('FT_TOKEN_URL'))
    .addOption(new Option('--site-url <url>', words.siteUrl).env('FT_SITE_URL'))
    .option('--rate <n>', words.rate, positiveNumber)
    .option('--partner-rate <n>', words.partnerRate, positiveNumber)
    .option('--concurrency <n>', words.concurrency, positiveInteger)
    .addOption(
      new Option('--backoff-ms <ms>', words.backoffMs).env('VIGIE_BACKOFF_MS').argParser(positiveInteger),
    )
    .option('--no-partners', words.noPartners)
    .option('--no-browser', words.noBrowser);
}

export function crawlOptionsFromFlags(flags: CrawlFlags, env: NodeJS.ProcessEnv): CrawlOptions {
  const filters = {
    ...(flags.departement ? { departement: flags.departement } : {}),
    ...(flags.typeContrat ? { typeContrat: flags.typeContrat.toUpperCase() } : {}),
    ...(flags.publieeDepuis ? { publieeDepuis: flags.publieeDepuis } : {}),
    ...(flags.motsCles ? { motsCles: flags.motsCles } : {}),
    ...(flags.origine ? { origine: flags.origine } : {}),
  };
  const auditRef = (value: string | boolean | undefined) =>
    value === undefined || value === false ? undefined : value === true ? true : Number(value);
  const retryFailed = auditRef(flags.retryFailed);
  const resume = auditRef(flags.resume) ?? (typeof retryFailed === 'number' ? retryFailed : undefined);
  const worker = auditRef(flags.worker);
  return {
    ...(flags.census ? { census: true } : {}),
    ...(flags.sample !== undefined ? { sample: flags.sample } : {}),
    ...(flags.strata ? { strata: flags.strata } : {}),
    ...(flags.strata ? { allocation: flags.allocation ?? 'proportional' } : {}),
    ...(flags.sample !== undefined ? { seed: flags.seed ?? 1 } : {}),
    filters,
    source: flags.source ?? 'auto',
    ...(env.FT_CLIENT_ID ? { clientId: env.FT_CLIENT_ID } : {}),
    ...(env.FT_CLIENT_SECRET ? { clientSecret: env.FT_CLIENT_SECRET } : {}),
    ...(flags.apiUrl ? { apiUrl: flags.apiUrl } : {}),
    ...(flags.tokenUrl ? { tokenUrl: flags.tokenUrl } : {}),
    ...(flags.siteUrl ? { siteUrl: flags.siteUrl } : {}),
    ...(flags.rate !== undefined ? { rate: flags.rate } : {}),
    ...(flags.partnerRate !== undefined ? { partnerRate: flags.partnerRate } : {}),
    ...(flags.concurrency !== undefined ? { concurrency: flags.concurrency } : {}),
    ...(flags.backoffMs !== undefined ? { baseDelayMs: flags.backoffMs } : {}),
    ...(flags.maxResults !== undefined ? { maxResults: flags.maxResults } : {}),
    partners: flags.partners !== false,
    browser: flags.browser !== false,
    ...(resume !== undefined ? { resume } : {}),
    ...(retryFailed !== undefined ? { retryFailed: true } : {}),
    ...(worker !== undefined ? { worker } : {}),
    ...(flags.label ? { label: flags.label } : {}),
    ...(flags.leaseSeconds !== undefined ? { leaseMs: flags.leaseSeconds * 1000 } : {}),
    ...(flags.maxAttempts !== undefined ? { maxAttempts: flags.maxAttempts } : {}),
    ...(flags.progress === false ? { progress: false } : {}),
    progressWords: messages().crawlProgress,
  };
}

export function describeSummary(summary: CrawlSummary): string {
  const failed = Object.entries(summary.failed);
  const notes = Object.entries(summary.notes);
  const { coverage } = summary;
  const { summaries } = messages();
  const words = summaries.crawl;
  const api = summary.source === 'api';
  const share = coverage.share === null ? '' : ` (${summaries.number(coverage.share * 100)} %)`;
  const state = summary.complete ? words.complete : words.incomplete(summary.failedItems, summary.auditId);
  const lines = [
    `Audit ${summary.auditId} (${summary.design.kind}, ${words.sourceName(api)})${summary.resumed ? words.resumed : ''} : ${state}`,
    `${words.source} ${words.sourceShort(api)} — ${CRAWLER_MESSAGES.sourceReason({ reason: summary.sourceReason, api }).saidIn(language()).message}`,
    `${words.population} ${summary.population ?? '?'}`,
    words.read(coverage.read, coverage.expected, share),
    `${words.partnerPages} ${summary.partnerPages}${words.applicationLinks(summary.applicationLinks)}`,
    `${words.failures} ${failed.length === 0 ? 0 : failed.map(([cause, count]) => `${cause} ${count}`).join(', ')}`,
  ];
  if (notes.length > 0)
    lines.push(`${words.repairs} ${notes.map(([cause, count]) => `${cause} ${count}`).join(', ')}`);
  for (const fallback of summary.planNotes.fallbacks) lines.push(`${words.plan} ${fallback}`);
  if (summary.planNotes.skipped.length > 0) {
    lines.push(`${words.plan} ${words.skipped(summary.planNotes.skipped.length)}`);
    for (const skipped of summary.planNotes.skipped.slice(0, 5))
      lines.push(`                ${skipped.cause} — ${skipped.message}`);
  }
  if (!summary.complete) lines.push(words.notExact);
  lines.push(
    words.run(
      summary.requests,
      summary.retries,
      summary.status429,
      formatDuration(summary.durationMs / 1000),
    ),
    '',
  );
  return lines.join('\n');
}
