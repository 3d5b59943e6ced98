import { describe, expect, it } from 'vitest';
import { TokenBucket } from '../../crawler/http/rate-limiter.js';
import { SeededRandom } from '../../crawler/sampling/seeded-random.js';
import { LeasedRateLimiter, type SlotBook } from '../../crawler/shared-rate-limiter.js';
import { bookRateLimitSlots, ensureRateLimitRow } from '../../db/rate-limits.js';
import { engines, openTestDatabase } from '../helpers/databases.js';
import { maxInWindow, VirtualClock } from './helpers/virtual-clock.js';

/** `count` requests through `limiter` at once; their departure times on the virtual clock. */
async function departures(
  clock: VirtualClock,
  limiter: { acquire(): Promise<void> },
  count: number,
): Promise<number[]> {
  const times: number[] = [];
  await clock.run(
    Promise.all(Array.from({ length: count }, () => limiter.acquire().then(() => times.push(clock.now())))),
  );
  return times;
}

function rateOf(times: readonly number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  return ((sorted.length - 1) * 1000) / (sorted.at(-1)! - sorted[0]!);
}

describe('token bucket, on a virtual clock', () => {
  it('never lets `rate` + 1 requests leave within (1 + margin) seconds, whatever the timers do', async () => {
    const random = new SeededRandom(7);
    // Timers late by up to three intervals, at random: catching up must never break the window.
    const clock = new VirtualClock(() => random.next() * 1000);
    const bucket = new TokenBucket({ rate: 3, margin: 0.02, now: clock.now, sleep: clock.sleep });
    const times = await departures(clock, bucket, 300);
    expect(maxInWindow(times, 1020)).toBe(3);
    const sorted = [...times].sort((a, b) => a - b);
    const gaps = sorted.slice(1).map((time, i) => time - sorted[i]!);
    // Spaced, not bursts: a late departure lets the next one catch up by half an interval at most.
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(1000 / 3 / 2 - 1e-9);
  });

  it('with no margin keeps to exactly the rate in every one-second window', async () => {
    const random = new SeededRandom(11);
    const clock = new VirtualClock(() => (random.next() < 0.2 ? random.next() * 150 : 0));
    const bucket = new TokenBucket({ rate: 10, margin: 0, now: clock.now, sleep: clock.sleep });
    const times = await departures(clock, bucket, 400);
    expect(maxInWindow(times, 1000)).toBe(10);
  });

  it('gives late timers back to the rate: 1–4 ms late on each, still above 0.97 of it with a 2 % margin', async () => {
    const random = new SeededRandom(3);
    const clock = new VirtualClock(() => 1 + random.next() * 3);
    const bucket = new TokenBucket({ rate: 3, now: clock.now, sleep: clock.sleep });
    const times = await departures(clock, bucket, 300);
    expect(rateOf(times) / 3).toBeGreaterThan(0.97);
    // Each late timer used to push every later request back: the same clock at the old 5 % margin, no catch-up.
    expect(rateOf(times) / 3).toBeLessThanOrEqual(1 / 1.02 + 1e-9);
  });

  it('lets a burst leave back to back after a quiet spell, and never more than `rate` in a second', async () => {
    const clock = new VirtualClock();
    const bucket = new TokenBucket({ rate: 5, burst: 5, margin: 0, now: clock.now, sleep: clock.sleep });
    const first = await departures(clock, bucket, 5);
    expect(new Set(first).size).toBe(1);
    const times = [...first, ...(await departures(clock, bucket, 20))];
    expect(maxInWindow(times, 1000)).toBe(5);
  });

  it('slows down to a crawl delay, never speeds up, and spaces requests by it', async () => {
    const clock = new VirtualClock();
    const bucket = new TokenBucket({ rate: 10, margin: 0, now: clock.now, sleep: clock.sleep });
    bucket.slowTo(50);
    expect(bucket.interval).toBe(100);
    bucket.slowTo(2000);
    expect(bucket.interval).toBe(2000);
    const times = await departures(clock, bucket, 4);
    expect(times.slice(1).map((time, i) => time - times[i]!)).toEqual([2000, 2000, 2000]);
  });
});

describe('token bucket: the window counts when requests really left', () => {
  it('a request that left late (a new connection) pushes the window: rate + 1 never left within it', async () => {
    const clock = new VirtualClock();
    const bucket = new TokenBucket({ rate: 3, now: clock.now, sleep: clock.sleep });
    const left: number[] = [];
    await clock.run(
      Promise.all(
        Array.from({ length: 12 }, async (_, i) => {
          await bucket.acquire();
          // Every fourth request waits 150 ms for its connection (a TLS handshake) before its bytes leave.
          if (i % 4 === 0) await clock.sleep(150);
          left.push(clock.now());
          bucket.left?.();
        }),
      ),
    );
    expect(left).toHaveLength(12);
    expect(maxInWindow(left, 1020)).toBeLessThanOrEqual(3);
  });

  it('without word of the real departures, counts from when requests were let go', async () => {
    const clock = new VirtualClock();
    const bucket = new TokenBucket({ rate: 3, now: clock.now, sleep: clock.sleep });
    const times = await departures(clock, bucket, 12);
    expect(maxInWindow(times, 1020)).toBe(3);
    expect(rateOf(times) / 3).toBeGreaterThan(0.97);
  });
});

/** Whether the i-th departure is never before the i-th slot booked: no request used a slot before its time. */
function notBeforeTheirSlots(times: readonly number[], slots: readonly number[]): boolean {
  const sortedSlots = [...slots].sort((a, b) => a - b);
  return [...times].sort((a, b) => a - b).every((time, i) => time >= sortedSlots[i]! - 1e-6);
}

/** The book of slots as PostgreSQL keeps it (db/rate-limits.ts), in memory, answering after `latencyMs`. */
function memoryBook(
  clock: VirtualClock,
  latencyMs: () => number,
): SlotBook & { trips: number; slots: number[] } {
  let nextAt = Number.NEGATIVE_INFINITY;
  return {
    trips: 0,
    slots: [],
    async book(count, intervalMs, aheadMs) {
      this.trips++;
      await clock.sleep(latencyMs() / 2);
      const firstMs = Math.max(nextAt, clock.now() + aheadMs);
      nextAt = firstMs + count * intervalMs;
      for (let i = 0; i < count; i++) this.slots.push(firstMs + i * intervalMs);
      const nowMs = clock.now();
      await clock.sleep(latencyMs() / 2);
      return { firstMs, nowMs };
    },
  };
}

describe('leased (shared) rate limiter, on a virtual clock', () => {
  it('keeps three workers together to their slots: no window of a second holds more than the rate', async () => {
    const random = new SeededRandom(5);
    const clock = new VirtualClock(() => (random.next() < 0.1 ? random.next() * 60 : random.next() * 2));
    const book = memoryBook(clock, () => 2 + random.next() * 20);
    const workers = [0, 1, 2].map(
      () => new LeasedRateLimiter(book, { rate: 10, now: clock.now, sleep: clock.sleep }),
    );
    const all: number[] = [];
    await clock.run(
      Promise.all(
        workers.map(async (worker) => {
          const times: number[] = [];
          await Promise.all(
            Array.from({ length: 120 }, () => worker.acquire().then(() => times.push(clock.now()))),
          );
          all.push(...times);
        }),
      ),
    );
    expect(all).toHaveLength(360);
    // Slots are 103 ms apart and one is used at most 20 ms late: ten of them need 927 ms, eleven 1,030 - 20.
    expect(maxInWindow(all, 1000)).toBeLessThanOrEqual(10);
    expect(maxInWindow(all, 5000)).toBeLessThanOrEqual(50);
    // Late timers gave slots up rather than squeeze a neighbour's.
    expect(workers.reduce((sum, worker) => sum + worker.givenUp, 0)).toBeGreaterThan(0);
  });

  it('books half a second of slots per round trip, ahead of need, so that one worker stays at the rate', async () => {
    const random = new SeededRandom(9);
    const clock = new VirtualClock(() => random.next());
    // A round trip of 30 ms, a third of an interval: booked one request at a time it would cost the rate.
    const book = memoryBook(clock, () => 30);
    const limiter = new LeasedRateLimiter(book, { rate: 10, now: clock.now, sleep: clock.sleep });
    expect(limiter.leaseSize).toBe(5);
    const times = await departures(clock, limiter, 300);
    expect(book.trips).toBeLessThanOrEqual(300 / 5 + 1);
    expect(rateOf(times) / 10).toBeGreaterThan(0.96);
    // At most the run's last slot, if a departure went more than 20 ms late: the run's debt, paid at its end.
    expect(limiter.givenUp).toBeLessThanOrEqual(1);
  });

  it('books only the slots its callers wait for: a lone request of an idle worker takes one', async () => {
    const clock = new VirtualClock();
    const book = memoryBook(clock, () => 4);
    const idle = new LeasedRateLimiter(book, { rate: 10, now: clock.now, sleep: clock.sleep });
    const busy = new LeasedRateLimiter(book, { rate: 10, now: clock.now, sleep: clock.sleep });
    await departures(clock, idle, 1);
    const first = await departures(clock, busy, 1);
    // The busy worker's slot follows the idle one's single slot, not a lease of five.
    expect(first[0]! - 1_000_000).toBeLessThan(2 * idle.interval);
    expect(book.trips).toBe(2);
  });

  it('gives a slot up when its timer fires more than 20 ms late', async () => {
    let late = 0;
    const clock = new VirtualClock(() => late);
    const book = memoryBook(clock, () => 0);
    const limiter = new LeasedRateLimiter(book, { rate: 10, margin: 0, now: clock.now, sleep: clock.sleep });
    await departures(clock, limiter, 3);
    late = 50;
    const times = await departures(clock, limiter, 3);
    expect(limiter.givenUp).toBeGreaterThan(0);
    const sorted = [...times].sort((a, b) => a - b);
    // Every departure is within 20 ms of a slot of its own, so none is closer than 80 ms to the next.
    expect(sorted.slice(1).every((time, i) => time - sorted[i]! >= 80)).toBe(true);
  });
});

describe('leased (shared) rate limiter: never a slot used late enough to squeeze the next', () => {
  it('a late timer never squeezes the next slot: no departure before its slot, no 11 in a second', async () => {
    const random = new SeededRandom(13);
    // A third of the timers fire 45 ms late: more than the 30 ms the 3 % margin leaves in a second at 10/s.
    const clock = new VirtualClock(() => (random.next() < 0.3 ? 45 : 0));
    const book = memoryBook(clock, () => 2);
    const limiter = new LeasedRateLimiter(book, { rate: 10, now: clock.now, sleep: clock.sleep });
    const times = await departures(clock, limiter, 200);
    expect(times).toHaveLength(200);
    // Slots are 103 ms apart: eleven span 1,030 ms, less the 20 ms one may be late, so 10 ms of arrival jitter.
    expect(maxInWindow(times, 1010)).toBeLessThanOrEqual(10);
    expect(notBeforeTheirSlots(times, book.slots)).toBe(true);
    // One worker keeps one run: a late timer costs about its lateness, not a slot each (≈ 60 of them fired late).
    expect(limiter.givenUp).toBeLessThan(15);
    expect(rateOf(times) / 10).toBeGreaterThan(0.9);
  });

  it('keeps workers whose timers are often very late to the rate together: no 11 in any second', async () => {
    const random = new SeededRandom(17);
    // Timers 20–60 ms late a third of the time, and now and then 150–400 ms (the event loop held up).
    const clock = new VirtualClock(() => {
      const draw = random.next();
      if (draw < 0.05) return 150 + random.next() * 250;
      return draw < 0.35 ? 20 + random.next() * 40 : random.next() * 2;
    });
    const book = memoryBook(clock, () => 1 + random.next() * 10);
    const workers = [0, 1, 2].map(
      () => new LeasedRateLimiter(book, { rate: 10, now: clock.now, sleep: clock.sleep }),
    );
    const all: number[] = [];
    await clock.run(
      Promise.all(
        workers.map(async (worker, index) => {
          // Workers come and go: their runs break whenever another books in between.
          for (let round = 0; round < 6; round++) {
            const count = 5 + ((index * 7 + round * 3) % 20);
            await Promise.all(
              Array.from({ length: count }, () => worker.acquire().then(() => all.push(clock.now()))),
            );
            await clock.sleep(random.next() * 300);
          }
        }),
      ),
    );
    expect(maxInWindow(all, 1010)).toBeLessThanOrEqual(10);
    expect(notBeforeTheirSlots(all, book.slots)).toBe(true);
  });

  it('still sends when every timer fires late: it wakes early by what the timers were late', async () => {
    const clock = new VirtualClock(() => 50);
    const book = memoryBook(clock, () => 2);
    const limiter = new LeasedRateLimiter(book, { rate: 10, now: clock.now, sleep: clock.sleep });
    const times = await departures(clock, limiter, 100);
    expect(times).toHaveLength(100);
    // After the first late wake-ups, timers are set early and slots are used on time.
    expect(limiter.givenUp).toBeLessThanOrEqual(3);
    expect(rateOf(times) / 10).toBeGreaterThan(0.95);
    expect(maxInWindow(times, 1010)).toBeLessThanOrEqual(10);
  });

  it('a better estimate of the clock offset never squeezes two of its own slots together', async () => {
    let trips = 0;
    // The first answer is read 60 ms late (the event loop was busy as the crawl started): that booking's
    // estimate of the offset between the two clocks is 30 ms off; the next ones, 1 ms round trips, are right.
    let nextAt = Number.NEGATIVE_INFINITY;
    const clock = new VirtualClock();
    const slots: number[] = [];
    const book: SlotBook = {
      async book(count, intervalMs, aheadMs) {
        trips++;
        await clock.sleep(0.5);
        const firstMs = Math.max(nextAt, clock.now() + aheadMs);
        nextAt = firstMs + count * intervalMs;
        for (let i = 0; i < count; i++) slots.push(firstMs + i * intervalMs);
        const nowMs = clock.now();
        await clock.sleep(trips === 1 ? 60 : 0.5);
        return { firstMs, nowMs };
      },
    };
    const limiter = new LeasedRateLimiter(book, { rate: 10, now: clock.now, sleep: clock.sleep });
    const times = await departures(clock, limiter, 40);
    // The second lease, on the better estimate, would have started 73 ms after the first one's last slot: then
    // eleven departures within the span of ten intervals.
    expect(maxInWindow(times, 10 * limiter.interval - 1e-6)).toBeLessThanOrEqual(10);
    expect(notBeforeTheirSlots(times, slots)).toBe(true);
  });
});

describe.each(engines)('rate-limit slots in the database (%s)', (engine) => {
  it('books consecutive slots: a lease starts where the last one ended, or now', async () => {
    const { db } = await openTestDatabase(engine);
    const origin = 'https://api.example.test';
    await ensureRateLimitRow(db, origin);
    const first = await bookRateLimitSlots(db, origin, 5, 100);
    expect(Math.abs(first.firstMs - first.nowMs)).toBeLessThan(1000);
    const second = await bookRateLimitSlots(db, origin, 3, 100);
    expect(second.firstMs).toBeCloseTo(first.firstMs + 500, 0);
    // Asked for slots a round trip ahead: the end of the last booking is later still, so it wins.
    const third = await bookRateLimitSlots(db, origin, 1, 100, 50);
    expect(third.firstMs).toBeCloseTo(second.firstMs + 300, 0);
    // Once the last booking is past, the first slot is `aheadMs` after the database's now, not now.
    const idle = 'https://idle.example.test';
    await ensureRateLimitRow(db, idle);
    const ahead = await bookRateLimitSlots(db, idle, 2, 100, 5_000);
    expect(ahead.firstMs - ahead.nowMs).toBeGreaterThan(4_000);
    expect(ahead.firstMs - ahead.nowMs).toBeLessThanOrEqual(5_000);
    const unknown = await bookRateLimitSlots(db, 'https://other.example.test', 1, 100).catch(
      (error: unknown) => error,
    );
    expect(unknown).toBeInstanceOf(Error);
  });
});
