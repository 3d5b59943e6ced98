import type { AuditDesign } from '../../db/schema.js';
import type { ShareChange } from '../statistics/compare-shares.js';
import type { NonResponse } from '../statistics/nonresponse.js';
import type { Estimator, ShareEstimate } from '../statistics/share-estimate.js';

/**
 * Every figure of one report, as data: the renderers (HTML, Markdown, JSON) are pure functions of this object,
 * and the JSON export is this object itself. Shares are between 0 and 1.
 */
export interface ReportFigures {
  /** Bumped when a field changes meaning, for readers of the JSON export. */
  formatVersion: 1;
  generatedAt: string;
  audit: AuditFacts;
  estimator: Estimator;
  headline: Headline;
  /** Every category of the taxonomy, in its order, with floor (certain) and ceiling (certain + likely). */
  categories: CategoryFigure[];
  /** Illegal offers by article of law: an offer counts once under each article one of its flags cites. */
  articles: ArticleFigure[];
  /** The stability profile: contract types as shown on the listing, and full-time/part-time. */
  contractTypes: GroupShare[];
  workingTime: GroupShare[];
  breakdowns: Breakdowns;
  topEmployers: EmployerFigure[];
  duplicateClusters: DuplicateClusterFigure[];
  /** Example offers per category, the quoted evidence masked unless contacts were kept. */
  evidence: Record<string, EvidenceExample[]>;
  /** Precision and recall measured by human review (`vigie validate`), empty when nobody reviewed this audit. */
  validation: ValidationFigure[];
  /** Rules that fired, with their reference and how many offers each flagged. */
  rules: RuleFigure[];
  comparison: Comparison | null;
  contactsMasked: boolean;
  /** "Face à l'audit CGT": the union's figures beside Vigie's, each with its base. */
  cgt: CgtRow[];
  /**
   * Application sites (`contact.urlPostulation`), counted apart from partners' copies of the offers. Absent in
   * reports written before it existed.
   */
  applicationLinks?: ApplicationLinkFigure;
  /** Strata of the design and those holding fewer than two drawn offers (collapsed with a neighbour for the variance). */
  strata: { count: number; collapsed: number };
  /**
   * Offers lost between drawing and fetching (withdrawn meanwhile, failed), per stratum and overall; the weights
   * are adjusted for them. Null for a census, an import, or a sample whose plan was not recorded.
   */
  nonResponse: NonResponse | null;
}

export interface AuditFacts {
  id: number;
  label: string;
  source: string;
  status: string;
  design: AuditDesign;
  /** Offers online matching the filters when the audit ran (null for an import). */
  population: number | null;
  period: string | null;
  createdAt: string;
  finishedAt: string | null;
  classifierVersion: string | null;
  /** Offers read (stored in the audit). */
  offersRead: number;
  /** Sum of the design weights: the population the figures speak for. */
  weightTotal: number;
  /** Offers with at least one flag of the classifier version the report uses. */
  flaggedOffers: number;
  fetchErrors: number;
  /** Partners' copies of offers visited; application sites are counted apart (`applicationLinksChecked`). */
  partnerPagesChecked: number;
  /** Application sites (`contact.urlPostulation`) visited. Absent in reports written before it was counted apart. */
  applicationLinksChecked?: number;
  /** The crawl left items unread: the figures cover the offers read only, and none is exact. */
  crawlIncomplete: boolean;
  /**
   * Companion offers kept for duplicate matching (a sample's targeted searches, one per sampled offer), never
   * counted. Absent in reports written before they existed.
   */
  companions?: number;
  /**
   * How a sample's targeted searches went (its frontier): searches done, searches failed or not yet done, and on
   * the website the detail pages of their results read and not read. Absent in reports written before it was kept;
   * all zero when no search was made (a census, companions turned off, a website sample collected before them).
   */
  companionSearches?: CompanionSearches;
}

export interface CompanionSearches {
  searched: number;
  unsearched: number;
  pages: number;
  pagesUnread: number;
}

/** An application site is live or not, never compared with the listing: the figure of those links alone. */
export interface ApplicationLinkFigure {
  /** Offers whose listing sends candidates to an application site, over all offers read. */
  withLink: ShareEstimate;
  /** Offers whose application site the audit visited. */
  visited: number;
  /** Of those visited: the site gone (404/410, expired, redirected to its home page); null when none was visited. */
  dead: ShareEstimate | null;
  /** Of those visited: no verdict (no answer, unreadable page, refused address); null when none was visited. */
  unreachable: ShareEstimate | null;
}

/** A share counted twice: only `certain` flags (floor of problems), then `certain` and `likely` (ceiling). */
export interface FloorCeiling {
  certain: ShareEstimate;
  any: ShareEstimate;
}

export interface Headline {
  /**
   * Genuine offers. `any` counts an offer as not genuine if any flag, even `likely`, disqualifies it (the
   * cautious, lowest share of genuine offers); `certain` only if a certain flag does (the highest).
   */
  genuine: FloorCeiling;
  /** CDI, full-time, pay stated and not below the SMIC; same floor/ceiling convention as `genuine`. */
  unionStrict: FloorCeiling;
  /** Offers with at least one flag on each axis. */
  illegal: FloorCeiling;
  misleading: FloorCeiling;
  quality: FloorCeiling;
}

export interface CategoryFigure extends FloorCeiling {
  id: string;
  /**
   * Whether the audit looked at all: dead links on an import that visited no partner page were never checked, and
   * their 0 is "non vérifié", not 0 %.
   */
  checked: boolean;
  axis: 'illegal' | 'misleading' | 'quality' | 'stability';
  label: string;
  reference: string | null;
}

export interface ArticleFigure extends FloorCeiling {
  /** "L5331-2" */
  article: string;
  categories: string[];
}

export interface GroupShare {
  key: string | null;
  label: string;
  estimate: ShareEstimate;
}

export interface BreakdownRow {
  key: string | null;
  label: string;
  sampled: number;
  /** Share of the population this group stands for. */
  weightShare: number;
  genuine: ShareEstimate;
  illegal: ShareEstimate;
  misleading: ShareEstimate;
  quality: ShareEstimate;
}

export interface Breakdowns {
  origin: BreakdownRow[];
  departement: BreakdownRow[];
  romeDomain: BreakdownRow[];
  contractType: BreakdownRow[];
}

export interface EmployerFigure {
  employer: string;
  offers: number;
  /** Offers with an illegal or misleading flag. */
  flaggedOffers: number;
  /** Category ids and how many of its offers each flagged, most frequent first. */
  categories: Array<{ id: string; offers: number }>;
}

export interface DuplicateClusterFigure {
  clusterId: string;
  /** Ads for the same job, the original included. */
  size: number;
  originalId: string;
  title: string | null;
  employer: string | null;
  offerIds: string[];
}

export interface EvidenceExample {
  offerId: string;
  url: string;
  title: string | null;
  employer: string | null;
  rule: string;
  severity: 'certain' | 'likely';
  evidence: string;
  explanation: string;
  reference: string | null;
}

export interface ValidationFigure {
  category: string;
  label: string;
  /** Offers a human judged for this category. */
  reviewed: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  /** Share of Vigie's flags the human confirmed; null when Vigie flagged none of the reviewed offers. */
  precision: ShareEstimate | null;
  /** Share of the human's findings Vigie flagged; null when the human found none. */
  recall: ShareEstimate | null;
}

export interface RuleFigure {
  category: string;
  rule: string;
  reference: string | null;
  certain: number;
  likely: number;
}

export interface Comparison {
  audit: AuditFacts;
  estimator: Estimator;
  changes: ChangeRow[];
  /** The correction for many comparisons applied over all `changes`. */
  correction: { method: 'benjamini-hochberg'; level: number; tests: number };
}

export interface ChangeRow {
  id: string;
  label: string;
  earlier: ShareEstimate;
  later: ShareEstimate;
  change: ShareChange;
  /** Significant on its own and still so after Benjamini–Hochberg over all the rows of the comparison. */
  survivesCorrection: boolean;
}

/** One line of "Face à l'audit CGT". */
export interface CgtRow {
  id: string;
  cgtLabel: string;
  /** The union's published share (null when the union did not count it), over `cgtBase`. */
  cgtShare: number | null;
  cgtBase: string;
  cgtSource: string;
  vigieLabel: string;
  /** The rule's natural base: all offers, part-time offers, fixed-term offers. */
  base: 'all' | 'partTime' | 'fixedTerm';
  baseLabel: string;
  /** Vigie's share over all offers (as the CGT publishes it); null when the audit did not check it. */
  vigieAll: FloorCeiling | null;
  /** Vigie's share over the natural base, when that is not all offers. */
  vigieNatural: FloorCeiling | null;
  /** What Vigie cannot see that the union could (a phone call, a partner page not visited). */
  unseen: string;
}
