import type { Kysely } from 'kysely';
import type { Audit } from '../../db/audits.js';
import { validationSampleRows } from '../../db/queries/offer-exports.js';
import type { Schema } from '../../db/schema.js';
import { CATEGORIES, CATEGORY_IDS, type CategoryId } from '../../model/taxonomy.js';
import { CSV_BOM, csvRow } from '../export/csv-cell.js';
import { maskContacts } from '../mask-contacts.js';
import { offerLink } from '../offer-link.js';

/** The categories a human can judge from the offer: stability only describes the contract, there is nothing to verify. */
export const REVIEWED_CATEGORIES: readonly CategoryId[] = CATEGORY_IDS.filter(
  (id) => CATEGORIES[id].axis !== 'stability',
);

export const VALIDATION_COLUMNS = [
  'audit',
  'offre',
  'lien',
  'intitule',
  'employeur',
  'contrat',
  'texte',
  ...REVIEWED_CATEGORIES.map((id) => `vigie_${id}`),
  ...REVIEWED_CATEGORIES.map((id) => `humain_${id}`),
  'commentaire',
];

/**
 * A random sample of an audit's offers as a CSV for human review: the offer's text and link, what Vigie flagged
 * per category, and an empty column per category for the reviewer's verdict. The draw is an ordering by a hash
 * of the id and the seed: the same seed gives the same sample, and the database does the work.
 */
export async function validationSampleCsv(
  db: Kysely<Schema>,
  audit: Audit,
  version: string,
  options: { size: number; seed: number; keepContacts?: boolean },
): Promise<string> {
  const rows = await validationSampleRows(db, audit.id, version, options);
  let out = CSV_BOM + csvRow(VALIDATION_COLUMNS);
  for (const row of rows) {
    const offer = row.offer ?? {};
    const mask = (text: string | null | undefined) =>
      text ? (options.keepContacts ? text : maskContacts(text, [offer.contact?.name])) : '';
    const text = [
      offer.title,
      offer.contract?.label && `Contrat : ${offer.contract.label}`,
      offer.hours?.label && `Durée : ${offer.hours.label}`,
      offer.salary?.label && `Salaire : ${offer.salary.label}`,
      offer.place?.label && `Lieu : ${offer.place.label}`,
      offer.description,
    ]
      .filter(Boolean)
      .join('\n');
    const flagged = (id: string) => {
      const found = (row.flags ?? []).filter((flag) => flag.c === id);
      if (found.length === 0) return '';
      return found.some((flag) => flag.s === 'certain') ? 'certaine' : 'probable';
    };
    out += csvRow([
      audit.id,
      row.offer_id,
      offerLink(row.offer_id),
      mask(offer.title),
      offer.employer?.name ?? '',
      offer.contract?.label ?? '',
      mask(text),
      ...REVIEWED_CATEGORIES.map(flagged),
      ...REVIEWED_CATEGORIES.map(() => ''),
      '',
    ]);
  }
  return out;
}
