import { sql } from 'kysely';
import { type ClassifySummary, runClassify } from '../cli/commands/classify.js';
import { type ReportFormat, type ReportResult, runReport } from '../cli/commands/report.js';
import { resolveSourceKind } from '../crawler/build-sources.js';
import { type CrawlOptions, type CrawlSummary, designFromOptions, runCrawl } from '../crawler/crawl.js';
import { type Audit, getAudit, setAuditStatus } from '../db/audits.js';
import type { VigieDatabase } from '../db/connect.js';
import { canonicalJson } from '../lib/content-hash.js';
import { SourceError } from '../lib/errors.js';

export type AuditStage = 'crawl' | 'classify' | 'report';

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
  onStage?: (stage: AuditStage, state: 'start' | 'done' | 'skipped', detail?: string) => void;
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
  let audit = await findUnfinishedAudit(options);
  const resumed = audit !== undefined;

  let crawl: CrawlSummary | undefined;
  if (!audit || audit.status === 'running') {
    stage('crawl', 'start');
    crawl = await runCrawl({ ...options, ...(audit ? { resume: audit.id } : {}) });
    if (!crawl.complete) {
      throw new SourceError(
        `the crawl of audit ${crawl.auditId} stopped before the end`,
        'run the same command again: it continues from where it stopped',
      );
    }
    audit = (await getAudit(database.db, crawl.auditId))!;
    stage('crawl', 'done', `${crawl.offers} offres`);
  } else {
    stage('crawl', 'skipped', `audit ${audit.id} déjà collecté`);
  }
  if (options.period && audit.period !== options.period) {
    await database.db
      .updateTable('audits')
      .set({ period: options.period })
      .where('id', '=', audit.id)
      .execute();
  }

  stage('classify', 'start');
  const classify = await runClassify({ database, audit: audit.id });
  stage('classify', 'done', `${classify.flags} signalements`);

  stage('report', 'start');
  const previous = options.compare === false ? undefined : await previousCompleteAudit(database, audit.id);
  const report = await runReport({
    database,
    audit: audit.id,
    out: options.out,
    ...(options.formats ? { formats: options.formats } : {}),
    ...(previous ? { compare: previous.id } : {}),
    keepContacts: options.keepContacts ?? false,
  });
  await setAuditStatus(database.db, audit.id, 'complete');
  stage('report', 'done', report.files.map((file) => file.path).join(', '));
  return { auditId: audit.id, resumed, ...(crawl ? { crawl } : {}), classify, report };
}

/** The audit this run should continue: the one it was told to, or an unfinished one with the same design. */
async function findUnfinishedAudit(options: AuditPipelineOptions): Promise<Audit | undefined> {
  const { db } = options.database;
  if (options.resumeAuditId !== undefined) return getAudit(db, options.resumeAuditId);
  const wanted = canonicalJson(designFromOptions(options));
  const rows = await db
    .selectFrom('audits')
    .select(['id', 'design'])
    .where('status', 'in', ['running', 'crawled', 'classified'])
    .where('source', '=', resolveSourceKind(options))
    .orderBy('id', 'desc')
    .execute();
  const match = rows.find((row) => canonicalJson(row.design) === wanted);
  return match ? getAudit(db, match.id) : undefined;
}

async function previousCompleteAudit(database: VigieDatabase, auditId: number): Promise<Audit | undefined> {
  const row = await database.db
    .selectFrom('audits')
    .select('id')
    .where('id', '<', auditId)
    .where('status', '=', 'complete')
    .where(sql<boolean>`design->>'kind' <> 'import'`)
    .orderBy('id', 'desc')
    .executeTakeFirst();
  return row ? getAudit(database.db, row.id) : undefined;
}
