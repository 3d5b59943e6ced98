import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { RateLimiter, type RateLimitSettings } from './api/rate-limiter.js';
import type { RangeRules } from './api/search-parameters.js';
import { type Credentials, TokenStore } from './api/token-endpoint.js';
import type { ReplicaContext } from './context.js';
import { type AdvanceOptions, Corpus } from './corpus/corpus.js';
import { FaultInjector, type FaultSettings } from './faults.js';
import { createReplicaServer } from './server.js';
import { type ReplicaStats, RequestLog } from './stats.js';
import type { ApiOffer, CategoryRates, OfferTruth } from './types.js';

export { Corpus } from './corpus/corpus.js';
export { DEFAULT_CATEGORY_RATES } from './corpus/data/category-rates.js';
export { FaultsSyntaxError, parseFaults } from './faults.js';
export type { CategoryId, PartnerPageState, PlantedCategoryId } from './types.js';
export { CATEGORY_IDS } from './types.js';
export type {
  AdvanceOptions,
  ApiOffer,
  CategoryRates,
  Credentials,
  FaultSettings,
  OfferTruth,
  RangeRules,
  RateLimitSettings,
  ReplicaStats,
};

export const DEFAULT_CREDENTIALS: Credentials = { clientId: 'vigie-demo', clientSecret: 'vigie-demo-secret' };

export interface ReplicaOptions {
  /** 0 picks a free port. @default 0 */
  port?: number | undefined;
  /** @default '127.0.0.1' */
  host?: string | undefined;
  /** Offers online at start. @default 10000 */
  offers?: number | undefined;
  /** @default 42 */
  seed?: number | undefined;
  /** Planting rate per category, as a share of all offers. @default DEFAULT_CATEGORY_RATES */
  rates?: Partial<CategoryRates> | undefined;
  /** Faults from the start; change them later with `setFaults`. @default none */
  faults?: FaultSettings | undefined;
  /** Token bucket of the API, per client; false turns it off. @default { perSecond: 10, burst: 10 } */
  rateLimit?: RateLimitSettings | false | undefined;
  /** `expires_in` of issued tokens. @default 1499 */
  tokenTtlSeconds?: number | undefined;
  /** @default DEFAULT_CREDENTIALS ("vigie-demo" / "vigie-demo-secret") */
  credentials?: Credentials | undefined;
  /** The corpus's "now". @default '2026-11-15T12:00:00Z' */
  referenceDate?: string | undefined;
  /** Share of partner offers. @default 0.57 */
  partnerShare?: number | undefined;
  /** Share of consistent partner pages rendered only by JavaScript. @default 0.1 */
  jsOnlyShare?: number | undefined;
  /** Epochs to advance at start (each: 10 % expire, 10 % added, 5 % modified). @default 0 */
  epoch?: number | undefined;
  /** @default { maxSpan: 150, maxStart: 3000, maxEnd: 3149 } */
  rangeRules?: Partial<RangeRules> | undefined;
  /** `/offres/{id}` for an expired offer. @default 404 */
  expiredDetailStatus?: 404 | 204 | undefined;
  /** The website's "offre n'est plus disponible" page. @default 200 */
  expiredPageStatus?: 200 | 404 | undefined;
  /** A search whose whole result fits in the range. @default 206 */
  fullRangeStatus?: 200 | 206 | undefined;
  /** Crawl-delay line of robots.txt, in seconds. @default none */
  crawlDelaySeconds?: number | undefined;
  /** The whole robots.txt, replacing the default. */
  robotsTxt?: string | undefined;
}

export interface Replica {
  /** Base URL, e.g. http://127.0.0.1:PORT (the website lives here too). */
  url: string;
  /** `${url}/partenaire/offresdemploi/v2`. */
  apiUrl: string;
  /** `${url}/connexion/oauth2/access_token?realm=%2Fpartenaire`. */
  tokenUrl: string;
  siteUrl: string;
  credentials: Credentials;
  corpus: Corpus;
  /** Offers online now. */
  readonly total: number;
  truth(id: string): OfferTruth | undefined;
  /** Truth of every offer ever generated, expired ones included (flagged `expired`). */
  truthAll(): IterableIterator<OfferTruth>;
  /** An offer as the API serves it (undefined if unknown). */
  offer(id: string): ApiOffer | undefined;
  /** Ids of the offers online now, in corpus order. */
  ids(): IterableIterator<string>;
  setFaults(faults: FaultSettings): void;
  advance(options?: AdvanceOptions): { expired: number; added: number; modified: number };
  stats(): ReplicaStats;
  resetStats(): void;
  /** Writes the truth of every offer as JSON lines. */
  writeTruth(path: string): Promise<void>;
  close(): Promise<void>;
}

export function defaultRobotsTxt(crawlDelaySeconds?: number): string {
  return [
    'User-agent: *',
    'Disallow: /partenaire/',
    'Disallow: /connexion/',
    'Disallow: /_truth',
    'Disallow: /_admin',
    'Allow: /offres/',
    ...(crawlDelaySeconds !== undefined ? [`Crawl-delay: ${crawlDelaySeconds}`] : []),
    '',
  ].join('\n');
}

export async function startReplica(options: ReplicaOptions = {}): Promise<Replica> {
  const corpus = new Corpus({
    offers: options.offers,
    seed: options.seed,
    rates: options.rates,
    referenceDate: options.referenceDate,
    partnerShare: options.partnerShare,
    jsOnlyShare: options.jsOnlyShare,
  });
  for (let epoch = 0; epoch < (options.epoch ?? 0); epoch++) corpus.advance();
  const credentials = options.credentials ?? DEFAULT_CREDENTIALS;
  const faults = new FaultInjector(options.faults ?? {});
  const log = new RequestLog();
  let baseUrl = '';
  const context: ReplicaContext = {
    corpus,
    baseUrl: () => baseUrl,
    faults,
    rangeRules: { maxSpan: 150, maxStart: 3000, maxEnd: 3149, ...options.rangeRules },
    expiredDetailStatus: options.expiredDetailStatus ?? 404,
    expiredPageStatus: options.expiredPageStatus ?? 200,
    fullRangeStatus: options.fullRangeStatus ?? 206,
    robotsTxt: options.robotsTxt ?? defaultRobotsTxt(options.crawlDelaySeconds),
  };
  const tokens = new TokenStore(credentials, () => options.tokenTtlSeconds ?? 1499);
  const limiter = new RateLimiter(
    options.rateLimit === undefined ? { perSecond: 10, burst: 10 } : options.rateLimit,
  );
  const server = createReplicaServer({
    context,
    tokens,
    limiter,
    log,
    onAdvance: (advance) => corpus.advance(advance),
    onFaults: (settings) => faults.set(settings),
  });
  server.keepAliveTimeout = 5000;
  server.listen(options.port ?? 0, options.host ?? '127.0.0.1');
  await once(server, 'listening');
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  baseUrl = `http://${host}:${address.port}`;

  const indexOf = (id: string) => corpus.indexOf(id);
  return {
    url: baseUrl,
    apiUrl: `${baseUrl}/partenaire/offresdemploi/v2`,
    tokenUrl: `${baseUrl}/connexion/oauth2/access_token?realm=%2Fpartenaire`,
    siteUrl: baseUrl,
    credentials,
    corpus,
    get total() {
      let online = 0;
      for (let i = 0; i < corpus.size; i++) if (!corpus.expired[i]) online++;
      return online;
    },
    truth: (id) => {
      const index = indexOf(id);
      return index === undefined ? undefined : corpus.truth(index, baseUrl);
    },
    *truthAll() {
      for (let i = 0; i < corpus.size; i++) yield corpus.truth(i, baseUrl);
    },
    offer: (id) => {
      const index = indexOf(id);
      return index === undefined ? undefined : corpus.offer(index, baseUrl);
    },
    *ids() {
      for (let i = 0; i < corpus.size; i++) if (!corpus.expired[i]) yield corpus.idOf(i);
    },
    setFaults: (settings) => faults.set(settings),
    advance: (advance) => corpus.advance(advance),
    stats: () => log.snapshot(),
    resetStats: () => log.reset(),
    writeTruth: async (path) => {
      const out = createWriteStream(path);
      for (let i = 0; i < corpus.size; i++) {
        if (!out.write(`${JSON.stringify(corpus.truth(i, baseUrl))}\n`)) await once(out, 'drain');
      }
      out.end();
      await once(out, 'finish');
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
