import { renameSync, rmSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Command, Option } from 'commander';
import { getLogger } from '../../lib/logger.js';
import { PERIOD_GRANULARITIES, type PeriodGranularity } from '../../pipeline/period.js';
import { runAuditPipeline } from '../../pipeline/run-audit.js';
import { startSchedule } from '../../pipeline/schedule.js';
import { withDatabase } from '../open-database.js';
import { addCrawlSelectionOptions, type CrawlFlags, crawlOptionsFromFlags } from './crawl.js';
import { parseFormats } from './report.js';

interface ScheduleFlags extends CrawlFlags {
  cron: string;
  out: string;
  period: PeriodGranularity;
  timezone: string;
  catchUp?: boolean;
  format?: string;
  keepContacts?: boolean;
}

export function scheduleCommand(): Command {
  return addCrawlSelectionOptions(
    new Command('schedule').description('keep running, and start an audit at each tick of a cron schedule'),
  )
    .requiredOption('--cron <expression>', 'when to audit, e.g. "0 6 1 * *" (06:00 on the 1st of each month)')
    .requiredOption('--out <dir>', 'reports go to DIR/<period>/, with DIR/latest pointing at the newest')
    .addOption(
      new Option('--period <granularity>', 'what one audit covers: one per month, week, day or tick')
        .choices([...PERIOD_GRANULARITIES])
        .default('month'),
    )
    .option('--timezone <tz>', 'time zone of the cron expression', 'Europe/Paris')
    .option('--no-catch-up', 'on start, do not audit the last period if it was missed or interrupted')
    .option('--format <list>', 'report formats, comma-separated')
    .option('--keep-contacts', 'keep phone numbers, e-mails and names in the reports')
    .addHelpText(
      'after',
      `
One audit per period: a period already audited is not redone, an interrupted one is resumed (also when the
scheduler restarts), and two schedulers on one PostgreSQL never run the same period (an advisory lock).
Each report is compared with the previous month's.

Examples:
  $ vigie schedule --cron "0 6 1 * *" --sample 2000 --strata departement --out /srv/vigie/rapports
  $ DATABASE_URL=postgres://vigie@db/vigie vigie schedule --cron "0 3 * * 1" --period week --census --departement 74 --out rapports

To use cron or a systemd timer instead, run \`vigie audit\` from them (see the README).`,
    )
    .action(async (flags: ScheduleFlags, command: Command) => {
      const log = getLogger('schedule');
      const out = resolve(flags.out);
      await withDatabase(command, async (database) => {
        const schedule = startSchedule({
          database,
          cron: flags.cron,
          granularity: flags.period,
          timezone: flags.timezone,
          catchUp: flags.catchUp !== false,
          runAudit: async ({ period, resumeAuditId }) => {
            const folder = join(out, period.replaceAll(':', '-'));
            const result = await runAuditPipeline({
              ...crawlOptionsFromFlags(flags, process.env),
              database,
              out: folder,
              period,
              ...(resumeAuditId !== undefined ? { resumeAuditId } : {}),
              ...(flags.format ? { formats: parseFormats(flags.format) } : {}),
              keepContacts: flags.keepContacts === true,
              label: `Audit ${period}`,
            });
            pointLatestAt(out, folder);
            return { auditId: result.auditId };
          },
        });
        log.info({ cron: flags.cron, next: schedule.nextRun()?.toISOString() }, 'scheduler started');
        process.stderr.write(
          `vigie schedule : prochain audit le ${schedule.nextRun()?.toISOString() ?? '—'} (Ctrl-C pour arrêter)\n`,
        );
        await new Promise<void>((done) => {
          const stop = () => {
            process.stderr.write('vigie schedule : arrêt après l’audit en cours…\n');
            void schedule.stop().then(done);
          };
          process.once('SIGINT', stop);
          process.once('SIGTERM', stop);
        });
      });
    });
}

/** DIR/latest names the newest report. rename() over the old link is atomic: a reader never finds it missing. */
function pointLatestAt(out: string, folder: string): void {
  const link = join(out, 'latest');
  const temporary = `${link}.${process.pid}`;
  rmSync(temporary, { force: true });
  symlinkSync(folder, temporary, 'dir');
  renameSync(temporary, link);
}
