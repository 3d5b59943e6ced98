import { bothSides, fieldEvidence, textEvidence } from '../engine/evidence.js';
import { normaliseWithMap } from '../engine/normalise.js';
import { PrecheckedPattern } from '../engine/prechecked-pattern.js';
import { quoteText } from '../engine/prepared-offer.js';
import type { OfferFacts } from '../facts/offer-facts.js';
import { hourlyEquivalent } from '../facts/pay/analyse-pay.js';
import { type FoundAmount, findPayAmounts } from '../facts/pay/find-pay-amounts.js';
import { parseSalaryLabel } from '../facts/pay/parse-salary-label.js';
import type { PayAmount } from '../facts/pay/pay-amount.js';
import { amountEvidence, hoursPhrase, payHoursEvidence } from '../facts/pay/pay-evidence.js';
import type { OfferRule, PageRule } from '../rule.js';

const UNIT_FR: Record<string, string> = {
  hour: "de l'heure",
  month: 'par mois',
  year: 'par an',
  day: 'par jour',
  week: 'par semaine',
  performance: 'par cachet',
};

/** One formatter for every amount: `toLocaleString` builds a new one on each call, which costs more than the rule. */
const EUROS = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 });

function formatRange(amount: PayAmount): string {
  const f = (value: number) => EUROS.format(value);
  return amount.min === amount.max ? `${f(amount.min)} €` : `${f(amount.min)} € à ${f(amount.max)} €`;
}

/** The amount compared with the SMIC (the label's, else the comment's, else the text's) cannot be that pay. */
const impossibleAmount: OfferRule = {
  kind: 'offer',
  id: 'pay_mismatch.impossible_amount',
  category: 'pay_mismatch',
  severity: 'certain',
  explanation: 'Le montant affiché ne peut pas être le salaire réel.',
  detect(_prepared, facts) {
    const absurdity = facts.payAbsurdity;
    if (!absurdity) return null;
    const amount = facts.pay.reference!;
    const evidence = amountEvidence(amount);
    if (absurdity === 'unit_error')
      return {
        rule: 'pay_mismatch.unit_error',
        evidence,
        explanation: `Le montant affiché (${formatRange(amount)} ${UNIT_FR[amount.unit!]}) est impossible pour cette unité : le salaire réel n'est pas celui qui est affiché.`,
        details: { min: amount.min, max: amount.max, unit: amount.unit },
      };
    return {
      rule: 'pay_mismatch.range_too_wide',
      evidence,
      explanation: `La fourchette de salaire (${formatRange(amount)}) va du simple à plus du triple : elle n'informe pas sur le salaire réel.`,
      details: { min: amount.min, max: amount.max, ratio: Math.round((amount.max / amount.min) * 10) / 10 },
    };
  },
  examples: {
    positive: [
      {
        offer: { salary: { label: 'Mensuel de 11.88 Euros', comment: null, complements: [] } },
        quote: 'Salaire : Mensuel de 11.88 Euros',
      },
      {
        offer: {
          salary: { label: 'Mensuel de 1800.0 Euros à 6000.0 Euros', comment: null, complements: [] },
        },
        quote: 'Salaire : Mensuel de 1800.0 Euros à 6000.0 Euros',
      },
    ],
    negative: [
      {
        offer: {
          salary: { label: 'Mensuel de 1800.0 Euros à 2500.0 Euros', comment: null, complements: [] },
        },
        why: 'a plausible monthly range',
      },
      {
        offer: { salary: { label: 'De 11.88 Euros à 11.88 Euros', comment: null, complements: [] } },
        why: 'no unit declared: 11.88 is read as hourly, not as an absurd monthly pay',
      },
      {
        // The legal apprentice scale, 27 % to 100 % of the SMIC (0654328).
        offer: {
          salary: { label: 'Mensuel de 486,00 Euros à 1801,00 Euros', comment: null, complements: [] },
        },
        contractType: 'CDD',
        alternance: true,
        why: 'the apprentice scale runs from 27 % to 100 % of the SMIC: a legal range, not an absurd one',
      },
    ],
  },
};

const COMMISSION_ONLY = new PrecheckedPattern(
  /\b(?:uniquement|exclusivement|seulement) (?:a la |aux |sur )?commissions?\b|\b(?:remuneration|remunere|paye) (?:uniquement |exclusivement |100 ?% )?(?:a la |aux |sur )commissions?\b(?! ?\+)(?! en plus)|\bpas de (?:salaire )?fixe\b|\bsans (?:salaire )?fixe\b/,
  ['commission', 'fixe'],
);

const commissionOnly: OfferRule = {
  kind: 'offer',
  id: 'pay_mismatch.commission_only_with_salary',
  category: 'pay_mismatch',
  severity: 'certain',
  explanation:
    "L'offre affiche un salaire mais le texte dit que la rémunération se fait uniquement à la commission : le salaire affiché n'est pas garanti.",
  detect(prepared, facts) {
    if (facts.pay.label.status !== 'parsed') return null;
    const text = prepared.text;
    const commission = COMMISSION_ONLY.exec(text);
    if (!commission) return null;
    const end = commission.index + commission[0].length;
    if (/\bfixe\b/.test(text.slice(end, end + 30))) return null;
    return {
      evidence: bothSides(
        fieldEvidence('salary', prepared.offer.salary.label ?? ''),
        textEvidence(quoteText(prepared, commission.index, end)),
      ),
    };
  },
  examples: {
    positive: [
      {
        text: 'Rémunération uniquement à la commission.',
        quote:
          'Salaire : Mensuel de 2000.0 Euros sur 12.0 mois ; Texte : « Rémunération uniquement à la commission. »',
      },
    ],
    negative: [
      { text: 'Fixe + commissions sur les ventes.', why: 'a fixed salary and commissions on top' },
      {
        text: 'Rémunération uniquement à la commission.',
        offer: { salary: { label: null, comment: null, complements: [] } },
        why: 'no salary shown, so none is contradicted',
      },
    ],
  },
};

const FULL_TIME_BASIS =
  /\b(?:pour un|base|sur la base d'un|en equivalent|equivalent) temps (?:plein|complet)\b|\bbase 35 ?h|\betp\b/;

const PAY_UNITS = new Set(['hour', 'month', 'year']);
/** Rounding between two statements of one pay ("1 800 €" and "1800.0 Euros", "12,60 €" and 1911 € / 151.67 h). */
const SAME_UNIT_TOLERANCE = 0.015;
const CROSS_UNIT_TOLERANCE = 0.02;

export function near(a: number, b: number, tolerance: number): boolean {
  return Math.abs(a - b) <= tolerance * Math.max(a, b);
}

/** A yearly pay is paid over 12 months, or 13 to 15 with the bonuses of collective agreements. */
const MONTHS_PER_YEAR = { fewest: 12, most: 15 };

/** The text's first monthly (or yearly) amount that, against a yearly (or monthly) label, no 12 to 15 months make. */
function yearMonthApart(label: PayAmount, stated: readonly FoundAmount[]): FoundAmount | null {
  if (label.unit !== 'month' && label.unit !== 'year') return null;
  const otherUnit = label.unit === 'month' ? 'year' : 'month';
  for (const amount of stated) {
    if (amount.unit !== otherUnit) continue;
    const [year, month] = label.unit === 'year' ? [label, amount] : [amount, label];
    // Within 2 % of rounding, some count of months from 12 to 15 joins the two ranges.
    const joins =
      year.min <= month.max * MONTHS_PER_YEAR.most * (1 + CROSS_UNIT_TOLERANCE) &&
      year.max >= month.min * MONTHS_PER_YEAR.fewest * (1 - CROSS_UNIT_TOLERANCE);
    if (!joins) return amount;
  }
  return null;
}

/** Below this, two figures to the cent may be one pay written twice with a slip (11,88 € and 11,92 €). */
const SMALL_GAP = 0.005;

/** The text's figure is given to the cent (13.13, not 13 nor 1 800) and is at least half a percent apart. */
function toTheCentAndApart(text: number, label: number): boolean {
  const cents = Math.round(text * 100) % 100 !== 0;
  return cents && Math.abs(text - label) >= SMALL_GAP * Math.max(text, label);
}

/**
 * The text states a pay that the label does not: another minimum or maximum in the same unit ("11,65 € à
 * 11,80 €" under "Horaire de 11.88 Euros", "Entre 2 300 et 2 500 €" under "Mensuel de 2000 à 2500 Euros"), or
 * an hourly rate that the monthly label does not make for the hours (a partner's placeholder: "Mensuel de 1764
 * Euros" over "12.88€ de l'heure"). Amounts in words count as much as amounts with €.
 */
const textDiffers: OfferRule = {
  kind: 'offer',
  id: 'pay_mismatch.text_differs',
  category: 'pay_mismatch',
  severity: 'certain',
  explanation:
    "Le salaire affiché dans l'offre n'est pas celui qu'annonce son texte : l'un des deux est faux.",
  detect(prepared, facts) {
    if (facts.payAbsurdity || facts.pay.label.status !== 'parsed') return null;
    const label = facts.pay.label.amount;
    if (!label.unit || !PAY_UNITS.has(label.unit)) return null;
    const stated = facts.pay.comparable.filter((amount) => amount.basis !== 'net');
    if (stated.length === 0) return null;
    // "2163 € brut pour un temps plein" on a part-time job: the label is the same pay, pro rata.
    if (label.unit !== 'hour' && FULL_TIME_BASIS.test(prepared.text)) return null;
    const labelSide = fieldEvidence('salary', label.evidence);
    const same = stated.filter((amount) => amount.unit === label.unit);
    if (same.length > 0) {
      const low = same.reduce((a, b) => (b.min < a.min ? b : a));
      const high = same.reduce((a, b) => (b.max > a.max ? b : a));
      const minDiffers = !near(low.min, label.min, SAME_UNIT_TOLERANCE);
      const maxDiffers =
        label.max > label.min && high.max > low.min && !near(high.max, label.max, SAME_UNIT_TOLERANCE);
      // "à partir de 13.13 € B/heure" under "Horaire de 13.0 Euros": a figure given to the cent is no rounding,
      // and differs, if only a little (likely: the smaller the gap, the likelier a slip of one side).
      const smallMin = !minDiffers && toTheCentAndApart(low.min, label.min);
      if (!minDiffers && !maxDiffers && !smallMin) return null;
      const quoted = minDiffers || smallMin ? low : high;
      const inferred = label.unitInferred || same.some((amount) => amount.unitInferred);
      return {
        severity: inferred || (smallMin && !maxDiffers) ? 'likely' : 'certain',
        evidence: bothSides(labelSide, amountEvidence(quoted)),
        explanation: `Le salaire affiché (${formatRange(label)} ${UNIT_FR[label.unit]}) n'est pas celui qu'annonce le texte (${formatRange({ ...label, min: low.min, max: high.max })}) : l'un des deux est faux.`,
        details: { label: [label.min, label.max], text: [low.min, high.max], unit: label.unit },
      };
    }
    // A month against a year: one pay paid over 12 to 15 months, which an offer need not say (a 13th month); a
    // yearly figure no such count of months makes is another pay ("De 26000,00 Euros" over "3 100 € par mois").
    const yearAgainstMonth = yearMonthApart(label, stated);
    if (yearAgainstMonth)
      return {
        severity: 'likely',
        evidence: bothSides(labelSide, amountEvidence(yearAgainstMonth)),
        explanation: `Le salaire affiché (${formatRange(label)} ${UNIT_FR[label.unit]}) n'est pas celui qu'annonce le texte (${formatRange(yearAgainstMonth)} ${UNIT_FR[yearAgainstMonth.unit ?? 'month']}), même versé sur 12 à 15 mois : l'un des deux est faux.`,
        details: {
          label: [label.min, label.max],
          text: [yearAgainstMonth.min, yearAgainstMonth.max],
          unit: label.unit,
          textUnit: yearAgainstMonth.unit,
        },
      };
    // Another unit: an hourly rate against a monthly or yearly label, both as hourly pay with the hours the offer
    // states (35 h when it states none).
    const pay = facts.pay;
    const overtime = pay.overtimeCounted;
    const breaks = pay.paidBreaks?.weekly ?? 0;
    const labelHourly = hourlyEquivalent(label, pay.weeklyHours, overtime, breaks);
    const labelHourlyMax = hourlyEquivalent({ ...label, min: label.max }, pay.weeklyHours, overtime, breaks);
    if (labelHourly === null || labelHourlyMax === null) return null;
    let other: FoundAmount | null = null;
    let otherHourly = 0;
    for (const amount of stated) {
      if (amount.unit !== 'hour' && label.unit !== 'hour') continue;
      const hourly = hourlyEquivalent(amount, pay.weeklyHours, overtime, breaks);
      if (hourly !== null && (other === null || hourly < otherHourly)) {
        other = amount;
        otherHourly = hourly;
      }
    }
    if (!other) return null;
    // Two ranges of one pay meet at both ends ("Entre 15 et 16 € Brut/ H" is 2,275 € to 2,427 € for 35 h, not
    // "Mensuel de 2205,00 Euros à 2352,00 Euros"); a single figure inside the label's range agrees with it.
    const otherHourlyMax = hourlyEquivalent({ ...other, min: other.max }, pay.weeklyHours, overtime, breaks);
    if (label.max > label.min && other.max > other.min && otherHourlyMax !== null) {
      if (
        near(otherHourly, labelHourly, CROSS_UNIT_TOLERANCE) &&
        near(otherHourlyMax, labelHourlyMax, CROSS_UNIT_TOLERANCE)
      )
        return null;
    } else if (
      otherHourly >= labelHourly * (1 - CROSS_UNIT_TOLERANCE) &&
      otherHourly <= labelHourlyMax * (1 + CROSS_UNIT_TOLERANCE)
    )
      return null;
    return {
      severity: 'likely',
      evidence: bothSides(labelSide, amountEvidence(other), payHoursEvidence(prepared, pay)),
      explanation: `Le salaire affiché (${formatRange(label)} ${UNIT_FR[label.unit]}) revient à ${labelHourly.toFixed(2)} € de l'heure ${hoursPhrase(pay)}, le texte annonce ${otherHourly.toFixed(2)} € de l'heure : l'un des deux est faux (un montant affiché par défaut par le site partenaire, ou une durée différente).`,
      details: {
        label: [label.min, label.max],
        text: [other.min, other.max],
        unit: label.unit,
        textUnit: other.unit,
        weeklyHours: Math.round(pay.weeklyHours * 100) / 100,
      },
    };
  },
  examples: {
    positive: [
      {
        text: 'Salaire : 1 400 € brut par mois.',
        quote:
          'Salaire : Mensuel de 2000.0 Euros sur 12.0 mois ; Texte : « Salaire : 1 400 € brut par mois. »',
      },
      {
        // KFC's hourly rates under a label at the SMIC (196DSFV).
        text: "Rémunération :\n. 11,65€ brut / Hrs durant les 2 mois de période d'essai\n. 11,80€ brut / Hrs à la validation",
        offer: { salary: { label: 'Horaire de 11.88 Euros sur 13 mois', comment: null, complements: [] } },
        quote:
          'Salaire : Horaire de 11.88 Euros sur 13 mois ; Texte : « Rémunération : . 11,65€ brut / Hrs durant les 2… »',
      },
      {
        // A partner's monthly placeholder over the text's hourly rate (Meteojob, 0656508).
        text: "POSTE DE NUIT\nRémunération: 12.88€ de l'heure + 10% majoration de nuit",
        offer: {
          salary: { label: 'Mensuel de 1764,00 Euros', comment: null, complements: [] },
          hours: { label: null, fullTime: null },
        },
        quote:
          "Salaire : Mensuel de 1764,00 Euros ; Texte : « …Rémunération: 12.88€ de l'heure + 10% majoration… » ; Durée du travail : non indiquée, 35 h par semaine supposées",
      },
      {
        // Amounts without € in a partner feed's own fields.
        text: 'Salaire minimum : 2300\nSalaire maximum : 2500\nType de salaire : Mensuel Brut (EUR)',
        offer: {
          salary: { label: 'Mensuel de 2000,00 Euros à 2500,00 Euros', comment: null, complements: [] },
        },
        quote:
          'Salaire : Mensuel de 2000,00 Euros à 2500,00 Euros ; Texte : « Salaire minimum : 2300 Salaire maximum… »',
      },
      {
        // Two ranges in two units that do not meet at either end: 15-16 € an hour is 2,275-2,427 € (0647611).
        text: '* Rémunération: Entre 15 et 16 € Brut/ H\n* Indemnité de transport',
        offer: {
          salary: { label: 'Mensuel de 2205,00 Euros à 2352,00 Euros', comment: null, complements: [] },
        },
        quote:
          'Salaire : Mensuel de 2205,00 Euros à 2352,00 Euros ; Texte : « …Rémunération: Entre 15 et 16 € Brut/ H * Indemnité… » ; Durée du travail : 35H/semaine Travail en journée',
      },
      {
        text: 'Salaire : de 14,50 € à 16 € brut de l’heure selon expérience.',
        offer: {
          salary: { label: 'Mensuel de 2000.0 Euros à 2200.0 Euros', comment: null, complements: [] },
        },
        quote:
          'Salaire : Mensuel de 2000.0 Euros à 2200.0 Euros ; Texte : « Salaire : de 14,50 € à 16 € brut de l’heure selon expérience. » ; Durée du travail : 35H/semaine Travail en journée',
      },
      {
        // A yearly figure that no 12 to 15 months make of the text's monthly pay.
        text: 'Salaire : 3 100 € brut par mois.',
        offer: { salary: { label: 'De 26000,00 Euros à 26000,00 Euros', comment: null, complements: [] } },
        quote: 'Salaire : De 26000,00 Euros à 26000,00 Euros ; Texte : « Salaire : 3 100 € brut par mois. »',
      },
      {
        text: 'Rémunération : 32 000 € brut annuel.',
        offer: { salary: { label: 'Mensuel de 1900.0 Euros', comment: null, complements: [] } },
        quote: 'Salaire : Mensuel de 1900.0 Euros ; Texte : « Rémunération : 32 000 € brut annuel. »',
      },
      {
        // A figure to the cent, 1 % from the label's (192XMTD): small, but no rounding.
        text: '- Salaire à partir de 13.13€ B/heure + heures supplémentaires',
        offer: {
          salary: {
            label: 'Horaire de 13.0 Euros à 13.13 Euros sur 12.0 mois',
            comment: null,
            complements: [],
          },
        },
        quote:
          'Salaire : Horaire de 13.0 Euros à 13.13 Euros sur 12.0 mois ; Texte : « …à partir de 13.13€ B/heure + heures supplémentaires »',
      },
      {
        text: 'Taux horaire : 12,18 € brut/h.',
        offer: { salary: { label: 'Horaire de 12.0 Euros', comment: null, complements: [] } },
        quote: 'Salaire : Horaire de 12.0 Euros ; Texte : « Taux horaire : 12,18 € brut/h. »',
      },
    ],
    negative: [
      {
        text: 'Rémunération : entre 12 et 13 € brut/h.',
        offer: {
          salary: { label: 'Mensuel de 1820.0 Euros à 1972.0 Euros', comment: null, complements: [] },
        },
        why: 'the same range in two units: 12 € and 13 € × 151.67 h are 1,820 € and 1,972 €',
      },
      {
        text: 'Rémunération : 28 600 € brut annuel, soit 2 200 € sur 13 mois.',
        offer: { salary: { label: 'Mensuel de 2200.0 Euros', comment: null, complements: [] } },
        why: 'one pay over 13 months: 2,200 € × 13 = 28,600 €',
      },
      {
        text: 'Salaire : 26 400 € par an.',
        offer: { salary: { label: 'Mensuel de 2200.0 Euros', comment: null, complements: [] } },
        why: 'monthly label vs annual text equal: 2,200 € × 12',
      },
      {
        text: 'Payé 12€ de l’heure.',
        offer: { salary: { label: 'Horaire de 11.88 Euros', comment: null, complements: [] } },
        why: 'a whole figure in the text may round the label’s 11.88 €',
      },
      {
        text: 'Salaire : 11,92 € brut/h.',
        offer: { salary: { label: 'Horaire de 11.88 Euros', comment: null, complements: [] } },
        why: 'under half a percent apart: a slip, not another pay',
      },
      { text: 'Salaire : 2 000 € brut par mois.', why: 'the text agrees with the label' },
      {
        text: 'Salaire : 2 900 € brut par mois pour un temps plein.',
        offer: { salary: { label: 'Mensuel de 2000.0 Euros sur 12.0 mois', comment: null, complements: [] } },
        why: 'a full-time basis: the label may be the same pay pro rata',
      },
      {
        text: 'Salaire : 11,88 € brut de l’heure.',
        offer: { salary: { label: 'Mensuel de 1801,80 Euros', comment: null, complements: [] } },
        why: 'the same pay in two units: 11.88 € × 151.67 h = 1,801.80 €',
      },
      {
        text: 'Tickets restaurant d’une valeur faciale de 11,00 € par jour.',
        offer: { salary: { label: 'Horaire de 11.88 Euros', comment: null, complements: [] } },
        why: 'a meal voucher is not pay',
      },
    ],
  },
};

/** A pay this many times the SMIC, hour for hour, is not the pay of a job offered at about the SMIC a month. */
const ABSURD_HOURLY_MULTIPLE = 2.5;
/** A monthly label up to this many times the full-time SMIC reads as the full-time pay of an ordinary job. */
const FULL_TIME_PAY_CEILING = 1.25;

/**
 * A full-time monthly pay shown for a few hours a week: "Mensuel de 1801.4 Euros à 2500.0 Euros" for "Temps
 * partiel - 8H/semaine" is 52 € an hour. The label (at about the full-time SMIC) was not brought pro rata to the
 * hours, or the hours are not the job's: one of the two is false.
 */
const fullTimePayForFewHours: OfferRule = {
  kind: 'offer',
  id: 'pay_mismatch.full_time_pay_for_few_hours',
  category: 'pay_mismatch',
  severity: 'likely',
  explanation:
    "Le salaire affiché est celui d'un temps plein alors que la durée du travail annoncée est de quelques heures par semaine : l'un des deux est faux.",
  detect(prepared, facts) {
    const pay = facts.pay;
    if (facts.payAbsurdity || pay.label.status !== 'parsed') return null;
    const label = pay.label.amount;
    const { smic } = pay;
    if (label.unit !== 'month' || !smic || pay.minimumKind !== 'smic') return null;
    if (pay.hoursSource !== 'label' && pay.hoursSource !== 'text') return null;
    // A job also shown or said to be full time is hours_mismatch's, not a pay left unprorated.
    const { hours } = facts;
    if (hours.shownFullTime || hours.words.fullTime) return null;
    // A teacher's 18 h can be a full service; "2163 € brut pour un temps plein" is the basis of a pro-rata pay.
    if (facts.employer.teacherService || FULL_TIME_BASIS.test(prepared.text)) return null;
    if (label.min > smic.monthly * FULL_TIME_PAY_CEILING) return null;
    // The text's hours may count something else than the week's work ("2h par semaine de télétravail"): the most
    // hours it states, the generous reading, are judged.
    let week = {
      hoursSource: pay.hoursSource,
      hoursEvidence: pay.hoursEvidence,
      weeklyHours: pay.weeklyHours,
    };
    if (pay.hoursSource === 'text')
      for (const said of hours.inText)
        if (said.weekly > week.weeklyHours) week = { ...week, hoursEvidence: said, weeklyHours: said.weekly };
    const hourly = hourlyEquivalent(label, week.weeklyHours, pay.overtimeCounted);
    if (hourly === null || hourly < smic.hourly * ABSURD_HOURLY_MULTIPLE) return null;
    return {
      evidence: bothSides(fieldEvidence('salary', label.evidence), payHoursEvidence(prepared, week)),
      explanation: `Le salaire affiché (${formatRange(label)} par mois) est celui d'un temps plein, mais ${hoursPhrase(week)} il reviendrait à ${EUROS.format(Math.round(hourly * 100) / 100)} € de l'heure : le salaire n'a pas été ramené aux heures, ou la durée n'est pas celle du poste.`,
      details: {
        label: [label.min, label.max],
        weeklyHours: Math.round(week.weeklyHours * 100) / 100,
        hourly: Math.round(hourly * 100) / 100,
      },
    };
  },
  examples: {
    positive: [
      {
        // A full-time pay for 8 h a week (193VFFN).
        offer: {
          salary: {
            label: 'Mensuel de 1801.4 Euros à 2500.0 Euros sur 12.0 mois',
            comment: null,
            complements: [],
          },
          hours: { label: 'Temps partiel - 8H/semaine\nTravail en journée', fullTime: false },
        },
        quote:
          'Salaire : Mensuel de 1801.4 Euros à 2500.0 Euros sur 12.0 mois ; Durée du travail : Temps partiel - 8H/semaine Travail en journée',
      },
      {
        text: 'Contrat de 10h par semaine, le samedi.',
        offer: {
          salary: { label: 'Mensuel de 1850.0 Euros', comment: null, complements: [] },
          hours: { label: null, fullTime: null },
        },
        quote: 'Salaire : Mensuel de 1850.0 Euros ; Texte : « Contrat de 10h par semaine, le samedi. »',
      },
    ],
    negative: [
      {
        offer: {
          salary: { label: 'Mensuel de 1800.0 Euros à 2100.0 Euros', comment: null, complements: [] },
          hours: { label: 'Temps partiel - 25H/semaine', fullTime: false },
        },
        why: '16.60 € an hour for 25 h: a good pay, not an absurd one',
      },
      {
        text: 'Poste à 8h par semaine. Salaire : 1 850 € brut pour un temps plein, au prorata.',
        offer: {
          salary: { label: 'Mensuel de 1850 Euros', comment: null, complements: [] },
          hours: { label: null, fullTime: null },
        },
        why: 'the label is the full-time basis of a pro-rata pay, and says so',
      },
      {
        offer: {
          salary: { label: 'Mensuel de 4500 Euros', comment: null, complements: [] },
          hours: { label: 'Temps partiel - 10H/semaine', fullTime: false },
        },
        why: 'a high pay for few hours (a doctor, a consultant) is no full-time SMIC left unprorated',
      },
      {
        text: 'Poste de 35h par semaine, dont 2h par semaine de télétravail possible.',
        offer: {
          salary: { label: 'Mensuel de 1850.0 Euros', comment: null, complements: [] },
          hours: { label: null, fullTime: null },
        },
        why: 'the text also states 35 h: the most hours it gives are judged, not a share of the week',
      },
      {
        text: 'Contrat de 10h par semaine.',
        offer: {
          salary: { label: 'Mensuel de 1850.0 Euros', comment: null, complements: [] },
          hours: { label: null, fullTime: true },
        },
        why: 'the listing says full time: a contradiction of hours (hours_mismatch), not of pay',
      },
      {
        offer: {
          salary: { label: 'Mensuel de 520 Euros', comment: null, complements: [] },
          hours: { label: 'Temps partiel - 8H/semaine', fullTime: false },
        },
        why: 'a monthly pay brought pro rata to 8 h (15 € an hour)',
      },
    ],
  },
};

const partnerPagePay: PageRule = {
  kind: 'page',
  id: 'pay_mismatch.partner_page_pay',
  category: 'pay_mismatch',
  severity: 'certain',
  explanation:
    "Le salaire affiché sur France Travail n'est pas celui qu'indique la page de l'offre chez le partenaire.",
  detect(offer, page, facts) {
    if (!page.stated.pay) return null;
    const label = facts.salaryLabel;
    if (label.status !== 'parsed' || !label.amount.unit) return null;
    const fromLabel = parseSalaryLabel(page.stated.pay);
    const stated: PayAmount | undefined =
      fromLabel.status === 'parsed'
        ? fromLabel.amount
        : findPayAmounts(normaliseWithMap(page.stated.pay), 'comment')[0];
    if (!stated?.unit) return null;
    const sameUnit = stated.unit === label.amount.unit;
    if (!sameUnit && !differsAcrossUnits(label.amount, stated, facts)) return null;
    // Ranges that overlap, within 5 %, agree: rounding and "à partir de" are not contradictions.
    const overlap = stated.min <= label.amount.max * 1.05 && stated.max >= label.amount.min * 0.95;
    if (sameUnit && overlap) return null;
    return {
      ...(sameUnit ? {} : { severity: 'likely' as const }),
      evidence: bothSides(
        fieldEvidence('salary', offer.salary.label ?? ''),
        `Page du partenaire (${page.url}) : ${page.stated.pay}`,
      ),
      details: {
        listed: [label.amount.min, label.amount.max],
        stated: [stated.min, stated.max],
        unit: stated.unit,
        url: page.url,
      },
    };
  },
  examples: {
    positive: [
      {
        pages: [{ stated: { pay: '1 400 € brut par mois' } }],
        quote:
          'Salaire : Mensuel de 2000.0 Euros sur 12.0 mois ; Page du partenaire (https://partner.example/offre/1) : 1 400 € brut par mois',
      },
      {
        // An hourly rate against a monthly page for 35 h: 2,850 € is 18.79 € an hour.
        pages: [{ stated: { pay: '2850 € brut par mois' } }],
        offer: { salary: { label: 'Horaire de 13,24 Euros à 13,24 Euros', comment: null, complements: [] } },
        quote:
          'Salaire : Horaire de 13,24 Euros à 13,24 Euros ; Page du partenaire (https://partner.example/offre/1) : 2850 € brut par mois',
      },
      {
        // No hours stated, but 3,250 € a month at 13.59 € an hour would take more than 48 h a week.
        pages: [{ stated: { pay: '3250 € brut par mois' } }],
        offer: {
          salary: { label: 'Horaire de 13,59 Euros', comment: null, complements: [] },
          hours: { label: null, fullTime: null },
        },
        quote:
          'Salaire : Horaire de 13,59 Euros ; Page du partenaire (https://partner.example/offre/1) : 3250 € brut par mois',
      },
      {
        pages: [{ stated: { pay: '12 € de l’heure' } }],
        quote:
          'Salaire : Mensuel de 2000.0 Euros sur 12.0 mois ; Page du partenaire (https://partner.example/offre/1) : 12 € de l’heure',
      },
    ],
    negative: [
      { pages: [{ stated: { pay: '2 000 € brut mensuel' } }], why: 'the page agrees' },
      {
        pages: [{ stated: { pay: '13,20 € de l’heure' } }],
        why: 'the same pay in another unit: 13.20 € × 151.67 h is 2,002 €',
      },
      {
        // Hours unknown on a part-time job: a lower monthly pay may be the same rate for fewer hours.
        pages: [{ stated: { pay: '1 500 € brut par mois' } }],
        offer: {
          salary: { label: 'Horaire de 14.0 Euros', comment: null, complements: [] },
          hours: { label: null, fullTime: null },
        },
        why: 'no hours: 1,500 € may be 14 € an hour for 24 h 40 a week',
      },
    ],
  },
};

/**
 * A page's pay in another unit than the listing's, an hourly rate on one side: compared as hourly pay with the
 * offer's hours. With no hours stated, only a monthly pay that no legal week (48 h at most, art. L3121-20) makes
 * at the hourly rate differs: fewer hours can explain a lower one.
 */
function differsAcrossUnits(listed: PayAmount, stated: PayAmount, facts: OfferFacts): boolean {
  if (listed.unit !== 'hour' && stated.unit !== 'hour') return false;
  if (!PAY_UNITS.has(listed.unit ?? '') || !PAY_UNITS.has(stated.unit ?? '')) return false;
  const pay = facts.pay;
  const breaks = pay.paidBreaks?.weekly ?? 0;
  const [rate, other] = listed.unit === 'hour' ? [listed, stated] : [stated, listed];
  if (pay.hoursSource === 'assumed') {
    const mostHours = hourlyEquivalent(other, MOST_LEGAL_WEEK, true, 0);
    return mostHours !== null && mostHours > rate.max * 1.05;
  }
  const low = hourlyEquivalent(other, pay.weeklyHours, pay.overtimeCounted, breaks);
  const high = hourlyEquivalent({ ...other, min: other.max }, pay.weeklyHours, pay.overtimeCounted, breaks);
  if (low === null || high === null) return false;
  return !(low <= rate.max * 1.05 && high >= rate.min * 0.95);
}

/** The most weekly hours the law allows (Code du travail, art. L3121-20). */
const MOST_LEGAL_WEEK = 48;

export const payMismatchRules = {
  impossibleAmount,
  commissionOnly,
  textDiffers,
  fullTimePayForFewHours,
  partnerPagePay,
};
