import { bothSides, textEvidence } from '../engine/evidence.js';
import { contractFieldEvidence, isFixedTerm, MONTHS } from '../facts/contract.js';
import { quotePrepared } from '../facts/quote.js';
import type { OfferRule } from '../rule.js';

/** Days left of the month a span names, from the offer's creation (a month not yet begun has all its days). */
function monthLeft(
  prepared: { text: string; offer: { createdAt: string | null } },
  span: { index: number; length: number },
): number {
  const words = prepared.text.slice(span.index, span.index + span.length);
  const month = MONTHS.findIndex((name) => words.endsWith(name));
  const created = prepared.offer.createdAt ? new Date(prepared.offer.createdAt) : null;
  if (month < 0 || !created || Number.isNaN(created.getTime()) || created.getUTCMonth() !== month) return 31;
  const last = new Date(Date.UTC(created.getUTCFullYear(), month + 1, 0)).getUTCDate();
  return last - created.getUTCDate() + 1;
}

export const shortContractRules: readonly OfferRule[] = [
  {
    kind: 'offer',
    id: 'short_contract.under_one_month',
    category: 'short_contract',
    severity: 'certain',
    explanation: "Le contrat dure moins d'un mois.",
    detect(prepared, facts) {
      const contract = facts.contract;
      if (!isFixedTerm(contract.kind)) return null;
      if (contract.durationDays === null || contract.durationDays >= 30) {
        // The text dates a shorter mission: "du 19 août au 30 août", "pour le mois d'août" posted on the 5th.
        const spans = facts.contractSpans;
        const dated = spans.find((span) => span.kind === 'dates' && span.days < 28);
        // A list of dated working days ("Mission samedi 09/08 et samedi 16/08"): its first to its last day.
        const days = dated ? undefined : spans.find((span) => span.kind === 'days' && span.days < 28);
        const month =
          dated || days
            ? undefined
            : spans.find((span) => span.kind === 'month' && monthLeft(prepared, span) < 28);
        const span = dated ?? days ?? month;
        if (!span) return null;
        const { quote } = quotePrepared(prepared, span.index, span.index + span.length);
        return {
          rule: 'short_contract.dated_in_text',
          severity: dated ? 'certain' : 'likely',
          evidence: bothSides(contractFieldEvidence(prepared.offer), textEvidence(quote)),
          explanation: dated
            ? `Les dates que donne le texte font un contrat de ${span.days} jours, moins d'un mois.`
            : days
              ? `Les jours de travail que donne le texte tiennent en ${span.days} jours, moins d'un mois, sauf si le contrat court au-delà.`
              : "Le texte limite le contrat à un mois déjà commencé quand l'offre a été publiée : il reste moins d'un mois, sauf si le contrat est prolongé.",
          details: { days: month ? monthLeft(prepared, span) : span.days },
        };
      }
      return {
        evidence: contractFieldEvidence(prepared.offer),
        explanation: `Le contrat dure ${contract.durationText}, moins d'un mois.`,
        details: { days: contract.durationDays },
      };
    },
    examples: {
      positive: [
        {
          offer: { contract: { type: 'MIS', label: 'Intérim - 5 Jour(s)', nature: null, alternance: null } },
          quote: 'Type de contrat : Intérim - 5 Jour(s)',
        },
        {
          // 196DWYW: a month listed, 12 days dated.
          text: 'Ce poste est à pourvoir du 19 Aout 2024 au 30 août 2024.',
          offer: { contract: { type: 'MIS', label: 'Intérim - 1 Mois', nature: null, alternance: null } },
          quote: 'Type de contrat : Intérim - 1 Mois ; Texte : « du 19 Aout 2024 au 30 août 2024 »',
        },
        {
          // 0630794: posted on 5 August for the month of August.
          text: 'L’Alpen Valley recherche ses plongeurs pour le mois d’août 2025.',
          offer: { contract: { type: 'CDD', label: 'CDD - 5 Mois', nature: null, alternance: null } },
          quote: 'Type de contrat : CDD - 5 Mois ; Texte : « pour le mois d’août »',
        },
        {
          // A month listed, two dated Saturdays a week apart.
          text: 'Mission samedi 09/08/2025 et samedi 16/08/2025 de 9h00 à 13h00.',
          offer: { contract: { type: 'MIS', label: 'Intérim - 1 Mois', nature: null, alternance: null } },
          quote: 'Type de contrat : Intérim - 1 Mois ; Texte : « samedi 09/08/2025 et samedi 16/08/2025 »',
        },
      ],
      negative: [
        {
          text: 'CDD du 01/09/2025 au 31/10/2025.',
          offer: { contract: { type: 'CDD', label: 'CDD - 2 Mois', nature: null, alternance: null } },
          why: 'two months of dates',
        },
        {
          text: 'Planning : vendredi 27 juin, samedi 5 juillet, vendredi 29 août.',
          offer: {
            contract: { type: 'CDD', label: 'CDD - 3 Mois', nature: null, alternance: null },
            createdAt: '2025-06-20T10:00:00.000Z',
          },
          why: 'dated days over two months: not under a month',
        },
        {
          offer: { contract: { type: 'CDD', label: 'CDD - 1 Mois', nature: null, alternance: null } },
          why: 'a month is 30 days: not under a month',
        },
        {
          offer: {
            contract: {
              type: 'LIB',
              label: 'Profession libérale - 5 Jour(s)',
              nature: null,
              alternance: null,
            },
          },
          why: 'only fixed-term contracts (CDD, interim, seasonal, insertion) have a length that matters here',
        },
      ],
    },
  },
];
