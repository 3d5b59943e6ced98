import { fieldEvidence } from '../engine/evidence.js';
import type { OfferRule } from '../rule.js';

export const undatedRules: readonly OfferRule[] = [
  {
    kind: 'offer',
    id: 'undated.no_creation_date',
    category: 'undated',
    severity: 'certain',
    explanation: "L'offre ne porte pas de date de publication : toute offre publiée doit être datée.",
    detect(prepared) {
      return prepared.offer.createdAt ? null : { evidence: fieldEvidence('createdAt', '(absente)') };
    },
    examples: {
      positive: [{ offer: { createdAt: null }, quote: fieldEvidence('createdAt', '(absente)') }],
      negative: [
        { offer: { updatedAt: null }, why: 'only the creation date is required, not an update date' },
      ],
    },
  },
];
