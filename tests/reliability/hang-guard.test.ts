import { afterAll, describe, expect, it } from 'vitest';
import { HangGuard, machineSlowness } from './helpers/hang-guard.js';

/** The hang guard of hostile-input.test.ts: scaled to the machine, retried once, and still catches a real hang. */
describe('the hang guard', () => {
  const guard = new HangGuard(300, 1);
  afterAll(async () => {
    await guard.close();
  });

  it('measures the machine: never faster than the reference, bounded', () => {
    const slowness = machineSlowness();
    expect(slowness).toBeGreaterThanOrEqual(1);
    expect(slowness).toBeLessThanOrEqual(20);
    expect(new HangGuard(5_000, 2.5).limitMs).toBe(12_500);
  });

  it('still fails a catastrophic regex, after a second try in a fresh worker', async () => {
    const text = `${'a'.repeat(40)}!`;
    await expect(
      guard.run({ kind: 'regex', source: '^(a+)+$', flags: '', text }, 'backtracking'),
    ).rejects.toThrow(/backtracking \(second try\): still running after 300 ms, a hang/);
    // The guard works on after a hang: the next job gets a fresh worker.
    await expect(
      guard.run({ kind: 'regex', source: 'a+', flags: '', text }, 'linear'),
    ).resolves.toBeGreaterThanOrEqual(0);
  });
});
