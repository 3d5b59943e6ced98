import { contractFieldEvidence, isFixedTerm, REPLACEMENT } from '../facts/contract.js';
import type { OfferRule } from '../rule.js';

/** Words that say when a fixed term ends without giving its length: the duration may be known, so `likely`. */
const DURATION_WORDS =
  /\b(?:jusqu'(?:au|a fin|a la fin|en)|du \d{1,2}(?:er)? [a-z]{3,9} au|a partir du [^.;\n]{0,30} au \d|pour la saison|saison (?:d'ete|d'hiver|estivale|hivernale)|durant la saison|toute la saison|des que possible et jusqu|fin de contrat|date de fin)\b/;

export const durationMissingRules: readonly OfferRule[] = [
  {
    kind: 'offer',
    id: 'duration_missing.fixed_term_without_duration',
    category: 'duration_missing',
    severity: 'certain',
    explanation:
      "C'est un contrat à durée limitée, mais sa durée n'est indiquée ni dans le type de contrat ni dans le texte.",
    detect(prepared, facts) {
      if (!isFixedTerm(facts.contract.kind)) return null;
      if (facts.contract.durationDays !== null || facts.textDurations.length > 0) return null;
      const hint = DURATION_WORDS.exec(prepared.text) ?? REPLACEMENT.exec(prepared.text);
      return { severity: hint ? 'likely' : 'certain', evidence: contractFieldEvidence(prepared.offer) };
    },
    examples: {
      positive: [
        {
          offer: { contract: { type: 'MIS', label: 'Intérim', nature: null, alternance: null } },
          quote: 'Type de contrat : Intérim',
        },
      ],
      negative: [
        {
          text: 'Mission de 3 mois en entrepôt.',
          offer: { contract: { type: 'MIS', label: 'Intérim', nature: null, alternance: null } },
          why: 'the label gives no length but the text does',
        },
        {
          offer: { contract: { type: 'CDD', label: 'CDD - 4 Mois', nature: null, alternance: null } },
          why: 'the label states the length',
        },
      ],
    },
  },
];
