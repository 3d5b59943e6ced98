import type { ClassifierContext } from '../../context.js';
import type { PreparedOffer } from '../../engine/prepared-offer.js';
import { includesWord } from '../../engine/substring-filter.js';
import { type HoursInText, type HoursLabel, leavesHoursOpen, type TimeWords } from '../hours.js';
import { APPRENTICE_SCALE, lowestShare, PROFESSIONALISATION_SCALE } from './apprentice-scale.js';
import { type FoundAmount, findPayAmounts, mentionsSmicAsPay } from './find-pay-amounts.js';
import type { SalaryLabelParse } from './parse-salary-label.js';
import { type PayAmount, unitIsAbsurd } from './pay-amount.js';
import { type SmicRate, smicAt } from './smic-table.js';

/** Where the weekly hours a pay is judged with come from. */
export type HoursSource = 'label' | 'text' | 'full_time' | 'assumed';

/** What an offer says about pay, read once and shared by the pay flags and the union-strict predicate. */
export interface PayFacts {
  label: SalaryLabelParse;
  commentAmounts: FoundAmount[];
  /** Pay amounts of the description and of the employer's description (partner feeds put the ad's first
   * paragraph there), read whatever the pay fields say: a text can contradict them. */
  textAmounts: FoundAmount[];
  /**
   * The text's pay amounts a label can be compared with: a known unit the SMIC check uses, and not the part of
   * the label that the text completes with a fixed indemnity ("1772.58 € + indemnités LAFORCADE 238 €" under a
   * label of 2010.58 €: one pay, hard call 3).
   */
  comparable: FoundAmount[];
  /** "Salaire : SMIC", "smic en vigueur", "% du SMIC": pay named without a figure. */
  saysSmic: boolean;
  /** An amount is stated: a label with a figure, an amount in the pay fields or in the text. */
  stated: boolean;
  /** The amount the absurdity checks read: the label's, else the comment's, else the text's. */
  reference: PayAmount | null;
  /**
   * The amount compared with the SMIC: the LOWEST figure the offer states, label and text of the same unit
   * together (ANNOTATION.md, below_minimum_wage); when the text gives its pay in another unit than the label (a
   * partner's monthly placeholder over the text's hourly rate), the text's.
   */
  judged: PayAmount | null;
  /** The label is in another unit than all of the text's own pay: it may be a partner's placeholder. */
  labelSetAside: boolean;
  /** Weekly hours used for the hourly equivalent, and where they come from. */
  weeklyHours: number;
  hoursStated: boolean;
  hoursSource: HoursSource;
  /** The words that gave the hours, when they come from the text. */
  hoursEvidence: HoursInText | null;
  /** Whether hours above 35 are counted with the 25 % premium (not when the text annualises them or gives RTT). */
  overtimeCounted: boolean;
  /**
   * Weekly hours of paid breaks inside `weeklyHours` (food retail's 36.75 h are 35 h of work and 5 % of paid
   * breaks): paid at the base rate, never as overtime. `said` when the text says so, not read from 36.75 alone.
   */
  paidBreaks: { weekly: number; said: boolean } | null;
  /** No hours are stated and the text says they depend on the candidate's availability or are occasional. */
  hoursVary: boolean;
  /** Hourly equivalent of the judged amount's minimum, gross, hours above 35 paid with the 25 % premium. */
  hourly: number | null;
  smic: SmicRate | null;
  /** The minimum that applies: the SMIC, or the lowest apprentice or professionalisation share of it. */
  minimumHourly: number | null;
  minimumKind: 'smic' | 'apprentissage' | 'professionnalisation';
}

/** Net to gross: employees' contributions are about 22 % of gross in the private sector. */
const NET_TO_GROSS = 1 / 0.78;
/** Overtime premium of the first eight hours above 35 (Code du travail, art. L3121-36). */
const OVERTIME_PREMIUM = 1.25;

/** The facts analysePay reads that other rules read too (facts/offer-facts.ts computes each once). */
export interface SharedPayInputs {
  salaryLabel: SalaryLabelParse;
  hours: { label: HoursLabel; inText: HoursInText[]; words: TimeWords; shownFullTime: boolean };
  descriptionAmounts: FoundAmount[];
  employerDescriptionAmounts: FoundAmount[];
}

const PAY_UNITS = new Set(['hour', 'month', 'year']);

/** A text amount that says it is this job's pay, with a unit the SMIC check can use. */
function usable(amount: FoundAmount): boolean {
  return (
    amount.payContext &&
    !amount.excluded &&
    amount.unit !== null &&
    PAY_UNITS.has(amount.unit) &&
    !unitIsAbsurd(amount.unit, amount.min, amount.max)
  );
}

export function analysePay(
  prepared: PreparedOffer,
  context: ClassifierContext,
  shared: SharedPayInputs,
): PayFacts {
  const { offer } = prepared;
  const label = shared.salaryLabel;
  const commentAmounts = findPayAmounts(prepared.salaryNotes, 'comment').filter((amount) => !amount.excluded);
  const textAmounts = [...shared.descriptionAmounts, ...shared.employerDescriptionAmounts].filter(
    (amount) => amount.payContext && !amount.excluded,
  );
  // A label with no figure ("Annuel de", "Selon profil") states no amount.
  const labelStates = label.status === 'parsed' || (label.status === 'unparsed' && /\d/.test(label.label));
  const stated = labelStates || commentAmounts.length > 0 || textAmounts.length > 0;
  const saysSmic =
    !stated &&
    (mentionsSmicAsPay(prepared.salaryNotes.text, true) ||
      (includesWord(prepared.description.text, 'smic') &&
        mentionsSmicAsPay(prepared.description.text, false)));

  const { weeklyHours, hoursSource, hoursEvidence } = hoursForPay(shared.hours);
  const hoursStated = hoursSource === 'label' || hoursSource === 'text';

  const fieldAmount: PayAmount | null =
    label.status === 'parsed'
      ? label.amount
      : (commentAmounts.find((amount) => amount.unit !== null) ?? null);
  const reference =
    fieldAmount ?? textAmounts.find((amount) => amount.unit !== null && !amount.unitInferred) ?? null;

  const inText = textAmounts.filter(
    (amount) =>
      usable(amount) && !(fieldAmount && completesTo(amount, fieldAmount, shared.descriptionAmounts)),
  );
  // "36.50 heures hebdomadaires lissées sur l'année", "39 h avec RTT": the hours above 35 are paid in rest.
  const overtimeCounted = weeklyHours <= 35 || !ANNUALISED.test(prepared.text);
  const paidBreaks = weeklyHours > 35 ? paidBreaksOf(weeklyHours, prepared.text) : null;
  const breaks = paidBreaks?.weekly ?? 0;
  const hoursVary = hoursSource === 'assumed' && leavesHoursOpen(prepared.text);
  // The lowest figure the offer states is judged, label and text together (ANNOTATION.md, below_minimum_wage);
  // a label in another unit than all of the text's pay may be a partner's placeholder: still judged, as likely.
  let judged: PayAmount | null = fieldAmount;
  const labelSetAside =
    fieldAmount !== null && inText.length > 0 && !inText.some((amount) => amount.unit === fieldAmount.unit);
  if (inText.length > 0)
    judged = lowest(fieldAmount ? [fieldAmount, ...inText] : inText, weeklyHours, overtimeCounted, breaks);

  const smic = offer.place.departement === '976' ? null : smicAt(offer.createdAt, context.smicTable);
  const minimumKind = alternanceKind(prepared);
  const share =
    minimumKind === 'apprentissage'
      ? lowestShare(APPRENTICE_SCALE)
      : minimumKind === 'professionnalisation'
        ? lowestShare(PROFESSIONALISATION_SCALE)
        : 1;
  return {
    label,
    commentAmounts,
    textAmounts,
    comparable: inText,
    saysSmic,
    stated,
    reference,
    judged,
    labelSetAside,
    weeklyHours,
    hoursStated,
    hoursSource,
    hoursEvidence,
    overtimeCounted,
    paidBreaks,
    hoursVary,
    hourly: judged ? hourlyEquivalent(judged, weeklyHours, overtimeCounted, breaks) : null,
    smic,
    minimumHourly: smic ? Math.round(smic.hourly * share * 100) / 100 : null,
    minimumKind,
  };
}

const ANNUALISED =
  /\brtt\b|\bannualis|\blissees? sur l'annee\b|\bjours? de repos (?:supplementaires|compensateurs?)\b/;

/*
 * Paid breaks said in the text: "pauses payées comprises", "dont 1h45 de pause rémunérée", "temps de pause
 * rémunéré". Break time is not work time (Code du travail, art. L3121-1): it is paid at the base rate, without the
 * premium of overtime.
 */
const PAID_BREAKS =
  /\bpauses? (?:(?:payees?|remunerees?)|(?:comprises?|incluses?))\b|\btemps de pauses? (?:paye|remunere)s?\b/;
/** Food retail's collective agreements pay breaks of 5 % of the work time: 35 h of work are 36.75 h paid. */
const BREAK_SHARE = 0.05;

/**
 * The paid breaks inside weekly hours above 35: up to 5 % of 35 h when the text says breaks are paid, or the
 * whole 1.75 h when the hours are exactly 36.75 (36 h 45), the signature of 35 h plus 5 % in food retail.
 */
function paidBreaksOf(weeklyHours: number, text: string): { weekly: number; said: boolean } | null {
  const most = 35 * BREAK_SHARE;
  const said = includesWord(text, 'pause') && PAID_BREAKS.test(text);
  if (said) return { weekly: Math.min(weeklyHours - 35, most), said: true };
  if (Math.abs(weeklyHours - 35 - most) < 0.01) return { weekly: most, said: false };
  return null;
}

/** A text amount that, with another amount of the text (an indemnity), makes the label's minimum. */
function completesTo(amount: PayAmount, label: PayAmount, all: readonly FoundAmount[]): boolean {
  if (amount.unit !== label.unit || amount.min >= label.min) return false;
  const missing = label.min - amount.min;
  return all.some((other) => other !== amount && Math.abs(other.min - missing) <= 0.01 * label.min);
}

/** The amount whose minimum is the lowest hourly pay. */
function lowest(
  amounts: readonly PayAmount[],
  weeklyHours: number,
  overtime: boolean,
  breaks: number,
): PayAmount | null {
  let best: PayAmount | null = null;
  let bestHourly = Number.POSITIVE_INFINITY;
  for (const amount of amounts) {
    const hourly = hourlyEquivalent(amount, weeklyHours, overtime, breaks);
    if (hourly !== null && hourly < bestHourly) {
      best = amount;
      bestHourly = hourly;
    }
  }
  return best ?? amounts[0] ?? null;
}

/**
 * The weekly hours a monthly pay is judged with: the listing's, else the text's (the lowest stated: the
 * generous reading), else 35 h when the offer says full time, else 35 h assumed.
 */
export function hoursForPay(hours: SharedPayInputs['hours']): {
  weeklyHours: number;
  hoursSource: HoursSource;
  hoursEvidence: HoursInText | null;
} {
  if (hours.label.weekly !== null)
    return { weeklyHours: hours.label.weekly, hoursSource: 'label', hoursEvidence: null };
  if (hours.inText.length > 0) {
    let least = hours.inText[0]!;
    for (const statement of hours.inText) if (statement.weekly < least.weekly) least = statement;
    return { weeklyHours: least.weekly, hoursSource: 'text', hoursEvidence: least };
  }
  if (hours.shownFullTime || hours.words.fullTime)
    return { weeklyHours: 35, hoursSource: 'full_time', hoursEvidence: null };
  return { weeklyHours: 35, hoursSource: 'assumed', hoursEvidence: null };
}

/**
 * Paid hours of a month for weekly hours: 35 h = 151.67 h; each hour of work above 35 counts 1.25 (the premium),
 * or nothing when the hours above 35 are paid in rest (RTT, annualised time); paid breaks count once.
 */
export function paidMonthlyHours(weeklyHours: number, overtime = true, paidBreaks = 0): number {
  const work = weeklyHours - paidBreaks;
  // A part-time month is 52/12 of the week, which payslips write to the hundredth (25 h: 108.33 h): truncated,
  // the employer's rounding never counts against the offer, and nothing more does.
  const base = Math.floor(((Math.min(work, 35) * 52) / 12) * 100 + 1e-6) / 100;
  const above = (Math.max(0, work - 35) * 52) / 12;
  // 35 h is the legal 151.67 h of the SMIC decree, not 151.666…
  return (work >= 35 ? 151.67 : base) + (overtime ? above * OVERTIME_PREMIUM : 0) + (paidBreaks * 52) / 12;
}

/** Hourly gross equivalent of an amount's minimum; null for units with other rules (cachet, day, week). */
export function hourlyEquivalent(
  amount: PayAmount,
  weeklyHours: number,
  overtime = true,
  paidBreaks = 0,
): number | null {
  const gross = amount.basis === 'net' ? amount.min * NET_TO_GROSS : amount.min;
  // "sur 13 mois": the yearly total is what the employee gets; spreading it is the generous reading.
  const spread =
    amount.monthsPerYear && amount.monthsPerYear >= 12 && amount.monthsPerYear <= 15
      ? amount.monthsPerYear / 12
      : 1;
  const monthlyHours = paidMonthlyHours(weeklyHours, overtime, paidBreaks);
  switch (amount.unit) {
    case 'hour':
      return gross;
    case 'month':
      return (gross * spread) / monthlyHours;
    case 'year':
      return gross / 12 / monthlyHours;
    default:
      return null;
  }
}

function alternanceKind(prepared: PreparedOffer): PayFacts['minimumKind'] {
  const nature = (prepared.offer.contract.nature ?? '').toLowerCase();
  if (nature.includes('apprentissage')) return 'apprentissage';
  if (nature.includes('professionnalisation')) return 'professionnalisation';
  if (prepared.offer.contract.alternance) return 'apprentissage';
  return 'smic';
}
