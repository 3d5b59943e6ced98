import type { WorkingTimeRow } from '../../db/queries/report-figures.js';
import type { ShareEstimate } from '../statistics/share-estimate.js';
import type { CgtRow, FloorCeiling } from './report-figures.js';

/** The contracts of a fixed term: the natural base of the CGT's rules on a contract's duration. */
export const FIXED_TERM_CONTRACTS: ReadonlySet<string> = new Set(['CDD', 'MIS', 'SAI', 'DDI', 'TTI']);

/** The base a share is counted over. */
export type CgtBase = 'all' | 'partTime' | 'fixedTerm';

export const BASE_LABELS: Readonly<Record<CgtBase, string>> = {
  all: 'toutes les offres',
  partTime: 'offres à temps partiel',
  fixedTerm: 'offres à durée déterminée (CDD, intérim, saisonnier)',
};

/** A share of some offers, over all offers and over the rule's natural base. */
export interface CgtInputs {
  /** A category's floor and ceiling over all offers, and over a base; null when the audit did not look. */
  category: (id: string, base: CgtBase) => FloorCeiling | null;
  /** Working time as the offers' fields state it (no category yet): over all offers or part-time offers. */
  workingTime: (predicate: (row: WorkingTimeRow) => boolean, base: CgtBase) => ShareEstimate;
  notGenuine: FloorCeiling;
  misleading: FloorCeiling;
  unionStrict: FloorCeiling;
  /** Whether `hours_missing` is a category of the taxonomy (counted from its flags) or not (from the fields). */
  hoursMissingCategory: boolean;
}

const point = (estimate: ShareEstimate): FloorCeiling => ({ certain: estimate, any: estimate });

/**
 * "Face à l'audit CGT": each category of the CGT's 2018 count (1,708 offers), and the 76 % (2022) and 8.22 %
 * (2021) figures, beside Vigie's, each share with its base, and what Vigie cannot see where the union looked further.
 */
export function cgtComparison(inputs: CgtInputs): CgtRow[] {
  const row = (
    id: string,
    cgt: { label: string; share: number | null; base: string; source: string },
    vigie: { label: string; base: CgtBase; all: FloorCeiling | null; natural: FloorCeiling | null },
    unseen: string,
  ): CgtRow => ({
    id,
    cgtLabel: cgt.label,
    cgtShare: cgt.share,
    cgtBase: cgt.base,
    cgtSource: cgt.source,
    vigieLabel: vigie.label,
    base: vigie.base,
    baseLabel: BASE_LABELS[vigie.base],
    vigieAll: vigie.all,
    vigieNatural: vigie.base === 'all' ? null : vigie.natural,
    unseen,
  });
  const cgt2018 = 'CGT, août 2018, 1 708 offres';
  const durationMissing = inputs.hoursMissingCategory
    ? inputs.category('hours_missing', 'all')
    : point(inputs.workingTime((r) => r.no_label && r.full_time === null && r.no_hours, 'all'));
  return [
    row(
      'dead_link',
      {
        label: 'Offre inexistante ou lien mort',
        share: 67 / 1708,
        base: 'toutes les offres',
        source: cgt2018,
      },
      {
        label: 'Lien mort ou offre expirée',
        base: 'all',
        all: inputs.category('dead_link', 'all'),
        natural: null,
      },
      'Une offre pourvue mais laissée en ligne (seul un appel à l’employeur le révèle) ; la page d’un partenaire que l’audit n’a pas visitée.',
    ),
    row(
      'contract_mismatch',
      {
        label: 'Contrat ne correspondant pas à la réalité',
        share: 35 / 1708,
        base: 'toutes les offres',
        source: cgt2018,
      },
      {
        label: 'Contrat affiché différent du contrat décrit',
        base: 'all',
        all: inputs.category('contract_mismatch', 'all'),
        natural: null,
      },
      'Le contrat réellement proposé quand le texte ne se contredit pas : la CGT le découvre en appelant.',
    ),
    row(
      'duration_missing',
      {
        label: 'Durée du CDD ou de la mission non indiquée ou contradictoire',
        share: 130 / 1708,
        base: 'toutes les offres',
        source: cgt2018,
      },
      {
        label: 'Durée du contrat non indiquée',
        base: 'fixedTerm',
        all: inputs.category('duration_missing', 'all'),
        natural: inputs.category('duration_missing', 'fixedTerm'),
      },
      'Une durée indiquée mais fausse (« mission d’un mois » qui dure une semaine) : 58 cas de la CGT en 2018, par téléphone.',
    ),
    row(
      'hours_mismatch',
      {
        label: 'Horaires du temps partiel non indiqués ou contradictoires',
        share: 301 / 1708,
        base: 'toutes les offres (60 % des offres à temps partiel)',
        source: cgt2018,
      },
      {
        label: 'Durée du travail absente ou contradictoire',
        base: 'partTime',
        all: inputs.category('hours_mismatch', 'all'),
        natural: inputs.category('hours_mismatch', 'partTime'),
      },
      'Un temps partiel affiché comme temps plein dont le texte ne dit rien ; les heures réellement proposées (« 24 h promises, moins de 8 h »).',
    ),
    row(
      'part_time_no_schedule',
      {
        label: 'Temps partiel sans horaire hebdomadaire',
        share: 198 / 1708,
        base: 'toutes les offres',
        source: cgt2018,
      },
      {
        label: 'Temps partiel sans nombre d’heures par semaine (champ ni texte)',
        base: 'partTime',
        all: point(inputs.workingTime((r) => r.full_time === false && r.no_hours, 'all')),
        natural: point(inputs.workingTime((r) => r.no_hours, 'partTime')),
      },
      'Des horaires donnés seulement au téléphone ou à l’entretien.',
    ),
    row(
      'working_time_missing',
      {
        label: 'Durée du travail non indiquée',
        share: null,
        base: 'non comptée par la CGT',
        source: 'Vigie',
      },
      {
        label: inputs.hoursMissingCategory
          ? 'Durée du travail non indiquée (alertes)'
          : 'Durée du travail non indiquée (ni libellé, ni temps plein/partiel, ni heures dans le texte)',
        base: 'all',
        all: durationMissing,
        natural: null,
      },
      'Rien : c’est ce que l’offre publiée dit, ou ne dit pas.',
    ),
    row(
      'misleading',
      { label: 'Formulation trompeuse', share: 245 / 1708, base: 'toutes les offres', source: cgt2018 },
      { label: 'Au moins une mention trompeuse', base: 'all', all: inputs.misleading, natural: null },
      'Ce qu’un appel révèle au-delà du texte : un poste déjà pourvu, des conditions autres que celles écrites.',
    ),
    row(
      'cgt_2022',
      {
        label: 'Offres illégales, trompeuses ou bidon',
        share: 0.76,
        base: 'toutes les offres',
        source: 'CGT, août 2022, plus de 1 900 offres',
      },
      { label: 'Offres non irréprochables (signalées)', base: 'all', all: inputs.notGenuine, natural: null },
      'Environ un cinquième des problèmes trouvés par la CGT l’est par téléphone (2024) ; Vigie lit les offres, elle n’appelle pas.',
    ),
    row(
      'union_strict',
      {
        label: 'CDI à temps plein payés au moins le SMIC',
        share: 0.0822,
        base: 'toutes les offres (87 515 sur un peu plus d’un million)',
        source: 'CGT locale, novembre 2021',
      },
      {
        label: 'CDI à temps plein payés au moins le SMIC',
        base: 'all',
        all: inputs.unionStrict,
        natural: null,
      },
      'Un salaire réellement versé sous le SMIC quand l’offre affiche un montant conforme.',
    ),
  ];
}
