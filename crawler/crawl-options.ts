import type { Resolver } from '../lib/http/address-guard.js';
import type { Strata } from '../model/audit.js';
import type { ProgressWords } from './progress.js';

/** The filters users expect, in the API's vocabulary (the website source translates them). */
export interface CrawlFilters {
  /** "74", "2A", "971"; a comma list is split into one query each. */
  departement?: string;
  /** Contract codes, comma-separated: "CDI,CDD". */
  typeContrat?: string;
  /** Days: 1, 3, 7, 14 or 31. */
  publieeDepuis?: string;
  motsCles?: string;
  /** "1" France Travail, "2" partners. */
  origine?: string;
}

export type { Strata } from '../model/audit.js';

/** Where France Travail lives, and how to talk to it. Every URL defaults to the real service. */
export interface SourceSettings {
  /** "auto": the API when credentials are given, the website otherwise. @default "auto" */
  source?: 'auto' | 'api' | 'site';
  /** API credentials (`FT_CLIENT_ID`, `FT_CLIENT_SECRET` on the command line). */
  clientId?: string;
  clientSecret?: string;
  /** @default "api_offresdemploiv2 o2dsoffre" */
  scope?: string;
  /** @default https://api.francetravail.io/partenaire/offresdemploi/v2 */
  apiUrl?: string;
  /** @default https://entreprise.francetravail.fr/connexion/oauth2/access_token */
  tokenUrl?: string;
  /** @default https://candidat.francetravail.fr */
  siteUrl?: string;
  /** Requests per second to France Travail, never exceeded. @default 3 for the API, 1 for the website */
  rate?: number;
  /** Requests per second to each partner site (less if its robots.txt asks). @default 1 */
  partnerRate?: number;
  /** Requests in flight at once. @default 4 */
  concurrency?: number;
  /** Per attempt. @default 30000 */
  timeoutMs?: number;
  /** Retries of one request. @default 6 */
  maxRetries?: number;
  /** First backoff before a retry, doubled each time. @default 500 */
  baseDelayMs?: number;
  /** Longest backoff or Retry-After waited. @default 30000 */
  maxDelayMs?: number;
  /** Results one query can be paged to (3150 on the API today; 1150 in older docs). @default 3150 */
  maxResults?: number;
  /** Render JavaScript-only partner pages in Chromium. @default true */
  browser?: boolean;
  /**
   * Origins that links from offers may reach although they live at a loopback or private address, beside the
   * France Travail origins configured above (which are trusted: a local replica serves its partner pages there).
   * @default []
   */
  trustedOrigins?: readonly string[];
  /** Resolves host names for the address guard. @default the system resolver */
  resolve?: Resolver;
}

export interface CrawlOptions extends SourceSettings {
  /** Every offer matching the filters (split into queries of at most `maxResults`). */
  census?: boolean;
  /** A random sample of this many offers (simple, or stratified with `strata`). */
  sample?: number;
  strata?: Strata;
  /** @default "proportional" */
  allocation?: 'proportional' | 'equal';
  /** Seed of the random draws: the same seed and counts give the same sample. @default 1 */
  seed?: number;
  filters?: CrawlFilters;
  /** Visit partner pages (partner offers, application links). @default true */
  partners?: boolean;
  /**
   * A sample's targeted search per sampled offer for its copies online (on the website, with the detail pages of
   * the few results that may be copies), so that duplicates are found against the population, not only within the
   * sample. @default true
   */
  companions?: boolean;
  /**
   * Continue an unfinished audit: `true` the latest one, a number that one. Without it, an unfinished audit with
   * the same design is continued anyway; only a different design starts a new audit.
   */
  resume?: boolean | number;
  /**
   * Join a crawl other processes are running (PostgreSQL): no planning, no taking over others' leases, the rate
   * limit shared through the database. `true` joins the latest unfinished audit, a number that one.
   */
  worker?: boolean | number;
  /**
   * Give the frontier items that failed for good (in an earlier run) another round: joins the latest unfinished
   * crawl, or the audit `resume` names. `resume` alone does the same.
   */
  retryFailed?: boolean;
  /** Attempts an item gets for a cause that may pass (a 503, a timeout) before it stays failed. @default 3 */
  maxAttempts?: number;
  /** @default "crawl <date>" */
  label?: string;
  /** How long a leased frontier item stays a worker's before it returns to the pool. @default 300000 */
  leaseMs?: number;
  /** Show a progress bar on stderr. @default process.stderr.isTTY */
  progress?: boolean;
  /** What the progress bar and the plan's line say (the CLI passes its language's). @default French */
  progressWords?: ProgressWords;
  /** Stop early (the frontier keeps what is left, for a later resume). */
  signal?: AbortSignal;
}
