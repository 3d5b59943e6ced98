import type { Offer } from '../model/offer.js';
import { resolveDepartement } from '../model/place.js';
import { CheckError } from './check-error.js';
import { formatCount, MAX_TEXT_LENGTH, MIN_TEXT_LENGTH } from './text-limits.js';

/**
 * A pasted offer: the text a jobseeker copied from a partner site, an e-mail or a screenshot, read into an Offer
 * so that the classifiers can judge what the text allows. Pure: no network, no database.
 */

export { MAX_TEXT_LENGTH, MIN_TEXT_LENGTH };

/** The fields a pasted text may state on a line of its own ("Type de contrat : CDD - 6 mois"). */
export type TextField =
  | 'title'
  | 'contract'
  | 'hours'
  | 'salary'
  | 'employer'
  | 'place'
  | 'date'
  | 'experience'
  | 'qualification'
  | 'reference';

/** A field read from the text, with the line's own words, for the verdict to show what it understood. */
export interface ReadField {
  field: TextField;
  value: string;
}

export interface OfferText {
  offer: Offer;
  fields: ReadField[];
}

/** The labels a field line may start with, in their usual spellings (France Travail's page, partners, e-mails). */
const FIELD_LABELS: ReadonlyArray<[RegExp, TextField]> = [
  [/^(?:type de contrat|contrat|type d'emploi|nature du contrat)$/, 'contract'],
  [/^(?:salaire|remuneration|salaire indicatif|salaire propose|paie)$/, 'salary'],
  [
    /^(?:duree du travail|duree hebdomadaire|temps de travail|horaires?|duree de travail|nombre d'heures)$/,
    'hours',
  ],
  [/^(?:employeur|entreprise|societe|recruteur|structure)$/, 'employer'],
  [/^(?:lieu|lieu de travail|localisation|ville|adresse du poste)$/, 'place'],
  [/^(?:publiee? le|date de publication|actualisee? le|mise en ligne le|date)$/, 'date'],
  [/^(?:experience|experience requise|experience souhaitee)$/, 'experience'],
  [/^(?:qualification|niveau de qualification)$/, 'qualification'],
  [/^(?:offre n[°o]|n[°o] de l'offre|numero de l'offre|reference|ref)$/, 'reference'],
  [/^(?:intitule|intitule du poste|titre|poste)$/, 'title'],
];

/** France Travail's line under the title: "Publié le 12 novembre 2026 - offre n° 196FBMG". */
const HEADER_LINE = /^(?:publi[ée]e? le|actualis[ée]e? le)\b/i;

/** A place as France Travail writes it: "74 - ANNECY", "2A - AJACCIO", "974 - ST DENIS". */
const PLACE_LINE = /^(?:\d{2}|2[AB]|97\d)\s+-\s+[A-ZÀ-Ý][A-ZÀ-Ý' -]{1,60}(?:\s*\(\d{5}\))?$/;

/** France Travail's own salary label ("Mensuel de 1900.0 Euros sur 12.0 mois"), which the classifiers parse. */
const FT_SALARY_LABEL = /^(?:horaire|mensuel|annuel|cachet|journalier|hebdomadaire|de)\s+(?:de\s+)?\d/i;

/** The nature line of France Travail's page: "Contrat travail", "Contrat apprentissage", … */
const CONTRACT_NATURE = /^contrat (?:travail|apprentissage|de professionnalisation|professionnalisation)$/;

/** Section headings of a copied page that announce the description rather than a field. */
const DESCRIPTION_HEADINGS = /^(?:description|description du poste|descriptif|missions?|profil recherche)$/;

const MONTHS: Readonly<Record<string, number>> = {
  janvier: 1,
  fevrier: 2,
  mars: 3,
  avril: 4,
  mai: 5,
  juin: 6,
  juillet: 7,
  aout: 8,
  septembre: 9,
  octobre: 10,
  novembre: 11,
  decembre: 12,
};

/**
 * Reads a pasted offer: the first line that is not a field is the title, lines such as "Type de contrat : CDD",
 * "Salaire : …", "Durée du travail : …" fill those fields (the label may also stand alone on its line, the value on
 * the next, as on France Travail's page), and the rest is the description. Throws a CheckError for an
 * empty text, one too short to be an offer, or one longer than MAX_TEXT_LENGTH.
 */
export function offerFromText(raw: string): OfferText {
  if (raw.length > MAX_TEXT_LENGTH) {
    throw new CheckError('text_too_long', `${raw.length} characters`, {
      context: {
        fr: `Le texte collé fait ${formatCount(raw.length)} caractères ; la limite est de ${formatCount(MAX_TEXT_LENGTH)}.`,
        en: `The pasted text is ${raw.length.toLocaleString('en-GB')} characters long; the limit is ${MAX_TEXT_LENGTH.toLocaleString('en-GB')}.`,
      },
    });
  }
  // NUL and other C0 controls but tab and newline are noise from copying; they are never part of an offer.
  const text = raw
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, ' ')
    .trim();
  if (text === '') throw new CheckError('text_empty');
  if (text.length < MIN_TEXT_LENGTH || text.split(/\s+/).length < 3) {
    throw new CheckError('text_too_short', `${text.length} characters`);
  }

  const lines = text.split('\n').map((line) => line.trim());
  const fields = new Map<TextField, string>();
  const body: string[] = [];
  let title: string | null = null;
  let nature: string | null = null;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    const read = fieldLine(line);
    if (read) {
      let value = read.value;
      const next = index + 1 < lines.length ? lines[index + 1]! : undefined;
      const nextField = next !== undefined ? fieldLine(next) : undefined;
      // "Salaire" alone on its line over "Salaire : Mensuel de …": a heading, the next line has the value.
      if (value === '' && nextField?.field === read.field) continue;
      // "Salaire" alone on its line, the amount on the next one (France Travail's page copied as it is).
      if (value === '' && next !== undefined && next !== '' && !nextField) {
        value = next;
        index++;
      }
      // A second "Salaire : Mensuel de …" under a "Salaire" heading: the value line wins.
      if (value !== '' && (!fields.has(read.field) || fields.get(read.field) === '')) {
        fields.set(read.field, value);
      }
      // A salary written freely ("1 200 € brut par mois") is read by the classifiers from the text: it stays there.
      if (value !== '' && read.field === 'salary' && !FT_SALARY_LABEL.test(value))
        body.push(`Salaire : ${value}`);
      if (value !== '') continue;
    }
    if (DESCRIPTION_HEADINGS.test(plain(line)) || HEADER_LINE.test(line)) continue;
    // "Contrat travail", "Contrat apprentissage": the nature of the contract, under its type on the page.
    if (!nature && CONTRACT_NATURE.test(plain(line))) {
      nature = line;
      continue;
    }
    // "74 - ANNECY" on a line of its own, under the title on France Travail's page.
    if (!fields.has('place') && PLACE_LINE.test(line)) {
      fields.set('place', line);
      continue;
    }
    if (title === null && line !== '' && line.length <= 150 && !HEADER_LINE.test(line)) {
      title = line;
      continue;
    }
    body.push(line);
  }
  mineHeaderLine(text, fields);
  if (fields.has('title')) {
    // An explicit "Intitulé : …" line: a first line taken for the title belongs to the description.
    if (title !== null) body.unshift(title);
    title = fields.get('title') ?? null;
  }

  const description = body
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  const contract = fields.get('contract') ?? null;
  const hours = fields.get('hours') ?? null;
  const place = fields.get('place') ?? null;
  const experience = fields.get('experience') ?? null;
  const date = fields.get('date');
  const reference =
    fields
      .get('reference')
      ?.match(/[0-9A-Z]{6,12}/i)?.[0]
      ?.toUpperCase() ?? null;
  const createdAt = date ? parseFrenchDate(date) : null;
  if (date && !createdAt) fields.delete('date');

  const offer: Offer = {
    id: reference ?? 'texte',
    source: 'text',
    title,
    description: description === '' ? null : description,
    employer: { name: fields.get('employer') ?? null, description: null, url: null, adapted: null },
    contract: {
      type: null,
      label: contract,
      nature,
      alternance: nature ? /apprentissage|professionnalisation/i.test(nature) : null,
    },
    hours: {
      label: hours,
      fullTime: hours
        ? /temps (?:plein|complet)/i.test(hours)
          ? true
          : /temps partiel/i.test(hours)
            ? false
            : null
        : null,
    },
    salary: salaryOf(fields.get('salary')),
    place: {
      label: place,
      departement: place ? resolveDepartement({ label: place, postcode: postcodeOf(place) }) : null,
      commune: null,
      postcode: place ? postcodeOf(place) : null,
      latitude: null,
      longitude: null,
    },
    rome: { code: null, label: null, appellation: null, domain: null },
    sector: { naf: null, code: null, label: null },
    origin: { kind: null, url: null, partners: [] },
    contact: { name: null, phone: null, email: null, details: [], applyUrl: null, recruiterUrl: null },
    experience: {
      code: experience ? experienceCode(experience) : null,
      label: experience,
    },
    qualification: { code: null, label: fields.get('qualification') ?? null },
    positions: null,
    createdAt,
    updatedAt: null,
  };
  const read: ReadField[] = [];
  for (const [field, value] of fields) {
    if (field === 'title' || value === '') continue;
    read.push({ field, value });
  }
  return { offer, fields: read };
}

/** "Type de contrat : CDD" → contract "CDD"; "Salaire" alone → salary "" (its value is on the next line). */
function fieldLine(line: string): { field: TextField; value: string } | undefined {
  const colon = /^([^:\n]{2,40}?)\s*:\s*(.*)$/.exec(line);
  const label = plain(colon ? colon[1]! : line);
  for (const [pattern, field] of FIELD_LABELS) {
    if (pattern.test(label)) return { field, value: colon ? colon[2]!.trim() : '' };
  }
  return undefined;
}

/** France Travail's header line, "Publié le 12 novembre 2026 - offre n° 196FBMG", read when no field gave them. */
function mineHeaderLine(text: string, fields: Map<TextField, string>): void {
  const head = text.slice(0, 2000);
  if (!fields.has('date')) {
    const published =
      /publi[ée]e? le\s+([0-9]{1,2}(?:er)?\s+[a-zéû]+\s+[0-9]{4}|[0-9]{1,2}\/[0-9]{1,2}\/[0-9]{4})/i.exec(
        head,
      );
    if (published?.[1]) fields.set('date', published[1]);
  }
  if (!fields.has('reference')) {
    const number = /offre n[°o]\s*:?\s*([0-9A-Z]{7})\b/i.exec(head);
    if (number?.[1]) fields.set('reference', number[1]);
  }
}

/** "12 novembre 2026", "1er mars 2026", "12/11/2026", "2026-11-12" → an ISO timestamp at noon UTC; else null. */
export function parseFrenchDate(text: string): string | null {
  const value = plain(text);
  let year: number | undefined;
  let month: number | undefined;
  let day: number | undefined;
  const iso = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(value);
  const numeric = /\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b/.exec(value);
  const words = /\b(\d{1,2})(?:er)?\s+([a-z]+)\s+(\d{4})\b/.exec(value);
  if (iso) [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (numeric) [day, month, year] = [Number(numeric[1]), Number(numeric[2]), Number(numeric[3])];
  else if (words && MONTHS[words[2]!])
    [day, month, year] = [Number(words[1]), MONTHS[words[2]!], Number(words[3])];
  if (year === undefined || month === undefined || day === undefined) return null;
  const date = new Date(Date.UTC(year, month - 1, day, 12));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day || year < 1990 || year > 2100)
    return null;
  return date.toISOString();
}

/** France Travail's label format goes in the label; anything else is a comment (its amounts are in the text). */
function salaryOf(value: string | undefined): Offer['salary'] {
  if (!value) return { label: null, comment: null, complements: [] };
  return FT_SALARY_LABEL.test(value)
    ? { label: value, comment: null, complements: [] }
    : { label: null, comment: value, complements: [] };
}

function postcodeOf(place: string): string | null {
  return /\b\d{5}\b/.exec(place)?.[0] ?? null;
}

function experienceCode(label: string): 'D' | 'S' | 'E' | null {
  const value = plain(label);
  if (/debutant/.test(value)) return 'D';
  if (/exige|requise|obligatoire/.test(value)) return 'E';
  if (/souhaite/.test(value)) return 'S';
  return null;
}

/** Lower case, no accents, one kind of apostrophe, single spaces: for matching labels only. */
function plain(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’ʼ`]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}
