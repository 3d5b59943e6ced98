import { bothSides, fieldEvidence, textEvidence } from '../engine/evidence.js';
import { quoteText } from '../engine/prepared-offer.js';
import { namesWorkingTime, statesSchedule, statesWayOfWorking } from '../facts/hours.js';
import type { OfferRule } from '../rule.js';

const NO_HOURS = { hours: { label: null, fullTime: null } };

/**
 * No working time at all: no `dureeTravailLibelle`, no `dureeTravailLibelleConverti`, and nothing in the text —
 * no weekly hours, no full or part time, no schedule in clock times (the CGT counts these offers). A quality
 * category: it never makes an offer "flagged" (model/taxonomy.ts, isGenuine).
 */
export const hoursMissingRules: readonly OfferRule[] = [
  {
    kind: 'offer',
    id: 'hours_missing.no_working_time',
    category: 'hours_missing',
    severity: 'certain',
    explanation:
      "La durée du travail n'est indiquée nulle part (ni heures par semaine, ni temps plein ou partiel, ni horaires) : impossible de savoir combien d'heures ce poste représente.",
    detect(prepared, facts) {
      const { hours } = prepared.offer;
      if ((hours.label && hours.label.trim() !== '') || hours.fullTime !== null) return null;
      const { inText, words } = facts.hours;
      if (inText.length > 0 || words.partTime || words.fullTime) return null;
      const text = prepared.text;
      if (namesWorkingTime(text) || statesSchedule(text)) return null;
      const shown = fieldEvidence('hours', '(non indiquée)');
      // Only a way of working ("du lundi au vendredi", "de nuit"): some time is said, not how much (hard call 5).
      const way = statesWayOfWorking(text);
      if (way)
        return {
          rule: 'hours_missing.way_of_working_only',
          severity: 'likely',
          evidence: bothSides(shown, textEvidence(quoteText(prepared, way.index, way.index + way[0].length))),
          explanation:
            "L'offre dit seulement comment on travaille (jours, équipe, nuit), pas combien d'heures : la durée du travail n'est pas indiquée.",
        };
      return { evidence: shown };
    },
    examples: {
      positive: [
        { offer: NO_HOURS, quote: 'Durée du travail : (non indiquée)' },
        {
          text: 'Vous travaillez du lundi au vendredi en magasin.',
          offer: NO_HOURS,
          quote:
            'Durée du travail : (non indiquée) ; Texte : « Vous travaillez du lundi au vendredi en magasin. »',
        },
        {
          // Private lessons at the tutor's convenience (hard call 4).
          text: 'Cours particuliers selon vos disponibilités.',
          offer: NO_HOURS,
          quote:
            'Durée du travail : (non indiquée) ; Texte : « Cours particuliers selon vos disponibilités. »',
        },
      ],
      negative: [
        { why: 'the listing shows its working time (the clean default: 35H/semaine)' },
        { text: 'Poste à temps plein.', offer: NO_HOURS, why: 'full time said in the text' },
        {
          text: 'Horaires : de 8h à 12h et de 14h à 18h.',
          offer: NO_HOURS,
          why: 'a schedule in clock times',
        },
        { text: 'Travail en 2x8.', offer: NO_HOURS, why: 'shifts of eight hours are a schedule' },
        { offer: { hours: { label: null, fullTime: true } }, why: 'the converted field says full time' },
      ],
    },
  },
];
