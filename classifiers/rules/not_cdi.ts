import { contractFieldEvidence } from '../facts/contract.js';
import type { OfferRule } from '../rule.js';

const KIND_FR: Record<string, string> = {
  CDD: 'un CDD',
  MIS: 'une mission d’intérim',
  SAI: 'un contrat saisonnier',
  DDI: 'un CDD d’insertion',
  CCE: 'une activité commerciale indépendante',
  LIB: 'une profession libérale',
  FRA: 'une franchise',
  REP: 'une reprise d’entreprise',
  TTI: 'un contrat de travail temporaire d’insertion',
};

export const notCdiRules: readonly OfferRule[] = [
  {
    kind: 'offer',
    id: 'not_cdi.kind',
    category: 'not_cdi',
    severity: 'certain',
    explanation: 'Le contrat proposé n’est pas un CDI.',
    detect(prepared, facts) {
      const kind = facts.contract.kind;
      if (!kind || kind === 'CDI' || kind === 'DIN') return null;
      return {
        rule: `not_cdi.${kind.toLowerCase()}`,
        evidence: contractFieldEvidence(prepared.offer),
        explanation: `Le contrat proposé est ${KIND_FR[kind] ?? kind}, pas un CDI.`,
      };
    },
    examples: {
      positive: [
        {
          offer: { contract: { type: 'CDD', label: 'CDD - 6 Mois', nature: null, alternance: false } },
          quote: 'Type de contrat : CDD - 6 Mois',
        },
        {
          offer: { contract: { type: 'MIS', label: null, nature: null, alternance: false } },
          quote: 'Type de contrat : MIS',
        },
      ],
      negative: [
        {
          offer: { contract: { type: 'DIN', label: 'CDI intérimaire', nature: null, alternance: false } },
          why: 'a CDI intérimaire is a permanent contract with the agency',
        },
        {
          offer: {
            contract: { type: null, label: 'Contrat à durée indéterminée', nature: null, alternance: false },
          },
          why: 'no code, but the label of either era says CDI',
        },
      ],
    },
  },
];
