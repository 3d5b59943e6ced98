import { describeEstimate, type PlanEstimate } from './plan-estimate.js';

export interface ProgressState {
  done: number;
  total: number;
  errors: number;
  requests: number;
}

/** What the crawl's progress display says, in the language of whoever shows it (the CLI passes its own). */
export interface ProgressWords {
  /** The bar's counters: done/total, request rate, time left (already formatted), errors. */
  counters(done: number, total: number, rate: string, eta: string, errors: number): string;
  /** The line said once the crawl is planned: the population and what the plan costs France Travail. */
  plan(
    population: number,
    estimate: Pick<PlanEstimate, 'requests' | 'rate' | 'seconds' | 'companionRequests'> &
      Partial<Pick<PlanEstimate, 'companionPages'>>,
  ): string;
}

const FRENCH_NUMBER = new Intl.NumberFormat('fr-FR');

/** The CLI's default language; other callers (a script, a test) get these unless they pass their own. */
export const FRENCH_PROGRESS: ProgressWords = {
  counters: (done, total, rate, eta, errors) =>
    `${done}/${total} · ${rate} req/s · reste ${eta} · ${errors} erreur${errors > 1 ? 's' : ''}`,
  plan: (population, estimate) =>
    `Plan : ${FRENCH_NUMBER.format(population)} offres, ${describeEstimate(estimate)}${
      estimate.companionRequests > 0
        ? `, dont ${FRENCH_NUMBER.format(estimate.companionRequests)} recherches des copies en ligne des offres tirées (doublons)${
            (estimate.companionPages ?? 0) > 0
              ? ` et au plus ${FRENCH_NUMBER.format(estimate.companionPages ?? 0)} pages de leurs résultats`
              : ''
          }`
        : ''
    }`,
};

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
    private readonly words: ProgressWords = FRENCH_PROGRESS,
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
    const line = formatProgress(
      this.read(),
      Date.now() - this.started,
      this.stream.columns ?? 100,
      this.words,
    );
    this.stream.write(`\r${line.padEnd(this.lastWidth)}`);
    this.lastWidth = line.length;
  }
}

export function formatProgress(
  state: ProgressState,
  elapsedMs: number,
  columns = 100,
  words: ProgressWords = FRENCH_PROGRESS,
): string {
  const ratio = state.total > 0 ? Math.min(1, state.done / state.total) : 0;
  const seconds = elapsedMs / 1000;
  const rate = seconds > 0 ? state.requests / seconds : 0;
  const itemsPerSecond = seconds > 0 ? state.done / seconds : 0;
  const eta = itemsPerSecond > 0 ? (state.total - state.done) / itemsPerSecond : Number.NaN;
  const text = ` ${words.counters(state.done, state.total, rate.toFixed(1), formatDuration(eta), state.errors)}`;
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
