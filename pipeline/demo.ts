import { join, resolve } from 'node:path';
import { FRENCH_PROGRESS, type ProgressWords } from '../crawler/progress.js';
import { countAuditsWithStatus } from '../db/audits.js';
import { openDatabase } from '../db/connect.js';
import { findChromium } from '../lib/browser.js';
import { startReplica } from '../replica/index.js';
import {
  type AuditPipelineResult,
  type AuditStage,
  runAuditPipeline,
  type StageDetail,
  type StageState,
} from './run-audit.js';

export interface DemoOptions {
  /** Folder for the demo's database and reports. @default "./vigie-demo" */
  out?: string;
  /** Offers in the replica. @default 1000 */
  offers?: number;
  /** Seed of the replica's corpus. @default 42 */
  seed?: number;
  /** Show a progress bar while crawling. @default process.stderr.isTTY */
  progress?: boolean;
  /** Where stage messages go. @default stderr */
  say?: (line: string) => void;
  /** The words of those messages (the CLI passes its language's). @default French */
  words?: DemoWords;
}

/** What the demo says as it goes. */
export interface DemoWords {
  starting(offers: number, seed: number, month: number): string;
  noChromium: string;
  stage(stage: AuditStage, state: StageState, detail?: StageDetail): string;
  /** The crawl's progress bar and plan line. */
  progress: ProgressWords;
}

const FRENCH: DemoWords = {
  starting: (offers, seed, month) =>
    `Vigie démo : réplique locale de France Travail, ${offers} offres (graine ${seed}, mois ${month})`,
  noChromium:
    'Chromium absent : les pages partenaires rendues en JavaScript ne seront pas lues, et pas de PDF.',
  stage: stageLine,
  progress: FRENCH_PROGRESS,
};

export interface DemoResult {
  reportDir: string;
  databaseDir: string;
  audit: AuditPipelineResult;
  replicaEpoch: number;
}

/**
 * `vigie demo`: a whole audit with nothing to install or configure. A replica of France Travail starts in this
 * process, Vigie takes a census of it through the API (with the replica's demo credentials), follows the partner
 * links, classifies every offer and writes the report. Running it again audits the replica one "month" later
 * (some offers gone, some new, some changed), so the second report shows month-over-month changes.
 */
export async function runDemo(options: DemoOptions = {}): Promise<DemoResult> {
  const say = options.say ?? ((line: string) => process.stderr.write(`${line}\n`));
  const words = options.words ?? FRENCH;
  const out = resolve(options.out ?? 'vigie-demo');
  const databaseDir = join(out, 'db');
  const database = await openDatabase({ path: databaseDir });
  try {
    const epoch = await countAuditsWithStatus(database.db, 'complete');
    const offers = options.offers ?? 1000;
    say(words.starting(offers, options.seed ?? 42, epoch + 1));
    const replica = await startReplica({
      offers,
      seed: options.seed ?? 42,
      epoch,
      rateLimit: { perSecond: 50, burst: 50 },
    });
    try {
      const browser = findChromium() !== undefined;
      if (!browser) say(words.noChromium);
      const reportDir = join(out, 'rapports');
      const audit = await runAuditPipeline({
        database,
        out: reportDir,
        source: 'api',
        clientId: replica.credentials.clientId,
        clientSecret: replica.credentials.clientSecret,
        apiUrl: replica.apiUrl,
        tokenUrl: replica.tokenUrl,
        siteUrl: replica.siteUrl,
        census: true,
        rate: 40,
        partnerRate: 200,
        concurrency: 8,
        browser,
        label: `Démo — réplique de France Travail, mois ${epoch + 1}`,
        progress: options.progress ?? process.stderr.isTTY === true,
        progressWords: words.progress,
        onStage: (stage, state, detail) => say(words.stage(stage, state, detail)),
      });
      return {
        reportDir: audit.report.files[0] ? resolve(audit.report.files[0].path, '..') : reportDir,
        databaseDir,
        audit,
        replicaEpoch: epoch,
      };
    } finally {
      await replica.close();
    }
  } finally {
    await database.close();
  }
}

const STAGE_NAMES: Record<AuditStage, string> = {
  crawl: 'collecte des offres et des pages partenaires',
  classify: 'classement des offres',
  report: 'rédaction du rapport',
};

function stageLine(stage: AuditStage, state: StageState, detail?: StageDetail): string {
  const name = STAGE_NAMES[stage];
  const said = detail ? frenchDetail(detail) : '';
  if (state === 'start') return `→ ${name}…`;
  if (state === 'skipped') return `→ ${name} : déjà fait${said ? ` (${said})` : ''}`;
  return `✓ ${name}${said ? ` : ${said}` : ''}`;
}

function frenchDetail(detail: StageDetail): string {
  switch (detail.kind) {
    case 'offers':
      return `${detail.offers} offres`;
    case 'already_crawled':
      return `audit ${detail.auditId} déjà collecté`;
    case 'flags':
      return `${detail.flags} signalements`;
    case 'files':
      return detail.paths.join(', ');
  }
}
