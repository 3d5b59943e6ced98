import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { createAudit, setAuditStatus } from '../../db/audits.js';
import { openDatabase, type VigieDatabase } from '../../db/connect.js';
import { periodOf } from '../../pipeline/period.js';
import { auditPeriod, type PeriodAuditRunner, startSchedule } from '../../pipeline/schedule.js';
import { describeEachEngine, openTestDatabase, postgresUrl } from '../helpers/databases.js';

function runnerFor(
  database: VigieDatabase,
  calls: string[],
  options: { failFirst?: boolean; delayMs?: number } = {},
) {
  let failures = options.failFirst ? 1 : 0;
  const runner: PeriodAuditRunner = async ({ period, resumeAuditId }) => {
    calls.push(resumeAuditId === undefined ? `new ${period}` : `resume ${resumeAuditId}`);
    const auditId =
      resumeAuditId ??
      (await createAudit(database.db, { label: period, source: 'api', design: { kind: 'census' }, period }))
        .id;
    if (options.delayMs) await sleep(options.delayMs);
    if (failures-- > 0) throw new Error('crawler crashed');
    await setAuditStatus(database.db, auditId, 'complete');
    return { auditId };
  };
  return runner;
}

describe('periods', () => {
  it('names months, ISO weeks, days and ticks', () => {
    const date = new Date('2026-12-31T06:00:00Z');
    expect(periodOf(date, 'month')).toBe('2026-12');
    expect(periodOf(date, 'week')).toBe('2026-W53');
    expect(periodOf(new Date('2027-01-04T00:00:00Z'), 'week')).toBe('2027-W01');
    expect(periodOf(date, 'day')).toBe('2026-12-31');
    expect(periodOf(date, 'tick')).toBe('2026-12-31T06:00:00');
    // 23:30 UTC on 31 December is already January in Paris.
    expect(periodOf(new Date('2026-12-31T23:30:00Z'), 'month', 'Europe/Paris')).toBe('2027-01');
    expect(periodOf(new Date('2026-12-31T23:30:00Z'), 'month')).toBe('2026-12');
  });
});

describeEachEngine('one audit per period', (engine) => {
  it('runs a period once, and does not redo it', async () => {
    const database = await openTestDatabase(engine);
    const calls: string[] = [];
    const runner = runnerFor(database, calls);
    const first = await auditPeriod(database, '2026-11', runner);
    const second = await auditPeriod(database, '2026-11', runner);
    const next = await auditPeriod(database, '2026-12', runner);
    expect(first).toMatchObject({ outcome: 'ran', resumed: false });
    expect(second).toEqual({
      period: '2026-11',
      outcome: 'already_done',
      auditId: (first as { auditId: number }).auditId,
    });
    expect(next.outcome).toBe('ran');
    expect(calls).toEqual(['new 2026-11', 'new 2026-12']);
  });

  it('resumes an interrupted period instead of starting another audit', async () => {
    const database = await openTestDatabase(engine);
    const calls: string[] = [];
    const runner = runnerFor(database, calls, { failFirst: true });
    await expect(auditPeriod(database, '2026-11', runner)).rejects.toThrow('crawler crashed');
    const resumed = await auditPeriod(database, '2026-11', runner);
    expect(resumed).toMatchObject({ outcome: 'ran', resumed: true });
    const auditId = (resumed as { auditId: number }).auditId;
    expect(calls).toEqual(['new 2026-11', `resume ${auditId}`]);
    const audits = await database.db.selectFrom('audits').select(['id', 'status']).execute();
    expect(audits).toEqual([{ id: auditId, status: 'complete' }]);
  });

  it('ticks on its cron and catches up the last period on start', async () => {
    const database = await openTestDatabase(engine);
    const calls: string[] = [];
    const outcomes: string[] = [];
    const schedule = startSchedule({
      database,
      cron: '*/1 * * * * *',
      granularity: 'tick',
      runAudit: runnerFor(database, calls),
      onOutcome: (outcome) => outcomes.push(outcome.outcome),
    });
    await sleep(2_300);
    await schedule.stop();
    expect(outcomes.filter((outcome) => outcome === 'ran').length).toBeGreaterThanOrEqual(2);
    expect(new Set(calls).size).toBe(calls.length);
  });
});

describe.runIf(postgresUrl)('two schedulers on one PostgreSQL', () => {
  it('never run the same period twice at once', async () => {
    const first = await openTestDatabase('postgres');
    const schema = (await first.db
      .selectNoFrom((eb) => eb.fn<string>('current_schema').as('schema'))
      .executeTakeFirst())!.schema;
    const second = await openDatabase({ url: postgresUrl!, schema, poolSize: 3 });
    try {
      const calls: string[] = [];
      const [a, b] = await Promise.all([
        auditPeriod(first, '2026-11', runnerFor(first, calls, { delayMs: 500 })),
        auditPeriod(second, '2026-11', runnerFor(second, calls, { delayMs: 500 })),
      ]);
      expect([a.outcome, b.outcome].sort()).toEqual(['held_elsewhere', 'ran']);
      expect(calls).toEqual(['new 2026-11']);
    } finally {
      await second.close();
    }
  });
});
