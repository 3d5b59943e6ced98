export interface ProgressState {
  done: number;
  total: number;
  errors: number;
  requests: number;
}

/**
 * A one-line progress bar on stderr, redrawn in place: done/total, request rate, ETA, errors. Only for a
 * terminal; piped or logged runs get quiet structured logs instead.
 */
export class ProgressBar {
  private readonly started = Date.now();
  private timer: NodeJS.Timeout | undefined;
  private lastWidth = 0;

  constructor(
    private readonly read: () => ProgressState,
    private readonly stream: NodeJS.WriteStream = process.stderr,
  ) {}

  start(intervalMs = 500): void {
    this.timer = setInterval(() => this.draw(), intervalMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    this.draw();
    this.stream.write('\n');
  }

  private draw(): void {
    const line = formatProgress(this.read(), Date.now() - this.started, this.stream.columns ?? 100);
    this.stream.write(`\r${line.padEnd(this.lastWidth)}`);
    this.lastWidth = line.length;
  }
}

export function formatProgress(state: ProgressState, elapsedMs: number, columns = 100): string {
  const ratio = state.total > 0 ? Math.min(1, state.done / state.total) : 0;
  const seconds = elapsedMs / 1000;
  const rate = seconds > 0 ? state.requests / seconds : 0;
  const itemsPerSecond = seconds > 0 ? state.done / seconds : 0;
  const eta = itemsPerSecond > 0 ? (state.total - state.done) / itemsPerSecond : Number.NaN;
  const text = ` ${state.done}/${state.total} · ${rate.toFixed(1)} req/s · ETA ${formatDuration(eta)} · ${state.errors} errors`;
  const width = Math.max(10, Math.min(40, columns - text.length - 3));
  const filled = Math.round(ratio * width);
  return `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}]${text}`;
}

export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  if (seconds < 60) return `${Math.round(seconds)}s`;
  if (seconds < 3600)
    return `${Math.floor(seconds / 60)}m${String(Math.round(seconds % 60)).padStart(2, '0')}s`;
  return `${Math.floor(seconds / 3600)}h${String(Math.floor((seconds % 3600) / 60)).padStart(2, '0')}m`;
}
