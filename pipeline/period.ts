import { UsageError } from '../lib/errors.js';
import { PIPELINE_MESSAGES } from './messages.js';

/**
 * How a schedule names what each audit covers. A monthly report wants one audit per month, whatever minute the
 * tick fired at; `tick` gives each tick its own period (useful with short test schedules).
 */
export type PeriodGranularity = 'month' | 'week' | 'day' | 'tick';

export const PERIOD_GRANULARITIES: readonly PeriodGranularity[] = ['month', 'week', 'day', 'tick'];

/**
 * The period a moment belongs to, read on the schedule's clock: a tick at 00:30 on 1 January in Paris belongs to
 * January, although it is still 31 December in UTC.
 */
export function periodOf(date: Date, granularity: PeriodGranularity, timeZone = 'UTC'): string {
  const local = wallClock(date, timeZone);
  const iso = local.toISOString();
  switch (granularity) {
    case 'month':
      return iso.slice(0, 7);
    case 'day':
      return iso.slice(0, 10);
    case 'week':
      return isoWeek(local);
    case 'tick':
      return iso.slice(0, 19);
  }
}

/** The same wall-clock time in UTC: the date and time a clock in `timeZone` shows at `date`. */
function wallClock(date: Date, timeZone: string): Date {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(date);
  const part = (type: string) => Number(parts.find((entry) => entry.type === type)?.value ?? 0);
  return new Date(
    Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second')),
  );
}

export function parseGranularity(value: string): PeriodGranularity {
  if ((PERIOD_GRANULARITIES as readonly string[]).includes(value)) return value as PeriodGranularity;
  throw new UsageError(PIPELINE_MESSAGES.unknownPeriod({ value, choices: PERIOD_GRANULARITIES.join(', ') }));
}

/** ISO 8601 week ("2026-W48"): weeks start on Monday and belong to the year of their Thursday. */
function isoWeek(date: Date): string {
  const day = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  const weekday = day.getUTCDay() || 7;
  day.setUTCDate(day.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(day.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((day.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${day.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}
