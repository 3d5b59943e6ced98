import { Command, InvalidArgumentError, Option } from 'commander';
import { missingCredentialsNotice } from '../../crawler/build-sources.js';
import { type CrawlOptions, type CrawlSummary, runCrawl } from '../../crawler/crawl.js';
import { formatDuration } from '../../crawler/progress.js';
import { withDatabase } from '../open-database.js';

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
  return addCrawlSelectionOptions(
    new Command('crawl').description(
      "fill an audit with France Travail's offers: a census or a random sample, from the API or the public website",
    ),
  )
    .option(
      '--resume [audit]',
      'continue an unfinished crawl (the latest, or this audit number), failed items included',
    )
    .option(
      '--retry-failed [audit]',
      'try again the items that failed for good in a crawl (the latest unfinished, or this audit number)',
    )
    .option(
      '--worker [audit]',
      'join a crawl running on the same PostgreSQL (DATABASE_URL) as one more worker',
    )
    .option('--label <text>', 'a name for the new audit')
    .option(
      '--lease-seconds <n>',
      'how long a worker keeps an item before others may take it over, if it dies (default: 300)',
      positiveInteger,
    )
    .option(
      '--max-attempts <n>',
      'attempts an item gets for a cause that may pass (503, timeout) before it stays failed (default: 3)',
      positiveInteger,
    )
    .option('--max-results <n>', 'results one query can be paged to (the API allows 3150)', positiveInteger)
    .option('--no-progress', 'no progress bar, even on a terminal')
    .option('--json', 'print the summary as JSON')
    .addHelpText(
      'after',
      `
The crawl is saved as it goes: stop it at any moment (even kill -9) and run the same command again, or
\`vigie crawl --resume\`, to finish it with no offer lost or counted twice. One bad item (a query the API refuses,
a page that cannot be read, an offer the database refuses) fails alone with its cause (see \`vigie audits\`) and
the crawl goes on; a crawl with failed items ends "incomplete" (exit 4) and \`--retry-failed\` tries them again.
Only what would make every item fail stops it: credentials refused (exit 2), the database gone (exit 3).
robots.txt is obeyed for the website and partner sites; the rate limit is never exceeded.

Examples:
  $ vigie crawl --sample 1000 --seed 7                       a simple random sample of the whole country
  $ vigie crawl --sample 2000 --strata departement           stratified by département, proportional allocation
  $ vigie crawl --sample 600 --strata typeContrat --allocation equal --departement 74
  $ vigie crawl --census --departement 74 --no-partners      every offer of Haute-Savoie
  $ vigie crawl --resume                                     finish the crawl that was interrupted
  $ vigie crawl --retry-failed 3                             try the failed pages of audit 3 again
  $ DATABASE_URL=postgres://… vigie crawl --worker           one more worker on a shared crawl

Environment:
  FT_CLIENT_ID, FT_CLIENT_SECRET   API credentials (francetravail.io); without them the public website is read
  FT_API_URL, FT_TOKEN_URL, FT_SITE_URL   other base URLs (a local replica, an older API host)`,
    )
    .action(async (flags: CrawlFlags, command: Command) => {
      const options = crawlOptionsFromFlags(flags, process.env);
      const notice = missingCredentialsNotice(options);
      if (notice && options.resume === undefined && options.worker === undefined)
        process.stderr.write(`vigie : ${notice}\n`);
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
  return command
    .option('--census', 'every offer matching the filters (queries are split to get past the 3,150 cap)')
    .option('--sample <n>', 'a random sample of n offers', positiveInteger)
    .addOption(
      new Option('--strata <field>', 'stratify the sample by this field').choices([
        'departement',
        'typeContrat',
        'origine',
      ]),
    )
    .addOption(
      new Option('--allocation <kind>', 'sample size per stratum')
        .choices(['proportional', 'equal'])
        .default('proportional'),
    )
    .option('--seed <n>', 'seed of the random draws (same seed, same sample)', integer, 1)
    .option('--departement <code>', 'only this département ("74", "2A", "971")')
    .option('--typeContrat <codes>', 'only these contract types, comma-separated (CDI,CDD,MIS,SAI…)')
    .addOption(
      new Option('--publiee-depuis <days>', 'only offers published in the last n days').choices([
        '1',
        '3',
        '7',
        '14',
        '31',
      ]),
    )
    .option('--motsCles <words>', 'only offers matching these keywords')
    .addOption(
      new Option('--origine <n>', 'only France Travail offers (1) or partner offers (2)').choices(['1', '2']),
    )
    .addOption(
      new Option('--source <source>', 'where to read the listings (auto: the API when FT_CLIENT_ID is set)')
        .choices(['auto', 'api', 'site'])
        .default('auto'),
    )
    .addOption(new Option('--api-url <url>', 'API base URL').env('FT_API_URL'))
    .addOption(new Option('--token-url <url>', 'OAuth2 token URL').env('FT_TOKEN_URL'))
    .addOption(new Option('--site-url <url>', 'public website base URL').env('FT_SITE_URL'))
    .option(
      '--rate <n>',
      'requests per second to France Travail, never exceeded (default: 3 API, 1 website)',
      positiveNumber,
    )
    .option('--partner-rate <n>', 'requests per second to each partner site (default: 1)', positiveNumber)
    .option('--concurrency <n>', 'requests in flight at once (default: 4)', positiveInteger)
    .option('--no-partners', 'do not visit partner pages')
    .option('--no-browser', 'never start Chromium for JavaScript-only partner pages');
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
  };
}

export function describeSummary(summary: CrawlSummary): string {
  const failed = Object.entries(summary.failed);
  const notes = Object.entries(summary.notes);
  const { coverage } = summary;
  const share =
    coverage.share === null
      ? ''
      : ` (${(coverage.share * 100).toLocaleString('fr-FR', { maximumFractionDigits: 1 })} %)`;
  const state = summary.complete
    ? 'collecte complète'
    : `collecte INCOMPLÈTE — ${summary.failedItems} élément(s) en échec ; relancez avec \`vigie crawl --retry-failed ${summary.auditId}\``;
  const lines = [
    `Audit ${summary.auditId} (${summary.design.kind}, ${summary.source === 'api' ? 'API France Travail' : 'site public'})${summary.resumed ? ', repris' : ''} : ${state}`,
    `  source        ${summary.source === 'api' ? 'API' : 'site public'} — ${summary.sourceReason}`,
    `  population    ${summary.population ?? '?'}`,
    `  offres lues   ${coverage.read} sur ${coverage.expected} attendues${share}`,
    `  pages partenaires ${summary.partnerPages}`,
    `  échecs        ${failed.length === 0 ? 0 : failed.map(([cause, count]) => `${cause} ${count}`).join(', ')}`,
  ];
  if (notes.length > 0)
    lines.push(`  réparations   ${notes.map(([cause, count]) => `${cause} ${count}`).join(', ')}`);
  for (const fallback of summary.planNotes.fallbacks) lines.push(`  plan          ${fallback}`);
  if (summary.planNotes.skipped.length > 0) {
    lines.push(`  plan          ${summary.planNotes.skipped.length} requête(s) écartée(s) :`);
    for (const skipped of summary.planNotes.skipped.slice(0, 5))
      lines.push(`                ${skipped.cause} — ${skipped.message}`);
  }
  if (!summary.complete)
    lines.push(
      '  → les chiffres de cet audit ne portent que sur les offres lues : aucun n’est exact tant que la collecte est incomplète',
    );
  lines.push(
    `  cette exécution ${summary.requests} requêtes, ${summary.retries} nouvelles tentatives, ${summary.status429} × 429, ${formatDuration(summary.durationMs / 1000)}`,
    '',
  );
  return lines.join('\n');
}

function integer(value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number)) throw new InvalidArgumentError('a whole number is expected');
  return number;
}

function positiveInteger(value: string): number {
  const number = integer(value);
  if (number <= 0) throw new InvalidArgumentError('a positive whole number is expected');
  return number;
}

function positiveNumber(value: string): number {
  const number = Number(value);
  if (!Number.isFinite(number) || number <= 0)
    throw new InvalidArgumentError('a positive number is expected');
  return number;
}
