import { PrecheckedPattern } from '../engine/prechecked-pattern.js';
import { quoteText } from '../engine/prepared-offer.js';
import { hoursEvidence } from '../facts/hours.js';
import type { OfferRule } from '../rule.js';

const PART_TIME_WORDS = new PrecheckedPattern(/\btemps partiel\b/, ['partiel']);
const PART_TIME_OPTIONAL =
  /\btemps partiel (?:possible|envisageable|accepte|ou temps plein|negociable)|\b(?:ou|voire|possibilite de|accepte le|ouvert au) temps partiel\b|\btemps (?:plein|complet) ou (?:a )?temps partiel\b/;
const FULL_TIME_WORDS = /\btemps (?:plein|complet)\b/;

/** The hours shown against the kind of time shown, or against the text: the first contradiction that holds. */
const shownVsStated: OfferRule = {
  kind: 'offer',
  id: 'hours_mismatch.shown_vs_stated',
  category: 'hours_mismatch',
  severity: 'certain',
  explanation: "La durée du travail affichée n'est pas celle que donne l'offre.",
  detect(prepared, facts) {
    const { label, inText, shownPartTime, shownFullTime } = facts.hours;
    const text = prepared.description.text;
    const offset = prepared.title.text.length + 1;
    if (shownPartTime && label.weekly !== null && label.weekly >= 35) {
      return {
        rule: 'hours_mismatch.part_time_with_full_hours',
        evidence: hoursEvidence(prepared.offer.hours),
        explanation:
          'La durée est affichée comme un temps partiel, mais les heures indiquées sont celles d’un temps plein.',
      };
    }
    if ((shownFullTime || (label.weekly !== null && label.weekly >= 35)) && !shownPartTime) {
      const textMax = inText.length ? Math.max(...inText.map((h) => h.weekly)) : null;
      const shortHours = inText.find((h) => h.weekly < 30);
      if (shortHours && textMax !== null && textMax < 30) {
        return {
          rule: 'hours_mismatch.full_time_text_part_time',
          evidence: `${hoursEvidence(prepared.offer.hours)} ; texte: « ${quoteText(prepared, offset + shortHours.index, offset + shortHours.index + shortHours.length)} »`,
          explanation:
            "L'offre est affichée à temps plein, mais le texte annonce un nombre d'heures de temps partiel.",
        };
      }
      const textPartTime = PART_TIME_WORDS.exec(text);
      const textPartTimeReal = textPartTime && !PART_TIME_OPTIONAL.test(text) ? textPartTime : null;
      if (textPartTimeReal && inText.length === 0 && !FULL_TIME_WORDS.test(text)) {
        return {
          rule: 'hours_mismatch.full_time_text_part_time',
          evidence: `${hoursEvidence(prepared.offer.hours)} ; texte: « ${quoteText(prepared, offset + textPartTimeReal.index, offset + textPartTimeReal.index + textPartTimeReal[0].length)} »`,
          explanation: "L'offre est affichée à temps plein, mais le texte parle d'un temps partiel.",
        };
      }
      return null;
    }
    const textMin = inText.length ? Math.min(...inText.map((h) => h.weekly)) : null;
    if (shownPartTime && label.weekly !== null && textMin !== null && textMin >= 35) {
      return {
        rule: 'hours_mismatch.part_time_text_full_time',
        evidence: hoursEvidence(prepared.offer.hours),
        explanation: 'La durée affichée est un temps partiel, mais le texte annonce un temps plein.',
      };
    }
    return null;
  },
  examples: {
    positive: [
      {
        text: 'Le poste représente 8h par semaine.',
        quote:
          'dureeTravailLibelle: 35H/semaine Travail en journée ; texte: « Le poste représente 8h par semaine. »',
      },
      {
        offer: { hours: { label: 'Temps partiel - 35H/semaine', fullTime: false } },
        quote: 'dureeTravailLibelle: Temps partiel - 35H/semaine',
      },
      {
        text: 'Poste à temps partiel, le matin.',
        quote:
          'dureeTravailLibelle: 35H/semaine Travail en journée ; texte: « Poste à temps partiel, le matin. »',
      },
    ],
    negative: [
      { text: 'Temps partiel possible sur demande.', why: 'part time offered as an option, not the job' },
      {
        text: 'Ouvert 24h/24, de 8h à 12h le samedi.',
        why: 'opening hours and a schedule are not weekly hours',
      },
    ],
  },
};

const partTimeWithoutHours: OfferRule = {
  kind: 'offer',
  id: 'hours_mismatch.part_time_without_hours',
  category: 'hours_mismatch',
  severity: 'certain',
  explanation:
    "Le poste est à temps partiel, mais le nombre d'heures par semaine n'est indiqué nulle part : impossible de savoir ce que vous gagnerez.",
  detect(prepared, facts) {
    const { label, inText, shownPartTime } = facts.hours;
    if (!shownPartTime || label.weekly !== null || inText.length > 0) return null;
    return { evidence: hoursEvidence(prepared.offer.hours) };
  },
  examples: {
    positive: [
      {
        offer: { hours: { label: 'Temps partiel', fullTime: false } },
        quote: 'dureeTravailLibelle: Temps partiel',
      },
    ],
    negative: [
      {
        text: 'Contrat de 20 heures hebdomadaires.',
        offer: { hours: { label: 'Temps partiel', fullTime: false } },
        why: 'the text gives the hours the label does not',
      },
    ],
  },
};

export const hoursMismatchRules = { shownVsStated, partTimeWithoutHours };
