import { createWriteStream } from 'node:fs';
import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Kysely } from 'kysely';
import { type OfferFlagsRow, offersWithFlagsAfter } from '../../db/queries/offer-exports.js';
import type { Schema } from '../../db/schema.js';
import { departementLabel, romeDomainLabel } from '../../model/names-fr.js';
import { CATEGORIES, CATEGORY_IDS, type CategoryId, isGenuine } from '../../model/taxonomy.js';
import { contractLabel, originLabel } from '../figures/labels.js';
import { maskContacts } from '../mask-contacts.js';
import { offerLink } from '../offer-link.js';
import { dateText, decimalText } from '../render/format-fr.js';
import { CSV_BOM, csvRow } from './csv-cell.js';

/** "alerte_limite_d_age": a category's column, named after its French label in plain ASCII. */
export function categoryColumn(id: CategoryId): string {
  const slug = CATEGORIES[id].label
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');
  return `alerte_${slug}`;
}

/**
 * French headers; a code (contract, département, ROME domain, origin, category) keeps its own column beside the
 * French label (`…_libelle`), so that a spreadsheet reads the names and a program the codes.
 */
export const OFFER_CSV_COLUMNS: readonly string[] = [
  'offre',
  'lien',
  'intitule',
  'employeur',
  'contrat',
  'contrat_libelle',
  'temps_plein',
  'departement',
  'departement_libelle',
  'domaine_rome',
  'domaine_rome_libelle',
  'origine',
  'origine_libelle',
  'partenaire',
  'strate',
  'poids',
  'poids_tirage',
  'date_creation',
  'date_creation_libelle',
  'irreprochable',
  ...CATEGORY_IDS.map(categoryColumn),
  'categories',
  'preuves',
  'references',
];

export interface OffersCsvOptions {
  keepContacts?: boolean;
  batchSize?: number;
  separator?: string;
  /**
   * The weight the report's figures give an offer of a stratum (null: a simple sample's), adjusted for the drawn
   * offers lost (reports/figures/nonresponse-figure.ts `adjustedWeights`); undefined keeps the stored one. The
   * column `poids` is this weight, so that the CSV sums to the figures; `poids_tirage` keeps the weight as drawn.
   */
  weightOf?: (stratum: string | null) => number | undefined;
}

/**
 * Every offer of an audit with its flags, one row per offer and one column per category ("certaine", "probable"
 * or empty), read a batch at a time in id order: memory stays flat however large the audit.
 */
export async function* offersCsvLines(
  db: Kysely<Schema>,
  auditId: number,
  version: string,
  options: OffersCsvOptions = {},
): AsyncGenerator<string> {
  const separator = options.separator ?? ';';
  const batchSize = options.batchSize ?? 1000;
  yield CSV_BOM + csvRow([...OFFER_CSV_COLUMNS], separator);
  let after = '';
  for (;;) {
    const rows = await offersWithFlagsAfter(db, auditId, version, after, batchSize);
    for (const row of rows) {
      const weight = options.weightOf?.(row.stratum) ?? Number(row.weight);
      yield csvRow(offerCells(row, weight, options.keepContacts ?? false), separator);
    }
    if (rows.length < batchSize) return;
    after = rows[rows.length - 1]!.offer_id;
  }
}

function offerCells(
  row: OfferFlagsRow,
  weight: number,
  keepContacts: boolean,
): Array<string | number | boolean | null> {
  const flags = (row.flags ?? []).filter(
    (flag): flag is { c: CategoryId; s: string; e: string; r: string | null } =>
      (CATEGORY_IDS as readonly string[]).includes(flag.c),
  );
  const severityOf = (category: string) => {
    const found = flags.filter((flag) => flag.c === category);
    if (found.length === 0) return '';
    return found.some((flag) => flag.s === 'certain') ? 'certaine' : 'probable';
  };
  const mask = (text: string) => (keepContacts ? text : maskContacts(text, [row.contact_name]));
  const created = row.offer_created_at ? new Date(row.offer_created_at).toISOString() : null;
  return [
    row.offer_id,
    offerLink(row.offer_id),
    row.title === null ? null : mask(row.title),
    row.employer_name,
    row.contract_type,
    contractLabel(row.contract_type),
    row.full_time === null ? 'non indiqué' : row.full_time,
    row.departement,
    departementLabel(row.departement),
    row.rome_domain,
    romeDomainLabel(row.rome_domain),
    row.origin,
    originLabel(row.origin, row.partner_name),
    row.partner_name,
    row.stratum,
    decimalText(weight),
    decimalText(Number(row.weight)),
    created,
    created === null ? null : dateText(created),
    isGenuine(
      flags.map((flag) => ({ category: flag.c, severity: flag.s === 'certain' ? 'certain' : 'likely' })),
    ),
    ...CATEGORY_IDS.map(severityOf),
    [...new Set(flags.map((flag) => flag.c))].join(' | '),
    flags.map((flag) => `${CATEGORIES[flag.c].label} : ${mask(flag.e)}`).join(' | '),
    [...new Set(flags.map((flag) => flag.r).filter((reference): reference is string => !!reference))].join(
      ' | ',
    ),
  ];
}

/**
 * Writes the offers CSV to a file, respecting the stream's back-pressure. A write that fails (disk full) rejects
 * with its error at once, the database cursor stopped: `pipeline` never waits for a `close` already emitted.
 * `open` makes the file's stream (tests inject one that fails).
 */
export async function writeOffersCsv(
  db: Kysely<Schema>,
  auditId: number,
  version: string,
  path: string,
  options: OffersCsvOptions & { open?: (path: string) => Writable } = {},
): Promise<void> {
  const out = options.open ? options.open(path) : createWriteStream(path, { encoding: 'utf8' });
  await pipeline(Readable.from(offersCsvLines(db, auditId, version, options)), out);
}
