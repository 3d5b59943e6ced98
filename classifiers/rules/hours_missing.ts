import { bothSides, fieldEvidence, textEvidence } from '../engine/evidence.js';
import { lineBreakAt, plainText } from '../engine/normalise.js';
import { type PreparedOffer, quoteText } from '../engine/prepared-offer.js';
import { findWeeklyHours, namesWorkingTime, statesSchedule, statesWayOfWorking } from '../facts/hours.js';
import type { OfferRule } from '../rule.js';

const NO_HOURS = { hours: { label: null, fullTime: null } };

/** Whether the space at `at` of `prepared.text` stands for a line break of the description (the title is one line). */
function lineBreakIn(prepared: PreparedOffer): (at: number) => boolean {
  const offset = prepared.title.text.length + 1;
  return (at) => at >= offset && lineBreakAt(prepared.description, at - offset);
}

/*
 * Working time said outside the title and description is said: some partner feeds (Meteojob) put the ad's first
 * paragraph in `entreprise.description` ("Poste à pourvoir dès que possible, possibilité de temps partiel
 * 24h/semaine"), and the pay's comment may give the hours it is for ("1700€ net pour 39h/semaine"). Clock times
 * there are not read: the employer's field is also where agencies give their own opening hours.
 */
function namesTimeElsewhere(prepared: PreparedOffer): boolean {
  const notes = prepared.offer.salary;
  for (const field of [prepared.offer.employer.description, notes.comment, ...notes.complements]) {
    if (!field) continue;
    const plain = plainText(field);
    if (namesWorkingTime(plain) || findWeeklyHours(plain).length > 0) return true;
  }
  return false;
}

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
      if (namesWorkingTime(text, lineBreakIn(prepared)) || statesSchedule(text)) return null;
      if (namesTimeElsewhere(prepared)) return null;
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
        {
          // Hours that are not a working time: a delay, a service's availability, a course's length.
          text: 'Un consultant vous contactera dans les 48h. Nos équipes sont à vos côtés 7j/24h.',
          offer: NO_HOURS,
          quote: 'Durée du travail : (non indiquée)',
        },
        {
          text: 'Formation gratuite : 40h de contenu e-learning accessible 24h/24, dont 15h d’essentiels.',
          offer: NO_HOURS,
          quote: 'Durée du travail : (non indiquée)',
        },
        {
          text: 'Réponse sous 48h. Livraison en 24h partout en France.',
          offer: NO_HOURS,
          quote: 'Durée du travail : (non indiquée)',
        },
        {
          // A full time as a unit of experience, a full time as a mere possibility: not the job's time.
          text: 'Vous justifiez de 2 ans d’expérience équivalent temps plein. Possibilité d’un temps complet avec une autre activité.',
          offer: NO_HOURS,
          quote: 'Durée du travail : (non indiquée)',
        },
        {
          // A company's blurb in the employer field, with an agency's opening hours: not the job's time.
          text: 'Vous préparez les commandes.',
          offer: {
            ...NO_HOURS,
            employer: {
              name: 'Agence Test',
              description: 'Notre agence vous accueille du lundi au vendredi de 8h à 12h et de 14h à 19h.',
              url: null,
              adapted: null,
            },
          },
          quote: 'Durée du travail : (non indiquée)',
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
        {
          text: 'Poste à plein temps, en atelier.',
          offer: NO_HOURS,
          why: 'full time, in the other word order',
        },
        {
          text: 'Poste au statut Agent de Maîtrise, Forfait jours, avec environ 10 jours non travaillés.',
          offer: NO_HOURS,
          why: 'a working time counted in days a year (L3121-58)',
        },
        {
          text: 'Amplitude : à partir de 7h45 jusque 19h30 avec des horaires coupés.',
          offer: NO_HOURS,
          why: 'clock times joined by "jusque" are a schedule',
        },
        {
          text: 'Horaire en 12h. 70h sur deux semaines de travail.',
          offer: NO_HOURS,
          why: '12-hour shifts, a fortnight’s hours',
        },
        { text: 'Contrat : CDI 35h00, poste à pourvoir.', offer: NO_HOURS, why: 'the contract’s hours' },
        {
          text: '35h modulables, 13e mois, télétravail 1 jour/semaine.',
          offer: NO_HOURS,
          why: 'modulated hours are a working time',
        },
        { text: 'Vous travaillerez 39 heures.', offer: NO_HOURS, why: 'the hours the job is worked' },
        {
          text: 'Magasin de Sallanches : 35H - CDI - dès que possible.',
          offer: NO_HOURS,
          why: 'the contract’s hours',
        },
        { text: 'Rythme : 4 jours / 32h.', offer: NO_HOURS, why: 'days and hours of a week' },
        {
          text: 'Vous êtes disponible 20h par semaine pour nos clients.',
          offer: NO_HOURS,
          why: 'a week’s hours, whatever comes before them',
        },
        { text: 'Rémunération : 1 900 € brut pour 35h.', offer: NO_HOURS, why: 'the hours a pay is for' },
        { text: 'Horaire : travail de nuit (39h).', offer: NO_HOURS, why: 'a week’s hours in brackets' },
        {
          text: 'Poste logé et nourri\n\n39h\n\nVous êtes titulaire d’un CAP.',
          offer: NO_HOURS,
          why: 'a week’s hours on a line of their own',
        },
        {
          title: 'Employé commercial rayon épicerie 35h (H/F)',
          offer: NO_HOURS,
          why: 'the hours in the job’s name',
        },
        {
          text: 'Vous préparez les commandes.',
          offer: {
            ...NO_HOURS,
            salary: { label: null, comment: '1700€ net pour 39h/semaine', complements: [] },
          },
          why: 'the hours the pay is for, in its comment',
        },
        {
          // A partner feed (Meteojob) puts the ad's first paragraph in the employer's description (0655207).
          text: 'Vous enseignez la conduite.',
          offer: {
            ...NO_HOURS,
            employer: {
              name: 'Arve Intérim',
              description: 'Poste à pourvoir dès que possible, possibilité de temps partiel 24h/semaine.',
              url: null,
              adapted: null,
            },
          },
          why: 'the working time is said in the employer’s description',
        },
        { offer: { hours: { label: null, fullTime: true } }, why: 'the converted field says full time' },
      ],
    },
  },
];
