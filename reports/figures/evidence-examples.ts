import { type Kysely, sql } from 'kysely';
import type { Schema } from '../../db/schema.js';
import { maskContacts } from '../mask-contacts.js';
import { offerLink } from '../offer-link.js';
import type { EvidenceExample } from './report-figures.js';

/**
 * A few offers per category, one per rule first and certain findings first, each with the quoted text, the explanation, the article and
 * the link: what a reader needs to check a figure by hand.
 */
interface ExampleRow {
  offer_id: string;
  rule: string;
  severity: string;
  evidence: string;
  explanation: string;
  reference: string | null;
  title: string | null;
  employer: string | null;
  contact_name: string | null;
}

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
  for (const category of categories) {
    const { rows: rules } = await sql<{ rule: string }>`
      select rule from flags
      where audit_id = ${auditId} and classifier_version = ${version} and category = ${category}
      group by rule
      order by count(*) desc, rule`.execute(db);
    const perRule: ExampleRow[][] = [];
    for (const { rule } of rules.slice(0, perCategory * 2)) {
      const { rows } = await sql<ExampleRow>`
        select f.offer_id, f.rule, f.severity, f.evidence, f.explanation, f.reference, o.title,
          o.employer_name as employer, o.offer->'contact'->>'name' as contact_name
        from flags f join offers o on o.audit_id = f.audit_id and o.offer_id = f.offer_id
        where f.audit_id = ${auditId} and f.classifier_version = ${version} and f.category = ${category}
          and f.rule = ${rule}
        order by case when f.severity = 'certain' then 0 else 1 end, f.offer_id, f.id
        limit ${perCategory}`.execute(db);
      perRule.push(rows);
    }
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
