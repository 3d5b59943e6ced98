import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import '../helpers/property-seed.js';
import {
  BOUNDARY,
  boundaryBetween,
  fold,
  foldReference,
  isCapitalised,
  isCapitalisedAt,
} from '../../classifiers/facts/employer-name.js';
import { parseAmount, parseAmountReference } from '../../classifiers/facts/pay/parse-number.js';
import { holdsOnPiecesAndAnyString, sampleTexts } from './helpers.js';

/*
 * The pay and employer facts' hot paths each keep a slower reference that says what they must compute (as
 * fast-paths.test.ts does for the engine's).
 */

/** Characters where a shortcut over clean numbers could go wrong: separators, spaces, capitals, signs. */
const NUMBER_CHARS = [..."0123456789.,kK '’-+eE", '\u00a0', '\u202f', '\t', '\n', 'x'];

describe('parseAmount', () => {
  const same = (text: string): void => {
    expect(parseAmount(text), JSON.stringify(text)).toBe(parseAmountReference(text));
  };

  it('reads numbers as its reference does, on the tricky characters and on any string', () => {
    holdsOnPiecesAndAnyString(NUMBER_CHARS, 14, 20, same);
    for (const text of [
      '1.800',
      '0.800',
      '1.800k',
      '12.5k',
      '1,800,000',
      '1.800,50',
      '1,800.50',
      '1.2.3',
      '',
      'k',
    ])
      same(text);
  });
});

/** Characters where folding or casing one character at a time could go wrong: marks, ligatures, surrogates,
 * letters whose lower case is longer, sigma, elisions. */
const LETTER_CHARS = [
  ..."aeAEéÉèçÇœŒæÆßİıΣσςǅǄĳĲſﬁ€’‘•«»–—dlDL'0",
  ' ',
  '\u00a0',
  '\u0301',
  '\u0316',
  '\u0327',
  '\u0345',
  '\u05b0',
  '\u0591',
  '\u1e9b',
  '\u212b',
  '\u2126',
  '\uac00',
  '\ud83d',
  '\ude00',
  '\ud835\udc00',
  '\ud835\udc1a',
  '\ud801\udc00',
  '\ud801\udc28',
];

describe('fold', () => {
  const same = (text: string): void => {
    expect(fold(text), JSON.stringify(text)).toBe(foldReference(text));
  };

  it('folds as the whole-text decomposition does, on tricky characters, any string and the real offers', () => {
    holdsOnPiecesAndAnyString(LETTER_CHARS, 30, 40, same);
    for (let code = 0; code < 0x3000; code++) same(`a${String.fromCharCode(code)}b`);
    for (const text of sampleTexts()) same(text);
  });
});

describe('isCapitalisedAt', () => {
  it('tells capitals in a text as the test of the word alone does', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...LETTER_CHARS, 'a', 'B'), { maxLength: 12 }),
        fc.nat(),
        fc.nat(),
        (chars, a, b) => {
          const text = chars.join('');
          const start = text.length === 0 ? 0 : a % text.length;
          const length = 1 + (b % Math.max(1, text.length - start));
          if (start + length > text.length) return;
          const word = text.slice(start, start + length);
          expect(isCapitalisedAt(text, start, length), JSON.stringify(word)).toBe(isCapitalised(word));
        },
      ),
      { numRuns: 5000 },
    );
  });
});

/** The gaps between words where a sentence boundary could be misread: spaces, dashes, bullets, punctuation. */
const GAP_CHARS = [
  ' ',
  ' ',
  ' ',
  '-',
  '–',
  '—',
  '.',
  ':',
  ';',
  '\n',
  '\r',
  '\t',
  '\u00a0',
  '\u202f',
  '•',
  '*',
  '|',
  '✅',
  ',',
  'a',
];

describe('boundaryBetween', () => {
  it('finds a boundary where BOUNDARY finds one in the slice', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...GAP_CHARS), { maxLength: 8 }),
        fc.nat(),
        fc.nat(),
        (chars, a, b) => {
          const text = `x${chars.join('')}y`;
          const from = a % text.length;
          const to = from + (b % (text.length - from + 1));
          expect(boundaryBetween(text, from, to), JSON.stringify(text.slice(from, to))).toBe(
            BOUNDARY.test(text.slice(from, to)),
          );
        },
      ),
      { numRuns: 5000 },
    );
  });
});
