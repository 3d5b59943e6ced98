import { plainText } from '../engine/normalise.js';

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
    saysPartTime: text.includes('temps partiel'),
    saysFullTime: text.includes('temps plein'),
  };
}

/*
 * Weekly hours in the text: "8h par semaine", "24h/semaine", "20 heures hebdomadaires", "35h hebdo",
 * "contrat de 104h par mois". "24h/24" and schedules ("8h-12h") are not weekly hours.
 */
const TEXT_WEEKLY =
  /(?<![\d,.h])(\d{1,2}(?:[.,]\d{1,2})?) ?(?:h|heures?)(?: ?(\d{2}))? ?(?:\/ ?(?:semaine|sem\b|hebdo)|par semaine|hebdo(?:madaires?)?\b|a la semaine|semaine\b)/g;
const TEXT_MONTHLY =
  /(?<![\d,.h])(\d{2,3}(?:[.,]\d{1,2})?) ?(?:h|heures?) ?(?:\/ ?mois|par mois|mensuelles?\b)/g;

export interface HoursInText {
  weekly: number;
  index: number;
  length: number;
}

/** Every statement of weekly hours in normalised text, monthly hours converted (× 12 / 52). */
export function findWeeklyHours(text: string): HoursInText[] {
  const found: HoursInText[] = [];
  // Each pattern names its period: "sem…" or "hebdo…" for the week, "mois" or "mensuel…" for the month.
  TEXT_WEEKLY.lastIndex = text.includes('sem') || text.includes('hebdo') ? 0 : text.length;
  for (let match = TEXT_WEEKLY.exec(text); match; match = TEXT_WEEKLY.exec(text)) {
    const weekly = Number(match[1]!.replace(',', '.')) + (match[2] ? Number(match[2]) / 60 : 0);
    if (weekly > 0 && weekly <= 60) found.push({ weekly, index: match.index, length: match[0].length });
  }
  TEXT_MONTHLY.lastIndex = text.includes('mois') || text.includes('mensuel') ? 0 : text.length;
  for (let match = TEXT_MONTHLY.exec(text); match; match = TEXT_MONTHLY.exec(text)) {
    const monthly = Number(match[1]!.replace(',', '.'));
    const weekly = (monthly * 12) / 52;
    if (weekly >= 1 && weekly <= 60) found.push({ weekly, index: match.index, length: match[0].length });
  }
  return found;
}

/** How the flags quote the working time shown: the label, or the converted kind of time when there is none. */
export function hoursEvidence(hours: { label: string | null; fullTime: boolean | null }): string {
  return hours.label
    ? `dureeTravailLibelle: ${hours.label.replace(/\s+/g, ' ')}`
    : `dureeTravailLibelleConverti: ${hours.fullTime === false ? 'Temps partiel' : 'Temps plein'}`;
}

/** "8 h", "33 h 50". */
export function formatHours(hours: number): string {
  const whole = Math.floor(hours);
  const minutes = Math.round((hours - whole) * 60);
  return minutes ? `${whole} h ${String(minutes).padStart(2, '0')}` : `${whole} h`;
}
