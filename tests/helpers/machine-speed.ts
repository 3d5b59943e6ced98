/**
 * How slow this machine is right now, for the tests' hang guards: a guard that says "not a hang" with a fixed
 * number of milliseconds flakes on a loaded 2-core machine, so it takes its base limit times the measured slowness.
 * These are guards against hangs, never performance figures (those are `npm run bench`'s and `npm run eval`'s).
 */

/** The calibration's median on an idle 2-core reference machine (Node 20), in milliseconds. */
const REFERENCE_CALIBRATION_MS = 6;

/** A fixed piece of the work the guarded jobs do (regex matching, normalising), timed. */
function calibrationRun(): number {
  const started = performance.now();
  let text = '';
  for (let index = 0; index < 2000; index++) text += `offre ${index} salaire ${index * 7} euros, `;
  let hits = 0;
  for (let round = 0; round < 20; round++) {
    for (const match of text.matchAll(/salaire (\d+) euros/g)) hits += Number(match[1]) & 1;
    hits += text.normalize('NFD').length & 1;
  }
  if (hits < 0) throw new Error('unreachable');
  return performance.now() - started;
}

/**
 * How much slower than the reference machine this one is right now (1 at least, 20 at most): the median of five
 * calibration runs. A suite on a loaded machine gives its hang guards that much more time.
 */
export function machineSlowness(): number {
  const runs = Array.from({ length: 5 }, calibrationRun).sort((a, b) => a - b);
  return Math.min(20, Math.max(1, runs[2]! / REFERENCE_CALIBRATION_MS));
}

let measured: number | undefined;

/**
 * `baseMs` (the limit on an idle reference machine) scaled by the machine's slowness, measured once per test file:
 * for assertions that something answered "at once" or "within seconds, not a hang".
 */
export function hangLimitMs(baseMs: number): number {
  measured ??= machineSlowness();
  return Math.round(baseMs * measured);
}
