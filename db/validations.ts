import type { Kysely } from 'kysely';
import type { Schema } from './schema.js';

export interface Verdict {
  offerId: string;
  category: string;
  vigieFlagged: boolean;
  humanVerdict: boolean;
}

/**
 * Stores a reviewer's verdicts for an audit. A verdict already stored for the same offer and category is
 * replaced: a corrected file imported again must not count twice.
 */
export async function storeVerdicts(
  db: Kysely<Schema>,
  auditId: number,
  verdicts: readonly Verdict[],
  meta: { classifierVersion: string | null; reviewer?: string | null; sourceFile?: string | null },
): Promise<number> {
  let stored = 0;
  for (let start = 0; start < verdicts.length; start += 500) {
    const rows = verdicts.slice(start, start + 500).map((verdict) => ({
      audit_id: auditId,
      offer_id: verdict.offerId,
      category: verdict.category,
      classifier_version: meta.classifierVersion,
      vigie_flagged: verdict.vigieFlagged,
      human_verdict: verdict.humanVerdict,
      reviewer: meta.reviewer ?? null,
      source_file: meta.sourceFile ?? null,
    }));
    const written = await db
      .insertInto('validations')
      .values(rows)
      .onConflict((conflict) =>
        conflict.columns(['audit_id', 'offer_id', 'category']).doUpdateSet((eb) => ({
          classifier_version: eb.ref('excluded.classifier_version'),
          vigie_flagged: eb.ref('excluded.vigie_flagged'),
          human_verdict: eb.ref('excluded.human_verdict'),
          reviewer: eb.ref('excluded.reviewer'),
          source_file: eb.ref('excluded.source_file'),
          imported_at: new Date(),
        })),
      )
      .execute();
    stored += written.reduce((sum, result) => sum + Number(result.numInsertedOrUpdatedRows ?? 0), 0);
  }
  return stored;
}

export interface ValidationCounts {
  category: string;
  reviewed: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

/** The confusion counts per category for an audit, from every verdict stored for it. */
export async function validationCounts(db: Kysely<Schema>, auditId: number): Promise<ValidationCounts[]> {
  const rows = await db
    .selectFrom('validations')
    .select((eb) => [
      'category',
      eb.fn.countAll<number>().as('reviewed'),
      eb.fn
        .countAll<number>()
        .filterWhere('vigie_flagged', '=', true)
        .filterWhere('human_verdict', '=', true)
        .as('tp'),
      eb.fn
        .countAll<number>()
        .filterWhere('vigie_flagged', '=', true)
        .filterWhere('human_verdict', '=', false)
        .as('fp'),
      eb.fn
        .countAll<number>()
        .filterWhere('vigie_flagged', '=', false)
        .filterWhere('human_verdict', '=', true)
        .as('fn'),
    ])
    .where('audit_id', '=', auditId)
    .groupBy('category')
    .orderBy('category')
    .execute();
  return rows.map((row) => ({
    category: row.category,
    reviewed: Number(row.reviewed),
    truePositives: Number(row.tp),
    falsePositives: Number(row.fp),
    falseNegatives: Number(row.fn),
  }));
}
