import { bothSides, textEvidence } from '../engine/evidence.js';
import { type PreparedOffer, quoteText } from '../engine/prepared-offer.js';
import { formatHours, type HoursInText, hoursEvidence } from '../facts/hours.js';
import { findScheduleWeek } from '../facts/schedule.js';
import type { OfferRule } from '../rule.js';

/**
 * Hours that differ from the listing's for a stated reason: RTT, overtime, annualised or modulated time, a
 * working-time forfait (L3121-53 to L3121-66: "forfait jours", "forfait heures", "au forfait", "forfait 37h").
 * A forfait that is a perk ("forfait mobilités durables", "forfait repas", "forfait téléphone", a ski pass) says
 * nothing of the hours, so the word alone explains nothing.
 */
const EXPLAINED_DIFFERENCE =
  /\brtt\b|\bheures? supplementaires?\b|\bannualis|\bmodulation\b|\bmodule\b|\bsur l'annee\b|\bforfaits?[- ](?:annuels? )?(?:en )?(?:jours?|heures?)\b|\bforfaits? (?:annuels?|cadres?)\b|\bau forfait\b|\bforfait (?:de )?\d{1,3} ?(?:h\b|heures?\b|jours?\b)|\bcycle\b|\ben moyenne\b|\blissee?s?\b/;

function quote(prepared: PreparedOffer, at: { index: number; length: number }): string {
  return textEvidence(quoteText(prepared, at.index, at.index + at.length));
}

/** The hours shown against the kind of time shown, or against the text: the first contradiction that holds. */
const shownVsStated: OfferRule = {
  kind: 'offer',
  id: 'hours_mismatch.shown_vs_stated',
  category: 'hours_mismatch',
  severity: 'certain',
  explanation: "La durée du travail affichée n'est pas celle que donne l'offre.",
  detect(prepared, facts) {
    const { label, inText, words, shownPartTime, shownFullTime } = facts.hours;
    const shown = hoursEvidence(prepared.offer.hours);
    if (shownPartTime && label.weekly !== null && label.weekly >= 35) {
      return {
        rule: 'hours_mismatch.part_time_with_full_hours',
        evidence: shown,
        explanation:
          'La durée est affichée comme un temps partiel, mais les heures indiquées sont celles d’un temps plein.',
      };
    }
    // The listing's weekly hours against every weekly figure of the text: "25H/semaine" vs "environ 20H",
    // "Temps partiel - 33H/semaine" vs "CDI de 35h", "35H" vs "équipe 2*8 (40h/semaine)".
    if (label.weekly !== null && inText.length > 0) {
      const differs = inText.every((h) => Math.abs(h.weekly - label.weekly!) >= 2);
      // The explained difference is tested only for a difference (most texts agree): the same answer.
      if (differs && !EXPLAINED_DIFFERENCE.test(prepared.text)) {
        const said = inText[0]!;
        return {
          rule: 'hours_mismatch.label_vs_text_hours',
          evidence: bothSides(shown, quote(prepared, said)),
          explanation: `La durée affichée (${formatHours(label.weekly)} par semaine) n'est pas celle du texte (${formatHours(said.weekly)} par semaine).`,
          details: {
            label: label.weekly,
            text: inText.map((h: HoursInText) => Math.round(h.weekly * 100) / 100),
          },
        };
      }
    }
    if ((shownFullTime || (label.weekly !== null && label.weekly >= 35)) && !shownPartTime) {
      const textMax = inText.length ? Math.max(...inText.map((h) => h.weekly)) : null;
      if (label.weekly === null && textMax !== null && textMax < 30) {
        const shortHours = inText.find((h) => h.weekly < 30)!;
        return {
          rule: 'hours_mismatch.full_time_text_part_time',
          evidence: bothSides(shown, quote(prepared, shortHours)),
          explanation:
            "L'offre est affichée à temps plein, mais le texte annonce un nombre d'heures de temps partiel.",
        };
      }
      if (words.partTime && !words.fullTime && (textMax === null || textMax < 35)) {
        return {
          rule: 'hours_mismatch.full_time_text_part_time',
          evidence: bothSides(shown, quote(prepared, words.partTime)),
          explanation: "L'offre est affichée à temps plein, mais le texte parle d'un temps partiel.",
        };
      }
      return null;
    }
    // Shown part time, said full time: "Temps partiel - 18H/semaine" vs "Poste à temps complet".
    if (shownPartTime && words.fullTime && !words.partTime) {
      return {
        rule: 'hours_mismatch.part_time_text_full_time',
        evidence: bothSides(shown, quote(prepared, words.fullTime)),
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
          'Durée du travail : 35H/semaine Travail en journée ; Texte : « Le poste représente 8h par semaine. »',
      },
      {
        offer: { hours: { label: 'Temps partiel - 35H/semaine', fullTime: false } },
        quote: 'Durée du travail : Temps partiel - 35H/semaine',
      },
      {
        text: 'Poste à temps partiel, le matin.',
        offer: { hours: { label: null, fullTime: true } },
        quote: 'Temps de travail : Temps plein ; Texte : « Poste à temps partiel, le matin. »',
      },
      {
        // 196CYKW.
        text: 'Ce poste est en CDI de 35h avec 2 jours de repos hebdomadaire.',
        offer: { hours: { label: 'Temps partiel - 33H/semaine', fullTime: false } },
        quote:
          'Durée du travail : Temps partiel - 33H/semaine ; Texte : « Ce poste est en CDI de 35h avec 2 jours de repos hebdomadaire. »',
      },
      {
        // 196DKMM.
        text: 'Durée hebdomadaire : environ 20H',
        offer: { hours: { label: '25H/semaine', fullTime: false } },
        quote: 'Durée du travail : 25H/semaine ; Texte : « Durée hebdomadaire : environ 20H »',
      },
      {
        // More hours in the text than on the listing (196DNGY).
        text: 'Le poste est à pourvoir dès que possible en équipe 2*8 (40h/semaine).',
        offer: { hours: { label: '35H/semaine', fullTime: true } },
        quote: 'Durée du travail : 35H/semaine ; Texte : « …que possible en équipe 2*8 (40h/semaine). »',
      },
      {
        // 192DWQY.
        text: 'Poste à temps complet pour le collège et le lycée.',
        offer: { hours: { label: 'Temps partiel - 18H/semaine', fullTime: false } },
        quote:
          'Durée du travail : Temps partiel - 18H/semaine ; Texte : « Poste à temps complet pour le collège et le lycée. »',
      },
    ],
    negative: [
      { text: 'Temps partiel possible sur demande.', why: 'part time offered as an option, not the job' },
      {
        text: 'Ouvert 24h/24, de 8h à 12h le samedi.',
        why: 'opening hours and a schedule are not weekly hours',
      },
      {
        text: 'Poste en 39h avec RTT.',
        offer: { hours: { label: '35H/semaine', fullTime: true } },
        why: '35 h paid with RTT over 39 h worked is one working time',
      },
      {
        text: "Type d'emploi : Temps partiel ou temps plein.",
        offer: { hours: { label: null, fullTime: true } },
        why: 'both offered: the listing shows one of them',
      },
      {
        text: 'Salaire de 2 163 € brut pour un temps plein.',
        offer: { hours: { label: 'Temps partiel - 24H/semaine', fullTime: false } },
        why: 'a full time as the basis of a pay is no claim on the job’s hours',
      },
      {
        text: "Pas de temps partiel : c'est un poste de 35h par semaine.",
        offer: { hours: { label: '35H/semaine', fullTime: true } },
        why: 'a negated part time, and the same hours',
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
    const { label, inText, words, shownPartTime, shownFullTime } = facts.hours;
    if (label.weekly !== null || inText.length > 0) return null;
    if (shownPartTime) return { evidence: hoursEvidence(prepared.offer.hours) };
    // Part time said only in the text, with no hours anywhere (the CGT's "temps partiel sans horaire").
    if (!shownFullTime && words.partTime && !words.fullTime)
      return {
        severity: 'likely',
        evidence: quote(prepared, words.partTime),
        explanation:
          "Le texte décrit un poste à temps partiel, mais le nombre d'heures par semaine n'est indiqué nulle part : impossible de savoir ce que vous gagnerez.",
      };
    return null;
  },
  examples: {
    positive: [
      {
        offer: { hours: { label: 'Temps partiel', fullTime: false } },
        quote: 'Durée du travail : Temps partiel',
      },
      {
        // 0638348.
        text: "Type d'emploi : Temps partiel, CDI",
        offer: { hours: { label: null, fullTime: null } },
        quote: "Texte : « Type d'emploi : Temps partiel, CDI »",
      },
    ],
    negative: [
      {
        text: 'Contrat de 20 heures hebdomadaires.',
        offer: { hours: { label: 'Temps partiel', fullTime: false } },
        why: 'the text gives the hours the label does not',
      },
      {
        text: 'Temps partiel possible.',
        offer: { hours: { label: null, fullTime: null } },
        why: 'an option, not the job’s time',
      },
    ],
  },
};

/**
 * How far a schedule's week may stand from the listing's hours before it contradicts them: two hours or more, as
 * for the weekly figures of the text (shownVsStated); breaks the schedule does not state are already allowed for in
 * its low bound, so a quarter of an hour either way is never called a contradiction.
 */
const SCHEDULE_TOLERANCE = 2;

/** The listing's weekly hours against the week its own schedule in clock times adds up to. */
const scheduleVsHours: OfferRule = {
  kind: 'offer',
  id: 'hours_mismatch.schedule_vs_hours',
  category: 'hours_mismatch',
  severity: 'likely',
  explanation: "Les horaires donnés dans l'offre ne font pas la durée du travail affichée.",
  detect(prepared, facts) {
    const { label } = facts.hours;
    if (label.weekly === null) return null;
    const week = findScheduleWeek(prepared.offer.description ?? '', prepared.descriptionPlain);
    // Tested after the week, which most descriptions cannot give (no "8h"): the same answer, as both are pure.
    if (!week || EXPLAINED_DIFFERENCE.test(prepared.text)) return null;
    const listed = label.weekly;
    const shown = hoursEvidence(prepared.offer.hours);
    if (week.days === null) {
      // The hours of one day only: even six days of them (one day of rest a week is the law) fall short.
      if (week.high * 6 >= listed - SCHEDULE_TOLERANCE) return null;
      return {
        rule: 'hours_mismatch.schedule_vs_hours',
        evidence: bothSides(shown, textEvidence(week.quote)),
        explanation: `Les horaires donnés (${formatHours(week.high)} par jour) ne peuvent pas faire ${formatHours(listed)} par semaine, même sur six jours.`,
        details: { label: listed, dailyHours: round(week.high) },
      };
    }
    if (listed > week.low - SCHEDULE_TOLERANCE && listed < week.high + SCHEDULE_TOLERANCE) return null;
    const said =
      week.low === week.high
        ? formatHours(week.high)
        : `${formatHours(week.low)} à ${formatHours(week.high)}`;
    return {
      rule: 'hours_mismatch.schedule_vs_hours',
      evidence: bothSides(shown, textEvidence(week.quote)),
      explanation: `La durée affichée (${formatHours(listed)} par semaine) n'est pas celle des horaires donnés dans l'offre (${said} par semaine sur ${week.days} jours).`,
      details: {
        label: listed,
        scheduleLow: round(week.low),
        scheduleHigh: round(week.high),
        days: week.days,
      },
    };
  },
  examples: {
    positive: [
      {
        // 196FBMG.
        description:
          'Horaires de travail : du mardi au vendredi 8h30 12h30 13h30 18h00 et samedi 8h30 12h30\nTickets restaurant',
        offer: { hours: { label: '35H/semaine\nTravail en journée', fullTime: true } },
        quote:
          'Durée du travail : 35H/semaine Travail en journée ; Texte : « Horaires de travail : du mardi au vendredi 8h30 12h30 13h30 18h00 et samedi 8h30 12h30 »',
      },
      {
        // 193QMLG: the break is stated, so 8 h to 17 h is 8 h 30 a day.
        description: 'Horaires de 8h à 17h du lundi au vendredi avec 30 min de pause déjeuner.',
        offer: { hours: { label: '35H/semaine', fullTime: true } },
        quote:
          'Durée du travail : 35H/semaine ; Texte : « Horaires de 8h à 17h du lundi au vendredi avec 30 min de pause déjeuner »',
      },
      {
        // 196DLKX: either shift is six hours.
        description: 'Recherche agent de propreté du lundi au vendredi de 12h à 18h ou de 15h à 21h',
        offer: { hours: { label: 'Temps partiel - 25H/semaine', fullTime: false } },
        quote:
          'Durée du travail : Temps partiel - 25H/semaine ; Texte : « Recherche agent de propreté du lundi au vendredi de 12h à 18h ou de 15h à 21h »',
      },
      {
        // 196DNBZ: four hours a day cannot make thirty a week.
        description: 'Vos horaires de travail : de 4h00 à 8h00.',
        offer: { hours: { label: 'Temps partiel - 30H/semaine', fullTime: false } },
        quote:
          'Durée du travail : Temps partiel - 30H/semaine ; Texte : « Vos horaires de travail : de 4h00 à 8h00 »',
      },
      {
        // 193SDMV: the days on the line above the times.
        description:
          'Vous serez en charge du service.\n\nDU Mercredi AU SAMEDI\n16h00 - 23h30\n\nExpérience souhaitée.',
        offer: { hours: { label: '35H/semaine\nTravail le samedi', fullTime: true } },
        quote:
          'Durée du travail : 35H/semaine Travail le samedi ; Texte : « DU Mercredi AU SAMEDI 16h00 - 23h30 »',
      },
      {
        // 192WCFN: the days a week from "2 jours de congés par semaine", further down.
        description:
          'Horaires :\n\nEn coupure : 10h00 à 14h30 et de 18h00 à 22h00\nPossibilité horaire en continu\nDimanche : horaire continu\n2 jours de congés par semaine\nContrat : Saisonnier',
        offer: { hours: { label: '35H/semaine', fullTime: true } },
        quote:
          'Durée du travail : 35H/semaine ; Texte : « En coupure : 10h00 à 14h30 et de 18h00 à 22h00 … 2 jours de congés par semaine »',
      },
      {
        // The days a week said on the next line: four mornings of four hours are not 35 h.
        description: 'Horaires : 9h-13h\n4 jours travaillés par semaine\nPoste à pourvoir de suite.',
        offer: { hours: { label: '35H/semaine', fullTime: true } },
        quote:
          'Durée du travail : 35H/semaine ; Texte : « Horaires : 9h-13h 4 jours travaillés par semaine »',
      },
      {
        // 193NFDF: "en continu", no meal break to allow for: 5 × 8 h 30 is 42 h 30, not 39 h.
        description:
          'CONDITIONS :\n- 39h hebdomadaires réparties sur 5 jours avec 2 jours consécutifs de congés.\n- Horaires de 04h30 à 13h00 en continu.',
        offer: { hours: { label: '39H/semaine', fullTime: true } },
        quote:
          'Durée du travail : 39H/semaine ; Texte : « - Horaires de 04h30 à 13h00 en continu … - 39h hebdomadaires réparties sur 5 jours avec 2 jours consécutifs de congés »',
      },
      {
        // 196DBNN: a week spelled out day by day, 4 × 5 h + 2 h = 22 h against 20 h.
        description:
          'Horaires de travail :\nLundi, mardi, jeudi et vendredi : 11h30-13h45 et 16h30-19h15\nMercredi : 17h00-19h00\n\nBAFA recommandé.',
        offer: { hours: { label: 'Temps partiel - 20H/semaine\nTravail en journée', fullTime: false } },
        quote:
          'Durée du travail : Temps partiel - 20H/semaine Travail en journée ; Texte : « Lundi, mardi, jeudi et vendredi : 11h30-13h45 et 16h30-19h15\nMercredi : 17h00-19h00 »',
      },
      {
        // A perk called forfait explains no hours (196DBHT's "forfait mobilités durables").
        description:
          'Horaires : du lundi au vendredi de 9h à 12h.\nAvantages : forfait mobilités durables, CESU.',
        offer: { hours: { label: 'Temps partiel - 26H/semaine', fullTime: false } },
        quote:
          'Durée du travail : Temps partiel - 26H/semaine ; Texte : « Horaires : du lundi au vendredi de 9h à 12h »',
      },
    ],
    negative: [
      {
        // 196DSWH: 7h30-17h may hold an unpaid lunch hour.
        description: 'Horaires : lundi au jeudi 7h30-17h et vendredi 7h30-12h',
        offer: { hours: { label: '38H30/semaine', fullTime: true } },
        why: 'a long stretch with no break stated may include an unpaid meal break',
      },
      {
        // 196DWYW: Friday is in the next sentence.
        description: 'Horaires: Lundi au Jeudi : 5h-13h ou 13h-21h. Vendredi : 5h-12h ou 12h-19h.',
        offer: { hours: { label: '39H/semaine', fullTime: true } },
        why: 'a week written over two sentences is one week',
      },
      {
        // 196DWYW: the days said twice, then the times.
        description:
          'Horaires: lundi à jeudi: Lundi au Jeudi : 5h-13h ou 13h-21h. Vendredi : 5h-12h ou 12h-19h.',
        offer: { hours: { label: '39H/semaine', fullTime: true } },
        why: 'a span restated is one group of days',
      },
      {
        description: 'Horaires : du lundi au jeudi, en équipes, 5h-13h ou 13h-21h.\nVendredi : 5h-12h.',
        offer: { hours: { label: '39H/semaine', fullTime: true } },
        why: 'the rest of a week the reader could not read is not a week of its own',
      },
      {
        description:
          'Notre équipe vous attend du Lundi au Vendredi, de 8h à 12h et de 14h à 18h au 10 avenue de Genève',
        offer: { hours: { label: '35H/semaine', fullTime: true } },
        why: "an agency's opening hours are not the job's",
      },
      {
        // 196DQLD.
        description:
          'Planning : En fonction de vos disponibilités.\nAssociation\nDu lundi au vendredi de 8h30 à 12h00 et de 13h30 à 17h00',
        offer: { hours: { label: 'Temps partiel - 2H/semaine', fullTime: false } },
        why: "hours set by the worker's availability: the hours written are the office's",
      },
      {
        description: 'Magasin ouvert du lundi au samedi de 9h à 19h.',
        offer: { hours: { label: '35H/semaine', fullTime: true } },
        why: 'opening hours',
      },
      {
        description: 'Horaires : deux jours par semaine, de 8h30 à 16h15.',
        offer: { hours: { label: 'Temps partiel - 14H/semaine', fullTime: false } },
        why: 'the same week, breaks unstated',
      },
      {
        description: 'Statut cadre au forfait.\nHoraires : du lundi au vendredi de 9h à 12h.',
        offer: { hours: { label: '35H/semaine', fullTime: true } },
        why: 'a working-time forfait: the hours are not counted by the week',
      },
      {
        description: 'Notre magasin est ouvert du lundi au samedi\n9h-19h\nTélétravail 2 jours par semaine.',
        offer: { hours: { label: '35H/semaine', fullTime: true } },
        why: "a shop's opening days, and remote-work days, are not the days of a day's times",
      },
      {
        // Five days of 04h30-13h00, a break of up to an hour unstated, make 37 h 30 to 42 h 30.
        description: 'CONDITIONS :\n- 39h hebdomadaires réparties sur 5 jours.\n- Horaires de 04h30 à 13h00.',
        offer: { hours: { label: '39H/semaine', fullTime: true } },
        why: 'the days and the times agree with the listing once a break is allowed for',
      },
      {
        description: 'Horaires : lundi au vendredi de 8h à 12h et de 13h à 16h, samedi de 9h à 12h.',
        offer: { hours: { label: '38H/semaine', fullTime: true } },
        why: '5 × 7 h + 3 h is the 38 h listed',
      },
    ],
  },
};

/*
 * "Forfait jours (209 jours)", "forfait jour - 235 jours travaillés par an": a working time counted in days a year,
 * which has no weekly hours (L3121-58 to L3121-64), shown as "35H/semaine".
 */
const FORFAIT_JOURS =
  /\bforfaits?[- ](?:annuels? )?(?:en )?jours?\b(?! d'intervention)|\bforfait (?:annuel )?(?:de )?\d{3} jours\b|\b\d{3} jours travailles\b/;

const daysAYearVsHours: OfferRule = {
  kind: 'offer',
  id: 'hours_mismatch.forfait_jours',
  category: 'hours_mismatch',
  severity: 'likely',
  explanation:
    "L'offre affiche une durée en heures par semaine, mais le texte annonce un forfait en jours, qui ne compte pas les heures.",
  detect(prepared, facts) {
    if (facts.hours.label.weekly === null) return null;
    const found = FORFAIT_JOURS.exec(prepared.text);
    if (!found) return null;
    return {
      evidence: bothSides(
        hoursEvidence(prepared.offer.hours),
        quote(prepared, { index: found.index, length: found[0].length }),
      ),
    };
  },
  examples: {
    positive: [
      {
        // 193MWGT.
        text: 'Statut cadre. Forfait jours (209 jours).',
        offer: { hours: { label: '35H/semaine\nTravail en journée', fullTime: true } },
        quote:
          'Durée du travail : 35H/semaine Travail en journée ; Texte : « Statut cadre. Forfait jours (209 jours). »',
      },
    ],
    negative: [
      {
        text: 'Prise en charge selon un forfait par jour d’intervention.',
        offer: { hours: { label: '35H/semaine', fullTime: true } },
        why: 'a travel allowance per day, not a working time',
      },
      {
        text: 'Statut cadre au forfait 218 jours.',
        offer: { hours: { label: 'Temps plein', fullTime: true } },
        why: 'the listing gives no weekly hours to contradict',
      },
    ],
  },
};

/*
 * Work said to be on weekends only: "uniquement le week-end", "les samedis et dimanches seulement", "contrat
 * week-end". Two days cannot hold a full week: even at 12 hours a day (the most a branch agreement may allow,
 * L3121-19), a weekend is 24 hours.
 */
const WEEKEND_ONLY =
  /\b(?:uniquement|seulement|exclusivement) (?:le |les |en )?(?:week-ends?|samedis? et dimanches?)\b|\b(?:le |les )?(?:week-ends?|samedis? et dimanches?) (?:uniquement|seulement|exclusivement)\b|\b(?:contrats?|cdi|cdd|poste|emploi) (?:de |du )?(?:week-ends?|fin de semaine)\b/;
/** "pas uniquement le week-end", "non seulement les samedis et dimanches": the week is not the weekend alone. */
const NOT_ONLY = /\b(?:pas|non|ne|plus|mais|hors|sauf)(?: que)? ?$/;
/** The sentence says the work is done then ("Travail le week-end uniquement", "Horaire : … uniquement le week-end"). */
const WORK_SAID =
  /\b(?:travail|travaill[a-z]*|horaires?|postes?|missions?|contrats?|cdi|cdd|emploi|job|interven[a-z]*|recrut[a-z]*|recherch[a-z]*)\b/;
/** …not a shop's opening, an availability asked besides the week, a premium, a training, an on-call duty. */
const NOT_THE_WORK =
  /\b(?:ouvert|ouverte|ouverture|disponibilites?|disponible|inventaires?|majorations?|majore|primes?|formations?|astreintes?|renfort|ponctuel)/;
const WEEKEND_HOURS = 24;

const weekendOnlyVsHours: OfferRule = {
  kind: 'offer',
  id: 'hours_mismatch.weekend_only',
  category: 'hours_mismatch',
  severity: 'likely',
  explanation:
    "L'offre annonce un travail le week-end seulement, ce qui ne peut pas faire la durée par semaine affichée.",
  detect(prepared, facts) {
    const listed = facts.hours.label.weekly;
    if (listed === null || listed < WEEKEND_HOURS + SCHEDULE_TOLERANCE) return null;
    const text = prepared.text;
    if (!text.includes('week-end') && !text.includes('dimanche') && !text.includes('fin de semaine'))
      return null;
    const found = WEEKEND_ONLY.exec(text);
    if (!found || NOT_ONLY.test(text.slice(Math.max(0, found.index - 12), found.index))) return null;
    // The sentence around it, up to 80 characters each way.
    const before = text.slice(Math.max(0, found.index - 80), found.index);
    const after = text.slice(found.index + found[0].length, found.index + found[0].length + 80);
    const sentence = `${before.slice(before.search(/[^.!?;]*$/))} ${found[0]} ${after.split(/[.!?;]/)[0]}`;
    if (!WORK_SAID.test(sentence) || NOT_THE_WORK.test(sentence)) return null;
    if (EXPLAINED_DIFFERENCE.test(text)) return null;
    return {
      evidence: bothSides(
        hoursEvidence(prepared.offer.hours),
        quote(prepared, { index: found.index, length: found[0].length }),
      ),
      explanation: `L'offre annonce un travail le week-end seulement : deux jours, même de 12 heures (le plus qu'un accord puisse permettre, art. L3121-19), ne font pas les ${formatHours(listed)} par semaine affichées.`,
      details: { label: listed, weekendHours: WEEKEND_HOURS },
    };
  },
  examples: {
    positive: [
      {
        // 196CZLZ.
        text: 'Horaire : du matin ou du soir ou uniquement le week-end samedi : 13h30 20h et dimanche 15h 20h00',
        offer: { hours: { label: '39H/semaine\nTravail en journée', fullTime: true } },
        quote:
          'Durée du travail : 39H/semaine Travail en journée ; Texte : « …: du matin ou du soir ou uniquement le week-end samedi : 13h30 20h et dimanche… »',
      },
      {
        text: 'Vous travaillerez les samedis et dimanches uniquement, en caisse.',
        offer: { hours: { label: '35H/semaine', fullTime: true } },
        quote:
          'Durée du travail : 35H/semaine ; Texte : « Vous travaillerez les samedis et dimanches uniquement, en caisse. »',
      },
      {
        text: 'Nous recrutons en contrat week-end un agent de sécurité.',
        offer: { hours: { label: '30H/semaine', fullTime: false } },
        quote:
          'Durée du travail : 30H/semaine ; Texte : « Nous recrutons en contrat week-end un agent de sécurité. »',
      },
    ],
    negative: [
      {
        text: 'Travail en semaine, pas uniquement le week-end.',
        offer: { hours: { label: '35H/semaine', fullTime: true } },
        why: 'negated: the week is not the weekend alone',
      },
      {
        text: 'Travail du lundi au vendredi et un week-end sur deux.',
        offer: { hours: { label: '35H/semaine', fullTime: true } },
        why: 'weekends besides the week, not instead of it',
      },
      {
        text: 'Poste uniquement le week-end, samedi et dimanche de 8h à 18h.',
        offer: { hours: { label: 'Temps partiel - 20H/semaine', fullTime: false } },
        why: 'twenty hours fit in a weekend',
      },
      {
        text: 'Disponibilité le week-end uniquement pour les inventaires.',
        offer: { hours: { label: '35H/semaine', fullTime: true } },
        why: 'an availability asked besides the week',
      },
      {
        text: 'Le magasin est ouvert uniquement le week-end en basse saison.',
        offer: { hours: { label: '35H/semaine', fullTime: true } },
        why: "a shop's opening days, not the job's",
      },
      {
        text: 'Majoration de 25 % uniquement le dimanche.',
        offer: { hours: { label: '35H/semaine', fullTime: true } },
        why: 'a premium on Sundays, not a weekend-only job',
      },
    ],
  },
};

function round(hours: number): number {
  return Math.round(hours * 100) / 100;
}

export const hoursMismatchRules = {
  shownVsStated,
  partTimeWithoutHours,
  scheduleVsHours,
  daysAYearVsHours,
  weekendOnlyVsHours,
};
