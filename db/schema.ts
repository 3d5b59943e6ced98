import type { ColumnType, Generated, JSONColumnType } from 'kysely';
import type { AuditDesign, AuditDetails } from '../model/audit.js';
import type { LinkKind } from '../model/offer.js';
import type { FrontierStatus } from './frontier.js';

/**
 * The database as Kysely sees it: one interface per table, the same for PGlite and PostgreSQL. Migrations in
 * db/migrations/ create exactly these tables; change both together.
 */
export interface Schema {
  audits: AuditsTable;
  offers: OffersTable;
  fetch_errors: FetchErrorsTable;
  frontier: FrontierTable;
  partner_pages: PartnerPagesTable;
  crawl_rate_limits: CrawlRateLimitsTable;
  flags: FlagsTable;
  duplicate_clusters: DuplicateClustersTable;
  validations: ValidationsTable;
  companion_offers: CompanionOffersTable;
}

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
type Json<T extends object | null> = JSONColumnType<T, string, string>;

export type AuditStatus = 'running' | 'crawled' | 'classified' | 'complete' | 'failed';
export type AuditSource = 'api' | 'site' | 'file';

export type { AuditDesign } from '../model/audit.js';

export interface AuditsTable {
  id: Generated<number>;
  label: string;
  /** Where the offers came from. */
  source: AuditSource;
  status: AuditStatus;
  /** Read back through auditDesignSchema (db/audits.ts): the stored JSON is not trusted to match the type. */
  design: Json<AuditDesign>;
  /** Offers online matching the audit's filters when it ran (null for an import). */
  population: number | null;
  /** Census coverage proof, crawl statistics, …: facts the method section quotes. */
  details: Json<AuditDetails>;
  /** The scheduled period this audit covers ("2026-11"), when it was started by a schedule. */
  period: string | null;
  classifier_version: string | null;
  created_at: Timestamp;
  finished_at: NullableTimestamp;
}

/** One offer as observed in one audit: its raw JSON as fetched, and the normalised columns reports group by. */
export interface OffersTable {
  audit_id: number;
  offer_id: string;
  /** Hash of the raw JSON: a re-fetch with another hash is a changed offer. */
  content_hash: string;
  raw: Json<Record<string, unknown>>;
  /** The normalised Offer (model/offer.ts). */
  offer: Json<Record<string, unknown>>;
  title: string | null;
  employer_name: string | null;
  contract_type: string | null;
  full_time: boolean | null;
  /** A work-study contract (apprentissage, professionnalisation); null when the source does not say. */
  alternance: boolean | null;
  departement: string | null;
  rome_code: string | null;
  rome_domain: string | null;
  /** "france_travail" or "partner". */
  origin: string | null;
  partner_name: string | null;
  offer_created_at: NullableTimestamp;
  /** The sampling stratum and design weight (1 for a census or an import). */
  stratum: string | null;
  weight: number;
  /** How many times the content changed while this audit observed it. */
  revision: Generated<number>;
  fetched_at: Timestamp;
}

/**
 * An offer found by a sampled offer's targeted search (same title words, département, contract), kept for
 * duplicate matching only: never counted in the audit's figures.
 */
export interface CompanionOffersTable {
  audit_id: number;
  offer_id: string;
  /** The normalised Offer (model/offer.ts). */
  offer: Json<Record<string, unknown>>;
  /** The sampled offer whose search found it. */
  found_for: string;
  fetched_at: Timestamp;
}

export interface FetchErrorsTable {
  id: Generated<number>;
  audit_id: number;
  offer_id: string | null;
  /** "import", "search", "detail", "partner", … */
  stage: string;
  /** A short machine-readable cause: "malformed_json", "http_503", "timeout", "invalid_offer", … */
  cause: string;
  message: string;
  /** Written from a FetchErrorContext (db/fetch-errors.ts); read back only by key (`context->>'itemKey'`). */
  context: Json<object>;
  occurred_at: Timestamp;
}

/** What a crawl still has to fetch. Living in the database is what makes a crawl resumable after `kill -9`. */
export interface FrontierTable {
  audit_id: number;
  /** Unique within the audit: "page:<query key>:0000150" (a search page), "detail:196FBMG", "partner:196FBMG:<url>". */
  key: string;
  /** A FrontierKind; kind and payload are read back through frontierWorkSchema (db/frontier.ts). */
  kind: string;
  payload: Json<Record<string, unknown>>;
  status: FrontierStatus;
  attempts: Generated<number>;
  not_before: NullableTimestamp;
  lease_owner: string | null;
  lease_expires_at: NullableTimestamp;
  last_error: string | null;
  updated_at: Timestamp;
}

/** One row per origin crawl workers share a rate limit for: the earliest time the next request may leave. */
export interface CrawlRateLimitsTable {
  origin: string;
  next_at: Timestamp;
}

export interface PartnerPagesTable {
  audit_id: number;
  offer_id: string;
  url: string;
  /** "partner" (a partner's copy of the offer) or "application" (`contact.urlPostulation`): model/offer.ts `LinkKind`. */
  kind: ColumnType<LinkKind, LinkKind | undefined, LinkKind>;
  final_url: string | null;
  status: number | null;
  live: boolean | null;
  reason: string | null;
  rendered_with: string | null;
  stated: Json<Record<string, string | null>>;
  error: string | null;
  fetched_at: Timestamp;
}

export interface FlagsTable {
  id: Generated<number>;
  audit_id: number;
  offer_id: string;
  classifier_version: string;
  category: string;
  axis: string;
  rule: string;
  severity: string;
  evidence: string;
  reference: string | null;
  explanation: string;
  /** A Flag's details, read back through flagDetailsSchema (model/flag.ts): never trusted to match the type. */
  details: Json<object>;
}

export interface DuplicateClustersTable {
  audit_id: number;
  classifier_version: string;
  offer_id: string;
  cluster_id: string;
  original_id: string;
}

/** A human's verdict on one category of one offer (`vigie validate import`), against what Vigie flagged. */
export interface ValidationsTable {
  id: Generated<number>;
  audit_id: number;
  offer_id: string;
  category: string;
  classifier_version: string | null;
  vigie_flagged: boolean;
  human_verdict: boolean;
  reviewer: string | null;
  source_file: string | null;
  imported_at: Timestamp;
}
