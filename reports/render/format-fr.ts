import type { ShareEstimate } from '../statistics/share-estimate.js';
import type { Interval } from '../statistics/wilson-interval.js';

const integer = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('fr-FR', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** "12,3 %" — French puts a (narrow, non-breaking) space before the percent sign. */
export function percent(share: number): string {
  return `${oneDecimal.format(share * 100)}\u202f%`;
}

const decimal = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 6, useGrouping: false });

/** "12,5": a number for a French spreadsheet, decimal comma and no thousands separator. */
export function decimalText(value: number): string {
  return Number.isFinite(value) ? decimal.format(value) : '';
}

export function count(value: number): string {
  return integer.format(Math.round(value));
}

/** "10,1 – 14,6 %" */
export function intervalText(interval: Interval): string {
  return `${oneDecimal.format(interval.low * 100)} – ${oneDecimal.format(interval.high * 100)}\u202f%`;
}

/** The interval or, for a census, why there is none. */
export function precisionText(estimate: ShareEstimate): string {
  return estimate.interval ? `IC 95 % : ${intervalText(estimate.interval)}` : 'recensement : valeur exacte';
}

/** A floor and a ceiling as one figure: "12,3 %" when they agree, "12,3 à 15,0 %" otherwise. */
export function rangeText(floor: number, ceiling: number): string {
  if (Math.abs(floor - ceiling) < 1e-9) return percent(floor);
  return `${oneDecimal.format(floor * 100)} à ${percent(ceiling)}`;
}

/** A change in percentage points, signed: "+3,2 pts", "−1,0 pt". */
export function pointsText(difference: number): string {
  const points = difference * 100;
  const sign = points > 0.05 ? '+' : points < -0.05 ? '−' : '';
  const value = oneDecimal.format(Math.abs(points));
  return `${sign}${value}\u00a0pt${Math.abs(points) >= 2 ? 's' : ''}`;
}

/** The interval of a change, in signed points: "−3,9 à +1,3 pts". */
export function pointsIntervalText(interval: Interval): string {
  const signed = (share: number) => {
    const points = share * 100;
    const sign = points > 0.05 ? '+' : points < -0.05 ? '−' : '';
    return `${sign}${oneDecimal.format(Math.abs(points))}`;
  };
  return `${signed(interval.low)} à ${signed(interval.high)}\u00a0pts`;
}

export function dateText(iso: string | null): string {
  if (!iso) return 'non indiquée';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleDateString('fr-FR', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** "0 offre", "1 offre", "2 offres": French puts 0 and 1 in the singular. */
export function offersText(value: number, suffix = ''): string {
  const word = Math.round(value) <= 1 ? 'offre' : 'offres';
  const tail = suffix ? ` ${Math.round(value) <= 1 ? suffix.replace(/s$/, '') : suffix}` : '';
  return `${count(value)} ${word}${tail}`;
}
