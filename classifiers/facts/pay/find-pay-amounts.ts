import { type NormalisedText, quoteOriginal } from '../../engine/normalise.js';
import { includesWord } from '../../engine/substring-filter.js';
import { parseAmount } from './parse-number.js';
import type { PayAmount, PayUnit } from './pay-amount.js';
import { unitFromSize } from './pay-amount.js';

/*
 * Amounts written in free text: "1 800 € brut/mois", "12€/h", "25K€", "2 800 € - 3 400 € par mois",
 * "de 15,76 € à 24,16 € brut/h", "35-40k€". Bounded quantifiers only: the text is untrusted and can be long.
 */
const NUM = "(\\d{1,3}(?:[ .']\\d{3}){1,2}(?:,\\d{1,2})?|\\d{1,7}(?:[.,]\\d{1,2})?)";
const AMOUNT = new RegExp(
  `(?<![\\d.,'])${NUM}( ?k)?(?: ?(?:€|euros?\\b|eur\\b))?(?: ?(?:a|-|et|\\/) ?${NUM}( ?k)?)? ?(?:€|euros?\\b|eur\\b|keur\\b)`,
  'g',
);
/** A range without a currency, its basis or unit after it: "31 000 à 37 000 brut/an". */
const BARE_RANGE = new RegExp(
  `(?<![\\d.,'])${NUM}( ?k)? ?(?:a|-|et|\\/) ?${NUM}( ?k)?(?= ?(?:brut|net)\\b)`,
  'g',
);
/** A comment's bare amount with a basis: "1850.00 Net", "11.88 brut de l'heure", "918". */
const BARE = new RegExp(
  `(?<![\\d.,a-z])${NUM}( ?k)?(?![\\d.,]{0,20}\\d)(?! ?(?:mois|ans?\\b|annees?|h\\b|h\\d|heures?|jours?|semaines?|%|e\\b|eme|er\\b|ccn|salaries|personnes))(?: ?(brut|net)\\b)?`,
  'g',
);
/** The unit and basis after an amount: "brut/mois", "de l'heure", "net par mois", "B/heure" (b for brut). */
const TAIL =
  /^ ?(?:(brut|net|b(?= ?\/))s? ?)?(?:(?:\/|par|de l'|l'|a l'|de|le|la|du|en) ?)?(heure|hrs?\b|h\b|mois|an\b|annee|annuel|mensuel|horaire|jour|semaine|sem\b)?(?: ?(brut|net)\b)?/;
/*
 * A labelled amount with no currency in the text: "Salaire minimum : 2300", "Salaire horaire brut : 12.18",
 * "Taux horaire : 13". Only after a pay word and a colon, and not a share, hours, years or a rank.
 */
const LABELLED = new RegExp(
  `\\b(?:salaire|remuneration|taux horaire|retribution)(?: [a-z']{2,12}){0,3} ?: ?(?:de |entre |a partir de |environ )?${NUM}(?: ?(?:-|a|et) ?${NUM})?(?![\\d.,])(?! ?(?:%|h\\b|h\\d|heures?|ans?\\b|mois|jours?|eme|e\\b|er\\b|k\\b|€|euros?|eur\\b|keur))`,
  'g',
);
/** The unit a pay's own words give before it: "Salaire horaire brut :", "salaire mensuel". */
const UNIT_BEFORE =
  /\b(horaire|de l'heure|mensuel|mensuelle|par mois|annuel|annuelle|par an)\b[^.;:()*]{0,20}:? ?(?:de |entre |a partir de |environ )?$/;
/** The partner feeds' "Type de salaire : Mensuel Brut (EUR)" after the amounts. */
const TYPE_AFTER = /\btype de salaire ?: ?(horaire|mensuel|annuel)/;
/** Numbers that rank, count or date, not pay: "CCN 1966", "coefficient 215", "sur 13.5 (mois)". */
const NOT_AN_AMOUNT_BEFORE =
  /(?:\bsur|\bccn|\bconvention(?: collective)?|\bidcc|\bcoefficient|\bcoef|\bindice|\bniveau|\bechelon|\bcategorie|\bgroupe|\bposition|\bclasse|\bn°|\bno) ?$/;
const UNIT_BEFORE_WORDS: Record<string, PayUnit> = {
  horaire: 'hour',
  "de l'heure": 'hour',
  mensuel: 'month',
  mensuelle: 'month',
  'par mois': 'month',
  annuel: 'year',
  annuelle: 'year',
  'par an': 'year',
};
const UNIT_WORDS: Record<string, PayUnit> = {
  heure: 'hour',
  h: 'hour',
  hr: 'hour',
  hrs: 'hour',
  horaire: 'hour',
  mois: 'month',
  mensuel: 'month',
  an: 'year',
  annee: 'year',
  annuel: 'year',
  jour: 'day',
  semaine: 'week',
  sem: 'week',
};
/** Amounts that are not pay: benefits, fees, turnover, prices. */
const NOT_PAY =
  /(?:prime|ticket|titre|panier|bons? d'achat|cheques? cadeaux?|abonnement|indemnite|faciale|frais|cheque|mutuelle|chiffre d'affaires|\bca\b|capital|investissement|apport|prix|budget|cout|tarif|loyer|caution|bonus|participation|interessement|rembours|avantage|carte|cadeau|jusqu'a|commission|vente|montant|valeur|financement|aide|subvention|allocation|enveloppe|droit d'entree|dotation|tresorerie|fonds)[^.;\n]{0,40}$/;
const PAY_WORD =
  /(?:salaire|remuneration|remunere|brut|net|taux horaire|paye|payee|gagner|gagnez|touchez|percevez|fixe|package|smic|traitement|retribution)[^.;\n]{0,60}$/;
/** The words before an amount say it is something else, unless a pay word comes after them ("Salaire et
 * avantages : - Salaire brut mensuel : 2080 euros" is pay). */
const PAY_WORD_ANYWHERE =
  /\b(?:salaire|remuneration|taux horaire|retribution|touchez|toucherez|gagnez|gagnerez|percevez|percevrez)\b(?! (?:et )?(?:avantages?|variable|de fin))/;
function notPay(before: string): boolean {
  const match = NOT_PAY.exec(before);
  if (!match) return false;
  return !PAY_WORD_ANYWHERE.test(before.slice(match.index + 4));
}

/** Precheck: a bare amount of a text has a basis or a unit after it (LABELLED starts with mentionsLabelWord's words). */
const BARE_HINT =
  /\d ?(?:brut|net)s?\b|\d ?\/ ?(?:h|heure|mois|an)\b|\d (?:de l'|l'|par |a l')(?:heure|mois|an)\b/g;

/** Whether global `pattern` matches `text` at `from` or after. */
function testFrom(pattern: RegExp, text: string, from: number): boolean {
  pattern.lastIndex = from;
  const found = pattern.test(text);
  pattern.lastIndex = 0;
  return found;
}

export interface FoundAmount extends PayAmount {
  /** Whether the words around say this is pay (a pay word before, or a unit or basis after). */
  payContext: boolean;
  /** Whether the words before say it is something else (a bonus, a fee, a price). */
  excluded: boolean;
}

const DIGIT = /\d/;

export function findPayAmounts(text: NormalisedText, where: 'comment' | 'description'): FoundAmount[] {
  // Every amount has a digit, and every pattern but LABELLED starts with one: none is tried before the first.
  const firstDigit = text.text.search(DIGIT);
  return firstDigit < 0 ? [] : findPayAmountsFrom(text, where, firstDigit);
}

/**
 * findPayAmounts, the patterns that start with a digit tried from `firstDigit` on; 0 tries them over the whole text,
 * which the tests compare with.
 */
export function findPayAmountsFrom(
  text: NormalisedText,
  where: 'comment' | 'description',
  firstDigit: number,
): FoundAmount[] {
  const found: FoundAmount[] = [];
  const seen: Array<[number, number]> = [];
  const source = text.text;
  collect(text, where, found, seen, AMOUNT, false, false, firstDigit);
  if (where === 'comment') collect(text, where, found, seen, BARE, true, false, firstDigit);
  else {
    if (includesWord(source, ':') && mentionsLabelWord(source))
      collect(text, where, found, seen, LABELLED, true, true);
    // "12.18 brut de l'heure", "1850 net": a bare amount of the text counts with its basis or unit after it.
    if (
      (includesWord(source, 'brut') ||
        includesWord(source, 'net') ||
        includesWord(source, '/') ||
        includesWord(source, 'heure')) &&
      testFrom(BARE_HINT, source, firstDigit)
    ) {
      collect(text, where, found, seen, BARE_RANGE, false, false, firstDigit);
      collect(text, where, found, seen, BARE, true, false, firstDigit);
    }
  }
  return found;
}

/** LABELLED's words, each looked up as it is (a literal search costs less than the alternation). */
function mentionsLabelWord(source: string): boolean {
  return (
    includesWord(source, 'salaire') ||
    includesWord(source, 'remuneration') ||
    includesWord(source, 'taux horaire') ||
    includesWord(source, 'retribution')
  );
}

/** Adds to `found` the amounts `pattern` finds that overlap none already `seen` (a function, not a closure per
 * call). */
function collect(
  text: NormalisedText,
  where: 'comment' | 'description',
  found: FoundAmount[],
  seen: Array<[number, number]>,
  pattern: RegExp,
  bare: boolean,
  labelled: boolean,
  /** Where the first match may start: no match of `pattern` starts before. */
  from = 0,
): void {
  const source = text.text;
  pattern.lastIndex = from;
  for (let match = pattern.exec(source); match; match = pattern.exec(source)) {
    const start = match.index;
    let end = start + match[0].length;
    if (seen.some(([from, to]) => start < to && end > from)) continue;
    const k1 = !labelled && Boolean(match[2]);
    const k2 = labelled ? false : bare ? k1 : Boolean(match[4]) || (k1 && Boolean(match[3]));
    const firstText = labelled ? match[1]! : match[1]!;
    const secondText = labelled ? match[2] : bare ? undefined : match[3];
    const first = parseAmount(firstText + (k1 || (k2 && !match[2] && match[3]) ? 'k' : ''));
    const second = secondText ? parseAmount(secondText + (k2 ? 'k' : '')) : first;
    if (first === null || second === null || first === 0) continue;
    const numberStart = labelled ? start + match[0].indexOf(firstText) : start;
    if (NOT_AN_AMOUNT_BEFORE.test(source.slice(Math.max(0, numberStart - 20), numberStart))) continue;
    const tail = TAIL.exec(source.slice(end, end + 40));
    let unit: PayUnit | null = null;
    let basis: 'gross' | 'net' | null =
      bare && !labelled && match[3] ? (match[3] === 'net' ? 'net' : 'gross') : null;
    if (tail && tail[0].length > 0) {
      if (tail[2]) unit = UNIT_WORDS[tail[2]] ?? null;
      const basisWord = tail[1] ?? tail[3];
      if (basisWord) basis = basisWord === 'net' ? 'net' : 'gross';
      if (unit || basisWord) end += tail[0].length;
    }
    // In a description, a bare number is pay only with its basis, or a unit joined to it ("/h", "par mois").
    if (
      bare &&
      !labelled &&
      where === 'description' &&
      !basis &&
      !(unit && tail && /^ ?(?:\/|par\b|de l'|l'|a l')/.test(tail[0]))
    )
      continue;
    const min = Math.min(first, second);
    const max = Math.max(first, second);
    const kilo = k1 || k2 || /keur$/.test(match[0]);
    const before = source.slice(Math.max(0, start - 70), start);
    if (!unit) {
      // "Salaire horaire brut : 12.18 euros", "Salaire minimum : 700 … Type de salaire : Mensuel Brut".
      const words = labelled ? source.slice(start, numberStart) : before;
      const said = UNIT_BEFORE.exec(words);
      if (said) unit = UNIT_BEFORE_WORDS[said[1]!] ?? null;
      else if (labelled) {
        const type = TYPE_AFTER.exec(source.slice(end, end + 120));
        if (type) unit = type[1] === 'horaire' ? 'hour' : type[1] === 'mensuel' ? 'month' : 'year';
      }
    }
    // "salaire mensuel net 1460 €": the basis said just before the amount.
    if (!basis && !labelled) {
      const said = /\b(brut|net)s?\b[^.;:\d]{0,12}:? ?(?:de |entre |a partir de )?$/.exec(before);
      if (said) basis = said[1] === 'net' ? 'net' : 'gross';
    }
    if (!basis && labelled) {
      const type = /\b(brut|net)\b/.exec(source.slice(start, numberStart));
      if (type) basis = type[1] === 'net' ? 'net' : 'gross';
    }
    const declared = unit ?? (kilo ? 'year' : null);
    seen.push([start, end]);
    const quoteEnd = end;
    const amount: FoundAmount = {
      // A pay amount of the text with no unit ("Entre 2 300EUR et 2 500EUR brut") is read by its size.
      // Not an hourly size: "72 € de titres-restaurant" after a pay line is no hourly pay.
      unit:
        declared ??
        (where === 'comment' || labelled
          ? unitFromSize(min)
          : (basis !== null || PAY_WORD.test(before)) && min >= 600
            ? unitFromSize(min)
            : null),
      unitInferred: declared === null,
      min,
      max,
      monthsPerYear: null,
      basis,
      where,
      evidence: '',
      payContext: labelled || declared !== null || basis !== null || PAY_WORD.test(before),
      excluded: !labelled && notPay(before),
    };
    // Quoting maps the text back to the original, which costs more than finding the amount: only on demand.
    Object.defineProperty(amount, 'evidence', {
      enumerable: true,
      get: () => quoteOriginal(text, start, quoteEnd, 12),
    });
    found.push(amount);
  }
}

const SMIC_AS_PAY =
  /(?:salaire|remuneration|remunere|paye|payee|taux horaire|base)[^.;\n]{0,25}\bsmic\b|\bsmic (?:horaire|mensuel|en vigueur|\+|brut)/;

/** "Salaire : SMIC", "rémunération au SMIC en vigueur": pay stated without a figure, at the legal minimum. */
export function mentionsSmicAsPay(text: string, isPayField: boolean): boolean {
  return isPayField ? /\bsmic\b/.test(text) : SMIC_AS_PAY.test(text);
}
