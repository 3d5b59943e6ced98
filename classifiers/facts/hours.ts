import { fieldEvidence } from '../engine/evidence.js';
import { plainText } from '../engine/normalise.js';
import { PrecheckedPattern } from '../engine/prechecked-pattern.js';
import { includesWord } from '../engine/substring-filter.js';

export interface HoursLabel {
  /** Weekly hours read from `dureeTravailLibelle`: "35H/semaine" → 35, "Temps partiel - 33H50/semaine" → 33.83. */
  weekly: number | null;
  /** The label says "temps partiel" / "temps plein" in words. */
  saysPartTime: boolean;
  saysFullTime: boolean;
}

const LABEL_HOURS = /^(?:temps (?:plein|partiel) ?- ?)?(\d{1,2}(?:[.,]\d{1,2})?) ?h ?(\d{2})?/;

/** Parses `dureeTravailLibelle` in every format of francetravail.md §2 and §5. Never throws. */
export function parseHoursLabel(label: string | null | undefined): HoursLabel {
  const text = plainText(label ?? '').trim();
  const match = LABEL_HOURS.exec(text);
  let weekly: number | null = null;
  if (match) {
    const hours = Number(match[1]!.replace(',', '.'));
    const minutes = match[2] ? Number(match[2]) : 0;
    weekly = Number.isFinite(hours) && minutes < 60 ? hours + minutes / 60 : null;
    if (weekly !== null && (weekly <= 0 || weekly > 72)) weekly = null;
  }
  return {
    weekly,
    saysPartTime: includesWord(text, 'temps partiel'),
    saysFullTime: includesWord(text, 'temps plein'),
  };
}

/*
 * Weekly hours in the text: "8h par semaine", "24h/semaine", "20 heures hebdomadaires", "35h hebdo",
 * "contrat de 104h par mois". "24h/24" and schedules ("8h-12h") are not weekly hours.
 */
const TEXT_WEEKLY =
  /(?<![\d,.h])(\d{1,2}(?:[.,]\d{1,2})?) ?(?:h|heures?)(?: ?(\d{2}))? ?(?:\/ ?(?:semaine|sem\b|hebdo)|par semaine|hebdo(?:madaires?)?\b|(?:a |dans |sur )?la semaine\b|semaine\b|de travail (?:par semaine|hebdomadaire))/g;
const TEXT_MONTHLY =
  /(?<![\d,.h])(\d{2,3}(?:[.,]\d{1,2})?) ?(?:h|heures?) ?(?:\/ ?mois|par mois|mensuelles?\b)/g;
/*
 * A contract's hours without the week named: "CDI de 35h", "Contrat 25h", "temps partiel 28H", "Horaires : 39H
 * sur 4 jours", "sur la base de 35 heures", "Durée hebdomadaire : environ 20H", "travail de journée (39H)". The
 * number must not open a schedule ("horaires : 8h-12h", "de 9h à 17h", "8h30").
 */
const TEXT_CONTRACT =
  /\b(?:contrats?|cdi|cdd|poste|temps (?:plein|partiel|complet)|mi-temps|base|horaires?|duree(?: hebdomadaire)?(?: du travail| de travail)?)(?: (?:de|en|a|sur|:|-|d'une duree de|sur la base de|une base de|de base))?(?: environ| minimum)? ?\(?(\d{1,2}(?:[.,]5)?) ?(?:h|heures?)(?![\d])(?! ?(?:a|-|\/|et|–) ?\d)(?! ?(?:de|du|le|les|par jour|\/ ?j|\/ ?jour|d'affilee|maximum de) ?(?:route|trajet|jour|nuit|matin))/g;
/* "(39H)": hours alone in brackets, a full or part week. */
const TEXT_BRACKETED = /\((\d{2}) ?h\)/g;
/*
 * "Employé commercial 35h (H/F)", "Equipier magasin 25h F/H": a job's name followed by its hours, then the
 * gender mark that closes a job's name — the week's hours, as titles and "Le poste de …" sentences write them.
 */
const TEXT_TITLED = /(?<![\d,.:/h])(\d{1,2}) ?h(?:eures)?(?: ?([0-5]\d))? ?\(?[hf] ?\/ ?[hf]\b/g;
const SHIFT_BEFORE =
  /\b(?:gardes?|astreintes?|vacations?|shifts?|postes? de|nuits?(?: de)?|journees?(?: de)?|en|de)\s?$/;
const NOT_A_WORK_WEEK = /\b(?:formations?|stages?|cours|modules?|e-learning|cursus|programme)\b[^.;]*$/;
/* "70h sur deux semaines", "70 heures par quinzaine": a fortnight's hours, half of them a week. */
const TEXT_FORTNIGHT =
  /(?<![\d,.h])(\d{2,3}) ?h(?:eures)? (?:sur|par|toutes les|en) (?:deux|2) semaines\b|(?<![\d,.h])(\d{2,3}) ?h(?:eures)? (?:par|sur la|sur une|a la) quinzaine\b/g;
/* "16h soit 2 nuits par semaine", "24h réparties sur 3 jours par semaine". */
const TEXT_SPREAD =
  /(?<![\d,.h])(\d{1,2}(?:[.,]5)?) ?(?:h|heures?) (?:soit|sur|reparties? sur|en) \d (?:jours?|nuits?|demi-journees?|matinees?) (?:par semaine|hebdo)/g;
/* "CDI à 80%", "poste à 50 %", "temps partiel 80%", "0,75 ETP", "0.8 ETP". */
const TEXT_PERCENT =
  /\b(?:cdi|cdd|contrat|poste|temps partiel|temps de travail)(?: a| de| en| :)? (\d{2}) ?%(?! (?:de remise|de reduction|du smic|de prime))/g;
/** Every pattern of hours has this: a digit, perhaps a space, then "h". `hasHoursHint` answers it faster. */
export const HOURS_HINT = /\d ?h/;

/**
 * `HOURS_HINT.test(text)` (with `anyCase`, `/\d ?[hH]/`), answered from each "h" of the text: V8 tries the regex at
 * every position, while the native search jumps from one "h" to the next, and few of them follow a digit.
 */
export function hasHoursHint(text: string, anyCase = false): boolean {
  return firstHoursHint(text, 'h') >= 0 || (anyCase && firstHoursHint(text, 'H') >= 0);
}

/** Where `HOURS_HINT` (with "H" for `letter`, its capital) first matches in `text`, or -1. */
export function firstHoursHint(text: string, letter = 'h'): number {
  for (let at = text.indexOf(letter, 1); at > 0; at = text.indexOf(letter, at + 1)) {
    if (isDigit(text.charCodeAt(at - 1))) return at - 1;
    if (at > 1 && text.charCodeAt(at - 1) === 32 && isDigit(text.charCodeAt(at - 2))) return at - 2;
  }
  return -1;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isLowerLetter(code: number): boolean {
  return code >= 97 && code <= 122;
}
const TEXT_FTE = /(?<![\d,.])(0[.,]\d{1,2}) ?etp\b/g;

export interface HoursInText {
  weekly: number;
  index: number;
  length: number;
  /** When the week is a day's hours times the days stated ("2h30 … du lundi au vendredi"): both. */
  perDay?: { hours: number; days: number };
}

/*
 * A day's working time and the days it is worked, in one sentence: "Vous interviendrez 2h30 à partir de 9h00 du
 * lundi au vendredi" is 12 h 30 a week, "Travail le samedi, pendant 8h" 8 h, "à raison d'1h30, 1 fois/sem." 1 h 30,
 * "chaque lundi (plus ou moins 3h.)" 3 h. The hours must read as a length (a word of duration before, or "par jour"
 * after), never as a clock time ("de 8h à 12h", "à partir de 9h00").
 */
const DAILY_LENGTH =
  /\b(?:pendant|a raison d'|a raison de|interviendr[a-z]*|intervenir|travaillerez|travaillez|plus ou moins|duree de|seances? de|interventions? de) ?(\d{1,2}) ?h(?:eures?)? ?([0-5]\d)?(?![\da-z])(?! ?(?:a|-|–|\/|et|ou) ?\d)|(?<![\d,.h])(\d{1,2}) ?h ?([0-5]\d)?(?: de travail)? (?:par jour|\/ ?jour|quotidiennes?)\b/g;
const WEEK_DAYS = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'];
const DAILY_DAY_SPAN =
  /\bdu (lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) au (lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b/;
const DAILY_DAY_COUNT =
  /\b([1-6]|une|deux|trois|quatre|cinq|six) (?:jours?|fois) ?(?:par semaine|\/ ?sem\b|\/ ?semaine|hebdo)/;
const DAILY_DAY_NAME =
  /\b(?:le|chaque|tous les|les) (lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)s?\b/g;
/** Not one fixed week: a rota, one week in two, school periods, a break or a journey, an option. */
const DAILY_NOT_A_WEEK =
  /\bsur (?:2|deux)\b|\bou\b|\b(?:roulement|rotation|planning|vacances|periodes?|saisons?|pauses?|repas|dejeuner|trajets?|route|formations?|ouvert|ouverture|agence|accueil|variables?|selon|en moyenne)\b|annualis|modul/;
const DAY_WORD_NUMBERS: Record<string, number> = { une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6 };

/*
 * DAILY_LENGTH's words before the number are at most "interventions de " long, but for "interviendr…", a word of
 * any length: the scan starts DAILY_LEAD characters before the text's first hint, and further back over the
 * letters of a word it would start in.
 */
const DAILY_LEAD = 20;

function dailyTimesDays(text: string, found: HoursInText[], hint: number): void {
  let start = Math.max(0, hint - DAILY_LEAD);
  while (start > 0 && isLowerLetter(text.charCodeAt(start - 1))) start--;
  DAILY_LENGTH.lastIndex = start;
  for (let match = DAILY_LENGTH.exec(text); match; match = DAILY_LENGTH.exec(text)) {
    const hours =
      Number(match[1] ?? match[3]) + ((match[2] ?? match[4]) ? Number(match[2] ?? match[4]) / 60 : 0);
    if (!(hours > 0 && hours <= 12)) continue;
    // The sentence around the hours: the days must be said in it, at most 60 characters away.
    const before = text.slice(Math.max(0, match.index - 60), match.index);
    const after = text.slice(match.index + match[0].length, match.index + match[0].length + 60);
    const from = Math.max(before.search(/[^.!?;]*$/), 0);
    const cut = after.search(/[.!?;]/);
    const sentenceBefore = before.slice(from);
    const sentenceAfter = cut < 0 ? after : after.slice(0, cut);
    const around = `${sentenceBefore} ${sentenceAfter}`;
    if (DAILY_NOT_A_WEEK.test(around)) continue;
    let days: number | null = null;
    const span = DAILY_DAY_SPAN.exec(around);
    const count = DAILY_DAY_COUNT.exec(around);
    if (span) {
      days = ((WEEK_DAYS.indexOf(span[2] ?? '') - WEEK_DAYS.indexOf(span[1] ?? '') + 7) % 7) + 1;
    } else if (count) {
      const word = count[1] ?? '';
      days = DAY_WORD_NUMBERS[word] ?? Number(word);
    } else {
      const named = new Set<string>();
      DAILY_DAY_NAME.lastIndex = 0;
      for (let day = DAILY_DAY_NAME.exec(around); day; day = DAILY_DAY_NAME.exec(around))
        if (day[1]) named.add(day[1]);
      // "le samedi", "chaque lundi": those days; a day list ("lundi, mardi et jeudi") is the schedule reader's.
      if (
        named.size > 0 &&
        !/\b(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)s?,? (?:et )?(?:le )?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)/.test(
          around,
        )
      )
        days = named.size;
    }
    if (days === null || days < 1 || days > 6) continue;
    // The quote is the sentence's part that holds both, its outer spaces left out.
    const start =
      match.index - sentenceBefore.length + (sentenceBefore.length - sentenceBefore.trimStart().length);
    const end = match.index + match[0].length + sentenceAfter.trimEnd().length;
    push(found, hours * days, start, end - start, { hours, days });
  }
}

/** The days' words dailyTimesDays needs, each looked up as it is (a literal search costs less than the regex). */
const DAY_WORDS = [...WEEK_DAYS, 'fois', 'jours'];
function namesDays(text: string): boolean {
  for (const word of DAY_WORDS) if (includesWord(text, word)) return true;
  return false;
}

function push(
  found: HoursInText[],
  weekly: number,
  index: number,
  length: number,
  perDay?: { hours: number; days: number },
): void {
  if (!(weekly > 0 && weekly <= 60)) return;
  if (found.some((h) => index < h.index + h.length && index + length > h.index)) return;
  found.push(perDay ? { weekly, index, length, perDay } : { weekly, index, length });
}

/*
 * Each pattern of hours matches a number then "h", so a match holds a hint of HOURS_HINT and starts at most this
 * many characters before its digit: the scan starts there before the text's first hint, not at the text's start.
 * TEXT_CONTRACT's longest lead is "duree hebdomadaire du travail d'une duree de environ (" and two digits (57).
 */
const WEEKLY_LEAD = 5;
const MONTHLY_LEAD = 6;
const SPREAD_LEAD = 4;
const CONTRACT_LEAD = 60;
const BRACKETED_LEAD = 3;
const TITLED_LEAD = 3;
const FORTNIGHT_LEAD = 4;

/**
 * Every statement of weekly hours in normalised text, monthly hours converted (× 12 / 52), shares of a full
 * time converted on 35 h. Sorted by position.
 */
export function findWeeklyHours(text: string): HoursInText[] {
  return findWeeklyHoursFrom(text, firstHoursHint(text));
}

/**
 * findWeeklyHours, the patterns of hours tried from `hint` (where HOURS_HINT first matches, -1 for nowhere) less
 * their lead; a hint of 0 tries them over the whole text, which the tests compare with.
 */
export function findWeeklyHoursFrom(text: string, hint: number): HoursInText[] {
  const found: HoursInText[] = [];
  // Every pattern below but the shares has a number then "h" or "heure(s)".
  const hours = hint >= 0;
  const from = (lead: number) => Math.max(0, hint - lead);
  // Each pattern names its period: "sem…" or "hebdo…" for the week, "mois" or "mensuel…" for the month.
  TEXT_WEEKLY.lastIndex =
    hours && (includesWord(text, 'sem') || includesWord(text, 'hebdo')) ? from(WEEKLY_LEAD) : text.length;
  for (let match = TEXT_WEEKLY.exec(text); match; match = TEXT_WEEKLY.exec(text)) {
    const weekly = Number(match[1]!.replace(',', '.')) + (match[2] ? Number(match[2]) / 60 : 0);
    push(found, weekly, match.index, match[0].length);
  }
  TEXT_MONTHLY.lastIndex =
    hours && (includesWord(text, 'mois') || includesWord(text, 'mensuel')) ? from(MONTHLY_LEAD) : text.length;
  for (let match = TEXT_MONTHLY.exec(text); match; match = TEXT_MONTHLY.exec(text)) {
    const monthly = Number(match[1]!.replace(',', '.'));
    const weekly = (monthly * 12) / 52;
    if (weekly >= 1) push(found, weekly, match.index, match[0].length);
  }
  TEXT_SPREAD.lastIndex =
    hours && (includesWord(text, 'semaine') || includesWord(text, 'hebdo')) ? from(SPREAD_LEAD) : text.length;
  for (let match = TEXT_SPREAD.exec(text); match; match = TEXT_SPREAD.exec(text))
    push(found, Number(match[1]!.replace(',', '.')), match.index, match[0].length);
  TEXT_CONTRACT.lastIndex = hours ? from(CONTRACT_LEAD) : text.length;
  for (let match = TEXT_CONTRACT.exec(text); match; match = TEXT_CONTRACT.exec(text)) {
    // "Horaire en 12h" is the length of a shift, not of a week; so is "poste en 12h", "travail en 10h" (no week is
    // twelve hours "en": "poste en 35h" is).
    if (/^horaires? en\b/.test(match[0])) continue;
    const weekly = Number(match[1]!.replace(',', '.'));
    if (weekly <= 12 && /^[a-z-]+(?: [a-z]+)? en\b/.test(match[0])) continue;
    if (weekly >= 4 && weekly <= 48) push(found, weekly, match.index, match[0].length);
  }
  TEXT_BRACKETED.lastIndex = hours && includesWord(text, 'h)') ? from(BRACKETED_LEAD) : text.length;
  for (let match = TEXT_BRACKETED.exec(text); match; match = TEXT_BRACKETED.exec(text)) {
    const weekly = Number(match[1]);
    if (weekly >= 10 && weekly <= 48) push(found, weekly, match.index, match[0].length);
  }
  // The gender mark has a slash: "h/f", "f/h", "h / f".
  TEXT_TITLED.lastIndex = hours && text.includes('/') ? from(TITLED_LEAD) : text.length;
  for (let match = TEXT_TITLED.exec(text); match; match = TEXT_TITLED.exec(text)) {
    const weekly = Number(match[1]) + (match[2] ? Number(match[2]) / 60 : 0);
    // "Infirmier 12h (H/F)", "Médecin de garde 24h (H/F)": a shift's length, not a week's.
    if (weekly < 15 || weekly > 48) continue;
    if (SHIFT_BEFORE.test(text.slice(Math.max(0, match.index - 20), match.index))) continue;
    push(found, weekly, match.index, match[0].length);
  }
  TEXT_FORTNIGHT.lastIndex =
    hours && (includesWord(text, 'semaines') || includesWord(text, 'quinzaine'))
      ? from(FORTNIGHT_LEAD)
      : text.length;
  for (let match = TEXT_FORTNIGHT.exec(text); match; match = TEXT_FORTNIGHT.exec(text)) {
    const weekly = Number(match[1] ?? match[2]) / 2;
    // "Formation de 70h sur deux semaines" is a course's length.
    if (NOT_A_WORK_WEEK.test(text.slice(Math.max(0, match.index - 30), match.index))) continue;
    if (weekly >= 4 && weekly <= 48) push(found, weekly, match.index, match[0].length);
  }
  TEXT_PERCENT.lastIndex = includesWord(text, '%') ? 0 : text.length;
  for (let match = TEXT_PERCENT.exec(text); match; match = TEXT_PERCENT.exec(text)) {
    const share = Number(match[1]);
    if (share >= 20 && share < 100) push(found, (35 * share) / 100, match.index, match[0].length);
  }
  // Last: a week stated outright ("16h soit 2 nuits par semaine") is read as stated, not as a day's hours.
  if (hours && namesDays(text)) dailyTimesDays(text, found, hint);
  TEXT_FTE.lastIndex = includesWord(text, 'etp') ? 0 : text.length;
  for (let match = TEXT_FTE.exec(text); match; match = TEXT_FTE.exec(text)) {
    const share = Number(match[1]!.replace(',', '.'));
    if (share >= 0.2 && share < 1) push(found, 35 * share, match.index, match[0].length);
  }
  return found.sort((a, b) => a.index - b.index);
}

/** Words in the text saying the job is part time or full time; an option ("temps plein ou partiel") says neither. */
const PART_TIME_TEXT =
  /\btemps partiel\b|\bmi-temps\b|\bcdi a (?:temps )?partiel\b|\btemps (?:non complet|incomplet)\b/g;
/* "à temps plein", "temps complet", and the other word order, "à plein temps". */
const FULL_TIME_TEXT = /\btemps (?:plein|complet)\b|\bplein temps\b/g;
/** Both kinds offered, or one as an option, or a full time as the basis of a pay: no claim on the job's time. */
const TIME_OPTION =
  /\btemps (?:partiel|plein|complet) (?:ou|\/|, ?|et) (?:a )?temps (?:partiel|plein|complet)\b|\btemps (?:plein|complet|partiel) (?:possible|envisageable|accepte|negociable|ou temps)\b|\b(?:ou|voire|possibilite de|possibilite d'un|accepte le|ouvert au|ouvert a un|evolution vers un|passage a|passer a) (?:un )?(?:a )?(?:mi-temps|temps (?:partiel|plein|complet)|plein temps)\b|\b(?:pour un|base|sur la base d'un|en equivalent|equivalent|d'un) (?:temps (?:plein|complet)|plein temps)\b|\bsi temps partiel\b/;

export interface TimeWords {
  /** The first words saying part time (index in the text, and length), or null. */
  partTime: { index: number; length: number } | null;
  fullTime: { index: number; length: number } | null;
}

/** "Poste à temps partiel", "temps complet": the first of each that is not an option, a basis or negated. */
export function findTimeWords(text: string): TimeWords {
  const first = (pattern: RegExp): { index: number; length: number } | null => {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      const around = text.slice(Math.max(0, match.index - 40), match.index + match[0].length + 30);
      if (TIME_OPTION.test(around)) continue;
      if (
        /\b(?:pas|non|ni|sans|aucun) (?:de |d'un |a )?(?:un )?(?:poste a )?$/.test(
          text.slice(Math.max(0, match.index - 25), match.index),
        )
      )
        continue;
      return { index: match.index, length: match[0].length };
    }
    return null;
  };
  return {
    partTime:
      includesWord(text, 'partiel') ||
      includesWord(text, 'mi-temps') ||
      includesWord(text, 'non complet') ||
      includesWord(text, 'incomplet')
        ? first(PART_TIME_TEXT)
        : null,
    fullTime:
      includesWord(text, 'temps plein') ||
      includesWord(text, 'temps complet') ||
      includesWord(text, 'plein temps')
        ? first(FULL_TIME_TEXT)
        : null,
  };
}

/*
 * A schedule in clock times ("de 8h à 12h", "8h30-12h30", "10h00 - 14h30", "de 7h45 jusque 19h30", "l'après-midi
 * jusqu'à 19h45", "2x8", "3x8"): the text states when
 * the work is done, which is working time stated even without a weekly total (ANNOTATION.md, hard call 5).
 */
const SCHEDULE_IN_HOURS =
  /\b\d{1,2} ?h ?(?:\d{2})? ?(?:a|-|–|\/|et|jusqu'a|jusque|jusqu'au) ?\d{1,2} ?h(?:\d{2})?\b|\b\d{1,2}h\d{2} \d{1,2}h\d{2}\b|\b\d{1,2} ?h(?:eures)? (?:par|\/) ?jour\b|\b(?:matin|apres-midi|soir|journee)s? de \d{1,2} ?h|\b(?:jusqu'a|jusque) (?:[01]?\d|2[0-3]) ?h(?:\d{2})?\b/;
const SHIFTS_OF_EIGHT = /\b[23] ?[x*] ?8\b/;
export function statesSchedule(text: string): boolean {
  // Every clock time has a digit then "h" (hasHoursHint, cheaper than the scan); shifts of eight have an 8.
  return (
    (hasHoursHint(text) && SCHEDULE_IN_HOURS.test(text)) || (text.includes('8') && SHIFTS_OF_EIGHT.test(text))
  );
}
/** Only a way of working, no time: "horaires d'équipe", "de nuit", "en journée", "du lundi au vendredi". */
const WAY_OF_WORKING = new PrecheckedPattern(
  /\bhoraires? (?:d'equipe|variables|decales|en equipe|de journee|de nuit|flexibles|fractionnes|modulables|de bureau|en 2|en 3)\b|\b(?:travail|poste|equipe) de (?:nuit|jour|journee|week-end)\b|\bdu lundi au (?:vendredi|samedi|dimanche)\b|\ben journee\b|\bweek-ends?\b|\bselon (?:vos|tes) disponibilites\b/,
  ['horaire', 'de nuit', 'de jour', 'week-end', 'du lundi au', 'en journee', 'disponibilites'],
);
export function statesWayOfWorking(text: string): RegExpExecArray | null {
  return WAY_OF_WORKING.exec(text);
}

/*
 * Hours the offer leaves to the candidate or to demand: "selon vos disponibilités", "disponibilités
 * occasionnelles", "missions ponctuelles", "quelques heures par semaine", "en complément de revenus". With no hours
 * stated, a monthly pay may be a part-time one, which the SMIC allows pro rata: it cannot be judged.
 */
const HOURS_VARY = new PrecheckedPattern(
  /\b(?:selon|en fonction de|suivant) (?:vos|tes|ses|leurs) disponibilites\b|\bdisponibilites (?:occasionnelles|ponctuelles|partielles)\b|\bmissions? (?:ponctuelles?|occasionnelles?)\b|\bquelques heures\b|\ben complement (?:de|d'un) (?:revenus?|salaire|activite|emploi)\b|\b(?:volume horaire|nombre d'heures) (?:variable|modulable|a definir|selon)\b/,
  [
    'disponibilites',
    'ponctuel',
    'occasionnel',
    'quelques heures',
    'en complement',
    'volume horaire',
    "nombre d'heures",
  ],
);

/** Whether the text leaves the hours to the candidate or to demand (a pay without hours cannot be judged). */
export function leavesHoursOpen(text: string): boolean {
  return HOURS_VARY.exec(text) !== null;
}

const KIND_OF_TIME = new PrecheckedPattern(
  /\btemps (?:plein|partiel|complet|non complet|incomplet)\b|\bplein temps\b|\bmi-temps\b/,
  [
    'temps plein',
    'temps partiel',
    'temps complet',
    'temps non complet',
    'temps incomplet',
    'plein temps',
    'mi-temps',
  ],
);
const KIND_OF_TIME_ALL = new RegExp(KIND_OF_TIME.pattern.source, 'g');
/**
 * A kind of time that is not the job's: a unit ("2 ans d'expérience équivalent temps plein"), a mere possibility
 * ("possibilité d'un temps complet"). An option between two ("temps plein ou partiel") still says the job's.
 */
const NOT_THE_JOBS_TIME =
  /\b(?:equivalents? |en equivalent |possibilite (?:de |d'un |d'une |de passer (?:a |en )?(?:un )?|d'evoluer vers un ))(?:poste )?(?:a )?$/;

/** Words of a kind of time (full, part, half time) said of the job. */
function kindOfTimeSaid(text: string): boolean {
  if (!KIND_OF_TIME.mayMatch(text)) return false;
  KIND_OF_TIME_ALL.lastIndex = 0;
  for (let match = KIND_OF_TIME_ALL.exec(text); match; match = KIND_OF_TIME_ALL.exec(text))
    if (!NOT_THE_JOBS_TIME.test(text.slice(Math.max(0, match.index - 40), match.index))) return true;
  return false;
}

/*
 * A working time counted in days or hours a year (L3121-53 to L3121-66): "forfait jours", "forfait annuel en
 * jours", "forfait de 218 jours", "218 jours travaillés", "forfait heures". Not a perk ("forfait mobilités", "forfait
 * repas") nor a travel allowance ("forfait par jour d'intervention").
 */
const WORKING_TIME_FORFAIT = new PrecheckedPattern(
  /\bforfaits?[- ](?:annuels? )?(?:en )?(?:jours?|heures?)\b(?! d'intervention)|\bforfait (?:annuel )?(?:de )?\d{3} jours\b|\b\d{3} jours travailles\b/,
  ['forfait', 'jours travailles'],
);

/*
 * A bare number of hours ("35h", "39 heures", "36h30") is a working time only where the offer's grammar makes it
 * one; elsewhere it is a delay ("réponse sous 48h", "dans les 48h"), a service's availability ("7j/24h",
 * "accessible 24h/24"), a course's length ("40h de contenu e-learning") or a journey ("2h de route").
 */
const BARE_HOURS = /(?<![\d,.:/h])(\d{1,2}) ?h(?:eures?\b|[0-5]\d\b|(?![a-z\d]))/g;
/** What follows the hours says they are not the job's: a round-the-clock service, a journey, a course, a delay. */
const NOT_WORK_AFTER =
  /^ ?(?:\/ ?(?:24|7)\b|sur 24\b|de (?:route|trajet|transport|conduite|vol|contenu|formation|cours|video|e-learning|delai|preavis|battement)\b|d'(?:essentiels?|anticipation|avance|attente|autonomie)\b|avant\b|apres\b|a l'avance\b|plus tard\b|chrono\b|maximum\b)/;
/** What precedes the hours says a delay, a moment or a service: "sous 48h", "dans les 48h", "7j/7 24h". */
const NOT_WORK_BEFORE =
  /(?:\b(?:sous|dans|d'ici|delai|moins de|plus de|au bout de|avant|apres|depuis|pendant|vers|jusqu'a|jusque|a partir de|des|entre|les|toutes les|chaque|ouvert|ouverte|accessible|disponible|disponibles|service|livraison|livre|reponse|intervention en|sav|depannage|assistance|urgences?|permanence)|\b7 ?j ?\/? ?7?) ?$/;
/** What follows the hours says a working time: "35h de travail", "36h45 semaine", "39h sur 4 jours", "25h F/H". */
const WORK_AFTER =
  /^ ?(?:de travail\b|d'activite\b|par (?:semaine|sem\b|jour|mois|quinzaine)|\/ ?(?:semaine|sem\b|s\b|hebdo|jour|j\b|mois)|semaines?\b|hebdo|mensuel|annualise|lisse|modulables?\b|reparti|sur (?:[1-7]|deux|trois|quatre|cinq|six|la semaine|le mois)\b|\(?[hf] ?\/ ?[hf]\b|[-,/|] ?(?:cdi|cdd|contrat|temps plein|temps partiel)\b)/;
/*
 * What precedes the hours, right before them, says a working time: a contract, a post, a week, a base, a
 * schedule's or a shift's length ("CDI 35h00", "poste en 35h", "base 35h", "Horaire en 12h", "horaire de journée
 * 39 heures", "travail de nuit (39h)", "1 900 € brut pour 35h").
 */
const WORK_BEFORE =
  /(?:\b(?:contrats?|cdi|cdd|postes?|temps (?:plein|partiel|complet)|plein temps|mi-temps|base|horaires?|duree|volume horaire|travail|travaill(?:ez|erez|er|ant)|effectu(?:ez|erez|er)|rythme|jours?|journees?|nuits?|equipes?|hebdomadaires?|emploi|missions?|job|semaine|shifts?|vacations?|gardes?|brut|net|euros?|smic|mensuels?)|€)(?: (?:de|du|en|a|sur|:|-|d'une duree de|la base de|une base de|de base|environ|minimum|au total|total|hebdomadaire|de travail|du travail|journee|de journee|de nuit|d'environ|pour|soit|a pourvoir|\/|,|et))* ?\(?$/;

/**
 * Any words of working time, options included ("temps plein ou partiel"): the offer says something of it.
 * `lineBreakAt` says whether the space at an index of `text` stands for a line break (a lone "39h" line is a
 * working time); without it, no line is known.
 */
export function namesWorkingTime(text: string, lineBreakAt?: (at: number) => boolean): boolean {
  if (kindOfTimeSaid(text) || WORKING_TIME_FORFAIT.exec(text)) return true;
  if (!hasHoursHint(text)) return false;
  const titleEnd = text.indexOf('\n');
  BARE_HOURS.lastIndex = Math.max(0, firstHoursHint(text) - 2);
  for (let match = BARE_HOURS.exec(text); match; match = BARE_HOURS.exec(text)) {
    const start = match.index;
    const end = start + match[0].length;
    const hours = Number(match[1]);
    if (hours < 1 || hours > 48) continue;
    const after = text.slice(end, end + 30);
    if (NOT_WORK_AFTER.test(after)) continue;
    const before = text.slice(Math.max(0, start - 50), start);
    // The words right before the number (a contract, a post, a shift's length) or right after it (a week, a day,
    // "de travail"): whatever comes further before ("disponible 20h par semaine").
    if (WORK_BEFORE.test(before) || WORK_AFTER.test(after)) return true;
    if (NOT_WORK_BEFORE.test(before)) continue;
    // A full week's or a part week's hours on their own: in the title ("Boulanger 35h"), on a line of their own
    // ("39h"), in brackets ("(39h)").
    if (hours < 15) continue;
    if (start < titleEnd) return true;
    if (/\( ?$/.test(before) && /^ ?\)/.test(after)) return true;
    if (lineBreakAt && opensLine(text, start, lineBreakAt) && closesLine(text, end, lineBreakAt)) return true;
  }
  return false;
}

/** Only spaces, bullets and dashes between `at` and the line's start. */
function opensLine(text: string, at: number, lineBreakAt: (at: number) => boolean): boolean {
  for (let index = at - 1; index >= 0; index--) {
    const char = text[index]!;
    if (char === '\n') return true;
    if (char === ' ') {
      if (lineBreakAt(index)) return true;
    } else if (!'-*•·'.includes(char)) return false;
  }
  return true;
}

/** Only spaces and a full stop between `at` and the line's end. */
function closesLine(text: string, at: number, lineBreakAt: (at: number) => boolean): boolean {
  for (let index = at; index < text.length; index++) {
    const char = text[index]!;
    if (char === '\n') return true;
    if (char === ' ') {
      if (lineBreakAt(index)) return true;
    } else if (!'.!;,'.includes(char)) return false;
  }
  return true;
}

/**
 * How the flags quote the working time shown, in the listing's French words: "Durée du travail : 35H/semaine
 * Travail en journée", or "Temps de travail : Temps partiel" when only the converted kind of time is shown.
 */
export function hoursEvidence(hours: { label: string | null; fullTime: boolean | null }): string {
  return hours.label
    ? fieldEvidence('hours', hours.label)
    : fieldEvidence('workingTime', hours.fullTime === false ? 'Temps partiel' : 'Temps plein');
}

/** "8 h", "33 h 50". */
export function formatHours(hours: number): string {
  const whole = Math.floor(hours);
  const minutes = Math.round((hours - whole) * 60);
  return minutes ? `${whole} h ${String(minutes).padStart(2, '0')}` : `${whole} h`;
}
