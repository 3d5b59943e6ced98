import { CONTRACT_TYPES } from '../../model/contract-types.js';
import type { Offer } from '../../model/offer.js';
import { fieldEvidence } from '../engine/evidence.js';
import { plainText } from '../engine/normalise.js';
import { PrecheckedPattern } from '../engine/prechecked-pattern.js';
import { includesWord } from '../engine/substring-filter.js';

export type ContractKind =
  | 'CDI'
  | 'CDD'
  | 'MIS'
  | 'SAI'
  | 'DDI'
  | 'DIN'
  | 'CCE'
  | 'LIB'
  | 'FRA'
  | 'REP'
  | 'TTI';

export interface ContractFacts {
  kind: ContractKind | null;
  /** Duration shown in `typeContratLibelle`, in days (a month is 30 days). */
  durationDays: number | null;
  /** As written: "4 Mois", "5 Jour(s)". */
  durationText: string | null;
  /** Apprenticeship or professionalisation: their own durations and pay rules apply. */
  alternance: boolean;
}

const KNOWN: ReadonlySet<string> = new Set(CONTRACT_TYPES);

/* Both eras of `typeContratLibelle`: "CDD - 4 Mois" and "Contrat à durée déterminée - 6 Mois", "Intérim" and
 * "Mission intérimaire", "CDI Intérimaire", "CDD Insertion". Order matters: the longer names first. */
const LABEL_KINDS: Array<[RegExp, ContractKind]> = [
  [/^cdi interimaire|^contrat a duree indeterminee interimaire/, 'DIN'],
  [/^cdd insertion|^contrat a duree determinee d'insertion/, 'DDI'],
  [/^cdi\b|^contrat a duree indeterminee/, 'CDI'],
  [/^cdd\b|^contrat a duree determinee/, 'CDD'],
  [/^interim|^mission interimaire|^travail temporaire/, 'MIS'],
  [/^saisonnier|^contrat (?:de )?travail saisonnier/, 'SAI'],
  [/^profession liberale/, 'LIB'],
  [/^profession commerciale/, 'CCE'],
  [/^franchise/, 'FRA'],
  [/^reprise d'entreprise/, 'REP'],
];

const DURATION = /- ?(\d{1,3}) ?(mois|jours?(?:\(s\))?|ans?(?:\(s\))?|semaines?(?:\(s\))?)/;

export const DAYS_PER_UNIT: Record<string, number> = { mois: 30, jour: 1, an: 365, semaine: 7 };

export function unitDays(unit: string): number {
  const base = unit.replace(/\(s\)$/, '').replace(/s$/, '');
  return DAYS_PER_UNIT[base] ?? (base.startsWith('moi') ? 30 : 1);
}

export function parseContract(offer: Offer): ContractFacts {
  const label = plainText(offer.contract.label ?? '').trim();
  const code = offer.contract.type?.toUpperCase() ?? null;
  let kind: ContractKind | null = code && KNOWN.has(code) ? (code as ContractKind) : null;
  if (!kind) kind = LABEL_KINDS.find(([pattern]) => pattern.test(label))?.[1] ?? null;
  const duration = DURATION.exec(label);
  const nature = (offer.contract.nature ?? '').toLowerCase();
  return {
    kind,
    durationDays: duration ? Number(duration[1]) * unitDays(duration[2]!) : null,
    durationText: duration
      ? (offer.contract.label ?? '').slice((offer.contract.label ?? '').lastIndexOf('-') + 1).trim()
      : null,
    alternance:
      offer.contract.alternance === true ||
      nature.includes('apprentissage') ||
      nature.includes('professionnalisation'),
  };
}

/** Contracts with an end date: the ones that must state a duration. */
export function isFixedTerm(kind: ContractKind | null): boolean {
  return kind === 'CDD' || kind === 'MIS' || kind === 'SAI' || kind === 'DDI';
}

const NUMBER_WORDS: Record<string, number> = {
  un: 1,
  une: 1,
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  six: 6,
  sept: 7,
  huit: 8,
  neuf: 9,
  dix: 10,
  onze: 11,
  douze: 12,
  quinze: 15,
  dixhuit: 18,
  vingt: 20,
};

/*
 * A contract length in the text: "CDD de 6 mois", "mission d'une semaine", "contrat d'une durée de 3 mois",
 * "pour une durée de 12 mois", "mission de 2 jours", "CDD de 4 à 6 mois" (both ends), and with no preposition:
 * "CDD 3 mois", "Mission 2 semaines", "Durée : 3 mois", "Durée du contrat : 6 mois", "Durée: 31/jours".
 */
const WORD_NUMBER =
  '(\\d{1,2}|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|dix-huit|vingt)';
const TEXT_DURATION = new RegExp(
  `\\b(?:cdd|contrat|mission|remplacement|poste|interim|saison)(?: [a-z']{1,14}){0,2}? (?:de|d'une duree de|d'un|d'une|pour une duree de|pour|sur) ${WORD_NUMBER}(?: ?(?:a|-) ?(\\d{1,2}))? (mois|semaines?|jours?|ans?)\\b(?! d'exp| minimum| d'anciennete)` +
    `|\\b(?:cdd|mission|interim|contrat|remplacement)(?: ?:)? (\\d{1,2}) ?(mois|semaines?|jours?)\\b(?! d'exp| minimum| d'anciennete| par | de conges)` +
    `|\\bduree(?: du contrat| de la mission| de mission| du cdd| du remplacement)? ?: ?(\\d{1,3}) ?\\/? ?(mois|semaines?|jours?)\\b`,
  'g',
);

export interface DurationInText {
  days: number;
  index: number;
  length: number;
}

export function findDurations(text: string): DurationInText[] {
  const found: DurationInText[] = [];
  TEXT_DURATION.lastIndex = 0;
  for (let match = TEXT_DURATION.exec(text); match; match = TEXT_DURATION.exec(text)) {
    const raw = match[1] ?? match[4] ?? match[6]!;
    const unit = match[3] ?? match[5] ?? match[7]!;
    const count = /^\d/.test(raw) ? Number(raw) : (NUMBER_WORDS[raw.replace('-', '')] ?? 0);
    const at = { index: match.index, length: match[0].length };
    if (count > 0) found.push({ days: count * unitDays(unit), ...at });
    // "CDD de 4 à 6 mois": the upper end is a length the text gives too.
    if (match[2] && Number(match[2]) > count) found.push({ days: Number(match[2]) * unitDays(unit), ...at });
  }
  return found;
}

/** The months in the normalised text's spelling (no accents), January first. */
export const MONTHS: readonly string[] = [
  'janvier',
  'fevrier',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'aout',
  'septembre',
  'octobre',
  'novembre',
  'decembre',
];
const MONTH = `(${MONTHS.join('|')})`;
/* A date: "19 aout 2024", "1er septembre", "11/08/2025", "06/09", "11 08 2025" (digits with spaces need a year). */
const DATE = `(?:(\\d{1,2})(?:er)? ${MONTH}(?: (\\d{4}))?|(\\d{1,2})[/.-](\\d{1,2})(?:[/.-](\\d{4}|\\d{2}))?|(\\d{1,2}) (\\d{1,2}) (\\d{4}))`;
const DATE_GROUPS = 9;

/** How a text dates its contract, when it does not give a length. */
export type ContractSpanKind = 'dates' | 'days' | 'months' | 'until' | 'month' | 'season';

export interface ContractSpan {
  kind: ContractSpanKind;
  /**
   * Days the text implies: between the two dates (for `days`, from the first day it names to the last), from the
   * offer's creation to the end date, a month, a season.
   */
  days: number;
  /** For `days`: how many working days the text names ("samedi 09/08 et samedi 16/08" names two). */
  worked?: number;
  index: number;
  length: number;
}

const WEEKDAY = '(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)';

const SPAN = new RegExp(
  [
    // "du 19 août au 30 août 2024", "CDD du 11 08 2025 au 21 09 2025", "à pourvoir du 01/09 au 31/10", and the first
    // date's month left to the second: "du 12 au 16 août", "du lundi 4 au vendredi 8 août".
    `\\bdu (?:${WEEKDAY} )?(?:${DATE}|(\\d{1,2})(?:er)?) (?:au|jusqu'au) (?:${WEEKDAY} )?${DATE}`,
    // "jusqu'au 06/09", "jusqu'au 31 août", "jusqu'à fin octobre 2025", "jusqu'à la fin du mois d'août".
    `\\bjusqu'(?:au|a) (?:${WEEKDAY} )?(?:${DATE}|(?:la )?fin (?:du mois )?(?:de |d')?${MONTH}(?: (\\d{4}))?)`,
    // "pour le mois d'août", "pour tout le mois de juillet", "durant le mois d'août".
    `\\b(?:pour|durant|pendant|sur) (?:tout |toute )?le mois (?:de |d')${MONTH}`,
    // The whole of a season: "pour la saison d'hiver 2025-2026", "durant toute la saison" (not "pour la saison": a
    // reinforcement may cover part of it).
    "\\b(?:pour|durant|pendant) (?:toute |l'ensemble de )la saison(?: d'hiver| d'ete| estivale| hivernale)?|\\b(?:pour|durant|pendant) la saison (?:d'hiver|d'ete|estivale|hivernale) 20\\d{2}|\\bsaison (?:d'hiver|d'ete|estivale|hivernale) 20\\d{2} ?- ?20\\d{2}",
  ].join('|'),
  'g',
);
/** Where each alternative's groups start: the two dates of "du … au …" (the first day alone between them), then
 * the end date of "jusqu'au …" and the month of "jusqu'à fin …" with its year. */
const FROM_AT = 1;
const FROM_DAY = FROM_AT + DATE_GROUPS;
const TO_AT = FROM_DAY + 1;
const UNTIL_AT = TO_AT + DATE_GROUPS;
const UNTIL_MONTH = UNTIL_AT + DATE_GROUPS;

/** What every "du … au …" span starts with: "du " then a day's digit, or a weekday and its digit. */
const DATED_FROM = /du (?:[a-z]{5,8} )?\d/;

/*
 * A working day named with its date: "samedi 09/08/2025", "Vendredi 27 juin", "mardi le 12 août". A text that names
 * several in a row ("Mission samedi 09/08/2025 et samedi 16/08/2025", a planning of dates one a line) gives the
 * contract's days: the first to the last, and how many.
 */
const DATED_DAY = new RegExp(`\\b${WEEKDAY} (?:le )?${DATE}`, 'g');
/** What every dated day starts with: its weekday's last letters, then its digits. */
const DATED_WEEKDAY = /di (?:le )?\d/;
/* Days of one month, the month named once: "les 9 et 16 août", "les samedis 9, 16 et 23 août 2025". */
const DAYS_OF_MONTH = new RegExp(
  `\\bles (?:${WEEKDAY}s )?(\\d{1,2}(?:er)?(?:(?:, ?| et )\\d{1,2}(?:er)?)+) ${MONTH}(?: (\\d{4}))?`,
  'g',
);
/** What every list of DAYS_OF_MONTH starts with. */
const DAYS_OF_MONTH_START = /les (?:[a-z]{5,8}s )?\d{1,2}(?:er)?(?:, ?| et )\d/;
/** Between two days of one list: a space, a comma, "et", "puis", "le", a dash, or the hours of the first day. */
const DAY_LIST_GAP =
  /^(?:[ ,&/-]|et\b|puis\b|ainsi que\b|le\b|de \d{1,2} ?h ?\d{0,2} a \d{1,2} ?h ?\d{0,2}|\d{1,2} ?h ?\d{0,2} ?- ?\d{1,2} ?h ?\d{0,2})*$/;
/*
 * Dates the clause gives to something else than the contract: an interview, a job dating, an information meeting,
 * a training, the applications ("candidatures jusqu'au 31/08", "annonce valable jusqu'au 15 septembre"), a closure,
 * the first days only ("intégration lundi 1/09 et mardi 2/09").
 */
const NOT_THE_CONTRACT =
  /\b(?:entretiens?|job ?dating|reunions?|information|sessions?|forum|salon|ateliers?|portes? ouvertes|candidatures?|postuler|formations?|visites?|date limite|valable|annonces?|fermee?s?|fermeture|inscriptions?|evenements?|soirees?|integration|demarrage|premiers jours|premieres semaines)\b/;

/** The clause before `index`: at most 60 characters back, from the last full stop, semicolon or exclamation. */
function clauseBefore(text: string, index: number): string {
  const lead = text.slice(Math.max(0, index - 60), index);
  return lead.slice(Math.max(lead.lastIndexOf('.'), lead.lastIndexOf(';'), lead.lastIndexOf('!')) + 1);
}
/* Two days make a list of the contract's days only when the clause before them names the contract or its dates
 * ("Mission samedi 09/08/2025 et samedi 16/08/2025"), not the work of a week ("travail samedi 23 et dimanche 24"). */
const WORK_BEFORE =
  /\b(?:missions?|contrats?|cdd|interim|planning|renforts?|vacations?|dates|jours travailles)\b[^.;!?]{0,40}$/;

function dateOf(groups: readonly (string | undefined)[], at: number, fallbackYear: number): Date | null {
  const [dayName, monthName, yearName, dayNum, monthNum, yearNum, daySp, monthSp, yearSp] = groups.slice(
    at,
    at + DATE_GROUPS,
  );
  const day = Number(dayName ?? dayNum ?? daySp);
  const month = monthName ? MONTHS.indexOf(monthName) : Number(monthNum ?? monthSp) - 1;
  let year = Number(yearName ?? yearNum ?? yearSp ?? fallbackYear);
  if (year < 100) year += 2000;
  if (!(day >= 1 && day <= 31 && month >= 0 && month <= 11 && year >= 2000 && year <= 2100)) return null;
  return new Date(Date.UTC(year, month, day));
}

/** Whether a date's groups hold its year. */
function hasYear(groups: readonly (string | undefined)[], at: number): boolean {
  return Boolean(groups[at + 2] ?? groups[at + 5] ?? groups[at + 8]);
}

const DAY_MS = 86_400_000;

/**
 * The dates, end dates, lists of dated days, months from one to another, whole months and seasons a text gives its
 * contract, each as the days it implies, in the order of the text. `createdAt` (the offer's creation) dates an end
 * with no start and gives a year to dates without one.
 */
export function findContractSpans(text: string, createdAt: string | null): ContractSpan[] {
  const found: ContractSpan[] = [];
  // Each kind of span has its words: "du " and a day's digits, "jusqu", "le mois", "saison", a weekday and its
  // digits ("di " ends all seven) or "les 9 et 16", a month then "à". Most texts say "du " or "lundi" without a
  // date: the digit keeps them from the span pattern's scan.
  const days = DATED_WEEKDAY.test(text) || DAYS_OF_MONTH_START.test(text);
  const months = MONTH_TO_MONTH_END.test(text);
  if (
    !DATED_FROM.test(text) &&
    !includesWord(text, 'jusqu') &&
    !includesWord(text, 'le mois') &&
    !includesWord(text, 'saison') &&
    !days &&
    !months
  )
    return found;
  const created = createdAt ? new Date(createdAt) : null;
  const createdDay =
    created && !Number.isNaN(created.getTime()) ? Math.floor(created.getTime() / DAY_MS) : null;
  const year = created && createdDay !== null ? created.getUTCFullYear() : null;
  SPAN.lastIndex = 0;
  for (let match = SPAN.exec(text); match; match = SPAN.exec(text)) {
    const at = { index: match.index, length: match[0].length };
    const groups = [...match];
    if (!match[0].startsWith('saison') && NOT_THE_CONTRACT.test(clauseBefore(text, match.index))) continue;
    if (match[0].startsWith('du ')) {
      if (year === null && !hasYear(groups, FROM_AT) && !hasYear(groups, TO_AT)) continue;
      let to = dateOf(groups, TO_AT, year ?? 2000);
      if (!to) continue;
      let from: Date | null;
      if (groups[FROM_DAY] !== undefined) {
        // "du 12 au 16 août": the first day is in the second's month, or in the month before ("du 28 au 3 août").
        const day = Number(groups[FROM_DAY]);
        from = new Date(Date.UTC(to.getUTCFullYear(), to.getUTCMonth(), day));
        if (day > to.getUTCDate()) from = new Date(Date.UTC(to.getUTCFullYear(), to.getUTCMonth() - 1, day));
        if (!(day >= 1 && day <= 31)) from = null;
      } else {
        from = dateOf(groups, FROM_AT, hasYear(groups, TO_AT) ? to.getUTCFullYear() : (year ?? 2000));
        // The end's year, when only the start has one: "du 01/09/2025 au 31/10".
        if (from && !hasYear(groups, TO_AT)) to = dateOf(groups, TO_AT, from.getUTCFullYear());
      }
      if (!from || !to) continue;
      if (to < from) to = new Date(Date.UTC(to.getUTCFullYear() + 1, to.getUTCMonth(), to.getUTCDate()));
      const span = Math.round((to.getTime() - from.getTime()) / DAY_MS) + 1;
      if (span > 0 && span < 800) found.push({ kind: 'dates', days: span, ...at });
    } else if (match[0].startsWith('jusqu')) {
      if (createdDay === null || year === null) continue;
      let end = dateOf(groups, UNTIL_AT, year);
      if (!end && match[UNTIL_MONTH]) {
        const month = MONTHS.indexOf(match[UNTIL_MONTH]!);
        const endYear = Number(match[UNTIL_MONTH + 1] ?? year);
        end = new Date(Date.UTC(endYear, month + 1, 0));
      }
      if (!end) continue;
      let span = Math.floor(end.getTime() / DAY_MS) - createdDay + 1;
      // An end with no year that has passed is next year's.
      if (span < -30 && !(hasYear(groups, UNTIL_AT) || match[UNTIL_MONTH + 1])) span += 365;
      if (span > 0 && span < 800) found.push({ kind: 'until', days: span, ...at });
    } else if (match[0].includes('mois')) {
      found.push({ kind: 'month', days: 31, ...at });
    } else {
      found.push({ kind: 'season', days: 90, ...at });
    }
  }
  if (days && createdDay !== null && year !== null) found.push(...datedDays(text, createdDay, year));
  if (months && year !== null) found.push(...monthToMonth(text, year));
  return found.sort((a, b) => a.index - b.index);
}

/**
 * The lists of dated working days of a text (see DATED_DAY): each list of two days or more, in a row, that the text
 * does not give to something else (an interview, a closure), as the days from its first to its last.
 */
function datedDays(text: string, createdDay: number, year: number): ContractSpan[] {
  const found: ContractSpan[] = [];
  const keep = (list: ReadonlyArray<{ day: number; index: number; end: number }>) => {
    if (list.length < 2) return;
    const first = list[0]!;
    const clause = clauseBefore(text, first.index);
    if (NOT_THE_CONTRACT.test(clause) || (list.length < 3 && !WORK_BEFORE.test(clause))) return;
    const sorted = list.map((item) => item.day).sort((a, b) => a - b);
    found.push({
      kind: 'days',
      days: sorted[sorted.length - 1]! - sorted[0]! + 1,
      worked: new Set(sorted).size,
      index: first.index,
      length: list[list.length - 1]!.end - first.index,
    });
  };
  // A day with no year long before the offer was created is next year's ("lundi 5 janvier", posted in December).
  const dayOf = (date: Date, withYear: boolean) => {
    const day = Math.floor(date.getTime() / DAY_MS);
    return day < createdDay - 60 && !withYear ? day + 365 : day;
  };
  let list: Array<{ day: number; index: number; end: number }> = [];
  DATED_DAY.lastIndex = 0;
  for (let match = DATED_DAY.exec(text); match; match = DATED_DAY.exec(text)) {
    const groups = [...match];
    const date = dateOf(groups, 1, year);
    if (!date) continue;
    const previous = list[list.length - 1];
    if (previous && !DAY_LIST_GAP.test(text.slice(previous.end, match.index))) {
      keep(list);
      list = [];
    }
    list.push({
      day: dayOf(date, hasYear(groups, 1)),
      index: match.index,
      end: match.index + match[0].length,
    });
  }
  keep(list);
  // "les 9 et 16 août", "les samedis 9, 16 et 23 août": the days of one month, named once at the end.
  DAYS_OF_MONTH.lastIndex = 0;
  for (let match = DAYS_OF_MONTH.exec(text); match; match = DAYS_OF_MONTH.exec(text)) {
    const month = MONTHS.indexOf(match[2]!);
    const monthYear = match[3] ? Number(match[3]) : year;
    const days: Array<{ day: number; index: number; end: number }> = [];
    for (const number of match[1]!.matchAll(/\d{1,2}/g)) {
      const date = Number(number[0]);
      if (date < 1 || date > 31) continue;
      days.push({
        day: dayOf(new Date(Date.UTC(monthYear, month, date)), match[3] !== undefined),
        index: match.index,
        end: match.index + match[0].length,
      });
    }
    keep(days);
  }
  return found;
}

/*
 * A contract from one month to another, as seasonal offers give it: "Contrat de fin juin à fin septembre", "Contrat
 * saisonnier de juin à novembre 2025", "saison de mi-mai à mi-octobre". Only after the contract's own words (not "En
 * période hivernale (de octobre à avril)", a rota): the start is the month's first day (its 15th for "mi-", its last
 * for "fin"), the end the month's last day (its 15th for "mi-", its 1st for "début").
 */
const MONTH_TO_MONTH = new RegExp(
  `\\b(?:contrat|cdd|mission|saison|saisonnier|interim|renfort|remplacement)(?: [a-z']{1,14}){0,2}? (?:de|d'|du|sur la periode de) ?(debut |mi-?|fin )?(?:mois (?:de |d'))?${MONTH}(?: (20\\d{2}))? (?:a|au|jusqu'a|jusqu'au) (?:la )?(debut |mi-?|fin )?(?:du mois )?(?:de |d')?${MONTH}(?: (20\\d{2}))?\\b`,
  'g',
);

/** What every MONTH_TO_MONTH holds: a month's last letters, its year perhaps, then "à", "au" or "jusqu'". */
const MONTH_TO_MONTH_END = /(?:vier|mars|avril|mai|juin|llet|aout|bre)(?: 20\d\d)? (?:a|au|jusqu)\b/;

function monthToMonth(text: string, year: number): ContractSpan[] {
  const found: ContractSpan[] = [];
  MONTH_TO_MONTH.lastIndex = 0;
  for (let match = MONTH_TO_MONTH.exec(text); match; match = MONTH_TO_MONTH.exec(text)) {
    const [, fromPart, fromMonth, fromYear, toPart, toMonth, toYear] = match;
    const endYear = Number(toYear ?? fromYear ?? year);
    const startMonth = MONTHS.indexOf(fromMonth!);
    const endMonth = MONTHS.indexOf(toMonth!);
    const startYear = fromYear ? Number(fromYear) : startMonth > endMonth ? endYear - 1 : endYear;
    const startDay = fromPart?.startsWith('fin')
      ? new Date(Date.UTC(startYear, startMonth + 1, 0)).getUTCDate()
      : fromPart?.startsWith('mi')
        ? 15
        : 1;
    const endDay = toPart?.startsWith('debut')
      ? 1
      : toPart?.startsWith('mi')
        ? 15
        : new Date(Date.UTC(endYear, endMonth + 1, 0)).getUTCDate();
    const from = Date.UTC(startYear, startMonth, startDay);
    const to = Date.UTC(endYear, endMonth, endDay);
    const days = Math.round((to - from) / DAY_MS) + 1;
    if (days >= 28 && days < 800 && !NOT_THE_CONTRACT.test(clauseBefore(text, match.index)))
      found.push({ kind: 'months', days, index: match.index, length: match[0].length });
  }
  return found;
}

/** "Type de contrat : CDD - 6 Mois": the contract shown, as a flag quotes it (the code when there is no label). */
export function contractFieldEvidence(offer: Offer): string {
  return fieldEvidence('contract', offer.contract.label ?? offer.contract.type ?? '');
}

/** How the flags quote the contract shown: `typeContratLibelle`, or the code when there is no label. */
export function contractLabelEvidence(offer: Offer): string {
  return `typeContratLibelle: ${offer.contract.label ?? offer.contract.type}`;
}

/**
 * A fixed-term contract presented as a step to a CDI ("CDD pouvant déboucher sur un CDI"): the finding of
 * cdd_rules.path_to_cdi, and what makes a CDI-looking text agree with a fixed-term listing (contract_mismatch).
 * Every match holds "cdi", "embauche" or "titularisation", or spells the CDI out ("contrat à durée indéterminée")
 * or says "CDD évolutif".
 */
export const PATH_TO_CDI = new PrecheckedPattern(
  /\b(?:cdd|contrat a duree determinee|mission|interim|contrat)\b[^.;\n]{0,80}\b(?:pouvant|pourra|peut|pourrait|susceptible de|possibilite de|possibilites de|perspectives? de|avec|evolutif|evoluer|debouchant|deboucher|qui debouchera|en vue d'(?:une )?embauche|aboutir|se transformer|transformable|puis|avant|suivi d'un|vers un)\b[^.;\n]{0,40}\b(?:cdi|embauche|titularisation)\b(?! interim)|\ben vue d'(?:une )?embauche\b|\bpre-?embauche\b|\bcdd evolutif\b|\bcdi a la cle\b|\bpossibilite de (?:cdi|contrat a duree indeterminee)\b|\b(?:prolongation|poursuite|transformation|evolution|passage|embauche|titularisation) en (?:cdi|contrat a duree indeterminee)\b(?! interim)|\bperspectives? (?:de|d'un) cdi\b/,
  ['cdi', 'embauche', 'titularisation', 'indeterminee', 'evolutif'],
);
/**
 * PATH_TO_CDI's words as a text not yet normalised writes them (accents, any case): a text without one cannot hold
 * the phrase, and is not normalised to look (cdd_rules reads the employer's description so). Kept beside the
 * pattern's own words: a word added to one is added to the other.
 */
export const PATH_TO_CDI_RAW_WORDS = /cdi|embauche|titularisation|ind[eé]termin[eé]e|[eé]volutif/i;

/**
 * A CDI listing whose text puts the CDI later ("poste en vue de CDI", "pré-embauche", "CDD pouvant déboucher sur
 * un CDI"): the job starts under another contract (ANNOTATION.md, hard call 7): contract_mismatch.cdi_later, and
 * cdd_rules.cdi_after_fixed_term (the fixed term before it is a way in). Not "embauche en CDI", "CDI à la
 * clé": those are the CDI itself.
 */
export const CDI_LATER = new PrecheckedPattern(
  /\b(?:en vue (?:d'une |d'un |de |d')?(?:embauche|cdi)\b|pre-?embauche\b|(?:cdd|mission|interim|contrat a duree determinee)\b[^.;]{0,60}\b(?:pouvant|pourra|peut|possibilite|debouch[a-z]{0,4}|evolu[a-z]{0,4}|aboutir|se transformer|transformable|suivi d'un|vers un|avant)\b[^.;]{0,40}\bcdi\b|possibilite de (?:cdi|contrat a duree indeterminee)\b|perspectives? (?:de|d'un) cdi\b|(?:prolongation|poursuite|transformation|evolution|passage) en cdi\b|cdd evolutif\b)/,
  // "indeterminee": « possibilité de contrat à durée indéterminée » names the CDI without the word "cdi".
  ['vue', 'embauche', 'cdi', 'evolutif', 'indeterminee'],
);
/** A replacement is named: an exception to the 24-hour floor, and a hint that a fixed term's end is known. */
export const REPLACEMENT =
  /\bremplacement\b|\bremplacer\b|\bconge (?:maternite|parental|maladie)\b|\barret maladie\b/;
