import { fieldEvidence, textEvidence } from '../../engine/evidence.js';
import { type PreparedOffer, quoteText } from '../../engine/prepared-offer.js';
import type { HoursInText } from '../hours.js';
import { formatHours, hoursEvidence } from '../hours.js';
import type { HoursSource } from './analyse-pay.js';
import type { PayAmount } from './pay-amount.js';

/** "Salaire : Mensuel de 1500.0 Euros", "Précision sur le salaire : 918", "Texte : « 11,65€ brut / Hrs »". */
export function amountEvidence(amount: PayAmount): string {
  switch (amount.where) {
    case 'label':
      return fieldEvidence('salary', amount.evidence);
    case 'comment':
      return fieldEvidence('salaryComment', amount.evidence);
    case 'employerDescription':
      return textEvidence(amount.evidence, 'employerDescription');
    default:
      return textEvidence(amount.evidence);
  }
}

/** The hours a pay was judged with and where they come from, as a union can print it. */
export function payHoursEvidence(
  prepared: PreparedOffer,
  pay: { hoursSource: HoursSource; hoursEvidence: HoursInText | null; weeklyHours: number },
): string {
  switch (pay.hoursSource) {
    case 'label':
      return hoursEvidence(prepared.offer.hours);
    case 'text': {
      const said = pay.hoursEvidence!;
      return textEvidence(quoteText(prepared, said.index, said.index + said.length));
    }
    case 'full_time':
      return prepared.offer.hours.label || prepared.offer.hours.fullTime !== null
        ? hoursEvidence(prepared.offer.hours)
        : `${fieldEvidence('hours', 'temps plein (texte)')}, soit ${formatHours(pay.weeklyHours)} par semaine`;
    default:
      return `${fieldEvidence('hours', 'non indiquée')}, ${formatHours(pay.weeklyHours)} par semaine supposées`;
  }
}

/** "pour 38 h par semaine (durée lue dans le texte)". */
export function hoursPhrase(pay: { hoursSource: HoursSource; weeklyHours: number }): string {
  const where =
    pay.hoursSource === 'label'
      ? 'durée affichée'
      : pay.hoursSource === 'text'
        ? 'durée lue dans le texte'
        : pay.hoursSource === 'full_time'
          ? 'temps plein indiqué'
          : 'durée non indiquée, temps plein supposé';
  return `pour ${formatHours(pay.weeklyHours)} par semaine (${where})`;
}
