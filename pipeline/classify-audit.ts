import { DuplicateIndex, duplicateFlags } from '../classifiers/duplicates/duplicate-index.js';
import { CLASSIFIER_VERSION, classifyOffer, defaultContext } from '../classifiers/index.js';
import type { VigieDatabase } from '../db/connect.js';
import { type Flag, STAGING_SUFFIX } from '../model/flag.js';
import type { PartnerPage } from '../model/partner-page.js';
import { type CategoryId, isGenuine } from '../model/taxonomy.js';

export interface ClassifyOptions {
  database: VigieDatabase;
  /** Audit number or "latest". @default 'latest' */
  audit?: number | string;
  /** Offers read per batch. @default 1000 */
  batchSize?: number;
}

export interface ClassifySummary {
  auditId: number;
  classifierVersion: string;
  offers: number;
  /** Flags stored, duplicates included. */
  flags: number;
  flaggedOffers: number;
  genuine: number;
  duplicateClusters: number;
  /**
   * Companion offers (a sampled audit's targeted searches) matched against for duplicates, never counted: a
   * sampled offer is a duplicate when it clusters with any offer online, drawn or not.
   */
  companions: number;
  byCategory: Partial<Record<CategoryId, number>>;
}

/**
 * `vigie classify --audit`: classifies an audit's stored offers, streaming them in batches, and stores the flags
 * and duplicate clusters under CLASSIFIER_VERSION, replacing that version's earlier results atomically.
 */
export async function runClassify(options: ClassifyOptions): Promise<ClassifySummary> {
  const [
    { resolveAudit, setAuditStatus },
    { streamOffers },
    { listPartnerPages },
    flagsStore,
    { streamCompanions },
  ] = await Promise.all([
    import('../db/audits.js'),
    import('../db/offers.js'),
    import('../db/partner-pages.js'),
    import('../db/flags.js'),
    import('../db/companions.js'),
  ]);
  const { db } = options.database;
  const audit = await resolveAudit(db, options.audit ?? 'latest');
  const staging = `${CLASSIFIER_VERSION}${STAGING_SUFFIX}`;
  await flagsStore.deleteClassification(db, audit.id, staging);

  const pagesByOffer = new Map<string, PartnerPage[]>();
  for (const page of await listPartnerPages(db, audit.id)) {
    const list = pagesByOffer.get(page.offerId);
    if (list) list.push(page);
    else pagesByOffer.set(page.offerId, [page]);
  }

  const summary: ClassifySummary = {
    auditId: audit.id,
    classifierVersion: CLASSIFIER_VERSION,
    offers: 0,
    flags: 0,
    flaggedOffers: 0,
    genuine: 0,
    duplicateClusters: 0,
    companions: 0,
    byCategory: {},
  };
  const count = (flag: Flag) => {
    summary.flags++;
    summary.byCategory[flag.category] = (summary.byCategory[flag.category] ?? 0) + 1;
  };
  const index = new DuplicateIndex();
  // Whether each offer is genuine before duplicates are known; a duplicate flag can only turn it false.
  const genuineBefore = new Set<string>();
  const auditedIds = new Set<string>();
  for await (const batch of streamOffers(db, audit.id, { batchSize: options.batchSize ?? 1000 })) {
    const rows: Array<{ offerId: string; flag: Flag }> = [];
    for (const { offer } of batch) {
      summary.offers++;
      auditedIds.add(offer.id);
      index.add(offer);
      const flags = classifyOffer(offer, defaultContext({ partnerPages: pagesByOffer.get(offer.id) ?? [] }));
      if (flags.length > 0) summary.flaggedOffers++;
      if (isGenuine(flags)) genuineBefore.add(offer.id);
      for (const flag of flags) {
        count(flag);
        rows.push({ offerId: offer.id, flag });
      }
    }
    await flagsStore.insertFlags(db, audit.id, staging, rows);
  }
  // Companions join the index after the audit's offers, so an offer both drawn and found is the drawn one. The
  // original of a cluster is its earliest offer whoever drew it, so a sampled copy counts as in a census.
  const audited = index.size;
  for await (const batch of streamCompanions(db, audit.id, { batchSize: options.batchSize ?? 1000 })) {
    for (const offer of batch) index.add(offer);
  }
  summary.companions = index.size - audited;
  // A cluster of companions alone is none of the audit's business.
  const clusters = index.cluster().filter((cluster) => cluster.members.some((id) => auditedIds.has(id)));
  const duplicates = duplicateFlags(clusters);
  // Only the audit's own offers carry flags: a companion is evidence, not part of the audit.
  const duplicateRows = [...duplicates]
    .filter(([offerId]) => auditedIds.has(offerId))
    .map(([offerId, flag]) => ({ offerId, flag }));
  for (const { offerId, flag } of duplicateRows) {
    count(flag);
    genuineBefore.delete(offerId);
  }
  await flagsStore.insertFlags(db, audit.id, staging, duplicateRows);
  await flagsStore.insertDuplicateClusters(db, audit.id, staging, clusters);
  await flagsStore.promoteClassification(db, audit.id, staging, CLASSIFIER_VERSION);
  summary.genuine = genuineBefore.size;
  summary.duplicateClusters = clusters.length;
  summary.flaggedOffers = await flagsStore.countFlaggedOffers(db, audit.id, CLASSIFIER_VERSION);
  await setAuditStatus(db, audit.id, audit.status === 'complete' ? 'complete' : 'classified', {
    classifierVersion: CLASSIFIER_VERSION,
    details: { classification: { ...summary } },
  });
  return summary;
}
