import type { Kysely } from 'kysely';
import { bookRateLimitSlots, ensureRateLimitRow } from '../db/rate-limits.js';
import type { Schema } from '../db/schema.js';
import { type RateLimiter, realSleep, type Sleep } from './http/rate-limiter.js';

/**
 * What the shared limiter's spacing margin defaults to. Workers cannot see each other's departures, so the
 * window rule of the in-process limiter cannot hold across them: slots are spaced `1 + margin` intervals apart
 * instead. At 10 requests a second, 3 % makes eleven slots span 1,030 ms: a slot used up to 20 ms late (never
 * later) leaves 10 ms for arrivals to jitter before the server could count eleven in one second.
 */
export const SHARED_MARGIN = 0.03;

/**
 * How late the last slot of a run (see LeasedRateLimiter) may be used: later, it is given up, since the next
 * slot may be another worker's.
 */
const MAX_LATE_MS = 20;

/** How many of the last wake-ups tell how late timers fire. */
const LATENESS_SAMPLES = 5;

/** A booking asks for slots no sooner than a round trip and a timer's lateness ahead, and at most this far. */
const MAX_AHEAD_MS = 250;

/** Consecutive slots booked in one go, the first at `firstMs`; both times on the book's own clock. */
export interface BookedSlots {
  firstMs: number;
  nowMs: number;
}

/** Where the slots of every process are booked: one row of PostgreSQL in production, a counter in tests. */
export interface SlotBook {
  /**
   * Books `count` slots `intervalMs` apart, from the end of the last booking or from `aheadMs` after now,
   * whichever is later (so that the first slot is not already past when the answer comes back).
   */
  book(count: number, intervalMs: number, aheadMs: number): Promise<BookedSlots>;
  /** Work before the first booking (creating the row, connecting), kept out of the timed round trip. */
  prepare?(): Promise<void>;
}

export interface LeasedRateLimiterOptions {
  rate: number;
  /** Extra spacing as a fraction of the interval. @default SHARED_MARGIN */
  margin?: number;
  /** Seconds' worth of slots booked per round trip. @default 0.5 */
  leaseSeconds?: number;
  /** @default Date.now */
  now?: () => number;
  /** @default a real timer */
  sleep?: Sleep;
}

/**
 * A rate limit several processes share: each books several consecutive slots in one round trip (a lease, as many
 * as its callers wait for, at most half a second's worth), and books the next lease while half of the current one
 * is left, so that no round trip to the book is on a request's path. Slots are spaced `1 + margin` intervals apart
 * on the book's clock, whoever holds them.
 *
 * Late timers. A run is this process's slots with nobody else's between them on the book (its leases booked back
 * to back). Within a run a request never leaves before its slot, and the in-process limiter's rules hold on the
 * run's real departures: never `rate` + 1 of them within `rate` slots' span, a late one letting the next catch up
 * by half an interval. A slot used more than 20 ms late puts the run in debt (that lateness, less 20 ms), and
 * each slot given up or left unused after it pays an interval back; a slot is used only if the slots after it in
 * hand could pay the run's debt, otherwise it is given up. So counting the slots not used, the run's departures
 * end within 20 ms of its slots, and no second of arrivals holds more than the rate, other workers' included,
 * while arrivals jitter by less than the margin's slack (10 ms at 10/s: eleven slots span 1,030 ms). A worker
 * alone keeps one run and loses, for a late timer, about its lateness instead of a slot. So that a machine
 * whose timers all fire late still sends on time, timers are set early by how late the last few fired. Unused
 * slots are lost when a process stops (at most two leases, a second of requests).
 */
export class LeasedRateLimiter implements RateLimiter {
  private intervalMs: number;
  private readonly margin: number;
  private readonly rate: number;
  private readonly leaseSeconds: number;
  private readonly now: () => number;
  private readonly sleep: Sleep;
  /** Leased slots on this process's clock, in order, each with the run it belongs to. */
  private readonly slots: { due: number; run: number }[] = [];
  /** The run of the last lease: a new number whenever someone else booked between two of our leases. */
  private run = 0;
  /** The current run's last departures (as many as a second holds), oldest first, and their run. */
  private departures: { run: number; times: number[] } = { run: -1, times: [] };
  /**
   * How far the current run's departures are behind what its slots allow: the most any departure was later than
   * 20 ms after its slot, less an interval for each slot given up after it. The run must end at 0 or less.
   */
  private debt = Number.NEGATIVE_INFINITY;
  private leasing: Promise<void> | undefined;
  /** This clock minus the book's, from the booking with the shortest round trip so far (the most precise). */
  private offset: { ms: number; roundTripMs: number } | undefined;
  /** The last booking: its end on the book's clock, its last slot on this one, its round trip. */
  private lastLease: { endMs: number; lastSlot: number; roundTripMs: number } | undefined;
  /** How late the last few timers fired, in milliseconds, newest last. */
  private readonly lateness: number[] = [];
  private prepared: Promise<void> | undefined;
  private chain: Promise<void> = Promise.resolve();
  /** Callers that asked for a slot and have not got it yet (the one being served included). */
  private waiting = 0;
  /** Slots given up because they were taken too late (for tests and diagnostics). */
  givenUp = 0;
  /** Round trips to the book. */
  bookings = 0;

  constructor(
    private readonly slotBook: SlotBook,
    options: LeasedRateLimiterOptions,
  ) {
    if (!(options.rate > 0) || !Number.isFinite(options.rate)) {
      throw new RangeError(
        `a rate limit must be a positive number of requests per second, got ${options.rate}`,
      );
    }
    this.margin = options.margin ?? SHARED_MARGIN;
    this.rate = options.rate;
    this.intervalMs = (1000 / options.rate) * (1 + this.margin);
    this.leaseSeconds = options.leaseSeconds ?? 0.5;
    this.now = options.now ?? Date.now;
    this.sleep = options.sleep ?? realSleep;
  }

  /** Milliseconds between two slots (margin included). */
  get interval(): number {
    return this.intervalMs;
  }

  /** Slots booked per round trip. */
  get leaseSize(): number {
    return Math.max(1, Math.round((this.leaseSeconds * 1000) / this.intervalMs));
  }

  slowTo(intervalMs: number): void {
    if (intervalMs > this.intervalMs) this.intervalMs = intervalMs;
  }

  acquire(signal?: AbortSignal): Promise<void> {
    this.waiting++;
    // Callers take slots in order; the others queue behind here.
    const turn = this.chain
      .then(() => this.take(signal))
      .finally(() => {
        this.waiting--;
      });
    this.chain = turn.catch(() => {});
    return turn;
  }

  /**
   * Slots to book now: what the callers waiting need beyond the slots in hand, at most a lease. `served`: callers
   * counted as waiting whose slot is already out of hand.
   */
  private wanted(served = 0): number {
    return Math.min(this.leaseSize, this.waiting - served - this.slots.length);
  }

  /** Books the next lease in the background while the slots in hand last, if callers are waiting for more. */
  private bookAhead(served = 0): void {
    const count = this.wanted(served);
    if (this.slots.length <= Math.ceil(this.leaseSize / 2) && count > 0) {
      void this.lease(count).catch(() => {});
    }
  }

  private async take(signal?: AbortSignal): Promise<void> {
    for (;;) {
      signal?.throwIfAborted();
      const slot = this.slots[0];
      if (slot === undefined) {
        await this.lease(Math.max(1, this.wanted()));
        continue;
      }
      if (slot.run !== this.departures.run) {
        this.departures = { run: slot.run, times: [] };
        this.debt = Number.NEGATIVE_INFINITY;
      }
      const at = this.earliest(slot.due);
      const now = this.now();
      let after = 0;
      while (this.slots[after + 1]?.run === slot.run) after++;
      // Used at the later of now and `at`, the run would owe this; the slots after it in hand can pay it back.
      const owed = Math.max(this.debt, Math.max(now, at) - slot.due - MAX_LATE_MS);
      if (owed > after * this.intervalMs) {
        this.slots.shift();
        this.givenUp++;
        this.debt -= this.intervalMs;
        continue;
      }
      if (at > now) {
        // Booked ahead: the next lease's round trip overlaps this wait instead of following it.
        this.bookAhead();
        await this.sleepUntil(at, now, signal);
        continue;
      }
      this.slots.shift();
      this.debt = owed;
      const times = this.departures.times;
      times.push(now);
      if (times.length > this.windowCount) times.shift();
      // This caller is served: only the ones behind it count now.
      this.bookAhead(1);
      return;
    }
  }

  /** Requests a second holds at the rate: the run's window rule counts that many departures. */
  private get windowCount(): number {
    return Math.max(1, Math.floor(this.rate + 1e-9));
  }

  /**
   * The earliest a request may use a slot due at `due`: never before it; within the run, at least half an
   * interval after the last departure (a late one lets the next catch up), and never `windowCount` + 1
   * departures within `windowCount` intervals.
   */
  private earliest(due: number): number {
    const times = this.departures.times;
    const last = times.at(-1);
    const count = this.windowCount;
    const byWindow = times.length >= count ? times[times.length - count]! + count * this.intervalMs : due;
    return Math.max(due, last === undefined ? due : last + this.intervalMs / 2, byWindow);
  }

  /** How early to set a timer: the least lateness of the last few, which every one of them had at least. */
  private timerLead(): number {
    return this.lateness.length === 0 ? 0 : Math.min(...this.lateness);
  }

  /** Sleeps until about `at`, the timer set early by how late timers fire, and notes how late this one was. */
  private async sleepUntil(at: number, now: number, signal?: AbortSignal): Promise<void> {
    const early = at - this.timerLead() - now;
    // Within the lead of the slot, a plain timer: the slot is then used on time or given up, never early.
    const ms = early > 0 ? early : at - now;
    await this.sleep(ms, signal);
    this.lateness.push(Math.max(0, this.now() - (now + ms)));
    if (this.lateness.length > LATENESS_SAMPLES) this.lateness.shift();
  }

  /** One booking at a time; callers arriving meanwhile wait for it. */
  private lease(count: number): Promise<void> {
    this.leasing ??= this.book(count).finally(() => {
      this.leasing = undefined;
    });
    return this.leasing;
  }

  /** A lone request books one slot: an idle worker must not hold slots the busy ones could use. */
  private async book(count: number): Promise<void> {
    this.prepared ??= this.slotBook.prepare?.() ?? Promise.resolve();
    await this.prepared;
    const interval = this.intervalMs;
    // The first slot must still be ahead when the answer is back, by more than timers are late.
    const aheadMs = Math.min(MAX_AHEAD_MS, (this.lastLease?.roundTripMs ?? 0) + this.timerLead());
    const sent = this.now();
    const booked = await this.slotBook.book(count, interval, aheadMs);
    const back = this.now();
    this.bookings++;
    const roundTripMs = back - sent;
    if (!this.offset || roundTripMs <= this.offset.roundTripMs) {
      this.offset = { ms: (sent + back) / 2 - booked.nowMs, roundTripMs };
    }
    let first = booked.firstMs + this.offset.ms;
    const previous = this.lastLease;
    if (previous && Math.abs(booked.firstMs - previous.endMs) < 1) {
      // Nobody booked since our last lease: the run goes on. A better estimate of the offset must not bring this
      // lease's first slot closer than an interval to that lease's last one (the old estimate's error stays).
      first = Math.max(first, previous.lastSlot + interval);
    } else {
      this.run++;
    }
    for (let i = 0; i < count; i++) this.slots.push({ due: first + i * interval, run: this.run });
    this.lastLease = {
      endMs: booked.firstMs + count * interval,
      lastSlot: first + (count - 1) * interval,
      roundTripMs,
    };
  }
}

/**
 * The shared limiter of workers on one PostgreSQL: the end of the last booking of an origin lives in one row, and
 * each lease pushes it further in one update. The database clock is the only clock, so workers on different
 * machines agree.
 */
export class SharedRateLimiter extends LeasedRateLimiter {
  constructor(
    db: Kysely<Schema>,
    origin: string,
    rate: number,
    options: Omit<LeasedRateLimiterOptions, 'rate'> = {},
  ) {
    super(
      {
        prepare: () => ensureRateLimitRow(db, origin),
        book: (count, intervalMs, aheadMs) => bookRateLimitSlots(db, origin, count, intervalMs, aheadMs),
      },
      { ...options, rate },
    );
  }
}
