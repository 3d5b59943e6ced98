/** The unit an amount is paid by. "performance" is the artists' cachet. */
export type PayUnit = 'hour' | 'day' | 'week' | 'month' | 'year' | 'performance';

export interface PayAmount {
  /** Declared (or, for a bare amount in a pay field, inferred from its size); null when it cannot be told. */
  unit: PayUnit | null;
  unitInferred: boolean;
  min: number;
  max: number;
  /** "sur 13 mois": 13. Null when not stated or 0 ("sur 0.0 mois" is seen in real labels). */
  monthsPerYear: number | null;
  basis: 'gross' | 'net' | null;
  where: 'label' | 'comment' | 'description' | 'employerDescription';
  /** As written. */
  evidence: string;
}

/** The unit a bare amount most plausibly is, from its size alone; null in the ambiguous zone. */
export function unitFromSize(value: number): PayUnit | null {
  if (value >= 5 && value < 120) return 'hour';
  if (value >= 600 && value < 10_000) return 'month';
  if (value >= 10_000 && value < 1_000_000) return 'year';
  return null;
}

/**
 * Whether a declared unit is absurd for the amount: "Mensuel de 11,88 Euros", "Annuel de 17,00 Euros",
 * "40 000 € à 60 000 € par mois". The bounds are wide on purpose: only unit errors, not high or low pay.
 */
export function unitIsAbsurd(unit: PayUnit, min: number, max: number): boolean {
  switch (unit) {
    case 'hour':
      return max > 400 || min < 2;
    case 'month':
      return max > 30_000 || min < 100;
    case 'year':
      return min < 3_000 || max > 2_000_000;
    case 'day':
      return max > 3_000 || min < 10;
    default:
      return false;
  }
}

/**
 * Whether an amount cannot be the pay it claims: a unit error ("Mensuel de 11,88 Euros") or a range from the
 * simple to more than the triple. Such an amount is compared with nothing else (pay_mismatch says why).
 */
export function absurdityOf(
  amount: PayAmount | null,
  alternance = false,
): 'unit_error' | 'range_too_wide' | null {
  if (!amount) return null;
  if (amount.unit && !amount.unitInferred && unitIsAbsurd(amount.unit, amount.min, amount.max))
    return 'unit_error';
  // The apprentice scale itself runs from 27 % to 100 % of the SMIC (486 € to 1,801 €): a legal range.
  if (amount.max > 3 * amount.min && !(alternance && amount.max <= 4 * amount.min)) return 'range_too_wide';
  return null;
}
