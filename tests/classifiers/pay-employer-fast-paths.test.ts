import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import '../helpers/property-seed.js';
import { parseAmount, parseAmountReference } from '../../classifiers/facts/pay/parse-number.js';

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
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...NUMBER_CHARS), { maxLength: 14 }), (chars) =>
        same(chars.join('')),
      ),
      { numRuns: 5000 },
    );
    fc.assert(fc.property(fc.string({ maxLength: 20 }), same), { numRuns: 2000 });
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
