import { quoteText } from '../engine/prepared-offer.js';
import { contractLabelEvidence, isFixedTerm } from '../facts/contract.js';
import type { OfferRule } from '../rule.js';

export const cddRulesRules: readonly OfferRule[] = [
  {
    kind: 'offer',
    id: 'cdd_rules.path_to_cdi',
    category: 'cdd_rules',
    severity: 'certain',
    reference: 'Code du travail, art. L1242-1 (CDD), L1251-5 (intérim)',
    explanation:
      "Un CDD ou une mission d'intérim ne peut pas servir à pourvoir un emploi durable de l'entreprise : le présenter comme une étape vers un CDI est contraire aux règles de ces contrats.",
    detect(prepared, facts) {
      if (!isFixedTerm(facts.contract.kind)) return null;
      // The phrase itself is a fact (facts/contract.ts, PATH_TO_CDI): contract_mismatch reads it too.
      const match = facts.pathToCdi;
      if (!match) return null;
      return { evidence: quoteText(prepared, match.index, match.index + match[0].length) };
    },
    examples: {
      positive: [
        {
          text: 'CDD de 6 mois pouvant déboucher sur un CDI.',
          offer: {
            contract: { type: 'CDD', label: 'CDD - 6 Mois', nature: 'Contrat travail', alternance: false },
          },
          quote: 'CDD de 6 mois pouvant déboucher sur un CDI.',
        },
      ],
      negative: [
        {
          text: 'CDI pouvant évoluer vers un poste de chef d’équipe.',
          why: 'a CDI listing: the path to a CDI only matters for a fixed-term contract',
        },
        {
          text: 'CDD de 6 mois, remplacement d’un congé maternité.',
          offer: {
            contract: { type: 'CDD', label: 'CDD - 6 Mois', nature: 'Contrat travail', alternance: false },
          },
          why: 'a lawful replacement, with no hire promised',
        },
      ],
    },
  },
  {
    kind: 'offer',
    id: 'cdd_rules.over_18_months',
    category: 'cdd_rules',
    severity: 'likely',
    explanation: "La durée affichée dépasse les 18 mois qu'autorise la loi, sauf cas particuliers.",
    detect(prepared, facts) {
      const contract = facts.contract;
      const months = contract.durationDays !== null ? contract.durationDays / 30 : null;
      if (months === null || contract.alternance || (contract.kind !== 'MIS' && contract.kind !== 'CDD'))
        return null;
      if (months <= 18) return null;
      const interim = contract.kind === 'MIS';
      return {
        rule: interim ? 'cdd_rules.interim_over_18_months' : 'cdd_rules.cdd_over_18_months',
        // 24 and 36 months exist for some cases (CDD à objet défini, missions abroad, awaiting a hire).
        severity: interim && months > 24 ? 'certain' : 'likely',
        evidence: contractLabelEvidence(prepared.offer),
        reference: interim ? 'Code du travail, art. L1251-12' : 'Code du travail, art. L1242-8',
        explanation: `La durée affichée (${contract.durationText}) dépasse les 18 mois qu'autorise la loi, sauf cas particuliers.`,
        details: { months },
      };
    },
    examples: {
      positive: [
        {
          offer: {
            contract: { type: 'CDD', label: 'CDD - 24 Mois', nature: 'Contrat travail', alternance: false },
          },
          quote: 'typeContratLibelle: CDD - 24 Mois',
        },
      ],
      negative: [
        {
          offer: {
            contract: {
              type: 'CDD',
              label: 'CDD - 24 Mois',
              nature: 'Contrat apprentissage',
              alternance: true,
            },
          },
          why: 'an apprenticeship has its own lengths, up to three years',
        },
        {
          offer: {
            contract: { type: 'CDD', label: 'CDD - 18 Mois', nature: 'Contrat travail', alternance: false },
          },
          why: '18 months is the limit itself',
        },
      ],
    },
  },
];
