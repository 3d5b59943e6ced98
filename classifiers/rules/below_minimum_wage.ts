import { bothSides } from '../engine/evidence.js';
import type { PreparedOffer } from '../engine/prepared-offer.js';
import { formatHours } from '../facts/hours.js';
import type { OfferFacts } from '../facts/offer-facts.js';
import { hourlyEquivalent } from '../facts/pay/analyse-pay.js';
import { unitFromSize } from '../facts/pay/pay-amount.js';
import { amountEvidence, hoursPhrase, payHoursEvidence } from '../facts/pay/pay-evidence.js';
import type { Finding, OfferRule } from '../rule.js';

const SMIC_REF = 'Code du travail, art. L3231-2 et décret de revalorisation du SMIC';

const UNIT_NAME: Partial<Record<string, string>> = { month: 'mensuel', year: 'annuel' };

/**
 * An amount impossible in its unit, read in the unit its size says ("Mensuel de 11,00 Euros" as an hourly rate,
 * "Annuel de 1500 Euros" as a monthly pay), and still below the SMIC: below either way, but only likely, since the
 * figure is a typing error and the real pay may be another one.
 */
function belowEitherWay(prepared: PreparedOffer, facts: OfferFacts): Finding | null {
  const pay = facts.pay;
  const amount = pay.reference;
  const { minimumHourly, smic } = pay;
  if (!amount || !smic || minimumHourly === null || pay.minimumKind !== 'smic') return null;
  if ((amount.unit !== 'month' && amount.unit !== 'year') || amount.unitInferred) return null;
  if (amount.basis === 'net') return null;
  const size = unitFromSize(amount.min);
  let hourly: number | null = null;
  let reading = 'un taux horaire';
  let evidence = amountEvidence(amount);
  if (size === 'hour') hourly = amount.min;
  else if (amount.unit === 'year' && size === 'month') {
    // As a monthly pay it needs the hours, with the same care as any monthly pay.
    const { shownPartTime, words } = facts.hours;
    if (pay.hoursSource === 'assumed' && (shownPartTime || words.partTime || pay.hoursVary)) return null;
    const asMonth = { ...amount, unit: 'month' as const };
    hourly = hourlyEquivalent(asMonth, pay.weeklyHours, pay.overtimeCounted, pay.paidBreaks?.weekly ?? 0);
    reading = `un salaire mensuel ${hoursPhrase(pay)}`;
    evidence = bothSides(evidence, payHoursEvidence(prepared, pay));
  }
  if (hourly === null || hourly >= minimumHourly) return null;
  const euros = (value: number) => value.toFixed(2).replace('.', ',');
  return {
    rule: 'below_minimum_wage.unit_error',
    severity: 'likely',
    evidence,
    explanation: `Le montant affiché (${euros(amount.min)} €, ${UNIT_NAME[amount.unit]}) est impossible dans son unité ; lu comme ${reading}, il reste sous le SMIC horaire en vigueur au ${prepared.offer.createdAt?.slice(0, 10)} (${smic.hourly.toFixed(2)} €). À vérifier : le montant est une erreur de saisie, le salaire réel peut en être un autre.`,
    details: { hourly: Math.round(hourly * 100) / 100, smic: smic.hourly, minimum: minimumHourly },
  };
}

const SALARY = (label: string) => ({ salary: { label, comment: null, complements: [] } });

export const belowMinimumWageRules: readonly OfferRule[] = [
  {
    kind: 'offer',
    id: 'below_minimum_wage.below_smic',
    category: 'below_minimum_wage',
    severity: 'likely',
    reference: SMIC_REF,
    explanation: 'Le salaire proposé revient à moins que le SMIC horaire en vigueur.',
    detect(prepared, facts) {
      // The SMIC binds employers: a liberal profession, a franchise, a business for sale pay no wage.
      const kind = facts.contract.kind;
      if (kind === 'LIB' || kind === 'FRA' || kind === 'CCE' || kind === 'REP') return null;
      // An impossible amount is pay_mismatch's, compared with nothing, unless it is below the SMIC either way.
      if (facts.payAbsurdity)
        return facts.payAbsurdity === 'unit_error' ? belowEitherWay(prepared, facts) : null;
      const { offer } = prepared;
      const pay = facts.pay;
      const { judged, hourly, minimumHourly, smic } = pay;
      if (!judged || hourly === null || minimumHourly === null || !smic) return null;
      const hoursMatter = judged.unit !== 'hour';
      // No tolerance in the offer's favour: 1,801 € for 35 h is below 1,801.80 €, 1,286 € for 25 h below
      // 11.88 € × 108.33 h (the part-time month is truncated to the hundredth: paidMonthlyHours).
      const gap = (minimumHourly - hourly) / minimumHourly;
      // 1e-4 (18 cents a month): a conversion's float error and the decree's own rounding of its monthly figure
      // (11.88 € × 151.67 h = 1,801.84 €, published 1,801.80 €; 1,891.90 € for 36.75 h), not a tolerance.
      if (gap <= 1e-4) return null;
      // The apprentice scale is a share of the monthly SMIC that employers round to the euro (486 € for 27 %).
      if (pay.minimumKind !== 'smic' && gap < 0.005) return null;
      // A net amount is converted with an average rate of contributions: only a clear gap says anything.
      if (judged.basis === 'net' && gap < 0.1) return null;
      // A monthly pay with no hours on a job said to be part time, or whose hours are left to the candidate's
      // availability, cannot be judged: the SMIC of a part-time job is pro rata.
      const { shownPartTime, words } = facts.hours;
      if (hoursMatter && pay.hoursSource === 'assumed' && (shownPartTime || words.partTime || pay.hoursVary))
        return null;
      const breaks = hoursMatter ? (pay.paidBreaks?.weekly ?? 0) : 0;
      const overtime = hoursMatter && pay.weeklyHours - breaks > 35 && pay.overtimeCounted;
      const hoursKnown = pay.hoursSource !== 'assumed';
      const unitSure =
        !judged.unitInferred || (judged.unit === 'month' && judged.min >= 1000 && judged.where !== 'comment');
      const certain =
        judged.basis !== 'net' &&
        unitSure &&
        !pay.labelSetAside &&
        (!hoursMatter || (hoursKnown && !overtime && breaks === 0));
      const minimumName =
        pay.minimumKind === 'smic'
          ? `le SMIC horaire en vigueur au ${offer.createdAt?.slice(0, 10)} (${smic.hourly.toFixed(2)} €)`
          : `le minimum légal d'un contrat d'${pay.minimumKind} (${minimumHourly.toFixed(2)} € de l'heure, la plus basse part du SMIC prévue)`;
      const caveats: string[] = [];
      if (overtime)
        caveats.push(
          `les heures au-delà de 35 h sont comptées majorées de 25 % ; l'écart peut venir d'heures supplémentaires payées en plus ou de pauses payées comprises dans les ${formatHours(pay.weeklyHours)}`,
        );
      if (breaks > 0)
        caveats.push(
          `${pay.paidBreaks?.said ? 'les pauses sont payées' : `${formatHours(pay.weeklyHours)} par semaine sont d'ordinaire 35 h de travail et 5 % de pauses payées`} : comptées au taux de base, sans majoration ; une convention collective peut les compter autrement`,
        );
      if (hoursMatter && !hoursKnown)
        caveats.push(
          "la durée du travail n'est pas indiquée : à temps partiel, ce salaire peut respecter le SMIC au prorata",
        );
      if (judged.basis === 'net')
        caveats.push('le montant est net, converti en brut (environ 22 % de cotisations)');
      if (pay.labelSetAside)
        caveats.push(
          'le salaire affiché, dans une autre unité, peut être un montant par défaut du site partenaire',
        );
      if (judged.unitInferred && !unitSure) caveats.push("l'unité du montant n'est pas indiquée");
      const evidence = hoursMatter
        ? bothSides(amountEvidence(judged), payHoursEvidence(prepared, pay))
        : amountEvidence(judged);
      return {
        rule:
          pay.minimumKind === 'smic' ? `below_minimum_wage.${judged.unit}` : 'below_minimum_wage.alternance',
        severity: certain ? 'certain' : 'likely',
        evidence,
        reference:
          pay.minimumKind === 'smic' ? SMIC_REF : 'Code du travail, art. D6222-26 (apprentis), D6325-15',
        explanation: `Le salaire le plus bas annoncé revient à ${hourly.toFixed(2)} € brut de l'heure${hoursMatter ? ` ${hoursPhrase(pay)}` : ''}, moins que ${minimumName}.${caveats.length ? ` À vérifier : ${caveats.join(' ; ')}.` : ''}`,
        details: {
          hourly: Math.round(hourly * 100) / 100,
          smic: smic.hourly,
          minimum: minimumHourly,
          weeklyHours: Math.round(pay.weeklyHours * 100) / 100,
          hoursStated: pay.hoursStated,
          hoursSource: pay.hoursSource,
          smicSource: smic.source,
        },
      };
    },
    examples: {
      positive: [
        {
          offer: SALARY('Horaire de 10.00 Euros'),
          quote: 'Salaire : Horaire de 10.00 Euros',
        },
        {
          offer: SALARY('Mensuel de 1500.0 Euros sur 12.0 mois'),
          quote:
            'Salaire : Mensuel de 1500.0 Euros sur 12.0 mois ; Durée du travail : 35H/semaine Travail en journée',
        },
        {
          // No rounding tolerance in the offer's favour (real offers 0657640, 0657568).
          offer: { ...SALARY('De 1801,00 Euros à 1801,00 Euros'), hours: { label: '35 H', fullTime: true } },
          quote: 'Salaire : De 1801,00 Euros à 1801,00 Euros ; Durée du travail : 35 H',
        },
        {
          // The text's lower hourly rates under a label at the SMIC: the lowest stated figure is judged (196DSFV).
          text: "Rémunération :\n. 11,65€ brut / Hrs durant les 2 mois de période d'essai\n. 11,80€ brut / Hrs à la validation",
          offer: SALARY('Horaire de 11.88 Euros sur 13 mois'),
          quote: 'Texte : « Rémunération : . 11,65€ brut / Hrs durant les 2… »',
        },
        {
          // 38 h a week in the text: the SMIC with the 25 % premium on hours 36-38 is about 1,995 € (0649046).
          text: 'Vendeur showroom.\n38h/semaine.',
          offer: {
            ...SALARY('Mensuel de 1850,00 Euros à 2100,00 Euros'),
            hours: { label: null, fullTime: null },
          },
          quote:
            'Salaire : Mensuel de 1850,00 Euros à 2100,00 Euros ; Texte : « Vendeur showroom. 38h/semaine. »',
        },
        {
          // A bare amount with the feed's "Type de salaire" and the hours in the text (0660182).
          text: 'Travail sur 14h la semaine, selon vos disponibilités.\nSalaire minimum : 700\nSalaire maximum : 730\nType de salaire : Mensuel Brut (EUR)',
          offer: {
            salary: { label: null, comment: null, complements: [] },
            hours: { label: null, fullTime: null },
          },
          quote:
            'Texte : « …disponibilités. Salaire minimum : 700 Salaire maximum… » ; Texte : « Travail sur 14h la semaine, selon vos disponibilités.… »',
        },
        {
          // A partner's monthly placeholder (1,617 €) over a legal hourly rate in the text (0653699): the lowest
          // stated figure is below, likely since it may be a placeholder.
          text: 'Salaire : 11.88€ brut/h',
          offer: { ...SALARY('Mensuel de 1617,00 Euros'), hours: { label: null, fullTime: null } },
          quote:
            'Salaire : Mensuel de 1617,00 Euros ; Durée du travail : non indiquée, 35 h par semaine supposées',
        },
        {
          // 25 h are 108.33 h a month: 11.88 € × 108.33 h = 1,286.96 €, and 1,286 € is below (0638780).
          title: 'Conseiller de vente F/H - Contrat 25h',
          text: "Type d'emploi : Temps partiel, CDI\nRémunération : 1 286,00€ par mois",
          offer: {
            salary: { label: null, comment: null, complements: [] },
            hours: { label: null, fullTime: null },
          },
          quote:
            'Texte : « …Rémunération : 1 286,00€ par mois » ; Texte : « Conseiller de vente F/H - Contrat 25h »',
        },
        {
          text: 'Poste de 20 heures hebdomadaires. Salaire : 1029€ brut mensuel.',
          offer: {
            salary: { label: null, comment: null, complements: [] },
            hours: { label: null, fullTime: null },
          },
          quote:
            'Texte : « …hebdomadaires. Salaire : 1029€ brut mensuel. » ; Texte : « Poste de 20 heures hebdomadaires. Salaire : 1029€ brut mensuel. »',
        },
        {
          // An hourly rate typed as monthly, below the SMIC either way (0654575).
          offer: SALARY('Mensuel de 11,00 Euros'),
          quote: 'Salaire : Mensuel de 11,00 Euros',
        },
        {
          offer: SALARY('Annuel de 10.5 Euros'),
          quote: 'Salaire : Annuel de 10.5 Euros',
        },
        {
          // A monthly pay typed as yearly: 1,500 € a month for 35 h is below the SMIC too.
          offer: SALARY('Annuel de 1500.0 Euros sur 12.0 mois'),
          quote:
            'Salaire : Annuel de 1500.0 Euros sur 12.0 mois ; Durée du travail : 35H/semaine Travail en journée',
        },
        {
          // Even with 1.75 h of paid breaks at the base rate, 36.75 h need 11.88 € × 159.25 h = 1,891.89 €.
          text: 'CDI - Temps complet - 36.75H par semaine',
          offer: { ...SALARY('Mensuel de 1850,00 Euros'), hours: { label: null, fullTime: null } },
          quote: 'Salaire : Mensuel de 1850,00 Euros ; Texte : « CDI - Temps complet - 36.75H par semaine »',
        },
      ],
      negative: [
        {
          offer: SALARY('Mensuel de 1000.0 Euros sur 12.0 mois'),
          contractType: 'CDD',
          alternance: true,
          why: 'an apprentice may be paid a share of the SMIC',
        },
        {
          text: 'Exemple : pour une commission de 2 000 €, vous touchez 1 400 €.',
          offer: { contract: { type: 'LIB', label: 'Profession libérale', nature: null, alternance: false } },
          why: 'an independent agent earns no wage: the SMIC binds employers',
        },
        {
          offer: SALARY('Mensuel de 11.88 Euros'),
          why: 'a unit error is pay_mismatch, compared with nothing',
        },
        {
          text: 'Salaire de 11,88 brut de l’heure.',
          offer: { ...SALARY('Mensuel de 1950,00 Euros'), hours: { label: null, fullTime: null } },
          why: 'two units, both at or above the SMIC: the lowest stated figure is legal',
        },
        {
          text: 'Contrat 25h par semaine. Rémunération : 1 287,00€ par mois',
          offer: {
            salary: { label: null, comment: null, complements: [] },
            hours: { label: null, fullTime: null },
          },
          why: 'part-time pay at the SMIC pro rata: 11.88 € × 108.33 h = 1,286.96 €',
        },
        {
          text: 'Temps partiel 24h/semaine. Salaire : 1235,52 € brut par mois.',
          offer: {
            salary: { label: null, comment: null, complements: [] },
            hours: { label: null, fullTime: null },
          },
          why: 'exactly the SMIC for 104 h a month (24 h a week)',
        },
        {
          // Food retail: 35 h of work and 5 % of paid breaks, the SMIC on every hour paid (0639461).
          text: "Type d'emploi :\nCDI - Temps complet - 36.75H par semaine - présentiel",
          offer: { ...SALARY('Mensuel de 1891,90 Euros'), hours: { label: null, fullTime: null } },
          why: '36.75 h are 35 h of work and 1.75 h of paid breaks: 11.88 € × 159.25 h = 1,891.89 €',
        },
        {
          text: 'Poste de 37h par semaine, pauses payées comprises.',
          offer: { ...SALARY('Mensuel de 1910,00 Euros'), hours: { label: null, fullTime: null } },
          why: 'paid breaks are no overtime: 35.25 h of work (0.25 h with the premium) and 1.75 h of breaks need about 1,908 €',
        },
        {
          // Childcare on call (0650948): a monthly placeholder, no hours, a legal hourly rate.
          text: "Salaire de 11,88 brut de l'heure.\nVous avez des disponibilités occasionnelles mais êtes fiable.",
          offer: { ...SALARY('Mensuel de 1617,00 Euros'), hours: { label: null, fullTime: null } },
          why: 'no hours and hours left to the candidate: the monthly figure may be a legal part-time pay',
        },
        {
          text: 'Missions ponctuelles, selon vos disponibilités.',
          offer: { ...SALARY('Mensuel de 1200,00 Euros'), hours: { label: null, fullTime: null } },
          why: 'occasional missions with no hours: the SMIC of a part-time job is pro rata',
        },
        {
          offer: {
            ...SALARY('Annuel de 1100.0 Euros'),
            hours: { label: 'Temps partiel - 20H/semaine', fullTime: false },
          },
          why: 'a monthly pay typed as yearly, legal as the monthly pay it must be: 1,100 € for 86.66 h is 12.69 € an hour',
        },
        {
          offer: SALARY('Mensuel de 12,50 Euros'),
          why: 'an hourly rate typed as monthly, legal as the hourly rate it must be: pay_mismatch alone',
        },
        {
          text: 'Poste en 36,75h hebdomadaires, pauses payées comprises.',
          offer: {
            ...SALARY('Mensuel de 1950.0 Euros sur 12.0 mois'),
            hours: { label: null, fullTime: null },
          },
          why: '36.75 h with the 25 % premium on the 1.75 h above 35 need about 1,914 €: 1,950 € is above',
        },
      ],
    },
  },
];
