/**
 * Writes labelled-offers.jsonl: offers in the API's shape, each with the categories a careful human reader gives
 * it (`_expected`), a note saying why (`_note`) and, for source comparisons, what the partner page showed
 * (`_partnerPages`). The labels were written with the cases, from the offers' text and fields and the taxonomy's
 * definitions, never from the classifiers' output.
 *
 *   npx tsx tests/classifiers/corpus/build-labelled-corpus.ts
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CategoryId } from '../../../model/taxonomy.js';
import { SPECIAL_CASES } from './special-cases.js';
import { CLEAN_HOURS, CLEAN_SALARIES, type JobTemplate, TEMPLATES, TOWNS } from './templates.js';

type Json = Record<string, unknown>;

export interface Case {
  note: string;
  expected: CategoryId[];
  template?: string;
  title?: string;
  /** Replaces the template's description. */
  description?: string;
  /** Appended to the template's description. */
  add?: string;
  contract?: [string, string];
  nature?: string;
  alternance?: boolean;
  hours?: { label?: string; converted?: string } | null;
  salary?: Json | null;
  town?: number;
  placeLabel?: string;
  employer?: string | null;
  partner?: boolean;
  experience?: [string, string | undefined];
  created?: string | null;
  id?: string;
  partnerPages?: Json[];
  rome?: [string, string];
}

let serial = 0;

function build(spec: Case): Json {
  const template: JobTemplate = TEMPLATES.find((t) => t.key === (spec.template ?? 'serveur'))!;
  serial++;
  const town = TOWNS[spec.town ?? serial % 6]!;
  const contract = spec.contract ?? ['CDI', 'CDI'];
  const hours =
    spec.hours === undefined
      ? { label: '35H/semaine\nTravail en journée', converted: 'Temps plein' }
      : spec.hours;
  const salary =
    spec.salary === undefined ? { libelle: 'Mensuel de 2000.0 Euros sur 12.0 mois' } : spec.salary;
  const employer = spec.employer === undefined ? `${template.employer} ${serial}` : spec.employer;
  const offer: Json = {
    id: spec.id ?? `L${String(serial).padStart(6, '0')}`,
    intitule: spec.title ?? template.title,
    description:
      spec.description ?? (spec.add ? `${template.description}\n${spec.add}` : template.description),
    ...(spec.created === null ? {} : { dateCreation: spec.created ?? '2025-08-05T10:00:00.000Z' }),
    dateActualisation: spec.created === null ? undefined : (spec.created ?? '2025-08-05T10:00:00.000Z'),
    lieuTravail: spec.placeLabel
      ? { libelle: spec.placeLabel }
      : { libelle: town.label, codePostal: town.postcode, commune: town.commune },
    romeCode: (spec.rome ?? template.rome)[0],
    romeLibelle: (spec.rome ?? template.rome)[1],
    ...(employer === null ? { entreprise: {} } : { entreprise: { nom: employer } }),
    typeContrat: contract[0],
    typeContratLibelle: contract[1],
    natureContrat: spec.nature ?? 'Contrat travail',
    experienceExige: (spec.experience ?? ['D', 'Débutant accepté'])[0],
    ...((spec.experience ?? ['D', 'Débutant accepté'])[1]
      ? { experienceLibelle: (spec.experience ?? ['D', 'Débutant accepté'])[1] }
      : {}),
    ...(salary === null ? { salaire: {} } : { salaire: salary }),
    ...(hours?.label ? { dureeTravailLibelle: hours.label } : {}),
    ...(hours?.converted ? { dureeTravailLibelleConverti: hours.converted } : {}),
    alternance: spec.alternance ?? false,
    origineOffre: spec.partner
      ? {
          origine: '2',
          urlOrigine: `https://www.example-jobs.fr/offre/${serial}`,
          partenaires: [{ nom: 'JOBBOARD', url: `https://www.example-jobs.fr/offre/${serial}` }],
        }
      : { origine: '1', urlOrigine: `https://candidat.francetravail.fr/offres/recherche/detail/L${serial}` },
    _expected: [...new Set(spec.expected)].sort(),
    _note: spec.note,
    ...(spec.partnerPages
      ? {
          _partnerPages: spec.partnerPages.map((page) =>
            partnerPage(String(spec.id ?? `L${String(serial).padStart(6, '0')}`), page),
          ),
        }
      : {}),
  };
  return JSON.parse(JSON.stringify(offer));
}

function partnerPage(offerId: string, page: Json): Json {
  return {
    offerId,
    url: 'https://www.example-jobs.fr/offre/x',
    finalUrl: 'https://www.example-jobs.fr/offre/x',
    status: 200,
    live: true,
    reason: 'ok',
    renderedWith: 'http',
    error: null,
    fetchedAt: '2025-08-06T10:00:00.000Z',
    ...page,
    stated: {
      title: null,
      contract: null,
      duration: null,
      pay: null,
      place: null,
      hours: null,
      ...(page.stated as Json | undefined),
    },
  };
}

/**
 * A salary and working time that agree: a monthly 1,900 € is the SMIC for 35 h but not for 39 h, so the long
 * weeks only go with hourly pay or with monthly pay high enough.
 */
function cleanPay(k: number): Pick<Case, 'salary' | 'hours'> {
  const salary = CLEAN_SALARIES[k % CLEAN_SALARIES.length]!;
  const hours = CLEAN_HOURS[k % CLEAN_HOURS.length]!;
  const long = /^3[6-9]H/.test(hours.label ?? '');
  const low =
    /^(?:Mensuel de (?:1[0-9]|20)\d\d|Annuel de 2[0-7]\d\d\d)/.test(salary.libelle ?? '') ||
    salary.commentaire !== undefined;
  return { salary, hours: long && low ? CLEAN_HOURS[0]! : hours };
}

/** Clean offers: every template in several formats of salary, hours and contract label. Nothing to flag. */
function cleanCases(): Case[] {
  const cases: Case[] = [];
  let k = 0;
  for (const template of TEMPLATES) {
    for (let variant = 0; variant < 9; variant++) {
      k++;
      cases.push({
        note: `clean: ${template.key}, variant ${variant}`,
        expected: [],
        template: template.key,
        contract: variant % 2 === 0 ? ['CDI', 'CDI'] : ['CDI', 'Contrat à durée indéterminée'],
        ...cleanPay(k),
        town: k % 10,
        partner: variant % 3 === 0,
        // A template that welcomes beginners keeps "Débutant accepté": anything else would be a contradiction.
        experience: /[ée]butant/.test(template.description)
          ? ['D', 'Débutant accepté']
          : variant % 4 === 1
            ? ['S', 'Expérience souhaitée']
            : variant % 4 === 2
              ? ['E', '2 An(s)']
              : ['D', 'Débutant accepté'],
      });
    }
  }
  return cases;
}

const here = dirname(fileURLToPath(import.meta.url));
const lines = [...cleanCases(), ...SPECIAL_CASES].map((spec) => JSON.stringify(build(spec)));
writeFileSync(join(here, 'labelled-offers.jsonl'), `${lines.join('\n')}\n`);
console.log(`wrote ${lines.length} labelled offers`);
