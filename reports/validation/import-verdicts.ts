import type { Kysely } from 'kysely';
import { getAudit } from '../../db/audits.js';
import { flaggedCategoriesOf } from '../../db/queries/offer-exports.js';
import type { Schema } from '../../db/schema.js';
import { storeVerdicts, type Verdict } from '../../db/validations.js';
import { UsageError } from '../../lib/errors.js';
import { reportClassifierVersion } from '../figures/audit-facts.js';
import { REPORTS_MESSAGES } from '../messages.js';
import { parseCsv, parseVerdict } from './parse-csv.js';
import { REVIEWED_CATEGORIES } from './validation-sample.js';

export interface ImportResult {
  auditId: number;
  reviewedOffers: number;
  skippedOffers: number;
  verdicts: number;
}

/**
 * Reads a reviewed validation CSV back. A row counts as reviewed when at least one `humain_` cell is filled; in
 * such a row an empty cell means "no problem of this kind". What Vigie flagged is read from the database (the
 * audit's classifier version), not from the file, so that an edited `vigie_` column cannot bias the measure.
 */
export async function importVerdicts(
  db: Kysely<Schema>,
  text: string,
  options: { sourceFile?: string; reviewer?: string } = {},
): Promise<ImportResult> {
  const [header, ...rows] = parseCsv(text);
  if (!header) throw new UsageError(REPORTS_MESSAGES.validationFileEmpty());
  const column = new Map(header.map((name, index) => [name.trim().toLowerCase(), index]));
  const auditColumn = column.get('audit');
  const offerColumn = column.get('offre');
  if (auditColumn === undefined || offerColumn === undefined) {
    throw new UsageError(REPORTS_MESSAGES.validationFileColumns());
  }
  const categories = REVIEWED_CATEGORIES.filter((id) => column.has(`humain_${id}`));
  const auditIds = new Set(rows.map((row) => (row[auditColumn] ?? '').trim()).filter(Boolean));
  if (auditIds.size !== 1) {
    throw new UsageError(REPORTS_MESSAGES.validationFileAudits({ count: auditIds.size }));
  }
  const auditId = Number([...auditIds][0]);
  const audit = Number.isInteger(auditId) ? await getAudit(db, auditId) : undefined;
  if (!audit)
    throw new UsageError(REPORTS_MESSAGES.validationAuditMissing({ auditId: String([...auditIds][0]) }));
  const version = await reportClassifierVersion(db, audit);

  const reviewed: Array<{ offerId: string; verdicts: Map<string, boolean> }> = [];
  let skipped = 0;
  rows.forEach((row, index) => {
    const offerId = (row[offerColumn] ?? '').trim().replace(/^'/, '');
    const verdicts = new Map<string, boolean | null>();
    for (const id of categories) {
      try {
        verdicts.set(id, parseVerdict(row[column.get(`humain_${id}`)!]));
      } catch (error) {
        throw new UsageError(
          REPORTS_MESSAGES.validationCell({
            line: index + 2,
            column: `humain_${id}`,
            reason: error instanceof Error ? error.message : String(error),
          }),
        );
      }
    }
    if (!offerId || [...verdicts.values()].every((value) => value === null)) {
      skipped++;
      return;
    }
    reviewed.push({ offerId, verdicts: new Map([...verdicts].map(([id, value]) => [id, value ?? false])) });
  });

  const flagged = new Set<string>();
  if (reviewed.length > 0 && version) {
    const flags = await flaggedCategoriesOf(
      db,
      auditId,
      version,
      reviewed.map((entry) => entry.offerId),
    );
    for (const flag of flags) flagged.add(`${flag.offer_id}\u0000${flag.category}`);
  }
  const verdicts: Verdict[] = reviewed.flatMap((entry) =>
    [...entry.verdicts].map(([category, humanVerdict]) => ({
      offerId: entry.offerId,
      category,
      humanVerdict,
      vigieFlagged: flagged.has(`${entry.offerId}\u0000${category}`),
    })),
  );
  await storeVerdicts(db, auditId, verdicts, {
    classifierVersion: version,
    reviewer: options.reviewer ?? null,
    sourceFile: options.sourceFile ?? null,
  });
  return { auditId, reviewedOffers: reviewed.length, skippedOffers: skipped, verdicts: verdicts.length };
}
