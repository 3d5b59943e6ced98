import { renameSync, rmSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Command, Option } from 'commander';
import { getLogger } from '../../lib/logger.js';
import { PERIOD_GRANULARITIES, type PeriodGranularity } from '../../pipeline/period.js';
import { runAuditPipeline } from '../../pipeline/run-audit.js';
import { startSchedule } from '../../pipeline/schedule.js';
import { messages } from '../i18n/index.js';
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
  return addCrawlSelectionOptions(new Command('schedule').description(messages().schedule.description))
    .requiredOption('--cron <expression>', messages().schedule.cron)
    .requiredOption('--out <dir>', messages().schedule.out)
    .addOption(
      new Option('--period <granularity>', messages().schedule.period)
        .choices([...PERIOD_GRANULARITIES])
        .default('month'),
    )
    .option('--timezone <tz>', messages().schedule.timezone, 'Europe/Paris')
    .option('--no-catch-up', messages().schedule.noCatchUp)
    .option('--format <list>', messages().schedule.format)
    .option('--keep-contacts', messages().schedule.keepContacts)
    .addHelpText('after', messages().schedule.footer)
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
        process.stderr.write(messages().schedule.next(schedule.nextRun()?.toISOString() ?? '—'));
        await new Promise<void>((done) => {
          const stop = () => {
            process.stderr.write(messages().schedule.stopping);
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
