import { textEvidence } from '../engine/evidence.js';
import { quoteText } from '../engine/prepared-offer.js';
import { formatHours, hoursEvidence } from '../facts/hours.js';
import { findScheduleWeek } from '../facts/schedule.js';
import type { OfferRule } from '../rule.js';

/** Hours said with the words of a part time: "CONTRATS TEMPS PARTIEL 28H", "mi-temps de 17h30". */
const PART_TIME_HOURS = /^(?:temps partiel|mi-temps|temps non complet|temps incomplet)\b/;
/** A week its schedule gives under this many hours is a part time even with every break unstated counted. */
const SCHEDULE_PART_TIME = 30;

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
      // A part time offered with its hours beside a full time ("CDI temps plein 35h … contrats temps partiel
      // 28h"): the job may be the part time.
      const text = prepared.text;
      const partHours = inText.find(
        (h) => h.weekly < 35 && PART_TIME_HOURS.test(text.slice(h.index, h.index + 20)),
      );
      if (partHours)
        return {
          rule: 'part_time.text',
          severity: 'likely',
          evidence: textEvidence(quoteText(prepared, partHours.index, partHours.index + partHours.length)),
          explanation: `Le texte propose un poste à temps partiel (${formatHours(partHours.weekly)} par semaine).`,
        };
      // Nothing but a schedule: "Mission samedi 9 et samedi 16 août de 9h00 à 13h00" is 4 hours a week.
      if (inText.length > 0 || words.partTime || words.fullTime) return null;
      const week = findScheduleWeek(prepared.offer.description ?? '', prepared.descriptionPlain);
      if (week && week.days !== null && week.high < SCHEDULE_PART_TIME)
        return {
          rule: 'part_time.schedule',
          severity: 'likely',
          evidence: textEvidence(week.quote),
          explanation: `Les horaires donnés font ${formatHours(week.high)} par semaine au plus : un temps partiel.`,
          details: { scheduleHigh: Math.round(week.high * 100) / 100, days: week.days },
        };
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
        {
          // The hours after the job's name, before its gender mark (0659065).
          text: 'Le poste de Equipier magasin 25h F/H à Epagny est fait pour vous.',
          offer: { hours: { label: null, fullTime: null } },
          quote: 'Texte : « …poste de Equipier magasin 25h F/H à Epagny est fait pour vous. »',
        },
        {
          title: 'Vendeur boulangerie 20 heures (H/F)',
          offer: { hours: { label: null, fullTime: null } },
          quote: 'Texte : « Vendeur boulangerie 20 heures (H/F) »',
        },
        {
          // A part time offered beside a full time (0665268).
          text: 'CONTRATS CDI TEMPS PLEIN 35H\nCONTRATS TEMPS PARTIEL 28H\nSalaire selon profil.',
          offer: { hours: { label: null, fullTime: null } },
          quote: 'Texte : « …TEMPS PLEIN 35H CONTRATS TEMPS PARTIEL 28H Salaire selon profil. »',
        },
        {
          // Only a schedule, of four hours on Saturdays (0652279).
          text: 'Mission samedi 09/08/2025 et samedi 16/08/2025 de 9h00 à 13h00\nLieu : Vallières',
          offer: { hours: { label: null, fullTime: null } },
          quote: 'Texte : « Mission samedi 09/08/2025 et samedi 16/08/2025 de 9h00 à 13h00 »',
        },
        {
          text: 'Poste à temps non complet, au service des écoles.',
          offer: { hours: { label: null, fullTime: null } },
          quote: 'Texte : « Poste à temps non complet, au service des écoles. »',
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
        {
          text: 'Horaires : du lundi au vendredi en journée, samedi de 9h à 12h.',
          offer: { hours: { label: null, fullTime: null } },
          why: 'the weekdays’ times are not given: the Saturday alone is not the week',
        },
        {
          // A hospital's 12-hour shifts: the length of a shift, not of a week.
          title: 'Infirmier 12h jour (H/F)',
          text: 'Poste en 12h, un week-end sur deux.',
          offer: { hours: { label: null, fullTime: null } },
          why: 'twelve-hour shifts are no twelve-hour week',
        },
        {
          text: 'Vendeur en boutique, 39h semaine, du mardi au samedi.',
          offer: { hours: { label: null, fullTime: null } },
          why: 'a full week',
        },
        {
          text: 'Poste à plein temps. Temps partiel possible.',
          offer: { hours: { label: null, fullTime: null } },
          why: 'full time, part time only as an option',
        },
      ],
    },
  },
];
