import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readOffersFile } from '../../crawler/sources/file/read-offers-file.js';
import { UsageError } from '../../lib/errors.js';
import { parseApiOffer } from '../../model/from-api-offer.js';
import { realSamples } from '../helpers/real-samples.js';

/**
 * Imported JSON is hostile input: whatever a file holds, the parser returns an offer or a reason, never throws,
 * never hangs. fast-check shrinks any counter-example to the smallest input that breaks it.
 */
const runs = process.env.VIGIE_SOAK === '1' ? 20_000 : 500;
const samples = realSamples(50);

/** Replaces one value somewhere in a real offer with an arbitrary JSON value: the drift real APIs show. */
function mutate(offer: unknown, path: number[], replacement: unknown): unknown {
  if (path.length === 0 || offer === null || typeof offer !== 'object') return replacement;
  const entries = Object.entries(offer as Record<string, unknown>);
  if (entries.length === 0) return replacement;
  const [key, value] = entries[path[0]! % entries.length]!;
  const copy: Record<string, unknown> = Array.isArray(offer)
    ? ([...offer] as unknown as Record<string, unknown>)
    : { ...offer };
  copy[key] = mutate(value, path.slice(1), replacement);
  return copy;
}

describe('imported JSON is hostile input', () => {
  it('never throws on arbitrary JSON values, and explains every rejection', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = parseApiOffer(value);
        if (!result.ok) expect(result.reason.length).toBeGreaterThan(5);
      }),
      { numRuns: runs },
    );
  });

  it('keeps a real offer whose fields drift to any shape, as long as its id survives', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: samples.length - 1 }),
        fc.array(fc.nat(), { minLength: 1, maxLength: 4 }),
        fc.jsonValue(),
        (index, path, replacement) => {
          const mutated = mutate(samples[index], path, replacement) as Record<string, unknown>;
          const result = parseApiOffer(mutated);
          const id = mutated.id;
          const idSurvives = (typeof id === 'string' && id.trim() !== '') || typeof id === 'number';
          if (idSurvives) expect(result.ok).toBe(true);
          else expect(result).toMatchObject({ ok: false });
        },
      ),
      { numRuns: runs },
    );
  });

  it('reads files of random bytes or broken lines without throwing anything but a usage error', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vigie-fuzz-'));
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.uint8Array({ maxLength: 2000 }).map((bytes) => Buffer.from(bytes)),
          fc
            .array(
              fc.oneof(
                fc.jsonValue().map((value) => JSON.stringify(value)),
                fc.string(),
              ),
              { maxLength: 20 },
            )
            .map((lines) => Buffer.from(lines.join('\n'))),
        ),
        fc.constantFrom('.json', '.jsonl', '.txt'),
        async (content, extension) => {
          const path = join(dir, `input${extension}`);
          writeFileSync(path, content);
          try {
            for await (const entry of readOffersFile(path)) {
              if (!entry.ok) expect(entry.reason).not.toBe('');
            }
          } catch (error) {
            expect(error).toBeInstanceOf(UsageError);
          }
        },
      ),
      { numRuns: Math.min(runs, 300) },
    );
  });
});
