import { formatHours, hoursEvidence } from '../facts/hours.js';
import type { OfferRule } from '../rule.js';

export const partTimeRules: readonly OfferRule[] = [
  {
    kind: 'offer',
    id: 'part_time.shown',
    category: 'part_time',
    severity: 'certain',
    explanation: 'Le poste est à temps partiel.',
    detect(prepared, facts) {
      const { label, shownPartTime } = facts.hours;
      if (!shownPartTime && !(label.weekly !== null && label.weekly < 35)) return null;
      return {
        evidence: hoursEvidence(prepared.offer.hours),
        explanation: `Le poste est à temps partiel${label.weekly !== null ? ` (${formatHours(label.weekly)} par semaine)` : ''}.`,
      };
    },
    examples: {
      positive: [
        {
          offer: { hours: { label: 'Temps partiel - 24H/semaine', fullTime: false } },
          quote: 'dureeTravailLibelle: Temps partiel - 24H/semaine',
        },
        {
          offer: { hours: { label: '30H/semaine', fullTime: null } },
          quote: 'dureeTravailLibelle: 30H/semaine',
        },
      ],
      negative: [
        { offer: { hours: { label: '35H/semaine', fullTime: true } }, why: 'full time' },
        { offer: { hours: { label: null, fullTime: null } }, why: 'nothing shown: not part time' },
      ],
    },
  },
];
