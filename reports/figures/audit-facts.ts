import type { Kysely } from 'kysely';
import type { Audit } from '../../db/audits.js';
import { countCompanions } from '../../db/companions.js';
import { countFrontier } from '../../db/frontier.js';
import { countPartnerPages } from '../../db/partner-pages.js';
import { auditCounts, latestFlagsVersion } from '../../db/queries/report-figures.js';
import type { Schema } from '../../db/schema.js';
import { fileName } from '../../lib/file-name.js';
import type { AuditFacts } from './report-figures.js';

/**
 * The classifier version a report reads: the audit's own, or, for an audit whose classification did not record
 * one, the version of its most recent flags.
 */
export async function reportClassifierVersion(db: Kysely<Schema>, audit: Audit): Promise<string | null> {
  if (audit.classifierVersion) return audit.classifierVersion;
  return latestFlagsVersion(db, audit.id);
}

/** The audit's record and counts; `flaggedOffers` is given by the caller, which has counted it already. */
export async function auditFacts(
  db: Kysely<Schema>,
  audit: Audit,
  version: string | null,
  flaggedOffers: number,
): Promise<AuditFacts> {
  const row = await auditCounts(db, audit.id);
  const companions = await countCompanions(db, audit.id);
  const searches = await countFrontier(db, audit.id, 'companions');
  const pages = await countFrontier(db, audit.id, 'companion');
  const applicationLinks = await countPartnerPages(db, audit.id, 'application');
  // An imported file is named by its base name only: the figures are published, a local path is nobody's business.
  const file = audit.design.kind === 'import' ? audit.design.file : undefined;
  return {
    id: audit.id,
    label: file ? audit.label.split(file).join(fileName(file)) : audit.label,
    source: audit.source,
    status: audit.status,
    design: audit.design.kind === 'import' && file ? { ...audit.design, file: fileName(file) } : audit.design,
    // An import observed its file only: it makes no claim about the offers online.
    population: audit.design.kind === 'import' ? null : audit.population,
    period: audit.period,
    createdAt: audit.createdAt.toISOString(),
    finishedAt: audit.finishedAt?.toISOString() ?? null,
    classifierVersion: version,
    offersRead: row.offers,
    weightTotal: row.weight,
    flaggedOffers,
    fetchErrors: Number(row.errors),
    // Partner copies only: application sites are their own figure (migration 0006 told them apart).
    partnerPagesChecked: Number(row.pages) - applicationLinks,
    applicationLinksChecked: applicationLinks,
    crawlIncomplete: crawlIncomplete(audit),
    companions,
    companionSearches: {
      searched: searches.done,
      unsearched: searches.total - searches.done,
      pages: pages.done,
      pagesUnread: pages.total - pages.done,
    },
  };
}

/**
 * True when the audit's crawl ended with items it could not read (issue 19): its figures speak for the offers
 * read only, and none of them is exact, a census included.
 */
export function crawlIncomplete(audit: Pick<Audit, 'design' | 'details'>): boolean {
  if (audit.design.kind === 'import') return false;
  const crawl = audit.details.crawl;
  if (crawl === null || typeof crawl !== 'object' || !('complete' in crawl)) return false;
  return crawl.complete === false;
}
