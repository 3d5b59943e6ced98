import { Random, streamId } from './random.js';

/** The parts of the replica a fault can hit. */
export type RouteGroup = 'token' | 'api' | 'site' | 'partners';

/**
 * Faults on demand. Chances are per request; a request draws at most one fault. Draws come from a seeded
 * generator, so the same requests in the same order meet the same faults.
 */
export interface FaultSettings {
  /** Added delay on every request, in ms. @default 0 */
  latencyMs?: number;
  /** Random extra delay, uniform in [0, latencyJitterMs]. @default 0 */
  latencyJitterMs?: number;
  /** Chance that a request starts a burst of 5xx answers (502 or 503). @default 0 */
  error5xx?: number;
  /** Length of a 5xx burst, in requests. @default 3 */
  burstLength?: number;
  /** Chance that a request starts a storm of 429 answers (with Retry-After). @default 0 */
  storm429?: number;
  /** Length of a 429 storm, in requests. @default 5 */
  stormLength?: number;
  /** Chance the connection is reset before any answer. @default 0 */
  reset?: number;
  /** Chance the body is cut short of its declared Content-Length. @default 0 */
  truncate?: number;
  /** Chance a JSON body is malformed (cut, with a consistent Content-Length). @default 0 */
  malformed?: number;
  /** Chance the body is sent slowly, in small chunks. @default 0 */
  trickle?: number;
  /** Bytes and pause of a slow trickle. @default a fiftieth of the body (at least 256 bytes) every 40 ms */
  trickleChunkBytes?: number;
  trickleDelayMs?: number;
  /** Schema drift on API offers: a field renamed, a new field added, or both. @default undefined */
  drift?: 'rename' | 'add' | 'both';
  /**
   * Chance that an API search page past the first (a range not starting at 0: first pages are the plan's counts)
   * is refused with a 400 and the API's error body, as the real API refuses one query of a census now and then.
   * Retrying may pass. @default 0
   */
  refuse400?: number;
  /**
   * Share of offers (chosen by id) that the API serves with a NUL character (U+0000) in the description and a
   * lone surrogate in the title: valid JSON, text PostgreSQL refuses as it is. @default 0
   */
  nul?: number;
  /** The website's département filter is gone: `lieux=NND` redirects to a page answering 410. @default false */
  lieuxGone?: boolean;
  /** Codes the département referential lists although the search refuses them (400). @default none */
  extraDepartements?: string[];
  /** Which parts the faults hit. @default ['api', 'site', 'partners'] */
  routes?: RouteGroup[];
  /** Seed of the fault draws. @default 1 */
  seed?: number;
}

export type FaultDecision =
  | { kind: 'none' }
  | { kind: '5xx'; status: number }
  | { kind: '429' }
  | { kind: 'reset' }
  | { kind: 'truncate' }
  | { kind: 'malformed' }
  | { kind: 'trickle' };

const KEYS: Record<string, keyof FaultSettings> = {
  latency: 'latencyMs',
  jitter: 'latencyJitterMs',
  '5xx': 'error5xx',
  burst: 'burstLength',
  '429': 'storm429',
  storm: 'stormLength',
  reset: 'reset',
  truncate: 'truncate',
  malformed: 'malformed',
  trickle: 'trickle',
  refuse400: 'refuse400',
  nul: 'nul',
  seed: 'seed',
};

/** Parses the CLI form: `latency=200,5xx=0.05,429=0.02,reset=0.01,drift=rename,routes=api+site`. */
/** Why a `--faults` item is refused: the CLI says it in its language (cli/messages.ts). */
export type FaultProblem = 'not_key_value' | 'drift' | 'lieux' | 'unknown';

/** A `--faults` item that is not a fault; `message` is English, for logs and for the replica's own callers. */
export class FaultsSyntaxError extends Error {
  constructor(
    readonly problem: FaultProblem,
    readonly part: string,
    message: string,
  ) {
    super(message);
    this.name = 'FaultsSyntaxError';
  }
}

export function parseFaults(text: string): FaultSettings {
  const settings: FaultSettings = {};
  for (const part of text
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean)) {
    const [key, value] = part.split('=');
    if (key === undefined || value === undefined)
      throw new FaultsSyntaxError('not_key_value', part, `fault "${part}" is not key=value`);
    if (key === 'drift') {
      if (value !== 'rename' && value !== 'add' && value !== 'both')
        throw new FaultsSyntaxError('drift', part, 'drift must be rename, add or both');
      settings.drift = value;
    } else if (key === 'lieux') {
      if (value !== 'gone') throw new FaultsSyntaxError('lieux', part, 'lieux can only be "gone"');
      settings.lieuxGone = true;
    } else if (key === 'extraDepartements') {
      settings.extraDepartements = value.split('+').filter(Boolean);
    } else if (key === 'routes') {
      settings.routes = value.split('+') as RouteGroup[];
    } else {
      const target = KEYS[key];
      const number = Number(value);
      if (!target || !Number.isFinite(number))
        throw new FaultsSyntaxError('unknown', part, `unknown fault "${part}"`);
      (settings as Record<string, unknown>)[target] = number;
    }
  }
  return settings;
}

export class FaultInjector {
  private settings: FaultSettings = {};
  private random = new Random(1);
  private burstLeft = 0;
  private burstStatus = 503;
  private stormLeft = 0;
  /** Its own stream, so that turning `refuse400` on does not move the other faults' draws. */
  private refusals = new Random(1, streamId('refuse400'));

  constructor(settings: FaultSettings = {}) {
    this.set(settings);
  }

  set(settings: FaultSettings): void {
    this.settings = { ...settings };
    this.random = new Random(settings.seed ?? 1, 0x5eed);
    this.refusals = new Random(settings.seed ?? 1, streamId('refuse400'));
    this.burstLeft = 0;
    this.stormLeft = 0;
  }

  get current(): FaultSettings {
    return { ...this.settings };
  }

  applies(group: RouteGroup): boolean {
    return (this.settings.routes ?? ['api', 'site', 'partners']).includes(group);
  }

  delayMs(): number {
    const jitter = this.settings.latencyJitterMs ?? 0;
    return (this.settings.latencyMs ?? 0) + (jitter > 0 ? this.random.next() * jitter : 0);
  }

  /** Whether this API search page is refused (400). */
  refusesSearch(range: string | null): boolean {
    const chance = this.settings.refuse400 ?? 0;
    if (chance <= 0 || range === null || range.startsWith('0-')) return false;
    return this.refusals.next() < chance;
  }

  /** Whether this offer is served with text PostgreSQL refuses (NUL, lone surrogate). */
  servesNul(id: string): boolean {
    const share = this.settings.nul ?? 0;
    return share > 0 && (streamId(`nul:${id}`) % 10_000) / 10_000 < share;
  }

  decide(): FaultDecision {
    const s = this.settings;
    if (this.burstLeft > 0) {
      this.burstLeft--;
      return { kind: '5xx', status: this.burstStatus };
    }
    if (this.stormLeft > 0) {
      this.stormLeft--;
      return { kind: '429' };
    }
    const x = this.random.next();
    let edge = 0;
    const hit = (chance: number | undefined) => {
      edge += chance ?? 0;
      return x < edge;
    };
    if (hit(s.error5xx)) {
      this.burstStatus = this.random.chance(0.5) ? 502 : 503;
      this.burstLeft = Math.max(0, (s.burstLength ?? 3) - 1);
      return { kind: '5xx', status: this.burstStatus };
    }
    if (hit(s.storm429)) {
      this.stormLeft = Math.max(0, (s.stormLength ?? 5) - 1);
      return { kind: '429' };
    }
    if (hit(s.reset)) return { kind: 'reset' };
    if (hit(s.truncate)) return { kind: 'truncate' };
    if (hit(s.malformed)) return { kind: 'malformed' };
    if (hit(s.trickle)) return { kind: 'trickle' };
    return { kind: 'none' };
  }
}
