/**
 * Every request the replica answered, by route, with its arrival time: tests check from it that a client kept
 * to a rate, retried after a 429, or never fetched a page twice.
 */
export interface ReplicaStats {
  requests: number;
  byRoute: Record<string, number>;
  /** 429 answers of the rate limiter (not those of a fault "429 storm"). */
  rejected429: number;
  /** 429 answers injected by a fault. */
  faulted429: number;
  /** Other injected faults, by kind. */
  faults: Record<string, number>;
  /**
   * The most requests seen in any sliding window of `windowMs`, as requests per second; `route` narrows it to
   * one route key (e.g. "GET /offres/search"). @default windowMs 1000
   */
  maxRatePerSecond(windowMs?: number, route?: string): number;
  /** Arrival times (ms, `performance.now()` clock) of one route's requests, or of all. */
  timestamps(route?: string): number[];
  /**
   * The most arrivals the API's rate limiter counts (calls of the API itself, not of the token endpoint, which
   * is another host in production) in any sliding window of `windowMs`, as requests per second: how the server
   * counts, whatever the phase of its own seconds. @default windowMs 1000
   */
  maxLimitedPerSecond(windowMs?: number): number;
}

export class RequestLog {
  private readonly times = new Map<string, number[]>();
  /** Arrivals of the routes the rate limiter counts, in order. */
  private limited: number[] = [];
  private total = 0;
  private rejected = 0;
  private faulted = 0;
  private readonly faultCounts = new Map<string, number>();

  /** One request's arrival: `limited` when the API's rate limiter counts it. */
  record(route: string, at = performance.now(), limited = false): void {
    this.total++;
    if (limited) this.limited.push(at);
    let list = this.times.get(route);
    if (!list) {
      list = [];
      this.times.set(route, list);
    }
    list.push(at);
  }

  recordRejected(): void {
    this.rejected++;
  }

  recordFault(kind: string): void {
    if (kind === '429') this.faulted++;
    this.faultCounts.set(kind, (this.faultCounts.get(kind) ?? 0) + 1);
  }

  reset(): void {
    this.times.clear();
    this.limited = [];
    this.total = 0;
    this.rejected = 0;
    this.faulted = 0;
    this.faultCounts.clear();
  }

  snapshot(): ReplicaStats {
    const byRoute: Record<string, number> = {};
    for (const [route, list] of this.times) byRoute[route] = list.length;
    const all = () => [...this.times.values()].flat().sort((a, b) => a - b);
    const timestamps = (route?: string) => (route ? [...(this.times.get(route) ?? [])] : all());
    const limited = [...this.limited];
    return {
      requests: this.total,
      byRoute,
      rejected429: this.rejected,
      faulted429: this.faulted,
      faults: Object.fromEntries(this.faultCounts),
      timestamps,
      maxRatePerSecond: (windowMs = 1000, route?: string) =>
        maxInWindow(timestamps(route), windowMs) / (windowMs / 1000),
      maxLimitedPerSecond: (windowMs = 1000) => maxInWindow(limited, windowMs) / (windowMs / 1000),
    };
  }
}

function maxInWindow(sorted: number[], windowMs: number): number {
  let best = 0;
  let start = 0;
  for (let end = 0; end < sorted.length; end++) {
    while (sorted[end]! - sorted[start]! >= windowMs) start++;
    best = Math.max(best, end - start + 1);
  }
  return best;
}
