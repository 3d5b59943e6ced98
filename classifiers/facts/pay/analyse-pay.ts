import type { ClassifierContext } from '../../context.js';
import type { PreparedOffer } from '../../engine/prepared-offer.js';
import { type HoursLabel, parseHoursLabel } from '../hours.js';
import { APPRENTICE_SCALE, lowestShare, PROFESSIONALISATION_SCALE } from './apprentice-scale.js';
import { type FoundAmount, findPayAmounts, mentionsSmicAsPay } from './find-pay-amounts.js';
import { parseSalaryLabel, type SalaryLabelParse } from './parse-salary-label.js';
import type { PayAmount } from './pay-amount.js';
import { type SmicRate, smicAt } from './smic-table.js';

/** What an offer says about pay, read once and shared by the pay flags and the union-strict predicate. */
export interface PayFacts {
  label: SalaryLabelParse;
  commentAmounts: FoundAmount[];
  /** Amounts in the description; only read when the pay fields state nothing. */
  descriptionAmounts: FoundAmount[];
  /** "Salaire : SMIC" and the like (only looked for when the pay fields state nothing). */
  saysSmic: boolean;
  /** Some pay is stated: a label (even unparsed), an amount in the pay fields or the text, or "SMIC". */
  stated: boolean;
  /** The amount compared with the SMIC, if any: the label's, else the comment's, else the text's. */
  reference: PayAmount | null;
  /** Weekly hours used for the hourly equivalent, and whether the offer stated them. */
  weeklyHours: number;
  hoursStated: boolean;
  /** Hourly equivalent of the reference amount's minimum, gross; null when it cannot be computed honestly. */
  hourly: number | null;
  smic: SmicRate | null;
  /** The minimum that applies: the SMIC, or the lowest apprentice or professionalisation share of it. */
  minimumHourly: number | null;
  minimumKind: 'smic' | 'apprentissage' | 'professionnalisation';
}

/** Net to gross: employees' contributions are about 22 % of gross in the private sector. */
const NET_TO_GROSS = 1 / 0.78;

/** The facts analysePay reads that other rules read too (facts/offer-facts.ts computes each once). */
export interface SharedPayInputs {
  salaryLabel: SalaryLabelParse;
  hours: { label: HoursLabel };
  descriptionAmounts: FoundAmount[];
}

export function analysePay(
  prepared: PreparedOffer,
  context: ClassifierContext,
  shared: SharedPayInputs = standalone(prepared),
): PayFacts {
  const { offer } = prepared;
  const label = shared.salaryLabel;
  const commentAmounts = findPayAmounts(prepared.salaryNotes, 'comment').filter((amount) => !amount.excluded);
  // The text is only read when the pay fields say nothing: it is the slow part, and the fields come first.
  const fieldsState = label.status !== 'missing' || commentAmounts.length > 0;
  const descriptionAmounts =
    fieldsState || !/\d/.test(prepared.description.text)
      ? []
      : shared.descriptionAmounts.filter((amount) => amount.payContext && !amount.excluded);
  const saysSmic =
    !fieldsState &&
    (mentionsSmicAsPay(prepared.salaryNotes.text, true) ||
      (prepared.description.text.includes('smic') && mentionsSmicAsPay(prepared.description.text, false)));
  const stated = fieldsState || descriptionAmounts.length > 0 || saysSmic;

  const hoursLabel = shared.hours.label;
  const hoursStated = hoursLabel.weekly !== null;
  const weeklyHours = hoursLabel.weekly ?? 35;

  const reference =
    label.status === 'parsed'
      ? label.amount
      : (commentAmounts.find((amount) => amount.unit !== null) ??
        descriptionAmounts.find((amount) => amount.unit !== null && !amount.unitInferred) ??
        null);

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
    descriptionAmounts,
    saysSmic,
    stated,
    reference,
    weeklyHours,
    hoursStated,
    hourly: reference ? hourlyEquivalent(reference, weeklyHours) : null,
    smic,
    minimumHourly: smic ? Math.round(smic.hourly * share * 100) / 100 : null,
    minimumKind,
  };
}

function standalone(prepared: PreparedOffer): SharedPayInputs {
  return {
    salaryLabel: parseSalaryLabel(prepared.offer.salary.label),
    hours: { label: parseHoursLabel(prepared.offer.hours.label) },
    get descriptionAmounts() {
      return findPayAmounts(prepared.description, 'description');
    },
  };
}

/** Hourly gross equivalent of an amount's minimum; null for units with other rules (cachet, day, week). */
export function hourlyEquivalent(amount: PayAmount, weeklyHours: number): number | null {
  const gross = amount.basis === 'net' ? amount.min * NET_TO_GROSS : amount.min;
  // "sur 13 mois": the yearly total is what the employee gets; spreading it is the generous reading.
  const spread =
    amount.monthsPerYear && amount.monthsPerYear >= 12 && amount.monthsPerYear <= 15
      ? amount.monthsPerYear / 12
      : 1;
  const monthlyHours = (weeklyHours * 52) / 12;
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
