import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, contentHash, hashCanonicalJson } from '../../lib/content-hash.js';
import { parseApiOffer } from '../../model/from-api-offer.js';
import { offerSchema } from '../../model/offer.js';
import { realSamples } from '../helpers/real-samples.js';

const samples = realSamples();

/** The first implementation, kept here as the reference: stored hashes must not change. */
function referenceCanonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(referenceCanonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, entry]) => entry !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([key, entry]) => `${JSON.stringify(key)}:${referenceCanonicalJson(entry)}`).join(',')}}`;
}

describe('content hash', () => {
  it('gives every real offer the same canonical JSON and hash as the first implementation', () => {
    for (const sample of samples) {
      const canonical = canonicalJson(sample);
      expect(canonical).toBe(referenceCanonicalJson(sample));
      expect(JSON.parse(canonical)).toEqual(sample);
      expect(contentHash(sample)).toBe(hashCanonicalJson(canonical));
    }
    expect(contentHash(samples[0])).toMatch(/^[0-9a-f]{32}$/);
  });

  it('matches the first implementation on any JSON value, undefined members and odd keys included', () => {
    const value = fc.letrec((tie) => ({
      leaf: fc.oneof(
        fc.string(),
        fc.double(),
        fc.integer(),
        fc.boolean(),
        fc.constant(null),
        fc.constant(undefined),
      ),
      node: fc.oneof(
        { depthSize: 'small' },
        tie('leaf'),
        fc.array(tie('node'), { maxLength: 4 }),
        fc.dictionary(fc.string(), tie('node'), { maxKeys: 5 }),
      ),
    })).node;
    fc.assert(
      fc.property(value, (input) => {
        expect(canonicalJson(input)).toBe(referenceCanonicalJson(input));
      }),
      { numRuns: 500 },
    );
  });

  it('ignores key order and sees a changed field', () => {
    const sample = samples[0]!;
    const reversed = Object.fromEntries(Object.entries(sample).reverse());
    expect(contentHash(reversed)).toBe(contentHash(sample));
    expect(contentHash({ ...sample, intitule: 'Autre (H/F)' })).not.toBe(contentHash(sample));
  });

  it('normalises real offers into exactly what the offer schema describes, without parsing them again', () => {
    for (const sample of samples) {
      const parsed = parseApiOffer(sample);
      if (!parsed.ok) throw new Error(parsed.reason);
      expect(offerSchema.parse(parsed.offer)).toEqual(parsed.offer);
    }
  });
});
