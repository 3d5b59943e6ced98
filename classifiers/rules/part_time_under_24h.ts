import { REPLACEMENT } from '../facts/contract.js';
import { formatHours, hoursEvidence } from '../facts/hours.js';
import type { OfferRule } from '../rule.js';

const STUDENT = /\betudiants?\b|\betudes\b|\bjob etudiant\b/;
const PRIVATE_HOUSEHOLD =
  /\bparticuliers? employeurs?\b|\bchez (?:un|des) particuliers?\b|\bcesu\b|\bemploi familial\b|\bdomicile du particulier\b/;

export const partTimeUnder24hRules: readonly OfferRule[] = [
  {
    kind: 'offer',
    id: 'part_time_under_24h.no_exception_stated',
    category: 'part_time_under_24h',
    // Branch agreements and the employee's own written request are exceptions an offer need not state.
    severity: 'likely',
    explanation:
      'Un temps partiel doit compter au moins 24 heures par semaine, sauf exceptions (étudiant, particulier employeur, contrat de 7 jours au plus, remplacement, accord de branche, demande du salarié).',
    detect(prepared, facts) {
      const { label, inText, shownPartTime } = facts.hours;
      const textMin = inText.length ? Math.min(...inText.map((h) => h.weekly)) : null;
      const weekly = label.weekly ?? (shownPartTime && inText.length > 0 ? textMin : null);
      if (weekly === null || weekly >= 24) return null;
      const full = prepared.text;
      const durationDays = facts.contract.durationDays;
      if (
        STUDENT.test(full) ||
        PRIVATE_HOUSEHOLD.test(full) ||
        REPLACEMENT.test(full) ||
        (durationDays !== null && durationDays <= 7)
      )
        return null;
      return {
        evidence:
          label.weekly !== null
            ? hoursEvidence(prepared.offer.hours)
            : `texte: ${formatHours(weekly)} par semaine`,
        explanation: `Un temps partiel doit compter au moins 24 heures par semaine, sauf exceptions (étudiant, particulier employeur, contrat de 7 jours au plus, remplacement, accord de branche, demande du salarié) ; ici ${formatHours(weekly)} sans exception indiquée.`,
        details: { weeklyHours: Math.round(weekly * 100) / 100 },
      };
    },
    examples: {
      positive: [
        {
          offer: { hours: { label: 'Temps partiel - 8H/semaine', fullTime: false } },
          quote: 'dureeTravailLibelle: Temps partiel - 8H/semaine',
        },
        {
          text: 'Contrat de 20 heures hebdomadaires.',
          offer: { hours: { label: 'Temps partiel', fullTime: false } },
          quote: 'texte: 20 h par semaine',
        },
      ],
      negative: [
        {
          text: 'Job étudiant, le samedi.',
          offer: { hours: { label: 'Temps partiel - 8H/semaine', fullTime: false } },
          why: 'students are an exception the law names',
        },
        {
          text: 'Remplacement d’un congé maladie.',
          offer: { hours: { label: 'Temps partiel - 10H/semaine', fullTime: false } },
          why: 'a replacement is an exception',
        },
      ],
    },
  },
];
