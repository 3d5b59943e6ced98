import { basename, resolve } from 'node:path';
import { type OfferFileEntry, readOffersFile } from '../crawler/sources/file/read-offers-file.js';
import { type Audit, createAudit, findImportAudit, resolveAudit, setAuditStatus } from '../db/audits.js';
import type { VigieDatabase } from '../db/connect.js';
import { deleteFetchErrors, recordFetchErrors } from '../db/fetch-errors.js';
import { countOffers, type OfferToStore, storeOffersIsolated } from '../db/offers.js';
import { getLogger } from '../lib/logger.js';

export interface ImportOptions {
  database: VigieDatabase;
  file: string;
  /** Import into this audit ("latest" or a number) instead of the file's own import audit. */
  audit?: string;
  /** Always start a new audit, even when this file was imported before. @default false */
  newAudit?: boolean;
  /** Offers written per transaction: a crash loses at most one batch, which the next run writes again. @default 500 */
  batchSize?: number;
}

export interface ImportSummary {
  auditId: number;
  file: string;
  /** New offers in the audit. */
  imported: number;
  /** Offers already in the audit whose content changed. */
  updated: number;
  unchanged: number;
  /** Offers stored with characters PostgreSQL cannot store (NUL, lone surrogates) replaced by U+FFFD. */
  repaired: number;
  rejected: Array<{ position: string; reason: string }>;
  offersInAudit: number;
}

/**
 * Loads a file of API offers into an audit. Importing the same file again updates that file's audit (changed
 * offers are updated, none is duplicated) unless `newAudit` asks for another one.
 */
export async function runImport(options: ImportOptions): Promise<ImportSummary> {
  const { db } = options.database;
  const file = resolve(options.file);
  const batchSize = options.batchSize ?? 500;
  const log = getLogger('import');

  const entries = readOffersFile(file);
  // Reading the first entry before creating an audit means a missing or unreadable file leaves no empty audit.
  const first = await entries.next();
  const audit = await chooseAudit(options, file);
  await deleteFetchErrors(db, audit.id, 'import');

  const summary: ImportSummary = {
    auditId: audit.id,
    file,
    imported: 0,
    updated: 0,
    unchanged: 0,
    repaired: 0,
    rejected: [],
    offersInAudit: 0,
  };
  let batch: OfferToStore[] = [];
  let batchPositions: string[] = [];
  // One offer the database refuses is rejected alone, with PostgreSQL's reason; text it cannot store as it is
  // (NUL, lone surrogates) is stored repaired, and the repair recorded.
  const flush = async () => {
    if (batch.length === 0) return;
    const positions = new Map(batch.map((item, index) => [item.offer.id, batchPositions[index] ?? '']));
    const result = await storeOffersIsolated(db, audit.id, batch);
    summary.imported += result.inserted;
    summary.updated += result.updated;
    summary.unchanged += result.unchanged;
    summary.repaired += result.repaired.length;
    for (const refused of result.refused) {
      const position = positions.get(refused.offerId) ?? '';
      const reason = `offer ${refused.offerId} refused by the database (PostgreSQL ${refused.code ?? '?'}: ${refused.message})`;
      summary.rejected.push({ position, reason });
      log.warn({ position, code: refused.code }, 'offer refused by the database');
    }
    await recordFetchErrors(db, audit.id, [
      ...result.refused.map((refused) => ({
        offerId: refused.offerId,
        stage: 'import',
        cause: 'store_refused',
        message: `PostgreSQL ${refused.code ?? '?'}: ${refused.message}`,
        context: { file, position: positions.get(refused.offerId) ?? '' },
      })),
      ...result.repaired.map((repaired) => ({
        offerId: repaired.offerId,
        stage: 'import',
        cause: 'text_repaired',
        message: `${repaired.replaced} character(s) PostgreSQL cannot store (NUL, lone surrogate) replaced by U+FFFD`,
        context: { file, position: positions.get(repaired.offerId) ?? '', replaced: repaired.replaced },
      })),
    ]);
    batch = [];
    batchPositions = [];
  };

  if (!first.done) await handle(first.value);
  for await (const entry of entries) await handle(entry);
  await flush();

  async function handle(entry: OfferFileEntry) {
    if (entry.ok) {
      batch.push({ offer: entry.offer, raw: entry.raw });
      batchPositions.push(entry.position);
      if (batch.length >= batchSize) await flush();
    } else {
      summary.rejected.push({ position: entry.position, reason: entry.reason });
      log.warn({ position: entry.position, reason: entry.reason }, 'offer rejected');
      await recordFetchErrors(db, audit.id, [
        {
          stage: 'import',
          cause: 'invalid_offer',
          message: entry.reason,
          context: { file, position: entry.position },
        },
      ]);
    }
  }

  summary.offersInAudit = await countOffers(db, audit.id);
  await setAuditStatus(db, audit.id, 'crawled', {
    population: summary.offersInAudit,
    details: { import: { file, rejected: summary.rejected.length, at: new Date().toISOString() } },
  });
  return summary;
}

async function chooseAudit(options: ImportOptions, file: string): Promise<Audit> {
  const { db } = options.database;
  if (options.audit) return resolveAudit(db, options.audit);
  if (!options.newAudit) {
    const previous = await findImportAudit(db, file);
    if (previous) return previous;
  }
  // The label is a published report's title: the file's name only, never the local folders above it. The design
  // keeps the whole path, which finds this audit again on the next import of the same file.
  return createAudit(db, {
    label: `Import ${basename(file)}`,
    source: 'file',
    design: { kind: 'import', file },
  });
}
