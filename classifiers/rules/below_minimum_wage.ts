import { formatHours } from '../facts/hours.js';
import type { OfferRule } from '../rule.js';

const SMIC_REF = 'Code du travail, art. L3231-2 et décret de revalorisation du SMIC';

export const belowMinimumWageRules: readonly OfferRule[] = [
  {
    kind: 'offer',
    id: 'below_minimum_wage.below_smic',
    category: 'below_minimum_wage',
    severity: 'likely',
    reference: SMIC_REF,
    explanation: 'Le salaire proposé revient à moins que le SMIC horaire en vigueur.',
    detect(prepared, facts) {
      // An impossible amount is pay_mismatch's: compared with nothing.
      if (facts.payAbsurdity) return null;
      const { offer } = prepared;
      const pay = facts.pay;
      const { reference, hourly, minimumHourly, smic } = pay;
      if (!reference || hourly === null || minimumHourly === null || !smic) return null;
      // Rounding in the employer's own form ("1801" for 1801.80) is not a wage offence worth a certain flag.
      const gap = (minimumHourly - hourly) / minimumHourly;
      if (gap < 0.002) return null;
      const hoursMatter = reference.unit !== 'hour';
      const hoursKnown = pay.hoursStated || offer.hours.fullTime === true;
      const certain =
        gap > 0.005 &&
        reference.where === 'label' &&
        reference.basis !== 'net' &&
        !reference.unitInferred &&
        (!hoursMatter || hoursKnown);
      const minimumName =
        pay.minimumKind === 'smic'
          ? `le SMIC horaire en vigueur au ${offer.createdAt?.slice(0, 10)} (${smic.hourly.toFixed(2)} €)`
          : `le minimum légal d'un contrat d'${pay.minimumKind} (${minimumHourly.toFixed(2)} € de l'heure, la plus basse part du SMIC prévue)`;
      const where =
        reference.where === 'label'
          ? 'salaire.libelle: '
          : reference.where === 'comment'
            ? 'salaire.commentaire: '
            : '';
      return {
        rule:
          pay.minimumKind === 'smic'
            ? `below_minimum_wage.${reference.unit}`
            : 'below_minimum_wage.alternance',
        severity: certain ? 'certain' : 'likely',
        evidence: `${where}${reference.evidence}`,
        reference:
          pay.minimumKind === 'smic' ? SMIC_REF : 'Code du travail, art. D6222-26 (apprentis), D6325-15',
        explanation: `Le salaire proposé revient à ${hourly.toFixed(2)} € brut de l'heure${hoursMatter ? ` pour ${formatHours(pay.weeklyHours)} par semaine${pay.hoursStated ? '' : ' (durée supposée)'}` : ''}, moins que ${minimumName}.`,
        details: {
          hourly: Math.round(hourly * 100) / 100,
          smic: smic.hourly,
          minimum: minimumHourly,
          weeklyHours: pay.weeklyHours,
          hoursStated: pay.hoursStated,
          smicSource: smic.source,
        },
      };
    },
    examples: {
      positive: [
        {
          offer: { salary: { label: 'Horaire de 10.00 Euros', comment: null, complements: [] } },
          quote: 'salaire.libelle: Horaire de 10.00 Euros',
        },
        {
          offer: {
            salary: { label: 'Mensuel de 1500.0 Euros sur 12.0 mois', comment: null, complements: [] },
          },
          quote: 'salaire.libelle: Mensuel de 1500.0 Euros sur 12.0 mois',
        },
      ],
      negative: [
        {
          offer: {
            salary: { label: 'Mensuel de 1801.0 Euros sur 12.0 mois', comment: null, complements: [] },
          },
          why: 'the SMIC rounded down by the employer (1801 for 1801.80) is not below it',
        },
        {
          offer: {
            salary: { label: 'Mensuel de 1000.0 Euros sur 12.0 mois', comment: null, complements: [] },
            contract: {
              type: 'CDD',
              label: 'CDD - 24 Mois',
              nature: 'Contrat apprentissage',
              alternance: true,
            },
          },
          why: 'an apprentice may be paid a share of the SMIC',
        },
        {
          offer: { salary: { label: 'Mensuel de 11.88 Euros', comment: null, complements: [] } },
          why: 'a unit error is pay_mismatch, compared with nothing',
        },
      ],
    },
  },
];
