import { plainText } from '../../engine/normalise.js';
import { parseAmount } from './parse-number.js';
import type { PayAmount, PayUnit } from './pay-amount.js';
import { unitFromSize } from './pay-amount.js';

export type SalaryLabelParse =
  | { status: 'missing' }
  | { status: 'unparsed'; label: string }
  | { status: 'parsed'; amount: PayAmount };

const UNITS: Record<string, PayUnit> = {
  horaire: 'hour',
  mensuel: 'month',
  annuel: 'year',
  cachet: 'performance',
  journalier: 'day',
  hebdomadaire: 'week',
};

const NUMBER = '(\\d[\\d.,]{0,14})';
/*
 * Every `salaire.libelle` format of francetravail.md §2: "Mensuel de 2275.0 Euros à 3033.0 Euros sur 12.0 mois",
 * "Annuel de 26400,00 Euros sur 12 mois", "Mensuel de 1600,00 Euros à 1800,00 Euros" (no "sur"),
 * "De 1801,00 Euros à 1801,00 Euros" (no unit), "Cachet de 150 Euros".
 */
const LABEL = new RegExp(
  `^(?:(horaire|mensuel|annuel|cachet|journalier|hebdomadaire) )?(?:de )?${NUMBER} ?(?:euros?|eur|€)(?: ?(?:a|-) ?${NUMBER} ?(?:euros?|eur|€))?(?: ?sur ?${NUMBER} ?mois)?`,
);

/** Parses `salaire.libelle`. A label that is present but not understood is `unparsed`, never `missing`. */
export function parseSalaryLabel(label: string | null | undefined): SalaryLabelParse {
  if (!label || label.trim() === '') return { status: 'missing' };
  const text = plainText(label).trim();
  const match = LABEL.exec(text);
  if (!match) return { status: 'unparsed', label };
  const first = parseAmount(withoutFinalSeparator(match[2]!));
  const second = match[3] ? parseAmount(withoutFinalSeparator(match[3])) : first;
  if (first === null || second === null) return { status: 'unparsed', label };
  const months = match[4] ? parseAmount(withoutFinalSeparator(match[4])) : null;
  const declared = match[1] ? UNITS[match[1]]! : null;
  const min = Math.min(first, second);
  const max = Math.max(first, second);
  return {
    status: 'parsed',
    amount: {
      unit: declared ?? unitFromSize(min),
      unitInferred: declared === null,
      min,
      max,
      monthsPerYear: months && months > 0 ? months : null,
      basis: 'gross',
      where: 'label',
      evidence: label,
    },
  };
}

/** "2275." → "2275": NUMBER may end on the sentence's dot or comma. */
function withoutFinalSeparator(number: string): string {
  const last = number.charCodeAt(number.length - 1);
  return last === 46 || last === 44 ? number.slice(0, -1) : number;
}
