import { type NormalisedText, quoteOriginal } from '../../engine/normalise.js';
import { parseAmount } from './parse-number.js';
import type { PayAmount, PayUnit } from './pay-amount.js';
import { unitFromSize } from './pay-amount.js';

/*
 * Amounts written in free text: "1 800 € brut/mois", "12€/h", "25K€", "2 800 € - 3 400 € par mois",
 * "de 15,76 € à 24,16 € brut/h", "35-40k€". Bounded quantifiers only: the text is untrusted and can be long.
 */
const NUM = '(\\d{1,3}(?:[ .]\\d{3}){1,2}(?:,\\d{1,2})?|\\d{1,7}(?:[.,]\\d{1,2})?)';
const AMOUNT = new RegExp(
  `(?<![\\d.,])${NUM}( ?k)?(?: ?(?:€|euros?\\b|eur\\b))?(?: ?(?:a|-|et) ?${NUM}( ?k)?)? ?(?:€|euros?\\b|eur\\b|keur\\b)`,
  'g',
);
/** A comment's bare amount with a basis: "1850.00 Net", "11.88 brut de l'heure", "918". */
const BARE = new RegExp(
  `(?<![\\d.,])${NUM}( ?k)?(?![\\d.,]{0,20}\\d)(?! ?(?:mois|ans?\\b|h\\b|heures?|jours?|semaines?|%|e\\b|eme|er\\b|ccn|salaries|personnes))(?: ?(brut|net)\\b)?`,
  'g',
);
const TAIL =
  /^ ?(?:(brut|net)s? ?)?(?:(?:\/|par|de l'|l'|a l'|de|le|la|du|en) ?)?(heure|h\b|mois|an\b|annee|annuel|mensuel|horaire|jour|semaine|sem\b)?(?: ?(brut|net)\b)?/;
const UNIT_WORDS: Record<string, PayUnit> = {
  heure: 'hour',
  h: 'hour',
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
  /(?:salaire|remuneration|remunere|brut|net|taux horaire|paye|payee|gagner|fixe|package|smic|traitement|retribution)[^.;\n]{0,60}$/;

export interface FoundAmount extends PayAmount {
  /** Whether the words around say this is pay (a pay word before, or a unit or basis after). */
  payContext: boolean;
  /** Whether the words before say it is something else (a bonus, a fee, a price). */
  excluded: boolean;
}

export function findPayAmounts(text: NormalisedText, where: 'comment' | 'description'): FoundAmount[] {
  const found: FoundAmount[] = [];
  const source = text.text;
  const seen: Array<[number, number]> = [];
  const collect = (pattern: RegExp, bare: boolean): void => {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(source); match; match = pattern.exec(source)) {
      const start = match.index;
      let end = start + match[0].length;
      if (seen.some(([from, to]) => start < to && end > from)) continue;
      const k1 = Boolean(match[2]);
      const k2 = bare ? k1 : Boolean(match[4]) || (k1 && Boolean(match[3]));
      const first = parseAmount(match[1]! + (k1 || (k2 && !match[2] && match[3]) ? 'k' : ''));
      const second = !bare && match[3] ? parseAmount(match[3] + (k2 ? 'k' : '')) : first;
      if (first === null || second === null || first === 0) continue;
      const tail = TAIL.exec(source.slice(end, end + 40));
      let unit: PayUnit | null = null;
      let basis: 'gross' | 'net' | null = bare && match[3] ? (match[3] === 'net' ? 'net' : 'gross') : null;
      if (tail && tail[0].length > 0) {
        if (tail[2]) unit = UNIT_WORDS[tail[2]] ?? null;
        const basisWord = tail[1] ?? tail[3];
        if (basisWord) basis = basisWord === 'net' ? 'net' : 'gross';
        if (unit || basisWord) end += tail[0].length;
      }
      if (bare && !basis && !unit && where === 'description') continue;
      const min = Math.min(first, second);
      const max = Math.max(first, second);
      const kilo = k1 || k2 || /keur$/.test(match[0]);
      const declared = unit ?? (kilo ? 'year' : null);
      const before = source.slice(Math.max(0, start - 70), start);
      seen.push([start, end]);
      const quoteEnd = end;
      const amount: FoundAmount = {
        unit: declared ?? (where === 'comment' ? unitFromSize(min) : null),
        unitInferred: declared === null,
        min,
        max,
        monthsPerYear: null,
        basis,
        where,
        evidence: '',
        payContext: declared !== null || basis !== null || PAY_WORD.test(before),
        excluded: NOT_PAY.test(before),
      };
      // Quoting maps the text back to the original, which costs more than finding the amount: only on demand.
      Object.defineProperty(amount, 'evidence', {
        enumerable: true,
        get: () => quoteOriginal(text, start, quoteEnd, 12),
      });
      found.push(amount);
    }
  };
  collect(AMOUNT, false);
  if (where === 'comment') collect(BARE, true);
  return found;
}

const SMIC_AS_PAY =
  /(?:salaire|remuneration|remunere|paye|payee|taux horaire|base)[^.;\n]{0,25}\bsmic\b|\bsmic (?:horaire|mensuel|en vigueur|\+|brut)/;

/** "Salaire : SMIC", "rémunération au SMIC en vigueur": pay stated without a figure, at the legal minimum. */
export function mentionsSmicAsPay(text: string, isPayField: boolean): boolean {
  return isPayField ? /\bsmic\b/.test(text) : SMIC_AS_PAY.test(text);
}
