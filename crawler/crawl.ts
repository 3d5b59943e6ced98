import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import PQueue from 'p-queue';
import { type Audit, createAudit, findUnfinishedAudit, getAudit, setAuditStatus } from '../db/audits.js';
import type { VigieDatabase } from '../db/connect.js';
import {
  clearItemFailures,
  countFetchErrorsByCause,
  ITEM_KEY,
  recordFetchErrors,
} from '../db/fetch-errors.js';
import {
  completeFrontier,
  countFrontier,
  enqueueFrontier,
  type FrontierCounts,
  failFrontier,
  isUnreadable,
  type LeasedFrontierItem,
  leaseFrontier,
  leaseOwners,
  releaseAllLeases,
  releaseFrontier,
  releaseLeasesOf,
  retryFailedFrontier,
} from '../db/frontier.js';
import { countOffers } from '../db/offers.js';
import { countPartnerPages } from '../db/partner-pages.js';
import { UsageError } from '../lib/errors.js';
import { FetchFailure } from '../lib/http/fetch-failure.js';
import { getLogger } from '../lib/logger.js';
import { type AuditDesign, CRAWL_KINDS, type CrawlDesign, isCrawlDesign } from '../model/audit.js';
import { buildCrawlTools, type LimiterFactory, resolveSourceKind, sourceReason } from './build-sources.js';
import { SITE_COMPANION_PAGES } from './companion-search.js';
import type { CrawlOptions } from './crawl-options.js';
import { handleItem, type ItemContext, pageItem, pageKey, storeFirstPage } from './handle-item.js';
import { judgeItemFailure, safeMessage } from './item-failure.js';
import { CRAWLER_MESSAGES, type SourceReason } from './messages.js';
import { planCrawl } from './plan-crawl.js';
import { estimatePlan } from './plan-estimate.js';
import { type PlanNotes, planNotesSchema } from './plan-guards.js';
import { FRENCH_PROGRESS, ProgressBar } from './progress.js';
import { SharedRateLimiter } from './shared-rate-limiter.js';
import { DEFAULT_API_URL } from './sources/api/api-source.js';
import { DEFAULT_SITE_URL } from './sources/site/site-source.js';

export type { CrawlFilters, CrawlOptions } from './crawl-options.js';

export interface CrawlSummary {
  auditId: number;
  /** True when this run continued an audit started earlier. */
  resumed: boolean;
  source: 'api' | 'site';
  /** Why this source was read (CRAWLER_MESSAGES.sourceReason says it). */
  sourceReason: SourceReason;
  design: AuditDesign;
  /** Offers online matching the filters when the crawl was planned. */
  population: number | null;
  /** Offers stored in the audit (all runs). */
  offers: number;
  /** Partner sites' copies of offers visited in the audit (all runs). */
  partnerPages: number;
  /** Application sites (`contact.urlPostulation`) visited in the audit (all runs), counted apart. */
  applicationLinks: number;
  /** Failures recorded in the audit, by cause ("http_503", "offer_gone", "query_refused", …). */
  failed: Record<string, number>;
  /** Repairs that let an offer be stored (NUL characters replaced: "text_repaired"), by cause. */
  notes: Record<string, number>;
  /** Frontier items (search pages, detail pages, partner pages) that failed for good in this audit. */
  failedItems: number;
  /**
   * True only when every frontier item succeeded: the audit is "crawled". Otherwise it stays "running"
   * (incomplete, resumable with `--resume` or `--retry-failed`).
   */
  complete: boolean;
  /**
   * Offers read against offers meant to be read (the population of a census, the sample size of a sample), as a
   * share; null when there was nothing to read.
   */
  coverage: { read: number; expected: number; share: number | null };
  /** Queries planning skipped (refused, gone) and splits it gave up, with their reasons. */
  planNotes: PlanNotes;
  durationMs: number;
  /** This run's requests, retries and 429 answers. */
  requests: number;
  retries: number;
  status429: number;
}

/**
 * Fills an audit with offers: plans (counts, splits, draws), then works through the frontier in the database
 * until nothing is left. Safe to kill at any moment; calling it again with the same design (or `resume`)
 * continues the same audit. Callable in-process: `vigie crawl`, `vigie audit` and `vigie demo` all use it.
 */
export async function runCrawl(options: CrawlOptions & { database: VigieDatabase }): Promise<CrawlSummary> {
  const started = Date.now();
  const log = getLogger('crawler');
  const { db } = options.database;
  const { audit, resumed } = await openCrawlAudit(options);
  // `--resume` and `--retry-failed` give the items that failed for good another round; re-running the same
  // command continues what is left and leaves failed items as they are.
  const retry = resumed && (options.retryFailed === true || isExplicitResume(options.resume));
  const sourceKind = audit.source as 'api' | 'site';
  const design = audit.design;
  const owner = `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;

  // On PostgreSQL other workers may join at any time: every process books its requests in the same table, so
  // that together they keep to the rate.
  const makeLimiter: LimiterFactory | undefined =
    options.database.engine === 'postgres'
      ? (origin, rate) => new SharedRateLimiter(db, origin, rate)
      : undefined;
  const tools = buildCrawlTools({ ...options, source: sourceKind }, makeLimiter);
  const companions = companionsWanted(design, options);
  log.info(
    { auditId: audit.id, source: sourceKind, design, resumed },
    resumed ? 'crawl resumed' : 'crawl started',
  );

  const progressCounts = { frontier: undefined as FrontierCounts | undefined, errors: 0 };
  const bar =
    (options.progress ?? process.stderr.isTTY === true)
      ? new ProgressBar(
          () => ({
            done: (progressCounts.frontier?.done ?? 0) + (progressCounts.frontier?.failed ?? 0),
            total: progressCounts.frontier?.total ?? 0,
            errors: progressCounts.errors,
            requests: tools.http.stats.requests,
          }),
          options.progressWords,
        )
      : undefined;
  const refresh = async () => {
    progressCounts.frontier = await countFrontier(db, audit.id);
  };

  try {
    if (options.worker) await waitUntilPlanned(options.database, audit.id, options.signal);
    else if (audit.details.planned !== true) {
      // A part's first page comes with its count: its offers stored as planning goes, its item enqueued done.
      const context = itemContext(options, audit.id, tools, companions);
      const plan = await planCrawl(
        tools.source,
        toCrawlDesign(design),
        isCrawlDesign(design) ? (design.filters ?? {}) : {},
        {
          onFirstPage: async (page, result) => {
            await storeFirstPage(context, page, result);
          },
        },
      ).catch(async (error: unknown) => {
        // An audit that could not even be planned is not left "running" as if it had started.
        if (!resumed) {
          await setAuditStatus(db, audit.id, 'failed', {
            details: { crawl: { error: safeMessage(error), failedAt: new Date().toISOString() } },
          }).catch(() => {});
        }
        throw error;
      });
      const estimate = estimatePlan({
        countRequests: plan.countRequests,
        pages: plan.pages.length,
        prefetched: plan.prefetched,
        // A sample reads the detail pages of its drawn offers only, not of the whole population.
        details: tools.source.needsDetail ? expectedOffers(design, plan.population) : 0,
        companions: companions ? expectedOffers(design, plan.population) : 0,
        companionPagesEach: tools.source.needsDetail ? SITE_COMPANION_PAGES : 0,
        rate: options.rate ?? (sourceKind === 'api' ? 3 : 1),
      });
      await db.transaction().execute(async (trx) => {
        await enqueueFrontier(trx, audit.id, plan.pages.map(pageItem));
        // Stored with their count: done in the same transaction that marks the audit planned.
        const prefetched = plan.prefetchedPages.map(pageKey);
        for (let start = 0; start < prefetched.length; start += 500)
          await completeFrontier(trx, audit.id, prefetched.slice(start, start + 500));
        await setAuditStatus(trx, audit.id, 'running', {
          population: plan.population,
          details: { ...plan.details, estimate, planned: true },
        });
      });
      log.info(
        {
          auditId: audit.id,
          population: plan.population,
          pages: plan.pages.length,
          prefetched: plan.prefetched,
          countRequests: plan.countRequests,
          requests: estimate.requests,
        },
        'crawl planned',
      );
      if (options.progress ?? process.stderr.isTTY === true) {
        process.stderr.write(
          `${(options.progressWords ?? FRENCH_PROGRESS).plan(plan.population, estimate)}\n`,
        );
      }
    } else {
      const released = await takeBackDeadLeases(options.database, audit.id);
      if (released > 0)
        log.info({ auditId: audit.id, released }, 'took back the leases of an interrupted run');
    }
    if (retry) {
      const keys = await db.transaction().execute(async (trx) => {
        const again = await retryFailedFrontier(trx, audit.id);
        await clearItemFailures(trx, audit.id, again);
        return again;
      });
      if (keys.length > 0) log.info({ auditId: audit.id, items: keys.length }, 'retrying failed items');
    }

    // Counting the frontier costs a scan of it: only done while someone watches the bar.
    if (bar) await refresh();
    bar?.start();
    const ticker = bar ? setInterval(() => refresh().catch(() => {}), 2000) : undefined;
    ticker?.unref();
    try {
      await drainFrontier({
        options,
        auditId: audit.id,
        owner,
        tools,
        companions,
        onError: () => {
          progressCounts.errors++;
        },
      });
    } finally {
      clearInterval(ticker);
      if (bar) await refresh().catch(() => {});
      bar?.stop();
    }
  } finally {
    await tools.close();
  }

  const counts = await countFrontier(db, audit.id);
  const complete = counts.pending + counts.leased + counts.failed === 0;
  const failed: Record<string, number> = {};
  const notes: Record<string, number> = {};
  for (const row of await countFetchErrorsByCause(db, audit.id)) {
    const into = NOTE_CAUSES.has(row.cause) ? notes : failed;
    into[row.cause] = (into[row.cause] ?? 0) + row.count;
  }
  const offers = await countOffers(db, audit.id);
  const partnerPages = await countPartnerPages(db, audit.id, 'partner');
  const applicationLinks = await countPartnerPages(db, audit.id, 'application');
  const fresh = await getAudit(db, audit.id);
  const http = tools.http.stats.toJSON();
  const expected = expectedOffers(design, fresh?.population ?? null);
  const coverage = {
    read: offers,
    expected,
    share: expected > 0 ? Math.min(1, offers / expected) : null,
  };
  const summary: CrawlSummary = {
    auditId: audit.id,
    resumed,
    source: sourceKind,
    sourceReason: resumed ? 'resumed' : sourceReason({ ...options, source: options.source ?? 'auto' }),
    design,
    population: fresh?.population ?? null,
    offers,
    partnerPages,
    applicationLinks,
    failed,
    notes,
    failedItems: counts.failed,
    complete,
    coverage,
    planNotes: planNotesOf(fresh?.details),
    durationMs: Date.now() - started,
    requests: http.requests,
    retries: http.retries,
    status429: http.status429,
  };
  const runs = (fresh?.details.crawl?.runs ?? 0) + 1;
  await setAuditStatus(db, audit.id, complete ? 'crawled' : 'running', {
    details: {
      crawl: {
        runs,
        complete,
        offers,
        partnerPages,
        applicationLinks,
        failed,
        notes,
        coverage,
        frontier: counts,
        lastRun: { ...http, durationMs: summary.durationMs, owner },
      },
    },
  });
  log.info(
    {
      auditId: audit.id,
      offers,
      partnerPages,
      applicationLinks,
      failed,
      requests: http.requests,
      status429: http.status429,
      failedItems: counts.failed,
      complete,
    },
    complete ? 'crawl complete' : 'crawl incomplete',
  );
  return summary;
}

async function drainFrontier(args: {
  options: CrawlOptions & { database: VigieDatabase };
  auditId: number;
  owner: string;
  tools: ReturnType<typeof buildCrawlTools>;
  companions: boolean;
  onError: () => void;
}): Promise<void> {
  const { options, auditId, owner, tools } = args;
  const { db } = options.database;
  const log = getLogger('crawler');
  const concurrency = Math.max(1, options.concurrency ?? 4);
  const queue = new PQueue({ concurrency });
  let fatal: unknown;
  const context = itemContext(options, auditId, tools, args.companions);

  const maxAttempts = Math.max(1, options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS);
  const run = async (item: LeasedFrontierItem) => {
    try {
      // A stored item this version cannot read fails alone, with its cause, like an answer that cannot be read.
      if (isUnreadable(item)) throw new FetchFailure('unreadable_item', item.problem, item.key);
      await handleItem(context, item);
    } catch (error) {
      const verdict = judgeItemFailure(error);
      if (verdict.fatal) {
        fatal ??= verdict.error;
        return;
      }
      args.onError();
      // Logged without the item's payload or the error object: those may hold whole offers.
      if (verdict.retryable && item.attempts < maxAttempts) {
        const delayMs = Math.min(options.maxDelayMs ?? 30_000, 1000 * 2 ** (item.attempts - 1));
        log.info(
          { key: item.key, cause: verdict.cause, attempt: item.attempts, maxAttempts },
          'item put back for a later attempt',
        );
        await releaseFrontier(db, auditId, item.key, {
          notBefore: new Date(Date.now() + delayMs),
          error: `${verdict.cause}: ${verdict.message}`.slice(0, 1000),
        });
        return;
      }
      log.warn({ key: item.key, cause: verdict.cause, attempts: item.attempts }, 'item failed');
      const offerId = itemOfferId(item);
      await db.transaction().execute(async (trx) => {
        await recordFetchErrors(trx, auditId, [
          {
            offerId,
            stage: item.kind === 'page' ? 'search' : item.kind,
            cause: verdict.cause,
            message: verdict.message,
            context: { [ITEM_KEY]: item.key, attempts: item.attempts, status: verdict.status },
          },
        ]);
        await failFrontier(trx, auditId, item.key, `${verdict.cause}: ${verdict.message}`.slice(0, 1000));
      });
    }
  };

  for (;;) {
    if (fatal || options.signal?.aborted) break;
    const inFlight = queue.size + queue.pending;
    if (inFlight >= concurrency * 2) {
      await queue.onSizeLessThan(concurrency);
      continue;
    }
    const items = await leaseFrontier(db, auditId, owner, {
      limit: concurrency * 2 - inFlight,
      leaseMs: options.leaseMs ?? 300_000,
    });
    if (items.length > 0) {
      for (const item of items) void queue.add(() => run(item));
      continue;
    }
    if (inFlight > 0) {
      // What is in flight may enqueue more (detail and partner pages): wait for some of it before asking again.
      await Promise.race([queue.onIdle(), sleep(250)]);
      continue;
    }
    const counts = await countFrontier(db, auditId);
    if (counts.pending + counts.leased === 0) break;
    // Other workers hold the rest; their leases come back here if they die.
    await sleep(500, undefined, options.signal ? { signal: options.signal } : undefined).catch(() => {});
  }
  await queue.onIdle();
  if (fatal) throw fatal;
}

function itemContext(
  options: CrawlOptions & { database: VigieDatabase },
  auditId: number,
  tools: ReturnType<typeof buildCrawlTools>,
  companions: boolean,
): ItemContext {
  return {
    db: options.database.db,
    auditId,
    tools,
    partners: options.partners !== false,
    ownOrigins: ownOrigins(options),
    companions,
  };
}

/**
 * A sample looks for its offers' copies online (one targeted search each), so that `duplicate` means in it what
 * it means in a census; on the website, a few of each search's results are read on their detail page too. A
 * census holds every copy already.
 */
function companionsWanted(design: AuditDesign, options: CrawlOptions): boolean {
  if (design.kind !== 'sample' && design.kind !== 'stratified') return false;
  return options.companions !== false;
}

/** The offer an item is about, if it is about one. */
function itemOfferId(item: LeasedFrontierItem): string | null {
  if (isUnreadable(item)) return null;
  if (item.kind === 'detail') return item.payload.id;
  if (item.kind === 'partner') return item.payload.offerId;
  if (item.kind === 'companions') return item.payload.offerId;
  return null;
}

function ownOrigins(options: CrawlOptions): Set<string> {
  const urls = [options.siteUrl ?? DEFAULT_SITE_URL, options.apiUrl ?? DEFAULT_API_URL];
  return new Set(urls.map((url) => new URL(url).origin));
}

/** Attempts an item gets for a cause that may pass (a 503, a timeout) before it stays failed. */
export const DEFAULT_MAX_ATTEMPTS = 3;

/** Recorded causes that are repairs, not failures: the offer was stored. */
const NOTE_CAUSES = new Set(['text_repaired']);

function planNotesOf(details: Record<string, unknown> | undefined): PlanNotes {
  const parsed = planNotesSchema.safeParse(details?.planNotes);
  return parsed.success ? parsed.data : { skipped: [], fallbacks: [] };
}

function isExplicitResume(resume: boolean | number | undefined): boolean {
  return resume !== undefined && resume !== false;
}

/** Offers a design means to read: the whole population for a census, the sample size for a sample. */
function expectedOffers(design: AuditDesign, population: number | null): number {
  if (design.kind === 'census') return population ?? 0;
  const size = design.kind === 'import' ? (population ?? 0) : design.sampleSize;
  return population === null ? size : Math.min(size, population);
}

/**
 * Leases left by processes that died (kill -9, a crash) go back to the pool at once instead of after their
 * expiry. The embedded database is one process's alone, so every lease there is a dead one's; on PostgreSQL
 * other workers may be alive, so only leases of this machine's dead processes are taken back.
 */
async function takeBackDeadLeases(database: VigieDatabase, auditId: number): Promise<number> {
  if (database.engine === 'pglite') return releaseAllLeases(database.db, auditId);
  const dead = (await leaseOwners(database.db, auditId)).filter((owner) => {
    const [host, pid] = owner.split(':');
    return host === hostname() && !isAlive(Number(pid));
  });
  return releaseLeasesOf(database.db, auditId, dead);
}

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function waitUntilPlanned(
  database: VigieDatabase,
  auditId: number,
  signal?: AbortSignal,
): Promise<void> {
  for (;;) {
    const audit = await getAudit(database.db, auditId);
    if (audit?.details.planned === true) return;
    signal?.throwIfAborted();
    await sleep(500);
  }
}

/** The audit design a crawl's options describe, in the form the audits table keeps. */
export function designFromOptions(options: CrawlOptions): AuditDesign {
  const filters = Object.fromEntries(
    Object.entries(options.filters ?? {}).filter((entry): entry is [string, string] => Boolean(entry[1])),
  );
  if (options.census && options.sample !== undefined) {
    throw new UsageError(CRAWLER_MESSAGES.censusOrSample());
  }
  if (options.sample !== undefined) {
    if (!Number.isInteger(options.sample) || options.sample <= 0) {
      throw new UsageError(CRAWLER_MESSAGES.sampleNotPositive({ sample: options.sample }));
    }
    const seed = options.seed ?? 1;
    if (options.strata) {
      return {
        kind: 'stratified',
        sampleSize: options.sample,
        seed,
        strata: options.strata,
        allocation: options.allocation ?? 'proportional',
        filters,
      };
    }
    return { kind: 'sample', sampleSize: options.sample, seed, filters };
  }
  if (options.strata) throw new UsageError(CRAWLER_MESSAGES.strataNeedsSample());
  if (!options.census) {
    throw new UsageError(CRAWLER_MESSAGES.sayWhatToCrawl());
  }
  return { kind: 'census', filters };
}

function toCrawlDesign(design: AuditDesign): CrawlDesign {
  if (isCrawlDesign(design)) return design;
  throw new UsageError(CRAWLER_MESSAGES.designNotACrawl({ kind: design.kind }));
}

async function openCrawlAudit(
  options: CrawlOptions & { database: VigieDatabase },
): Promise<{ audit: Audit; resumed: boolean }> {
  const { db } = options.database;
  const join =
    options.worker !== undefined && options.worker !== false
      ? options.worker
      : (options.resume ?? (options.retryFailed ? true : undefined));
  if (join !== undefined && join !== false) {
    const isWorker = options.worker !== undefined && options.worker !== false;
    let audit =
      typeof join === 'number' ? await getAudit(db, join) : await latestUnfinishedCrawl(options.database);
    // A worker started with (or before) the crawl it is meant to join waits a little for it to appear.
    for (let waited = 0; !audit && isWorker && typeof join !== 'number' && waited < 60_000; waited += 500) {
      await sleep(500, undefined, options.signal ? { signal: options.signal } : undefined);
      audit = await latestUnfinishedCrawl(options.database);
    }
    if (!audit) {
      throw new UsageError(
        CRAWLER_MESSAGES.nothingToJoin({ auditId: typeof join === 'number' ? join : null }),
      );
    }
    if (!CRAWL_KINDS.has(audit.design.kind))
      throw new UsageError(CRAWLER_MESSAGES.auditNotACrawl({ auditId: audit.id }));
    if (audit.status !== 'running' && !(options.retryFailed && audit.status !== 'failed')) {
      throw new UsageError(
        CRAWLER_MESSAGES.auditNotResumable({ auditId: audit.id, failed: audit.status === 'failed' }),
      );
    }
    resolveSourceKind({ ...options, source: audit.source as 'api' | 'site' });
    return { audit, resumed: true };
  }
  const source = resolveSourceKind(options);
  const design = designFromOptions(options);
  const match = await findUnfinishedAudit(db, { source, design });
  if (match) return { audit: match, resumed: true };
  const audit = await createAudit(db, {
    label: options.label ?? `crawl ${new Date().toISOString().slice(0, 16).replace('T', ' ')}`,
    source,
    design,
  });
  return { audit, resumed: false };
}

function latestUnfinishedCrawl(database: VigieDatabase): Promise<Audit | undefined> {
  return findUnfinishedAudit(database.db, { kinds: CRAWL_KINDS });
}
