/** What the crawl's summary reports about its requests. Counted by the HTTP layer, across every source. */
export class HttpStats {
  requests = 0;
  retries = 0;
  /** Answers by status ("200", "429", …) and network failures by cause ("timeout", "network"). */
  readonly outcomes = new Map<string, number>();

  record(outcome: string): void {
    this.outcomes.set(outcome, (this.outcomes.get(outcome) ?? 0) + 1);
  }

  get tooManyRequests(): number {
    return this.outcomes.get('429') ?? 0;
  }

  toJSON(): { requests: number; retries: number; status429: number; outcomes: Record<string, number> } {
    return {
      requests: this.requests,
      retries: this.retries,
      status429: this.tooManyRequests,
      outcomes: Object.fromEntries([...this.outcomes].sort(([a], [b]) => a.localeCompare(b))),
    };
  }
}
