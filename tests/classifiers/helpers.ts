import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { classifySet } from '../../eval/evaluation-sets.js';
import type { Flag } from '../../model/flag.js';
import { parseApiOffer } from '../../model/from-api-offer.js';
import type { Offer } from '../../model/offer.js';
import { type PartnerPage, partnerPageSchema } from '../../model/partner-page.js';
import { CATEGORY_IDS, type CategoryId } from '../../model/taxonomy.js';
import { REAL_SAMPLES_PATH } from '../helpers/real-samples.js';

const here = dirname(fileURLToPath(import.meta.url));
export const SAMPLES = REAL_SAMPLES_PATH;
export const CORPUS = join(here, 'corpus', 'labelled-offers.jsonl');

export interface LabelledOffer {
  offer: Offer;
  expected: Set<CategoryId>;
  note: string;
  pages: PartnerPage[];
}

/** The labelled corpus: `_expected`, `_note` and `_partnerPages` are stripped before the offer is parsed. */
export function loadCorpus(path = CORPUS): LabelledOffer[] {
  return readFileSync(path, 'utf8')
    .trim()
    .split('\n')
    .map((line) => {
      const { _expected, _note, _partnerPages, ...api } = JSON.parse(line) as Record<string, unknown>;
      const parsed = parseApiOffer(api, 'file');
      if (!parsed.ok) throw new Error(`corpus offer rejected: ${parsed.reason}`);
      return {
        offer: parsed.offer,
        expected: new Set(_expected as CategoryId[]),
        note: String(_note),
        pages: ((_partnerPages as unknown[] | undefined) ?? []).map((page) => partnerPageSchema.parse(page)),
      };
    });
}

/** The real offers of département 74 (August 2025), parsed. */
/** The title, description and employer description of every real sample: what fast paths are checked on. */
export function sampleTexts(): string[] {
  return loadSamples().flatMap((offer) => [
    offer.title ?? '',
    offer.description ?? '',
    offer.employer.description ?? '',
  ]);
}

export function loadSamples(): Offer[] {
  return readFileSync(SAMPLES, 'utf8')
    .trim()
    .split('\n')
    .flatMap((line) => {
      const parsed = parseApiOffer(JSON.parse(line));
      return parsed.ok ? [parsed.offer] : [];
    });
}

/** Every flag of every offer, duplicates within the set included, as `vigie classify --file` does. */
export function classifyAll(
  offers: readonly Offer[],
  pages: readonly PartnerPage[] = [],
): Map<string, Flag[]> {
  return classifySet(offers, pages);
}

export interface CategoryScore {
  category: CategoryId;
  support: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  /** Precision of the flags of severity certain alone. */
  certainPrecision: number | null;
  precision: number | null;
  recall: number | null;
  hasCertainFlags: boolean;
}

export function scoreCategories(
  truth: ReadonlyMap<string, ReadonlySet<CategoryId>>,
  predicted: ReadonlyMap<string, readonly Flag[]>,
): CategoryScore[] {
  return CATEGORY_IDS.map((category) => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    let certainTp = 0;
    let certainFp = 0;
    let support = 0;
    for (const [id, expected] of truth) {
      const flags = (predicted.get(id) ?? []).filter((flag) => flag.category === category);
      const isTrue = expected.has(category);
      if (isTrue) support++;
      const certain = flags.some((flag) => flag.severity === 'certain');
      if (flags.length > 0 && isTrue) tp++;
      if (flags.length > 0 && !isTrue) fp++;
      if (flags.length === 0 && isTrue) fn++;
      if (certain && isTrue) certainTp++;
      if (certain && !isTrue) certainFp++;
    }
    const ratio = (a: number, b: number) => (b === 0 ? null : a / b);
    return {
      category,
      support,
      truePositives: tp,
      falsePositives: fp,
      falseNegatives: fn,
      certainPrecision: ratio(certainTp, certainTp + certainFp),
      precision: ratio(tp, tp + fp),
      recall: ratio(tp, tp + fn),
      hasCertainFlags: certainTp + certainFp > 0,
    };
  });
}

export function formatScores(scores: readonly CategoryScore[]): string {
  const pct = (value: number | null) =>
    value === null ? '   —  ' : `${(value * 100).toFixed(1).padStart(5)}%`;
  const rows = scores.map(
    (s) =>
      `${s.category.padEnd(26)} ${String(s.support).padStart(4)} ${String(s.truePositives).padStart(4)} ${String(s.falsePositives).padStart(4)} ${String(s.falseNegatives).padStart(4)}  ${pct(s.precision)}  ${pct(s.certainPrecision)}  ${pct(s.recall)}`,
  );
  return [`${'category'.padEnd(26)} true   TP   FP   FN  precision certain-p  recall`, ...rows].join('\n');
}

/**
 * A fast path checked against its reference twice: on strings joined from pieces chosen to be tricky (3,000 runs),
 * and on any string of code units (2,000 runs).
 */
export function holdsOnPiecesAndAnyString(
  pieces: readonly string[],
  maxPieces: number,
  maxLength: number,
  check: (text: string) => void,
): void {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: maxPieces }), (parts) =>
      check(parts.join('')),
    ),
    { numRuns: 3000 },
  );
  fc.assert(fc.property(fc.string({ unit: 'binary', maxLength }), check), { numRuns: 2000 });
}

/**
 * The words a regex's source is written with, for property tests that build texts from them: escapes out first, so
 * that the "b" of `\b` or the "d" of `\d` is no letter of a word (from `\bcdd`, "cdd", not "bcdd").
 */
export function patternWords(source: string, letters = /[a-z']{2,}/g): string[] {
  return [...new Set(source.replace(/\\[a-zA-Z]/g, ' ').match(letters) ?? [])];
}

/**
 * A regex's source without word boundaries and simple lookarounds, for fast-check's `stringMatching`, which knows
 * neither: the looser pattern matches more, so a promise checked on its matches (a trigger word, a precheck's
 * word in every match) is checked on more places than the pattern itself matches. A lookaround holding groups is
 * left, and such a pattern cannot be generated (the caller skips it).
 */
export function withoutAssertions(source: string): string {
  return source.replace(/\\b/g, '').replace(/\(\?<?[=!][^()]*\)/g, '');
}
