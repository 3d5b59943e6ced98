import { resolveSourceKind } from '../crawler/build-sources.js';
import { type CrawlOptions, type CrawlSummary, designFromOptions, runCrawl } from '../crawler/crawl.js';
import {
  type Audit,
  findUnfinishedAudit,
  getAudit,
  previousCompleteAudit,
  setAuditPeriod,
  setAuditStatus,
} from '../db/audits.js';
import type { VigieDatabase } from '../db/connect.js';
import { SourceError } from '../lib/errors.js';
import { type ClassifySummary, runClassify } from './classify-audit.js';
import { PIPELINE_MESSAGES } from './messages.js';
import { type ReportFormat, type ReportResult, runReport } from './write-report.js';

export type AuditStage = 'crawl' | 'classify' | 'report';
export type StageState = 'start' | 'done' | 'skipped';

/** What a stage did, as facts: the CLI says them in its language. */
export type StageDetail =
  | { kind: 'offers'; offers: number }
  | { kind: 'already_crawled'; auditId: number }
  | { kind: 'flags'; flags: number }
  | { kind: 'files'; paths: string[] };

export interface AuditPipelineOptions extends CrawlOptions {
  database: VigieDatabase;
  /** Folder the report is written to. */
  out: string;
  /** @default every format runReport knows */
  formats?: readonly ReportFormat[];
  /** Compare with the previous complete audit. @default true */
  compare?: boolean;
  /** Continue this audit (a scheduler resuming its period) rather than looking for one. */
  resumeAuditId?: number;
  /** The scheduled period this audit covers; stored on the audit. */
  period?: string;
  keepContacts?: boolean;
  /** Called as each stage starts and ends, for progress on a terminal. */
  onStage?: (stage: AuditStage, state: StageState, detail?: StageDetail) => void;
}

export interface AuditPipelineResult {
  auditId: number;
  resumed: boolean;
  crawl?: CrawlSummary;
  classify: ClassifySummary;
  report: ReportResult;
}

/**
 * `vigie audit`: crawl → classify → report as one job. Each stage leaves its mark on the audit's status
 * (running → crawled → classified → complete), so running the same command after a crash continues where the
 * audit stopped instead of starting another: an unfinished crawl resumes from its frontier, a finished crawl goes
 * straight to classification.
 */
export async function runAuditPipeline(options: AuditPipelineOptions): Promise<AuditPipelineResult> {
  const { database } = options;
  const stage = options.onStage ?? (() => {});
  let audit = await findAuditToContinue(options);
  const resumed = audit !== undefined;

  let crawl: CrawlSummary | undefined;
  if (!audit || audit.status === 'running') {
    stage('crawl', 'start');
    crawl = await runCrawl({ ...options, ...(audit ? { resume: audit.id } : {}) });
    if (!crawl.complete) {
      throw new SourceError(PIPELINE_MESSAGES.crawlStopped({ auditId: crawl.auditId }));
    }
    audit = (await getAudit(database.db, crawl.auditId))!;
    stage('crawl', 'done', { kind: 'offers', offers: crawl.offers });
  } else {
    stage('crawl', 'skipped', { kind: 'already_crawled', auditId: audit.id });
  }
  if (options.period && audit.period !== options.period) {
    await setAuditPeriod(database.db, audit.id, options.period);
  }

  stage('classify', 'start');
  const classify = await runClassify({ database, audit: audit.id });
  stage('classify', 'done', { kind: 'flags', flags: classify.flags });

  stage('report', 'start');
  const previous = options.compare === false ? undefined : await previousCompleteAudit(database.db, audit.id);
  const report = await runReport({
    database,
    audit: audit.id,
    out: options.out,
    ...(options.formats ? { formats: options.formats } : {}),
    ...(previous ? { compare: previous.id } : {}),
    keepContacts: options.keepContacts ?? false,
  });
  await setAuditStatus(database.db, audit.id, 'complete');
  stage('report', 'done', { kind: 'files', paths: report.files.map((file) => file.path) });
  return { auditId: audit.id, resumed, ...(crawl ? { crawl } : {}), classify, report };
}

/** The audit this run should continue: the one it was told to, or an unfinished one with the same design. */
async function findAuditToContinue(options: AuditPipelineOptions): Promise<Audit | undefined> {
  const { db } = options.database;
  if (options.resumeAuditId !== undefined) return getAudit(db, options.resumeAuditId);
  return findUnfinishedAudit(db, {
    statuses: ['running', 'crawled', 'classified'],
    source: resolveSourceKind(options),
    design: designFromOptions(options),
  });
}
