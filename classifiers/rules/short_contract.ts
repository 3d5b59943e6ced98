import { contractLabelEvidence, isFixedTerm } from '../facts/contract.js';
import type { OfferRule } from '../rule.js';

export const shortContractRules: readonly OfferRule[] = [
  {
    kind: 'offer',
    id: 'short_contract.under_one_month',
    category: 'short_contract',
    severity: 'certain',
    explanation: "Le contrat dure moins d'un mois.",
    detect(prepared, facts) {
      const contract = facts.contract;
      if (!isFixedTerm(contract.kind) || contract.durationDays === null || contract.durationDays >= 30)
        return null;
      return {
        evidence: contractLabelEvidence(prepared.offer),
        explanation: `Le contrat dure ${contract.durationText}, moins d'un mois.`,
        details: { days: contract.durationDays },
      };
    },
    examples: {
      positive: [
        {
          offer: { contract: { type: 'MIS', label: 'Intérim - 5 Jour(s)', nature: null, alternance: null } },
          quote: 'typeContratLibelle: Intérim - 5 Jour(s)',
        },
      ],
      negative: [
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
