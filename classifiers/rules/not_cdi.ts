import { contractFieldEvidence } from '../facts/contract.js';
import type { OfferRule } from '../rule.js';

const KIND_FR: Record<string, string> = {
  CDD: 'un CDD',
  MIS: 'une mission d’intérim',
  SAI: 'un contrat saisonnier',
  DDI: 'un CDD d’insertion',
  DIN: 'un CDI intérimaire',
  CCE: 'une activité commerciale indépendante',
  LIB: 'une profession libérale',
  FRA: 'une franchise',
  REP: 'une reprise d’entreprise',
  TTI: 'un contrat de travail temporaire d’insertion',
};

/*
 * A CDI intérimaire (DIN) is a permanent contract with the temp agency (L1251-58-1), but its work is a string of
 * temporary missions at the agency's clients: the API files it apart from the CDI, and so do the union's counts
 * and the readers of real offers (ANNOTATION.md). It is flagged, with an explanation that says what it is.
 */
const DIN_EXPLANATION =
  "Le contrat proposé est un CDI intérimaire : un contrat à durée indéterminée avec l'agence d'intérim, mais le travail se fait en missions temporaires chez ses entreprises clientes, pas un CDI chez l'entreprise où vous travaillerez.";

export const notCdiRules: readonly OfferRule[] = [
  {
    kind: 'offer',
    id: 'not_cdi.kind',
    category: 'not_cdi',
    severity: 'certain',
    explanation: 'Le contrat proposé n’est pas un CDI.',
    detect(prepared, facts) {
      const kind = facts.contract.kind;
      if (!kind || kind === 'CDI') return null;
      return {
        rule: `not_cdi.${kind.toLowerCase()}`,
        evidence: contractFieldEvidence(prepared.offer),
        explanation:
          kind === 'DIN' ? DIN_EXPLANATION : `Le contrat proposé est ${KIND_FR[kind] ?? kind}, pas un CDI.`,
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
        {
          // Real (Adecco Medical, 2025): the code DIN and its label.
          offer: { contract: { type: 'DIN', label: 'CDI Intérimaire', nature: null, alternance: false } },
          quote: 'Type de contrat : CDI Intérimaire',
        },
        {
          // No code, the label alone: read before "CDI" (facts/contract.ts).
          offer: { contract: { type: null, label: 'CDI intérimaire', nature: null, alternance: false } },
          quote: 'Type de contrat : CDI intérimaire',
        },
        {
          offer: { contract: { type: 'TTI', label: null, nature: null, alternance: false } },
          quote: 'Type de contrat : TTI',
        },
      ],
      negative: [
        {
          offer: { contract: { type: 'CDI', label: 'CDI', nature: null, alternance: false } },
          why: 'a CDI, also when the text speaks of the agency’s missions (that is contract_mismatch’s concern)',
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
