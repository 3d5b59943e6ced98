import type { Kysely } from 'kysely';
import { type ExampleRow, evidenceExampleRows } from '../../db/queries/report-figures.js';
import type { Schema } from '../../db/schema.js';
import { maskContacts } from '../mask-contacts.js';
import { offerLink } from '../offer-link.js';
import type { EvidenceExample } from './report-figures.js';

/**
 * A few offers per category, one per rule first and certain findings first, each with the quoted text, the explanation, the article and
 * the link: what a reader needs to check a figure by hand.
 */
export async function evidenceExamples(
  db: Kysely<Schema>,
  auditId: number,
  version: string,
  categories: readonly string[],
  options: { perCategory?: number; keepContacts?: boolean } = {},
): Promise<Record<string, EvidenceExample[]>> {
  const perCategory = options.perCategory ?? 3;
  const result: Record<string, EvidenceExample[]> = {};
  if (perCategory <= 0) return result;
  // One query for every category (its most frequent rules, a few flags each), not two per rule.
  const byCategory = new Map<string, Map<number, ExampleRow[]>>();
  for (const row of await evidenceExampleRows(
    db,
    auditId,
    version,
    categories,
    perCategory * 2,
    perCategory,
  )) {
    const rules = byCategory.get(row.category) ?? new Map<number, ExampleRow[]>();
    const rank = Number(row.rule_rank);
    rules.set(rank, [...(rules.get(rank) ?? []), row]);
    byCategory.set(row.category, rules);
  }
  for (const category of categories) {
    const perRule = [...(byCategory.get(category) ?? new Map<number, ExampleRow[]>()).entries()]
      .sort(([a], [b]) => a - b)
      .map(([, rows]) => rows);
    // Round-robin over the rules, so that a category whose rules differ shows one example of each first.
    const ordered = Array.from({ length: perCategory }, (_, rank) => perRule.map((rows) => rows[rank]))
      .flat()
      .filter((row): row is ExampleRow => row !== undefined);
    const seen = new Set<string>();
    const examples: EvidenceExample[] = [];
    for (const row of ordered) {
      if (seen.has(row.offer_id) || examples.length >= perCategory) continue;
      seen.add(row.offer_id);
      const mask = (text: string) => (options.keepContacts ? text : maskContacts(text, [row.contact_name]));
      examples.push({
        offerId: row.offer_id,
        url: offerLink(row.offer_id),
        title: row.title === null ? null : mask(row.title),
        employer: row.employer,
        rule: row.rule,
        severity: row.severity === 'certain' ? 'certain' : 'likely',
        evidence: mask(row.evidence),
        explanation: mask(row.explanation),
        reference: row.reference,
      });
    }
    result[category] = examples;
  }
  return result;
}
