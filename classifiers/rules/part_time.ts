import { textEvidence } from '../engine/evidence.js';
import { quoteText } from '../engine/prepared-offer.js';
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
      const { label, shownPartTime, shownFullTime, inText, words } = facts.hours;
      if (shownPartTime || (label.weekly !== null && label.weekly < 35))
        return {
          evidence: hoursEvidence(prepared.offer.hours),
          explanation: `Le poste est à temps partiel${label.weekly !== null ? ` (${formatHours(label.weekly)} par semaine)` : ''}.`,
        };
      // Nothing in the fields: the text says it ("CDI à 80%", "Contrat 25h", "16h soit 2 nuits par semaine").
      if (shownFullTime || label.weekly !== null) return null;
      const textMax = inText.length ? Math.max(...inText.map((h) => h.weekly)) : null;
      if (textMax !== null && textMax < 35) {
        const first = inText[0]!;
        return {
          rule: 'part_time.text',
          evidence: textEvidence(quoteText(prepared, first.index, first.index + first.length)),
          explanation: `Le poste est à temps partiel (${formatHours(Math.min(textMax, first.weekly))} par semaine selon le texte).`,
        };
      }
      if (words.partTime && !words.fullTime && (textMax === null || textMax < 35)) {
        const said = words.partTime;
        return {
          rule: 'part_time.text',
          severity: 'likely',
          evidence: textEvidence(quoteText(prepared, said.index, said.index + said.length)),
          explanation: 'Le texte décrit un poste à temps partiel.',
        };
      }
      return null;
    },
    examples: {
      positive: [
        {
          offer: { hours: { label: 'Temps partiel - 24H/semaine', fullTime: false } },
          quote: 'Durée du travail : Temps partiel - 24H/semaine',
        },
        {
          offer: { hours: { label: '30H/semaine', fullTime: null } },
          quote: 'Durée du travail : 30H/semaine',
        },
        {
          // Part time said only in the text (0640810).
          text: 'Poste en CDI à 80%, du lundi au jeudi.',
          offer: { hours: { label: null, fullTime: null } },
          quote: 'Texte : « Poste en CDI à 80%, du lundi au jeudi. »',
        },
        {
          // In the title (0638780).
          title: 'Conseiller de vente en décoration F/H - Contrat 25h (H/F)',
          offer: { hours: { label: null, fullTime: null } },
          quote: 'Texte : « …vente en décoration F/H - Contrat 25h (H/F) »',
        },
        {
          text: 'La durée du mi-temps est de 16h soit 2 nuits par semaine.',
          offer: { hours: { label: null, fullTime: null } },
          quote: 'Texte : « …durée du mi-temps est de 16h soit 2 nuits par semaine. »',
        },
      ],
      negative: [
        { offer: { hours: { label: '35H/semaine', fullTime: true } }, why: 'full time' },
        { offer: { hours: { label: null, fullTime: null } }, why: 'nothing shown: not part time' },
        {
          text: 'Temps partiel possible sur demande.',
          offer: { hours: { label: null, fullTime: null } },
          why: 'part time offered as an option, not the job',
        },
        {
          text: 'Cours particuliers selon vos disponibilités.',
          offer: { hours: { label: null, fullTime: null } },
          why: 'lessons at the tutor’s convenience state no part time (hard call 4: hours_missing instead)',
        },
      ],
    },
  },
];
