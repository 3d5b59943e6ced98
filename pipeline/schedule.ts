import { Cron } from 'croner';
import { findPeriodAudit } from '../db/audits.js';
import type { VigieDatabase } from '../db/connect.js';
import { UsageError } from '../lib/errors.js';
import { getLogger } from '../lib/logger.js';
import { PIPELINE_MESSAGES } from './messages.js';
import { type PeriodGranularity, periodOf } from './period.js';
import { withPeriodLock } from './period-lock.js';

/** Runs (or resumes) the audit of one period; given the unfinished audit to resume, if there is one. */
export type PeriodAuditRunner = (input: {
  period: string;
  resumeAuditId?: number;
}) => Promise<{ auditId: number }>;

export type PeriodOutcome =
  | { period: string; outcome: 'ran'; auditId: number; resumed: boolean }
  | { period: string; outcome: 'already_done'; auditId: number }
  | { period: string; outcome: 'held_elsewhere' };

/**
 * One audit per period: a finished period is not redone, an unfinished one is resumed, and a period another
 * scheduler is working on is left to it.
 */
export async function auditPeriod(
  database: VigieDatabase,
  period: string,
  runAudit: PeriodAuditRunner,
): Promise<PeriodOutcome> {
  const outcome = await withPeriodLock(database, period, async (): Promise<PeriodOutcome> => {
    const existing = await findPeriodAudit(database.db, period);
    if (existing?.status === 'complete') return { period, outcome: 'already_done', auditId: existing.id };
    const resumable = existing && existing.status !== 'failed' ? existing.id : undefined;
    const { auditId } = await runAudit({
      period,
      ...(resumable !== undefined ? { resumeAuditId: resumable } : {}),
    });
    return { period, outcome: 'ran', auditId, resumed: resumable !== undefined };
  });
  return outcome ?? { period, outcome: 'held_elsewhere' };
}

export interface ScheduleOptions {
  database: VigieDatabase;
  /** A cron expression ("0 6 1 * *": 06:00 on the 1st of each month); 6 fields add seconds. */
  cron: string;
  /** What one audit covers. @default 'month' */
  granularity?: PeriodGranularity;
  /** IANA time zone of the cron expression. @default 'Europe/Paris' */
  timezone?: string;
  /** On start, audit the period of the last tick if it is not done (a scheduler that was down or killed). @default true */
  catchUp?: boolean;
  runAudit: PeriodAuditRunner;
  onOutcome?: (outcome: PeriodOutcome) => void;
}

export interface RunningSchedule {
  nextRun(): Date | null;
  /** Stops ticking; resolves once an audit in progress has finished. */
  stop(): Promise<void>;
}

export function startSchedule(options: ScheduleOptions): RunningSchedule {
  const log = getLogger('schedule');
  const granularity = options.granularity ?? 'month';
  const timezone = options.timezone ?? 'Europe/Paris';
  let running: Promise<void> = Promise.resolve();

  const handle = (tick: Date) => {
    const period = periodOf(tick, granularity, timezone);
    running = running.then(async () => {
      try {
        const outcome = await auditPeriod(options.database, period, options.runAudit);
        log.info(outcome, 'scheduled audit');
        options.onOutcome?.(outcome);
      } catch (error) {
        // A failed audit stays unfinished in the database: the next tick of the same period resumes it.
        log.error({ err: error, period }, 'scheduled audit failed; it will be resumed at the next tick');
      }
    });
  };

  let job: Cron;
  try {
    job = new Cron(options.cron, { timezone, protect: true }, () => handle(new Date()));
  } catch (error) {
    throw new UsageError(
      PIPELINE_MESSAGES.invalidCron({
        cron: options.cron,
        reason: error instanceof Error ? error.message : String(error),
      }),
    );
  }
  if (options.catchUp !== false) {
    const last = job.previousRuns(1)[0];
    if (last) handle(last);
  }
  return {
    nextRun: () => job.nextRun(),
    async stop() {
      job.stop();
      await running;
    },
  };
}
