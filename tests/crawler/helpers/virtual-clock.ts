import { setImmediate as nextTurn } from 'node:timers/promises';

/**
 * A clock for rate-limiter tests: `sleep` registers a timer, and `run` fires the timers in order of their time,
 * each late by `lateness()` milliseconds, once every promise ready to run has run. Nothing depends on how fast
 * the machine is: every time a test reads is virtual.
 */
export class VirtualClock {
  time = 1_000_000;
  private timers: { at: number; order: number; resolve: () => void }[] = [];
  private order = 0;

  constructor(private readonly lateness: () => number = () => 0) {}

  readonly now = (): number => this.time;

  readonly sleep = (ms: number, signal?: AbortSignal): Promise<void> => {
    signal?.throwIfAborted();
    return new Promise((resolve) => {
      this.timers.push({ at: this.time + Math.max(0, ms), order: this.order++, resolve });
    });
  };

  /** Runs until `work` settles: between timers, every promise ready to run runs first. */
  async run<T>(work: Promise<T>): Promise<T> {
    let settled = false;
    const done = work.finally(() => {
      settled = true;
    });
    for (;;) {
      // Several turns, so that chains of promises (and the I/O-free callbacks they start) all run.
      for (let i = 0; i < 5; i++) await nextTurn();
      if (settled) return done;
      this.timers.sort((a, b) => a.at - b.at || a.order - b.order);
      const timer = this.timers.shift();
      if (!timer) throw new Error('nothing left to run and the work is not done');
      this.time = Math.max(this.time, timer.at + this.lateness());
      timer.resolve();
    }
  }
}

/** The most departures that fall in any window [t, t + windowMs). */
export function maxInWindow(times: readonly number[], windowMs: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  let best = 0;
  let start = 0;
  for (let end = 0; end < sorted.length; end++) {
    while (sorted[end]! - sorted[start]! >= windowMs) start++;
    best = Math.max(best, end - start + 1);
  }
  return best;
}
