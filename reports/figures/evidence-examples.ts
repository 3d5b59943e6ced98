import { type Kysely, sql } from 'kysely';
import type { Schema } from '../../db/schema.js';
import { maskContacts } from '../mask-contacts.js';
import { offerLink } from '../offer-link.js';
import type { EvidenceExample } from './report-figures.js';

/**
 * A few offers per category, certain findings first, each with the quoted text, the explanation, the article and
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
  for (const category of categories) {
    const { rows } = await sql<{
      offer_id: string;
      rule: string;
      severity: string;
      evidence: string;
      explanation: string;
      reference: string | null;
      title: string | null;
      employer: string | null;
      contact_name: string | null;
    }>`
      select f.offer_id, f.rule, f.severity, f.evidence, f.explanation, f.reference, o.title,
        o.employer_name as employer, o.offer->'contact'->>'name' as contact_name
      from flags f join offers o on o.audit_id = f.audit_id and o.offer_id = f.offer_id
      where f.audit_id = ${auditId} and f.classifier_version = ${version} and f.category = ${category}
      order by case when f.severity = 'certain' then 0 else 1 end, f.offer_id, f.id
      limit ${perCategory * 4}`.execute(db);
    const seen = new Set<string>();
    const examples: EvidenceExample[] = [];
    for (const row of rows) {
      if (seen.has(row.offer_id) || examples.length >= perCategory) continue;
      seen.add(row.offer_id);
      const mask = (text: string) => (options.keepContacts ? text : maskContacts(text, [row.contact_name]));
      examples.push({
        offerId: row.offer_id,
        url: offerLink(row.offer_id),
        title: row.title,
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
