import { UsageError } from '../lib/errors.js';

/**
 * How a schedule names what each audit covers. A monthly report wants one audit per month, whatever minute the
 * tick fired at; `tick` gives each tick its own period (useful with short test schedules).
 */
export type PeriodGranularity = 'month' | 'week' | 'day' | 'tick';

export const PERIOD_GRANULARITIES: readonly PeriodGranularity[] = ['month', 'week', 'day', 'tick'];

export function periodOf(date: Date, granularity: PeriodGranularity): string {
  const iso = date.toISOString();
  switch (granularity) {
    case 'month':
      return iso.slice(0, 7);
    case 'day':
      return iso.slice(0, 10);
    case 'week':
      return isoWeek(date);
    case 'tick':
      return iso.slice(0, 19);
  }
}

export function parseGranularity(value: string): PeriodGranularity {
  if ((PERIOD_GRANULARITIES as readonly string[]).includes(value)) return value as PeriodGranularity;
  throw new UsageError(`unknown period "${value}"`, `use one of ${PERIOD_GRANULARITIES.join(', ')}`);
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
