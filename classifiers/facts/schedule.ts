import { plainText } from '../engine/normalise.js';
import { hasHoursHint } from './hours.js';

/*
 * Weekly hours from a schedule spelled out in clock times: "du mardi au vendredi 8h30 12h30 13h30 18h00 et samedi
 * 8h30 12h30" is 38 h, whatever the listing's "35H/semaine" says. Real offers give their hours this way about as
 * often as they give a weekly total, and a listing that disagrees with its own schedule is the contradiction the
 * union audits count as "durée du travail trompeuse".
 *
 * The reader is deliberately narrow: it reads one line at a time, and gives up on anything that is not the job's
 * own week (an agency's or a shop's opening hours, an amplitude, rotating teams, school periods, "un samedi sur
 * deux", a change noted in brackets). A schedule it reads comes with the bounds its silences allow: a stretch of
 * more than six hours with no break stated may include an unpaid meal break of up to an hour (L3121-16 gives 20
 * minutes after six hours; an hour is the usual lunch), so it counts between its length less one hour and its
 * length.
 */

/** Days of the week in order, as the normalised text spells them (lower case, no accents). */
const DAYS = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'] as const;
const DAY = '(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)s?';
const DAY_SPAN = new RegExp(String.raw`\b(?:du |de )?${DAY} (?:au|a) ${DAY}\b(?: inclus)?`, 'y');
const DAY_ALONE = new RegExp(String.raw`\b${DAY}\b`, 'y');
const DAY_COUNT =
  /\b([1-6]|deux|trois|quatre|cinq|six) jours (?:travailles |de travail )?(?:par semaine|\/ ?semaine|hebdomadaires)\b|\bsur ([1-6]|deux|trois|quatre|cinq|six) jours\b/y;
/** "2 jours de repos par semaine", "deux jours de congés hebdomadaires": the days worked are the others. */
const REST_COUNT =
  /\b([1-3]|un|deux|trois) jours? (?:de repos|de conges?|off)(?: consecutifs)? (?:par semaine|\/ ?semaine|hebdomadaires?)\b/y;
/**
 * The days a week stated anywhere in the description, for a day's times given without them: "2 jours de congés
 * par semaine", "5 jours travaillés par semaine". Only those words: "2 jours par semaine" may be remote work or
 * school days.
 */
const DAYS_STATED =
  /\b([1-6]|un|deux|trois|quatre|cinq|six) jours? (?:travailles|de travail) (?:par semaine|\/ ?semaine|hebdomadaires?)\b|\b([1-3]|un|deux|trois) jours? (?:de repos|de conges?)(?: consecutifs)? (?:par semaine|\/ ?semaine|hebdomadaires?)\b|\b\d{1,2} ?h(?:eures)?(?: ?[0-5]\d)?(?: hebdomadaires?| par semaine|\/ ?semaine)? (?:reparti(?:e|s|es)? )?sur ([1-6]|cinq|quatre|six|trois|deux) jours\b/g;
const TIME = String.raw`([01]?\d|2[0-4]) ?h ?([0-5]\d)?`;
/** "8h-12h", "8h30 à 12h", "de 10h00 a 14h30", "9H/19H", "8h30 12h30" (two times side by side). */
const RANGE = new RegExp(String.raw`(?:de ?)?${TIME} ?(?:-|–|a|/|jusqu'a|\s) ?${TIME}(?![\d%])`, 'y');
const PAUSE =
  /\b(?:avec |dont )?(\d{1,2}) ?(?:min(?:utes?)?|mn)\b(?: de)? (?:de )?pause\b|\b(?:avec |dont )?(1|une) ?h(?:eure)?(?: de)? (?:de )?pause\b/;
/**
 * "de 04h30 à 13h00 en continu", "journée continue": the stretch is worked without a meal break, so none is
 * allowed for (the 20 minutes L3121-16 requires after six hours are the only break left, and the flag is `likely`).
 */
const CONTINUOUS = /\ben continu\b|\bjournees? continues?\b|\bhoraires? continus?\b|\bsans coupure\b/;
const ALTERNATIVE = /(?:ou|soit)\b/y;
const WORD_NUMBERS: Record<string, number> = { un: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6 };

/**
 * Lines that describe something else than the job's own fixed week, or a week the line alone cannot give.
 * "Notre équipe vous attend du lundi au vendredi de 8h à 12h" is an agency's opening hours.
 */
const NOT_THE_WEEK =
  /amplitude|plage|ouvert|ouverture|vous attend|agence|accueil|planning|roulement|rotation|en alternance|\b(?:un|une) (?:\w+ )?(?:\w+ )?sur (?:2|deux)\b|periodes?|vacances|saison|hiver|\bete\b|reunion|formation|meridienne|\bentre \d|\bequipes?\b|\b[23] ?[x*] ?8\b|\bnuits?\b|astreinte|variable|\bou\b.*\bou\b|\([^)]*\d ?h[^)]*\)|annualis|modul|en moyenne|flexible|heures? sup|selon/;

/** A day of the week and a stretch of clock times: a sentence of a schedule. */
const A_DAY = /\b(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)s?\b/;
const A_STRETCH = /\b\d{1,2} ?h ?(?:\d{2})? ?(?:-|–|a|\/) ?\d{1,2} ?h/;
const BY_AVAILABILITY = /\b(?:selon|en fonction de|suivant) (?:vos|tes|ses|leurs) disponibilites\b/;
const CONTACT_DETAILS = /@|\(masque\)|\(masqué\)|\b0[1-9](?:[ .]?\d{2}){4}\b|\+33|\b\d{5} [A-Z]/;

export interface ScheduleWeek {
  /** Weekly hours the schedule gives, at least and at most (breaks not stated make the difference). */
  low: number;
  high: number;
  /** Days a week the schedule names, or null when it gives the hours of a day only. */
  days: number | null;
  /** The schedule in the offer's words, and where it stands in the description. */
  quote: string;
  index: number;
  length: number;
}

interface DayGroup {
  days: number;
  ranges: number[];
}

function hoursOf(hours: string, minutes: string | undefined): number {
  return Number(hours) + (minutes ? Number(minutes) / 60 : 0);
}

function spanDays(from: string, to: string): number {
  const start = DAYS.indexOf(from as (typeof DAYS)[number]);
  const end = DAYS.indexOf(to as (typeof DAYS)[number]);
  return ((end - start + 7) % 7) + 1;
}

/** The characters DAY_SPAN, DAY_COUNT, REST_COUNT, DAY_ALONE, RANGE and ALTERNATIVE can start a match with. */
export const SCHEDULE_TOKEN_STARTS = '0123456789dljmvstqcuo';
/** The patterns readSentence tries at each token, which the tests check against SCHEDULE_TOKEN_STARTS. */
export const SCHEDULE_TOKENS = { DAY_SPAN, DAY_COUNT, REST_COUNT, DAY_ALONE, RANGE, ALTERNATIVE };

const WORD = /[a-z']+/y;

/** `pattern` (sticky) tried at `at`. */
function stickyAt(pattern: RegExp, line: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(line);
}

/** The group a count of days names: the current one while it has no times yet, else a new one, added to `groups`. */
function groupOfDays(current: DayGroup | null, groups: DayGroup[], days: number): DayGroup {
  if (current && current.ranges.length === 0) {
    current.days = days;
    return current;
  }
  const group: DayGroup = { days, ranges: [] };
  groups.push(group);
  return group;
}

/**
 * Reads one sentence: day groups ("du lundi au jeudi", "lundi, mardi et jeudi", "samedi", "deux jours par
 * semaine") each with its time ranges, before or after them. Null when the sentence is not a schedule this reader
 * can vouch for.
 */
function readSentence(
  line: string,
): { groups: DayGroup[]; dayless: number[]; from: number; to: number } | null {
  const groups: DayGroup[] = [];
  const dayless: number[] = [];
  let current: DayGroup | null = null;
  /** Consecutive single days ("lundi, mardi, jeudi et vendredi") build one group until a time comes. */
  let listing = false;
  /** The days named in the list being built. */
  const listed: string[] = [];
  /** The span the current group was named by ("lundi-jeudi"), or null. */
  let lastSpan: string | null = null;
  let alternative = false;
  let from = -1;
  let to = -1;
  const mark = (start: number, end: number) => {
    if (from < 0) from = start;
    to = end;
  };
  for (let at = 0; at < line.length; ) {
    // Days, counts, times and "ou" each start with one of SCHEDULE_TOKEN_STARTS: at a space, a comma or another
    // word, none of them is tried.
    if (SCHEDULE_TOKEN_STARTS.includes(line[at]!)) {
      const span = stickyAt(DAY_SPAN, line, at);
      if (span) {
        // "lundi à jeudi : Lundi au Jeudi : 5h-13h": a span right after a span with no times yet restates it.
        const key = `${span[1]}-${span[2]}`;
        if (!(current && current.ranges.length === 0 && lastSpan === key)) {
          current = { days: spanDays(span[1]!, span[2]!), ranges: [] };
          groups.push(current);
        }
        lastSpan = key;
        listing = false;
        alternative = false;
        mark(at, at + span[0].length);
        at += span[0].length;
        continue;
      }
      const count = stickyAt(DAY_COUNT, line, at);
      if (count) {
        const word = count[1] ?? count[2]!;
        const days = WORD_NUMBERS[word] ?? Number(word);
        current = groupOfDays(current, groups, days);
        lastSpan = null;
        listing = false;
        mark(at, at + count[0].length);
        at += count[0].length;
        continue;
      }
      const rest = stickyAt(REST_COUNT, line, at);
      if (rest) {
        const word = rest[1] ?? '';
        const days = 7 - (WORD_NUMBERS[word] ?? Number(word));
        current = groupOfDays(current, groups, days);
        lastSpan = null;
        listing = false;
        mark(at, at + rest[0].length);
        at += rest[0].length;
        continue;
      }
      const day = stickyAt(DAY_ALONE, line, at);
      if (day) {
        if (listing && current && current.ranges.length === 0) {
          // "samedi 9 août et samedi 16 août": the same day of two weeks is one day of the week.
          if (!listed.includes(day[1]!)) current.days += 1;
        } else {
          current = { days: 1, ranges: [] };
          groups.push(current);
          listed.length = 0;
          lastSpan = null;
        }
        listed.push(day[1]!);
        listing = true;
        alternative = false;
        mark(at, at + day[0].length);
        at += day[0].length;
        continue;
      }
      const range = stickyAt(RANGE, line, at);
      if (range) {
        const start = hoursOf(range[1]!, range[2]);
        const end = hoursOf(range[3]!, range[4]);
        // A stretch that ends before it starts, or lasts more than 13 hours, is not a shift this reader can read.
        if (!(end > start) || end - start > 13) return null;
        const length = end - start;
        const ranges = current ? current.ranges : dayless;
        if (alternative) {
          // "de 12h à 18h ou de 15h à 21h": the same hours either way, or no reading at all.
          const previous = ranges[ranges.length - 1];
          if (previous === undefined || Math.abs(previous - length) > 0.25) return null;
          alternative = false;
        } else ranges.push(length);
        listing = false;
        mark(at, at + range[0].length);
        at += range[0].length;
        continue;
      }
      const or = stickyAt(ALTERNATIVE, line, at);
      if (or) {
        alternative = true;
        at += or[0].length;
        continue;
      }
    }
    if (/[a-z]/.test(line[at]!)) {
      const found = stickyAt(WORD, line, at);
      // A word other than "et" between single days ends the list.
      if (found && found[0] !== 'et' && found[0] !== 'le' && found[0] !== 'les') listing = false;
      at += found ? found[0].length : 1;
    } else at += 1;
  }
  if (from < 0) return null;
  // "Horaires de 8h à 17h du lundi au vendredi": times first, then the one group of days they belong to.
  if (dayless.length > 0 && groups.length === 1 && groups[0]!.ranges.length === 0) {
    groups[0]!.ranges.push(...dayless.splice(0));
  }
  return { groups, dayless, from, to };
}

interface SentenceWeek {
  low: number;
  high: number;
  days: number | null;
}

function weekOf(sentence: string): SentenceWeek | null {
  const read = readSentence(sentence);
  if (!read) return null;
  // What surrounds the schedule says whose week it is: "notre agence vous attend du lundi au vendredi…".
  const around = sentence.slice(Math.max(0, read.from - 60), Math.min(sentence.length, read.to + 40));
  if (NOT_THE_WEEK.test(around)) return null;
  const pauseMatch = PAUSE.exec(around);
  const pause = pauseMatch ? (pauseMatch[1] ? Number(pauseMatch[1]) / 60 : 1) : 0;
  const continuous = CONTINUOUS.test(around);
  const { groups, dayless } = read;
  const timed = groups.filter((group) => group.ranges.length > 0);
  if (timed.length > 0) {
    // Times outside any group, or a group of days left without times ("du lundi au vendredi en journée, samedi
    // 9h-12h"): not one week the line gives.
    if (dayless.length > 0 || timed.length < groups.length) return null;
    let low = 0;
    let high = 0;
    let days = 0;
    for (const group of timed) {
      const day = group.ranges.reduce((sum, length) => sum + length, 0) - pause;
      // A long stretch with no break stated may hide an unpaid meal break of up to an hour.
      const unstatedBreak = pause === 0 && !continuous && Math.max(...group.ranges) > 6 ? 1 : 0;
      low += group.days * (day - unstatedBreak);
      high += group.days * day;
      days += group.days;
    }
    return days > 7 || low <= 0 ? null : { low, high, days };
  }
  if (dayless.length > 0 && groups.length === 0) {
    const day = dayless.reduce((sum, length) => sum + length, 0) - pause;
    if (day <= 0) return null;
    return {
      low: day - (pause === 0 && !continuous && Math.max(...dayless) > 6 ? 1 : 0),
      high: day,
      days: null,
    };
  }
  return null;
}

/**
 * The week the description's schedule gives, from the first sentence that reads as one (with the sentences right
 * after it that add days to it: "Lundi au jeudi : 5h-13h. Vendredi : 5h-12h."), and that sentence in the offer's
 * own words; null when none reads.
 */
export function findScheduleWeek(description: string, plain?: string): ScheduleWeek | null {
  if (!hasHoursHint(description, true)) return null;
  // "Planning : en fonction de vos disponibilités": hours written further down are not the job's week. `plain`
  // is `plainText(description)` when the caller has it already (the prepared offer's): not normalised twice.
  // The literal search first: most descriptions do not say "disponibilites" at all.
  const plainDescription = plain ?? plainText(description);
  if (plainDescription.includes('disponibilites') && BY_AVAILABILITY.test(plainDescription)) return null;
  // Sentences of one line each: descriptions are written in lines, and a day named in one sentence is not the day
  // of the next one's times.
  const sentences: Array<{ text: string; index: number }> = [];
  const sentence = /[^\n.!?;]+/g;
  for (let found = sentence.exec(description); found; found = sentence.exec(description)) {
    sentences.push({ text: found[0], index: found.index });
  }
  /** The sentence before was days and times the reader gave up on: the next one may be the rest of that week. */
  let afterUnread = false;
  for (let at = 0; at < sentences.length; at++) {
    const first = sentences[at]!;
    if (first.text.trim() === '') continue;
    const continuing = afterUnread;
    afterUnread = false;
    if (!hasHoursHint(first.text, true)) continue;
    // A schedule right under the employer's contact details is its office hours, not the job's.
    const before = description.slice(Math.max(0, first.index - 80), first.index);
    if (CONTACT_DETAILS.test(before)) continue;
    const plainSentence = plainText(first.text);
    const week = weekOf(plainSentence);
    if (!week) {
      afterUnread = A_DAY.test(plainSentence) && A_STRETCH.test(plainSentence);
      continue;
    }
    // "Lundi au jeudi : … (unread). Vendredi : 5h-12h": Friday alone is not the week.
    if (continuing) continue;
    let start = first.index;
    let end = first.index + first.text.length;
    let elsewhere: string | null = null;
    let joined = false;
    if (week.days === null) {
      // A day's times with the days in the line just before or after ("DU Mercredi AU SAMEDI / 16h00 - 23h30"), or
      // stated elsewhere ("2 jours de congés par semaine"): the week is those days of these times.
      const days = daysNextTo(sentences, at) ?? daysStated(sentences);
      if (days) {
        week.low *= days.days;
        week.high *= days.days;
        week.days = days.days;
        // Days on the next line or the line before are quoted with the times; days further away after them.
        const daysEnd = days.index + days.length;
        if (daysEnd <= start && description.slice(daysEnd, start).trim() === '') start = days.index;
        else if (days.index >= end && description.slice(end, days.index).trim() === '') end = daysEnd;
        else elsewhere = description.slice(days.index, daysEnd).trim();
        joined = elsewhere === null;
      }
    }
    if (week.days !== null) {
      for (let next = at + 1; next < sentences.length; next++) {
        const following = sentences[next]!;
        const more = hasHoursHint(following.text, true) ? weekOf(plainText(following.text)) : null;
        if (!more || more.days === null || week.days + more.days > 7) break;
        week.low += more.low;
        week.high += more.high;
        week.days += more.days;
        end = following.index + following.text.length;
      }
    }
    // Lines joined for the days are quoted as one line.
    const quoted = joined
      ? description
          .slice(start, end)
          .trim()
          .replace(/\s*\n\s*/g, ' ')
      : description.slice(start, end).trim();
    return {
      ...week,
      quote: elsewhere ? `${quoted} … ${elsewhere}` : quoted,
      index: start,
      length: end - start,
    };
  }
  return null;
}

interface StatedDays {
  days: number;
  index: number;
  length: number;
}

/** The line right before or after sentence `at` when it names only days ("Du mercredi au samedi"), read. */
function daysNextTo(
  sentences: ReadonlyArray<{ text: string; index: number }>,
  at: number,
): StatedDays | null {
  for (const step of [-1, 1]) {
    let next = at + step;
    let line = sentences[next];
    while (line && line.text.trim() === '') {
      next += step;
      line = sentences[next];
    }
    if (!line) continue;
    const plain = plainText(line.text);
    // A heading of days, not a sentence that happens to hold some ("nous livrons du lundi au vendredi nos…").
    if (/\d/.test(plain) || (plain.match(/[a-z']+/g) ?? []).length > 8 || NOT_THE_WEEK.test(plain)) continue;
    const read = readSentence(plain);
    if (!read || read.dayless.length > 0 || read.groups.length === 0) continue;
    if (read.groups.some((group) => group.ranges.length > 0)) continue;
    const days = read.groups.reduce((sum, group) => sum + group.days, 0);
    if (days < 1 || days > 7) continue;
    const lead = line.text.length - line.text.trimStart().length;
    return { days, index: line.index + lead, length: line.text.trim().length };
  }
  return null;
}

/** "2 jours de repos par semaine" anywhere in the description: the days worked, when only one figure is stated. */
function daysStated(sentences: ReadonlyArray<{ text: string; index: number }>): StatedDays | null {
  let found: StatedDays | null = null;
  for (const line of sentences) {
    if (!line.text.includes('jour')) continue;
    const plain = plainText(line.text);
    DAYS_STATED.lastIndex = 0;
    for (let match = DAYS_STATED.exec(plain); match; match = DAYS_STATED.exec(plain)) {
      const days = match[1]
        ? (WORD_NUMBERS[match[1]] ?? Number(match[1]))
        : match[3]
          ? (WORD_NUMBERS[match[3]] ?? Number(match[3]))
          : 7 - (WORD_NUMBERS[match[2] ?? ''] ?? Number(match[2]));
      if (found && found.days !== days) return null;
      const lead = line.text.length - line.text.trimStart().length;
      found ??= { days, index: line.index + lead, length: line.text.trim().length };
    }
  }
  return found;
}
