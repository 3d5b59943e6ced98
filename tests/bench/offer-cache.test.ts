import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cacheDirectory, ensureOfferCache, readOfferCache } from '../../bench/helpers/offer-cache.js';

/**
 * The benchmarks' offer cache is named after the sources that write it, so that a changed replica is never
 * benchmarked on the offers of the replica before; the caches of the same seed and scale from other sources go
 * when a new one is written (a million offers are 2.8 GB).
 */
const folder = mkdtempSync(join(tmpdir(), 'vigie-bench-cache-'));
const previous = process.env.VIGIE_BENCH_CACHE;
process.env.VIGIE_BENCH_CACHE = folder;
afterAll(() => {
  if (previous === undefined) delete process.env.VIGIE_BENCH_CACHE;
  else process.env.VIGIE_BENCH_CACHE = previous;
});

describe('the benchmarks’ offer cache', () => {
  it('is named after its seed, scale and sources, replaces other versions of itself, and reads back', async () => {
    const name = basename(cacheDirectory(20, 7));
    expect(name).toMatch(/^offers-s7-n20-[0-9a-f]{10}$/);
    const stale = join(folder, 'offers-s7-n20-0123456789');
    const otherScale = join(folder, 'offers-s7-n200-0123456789');
    for (const old of [stale, otherScale]) {
      mkdirSync(old);
      writeFileSync(join(old, 'complete'), 'then\n');
    }

    const written = await ensureOfferCache(20, 7);

    expect(basename(written)).toBe(name);
    expect(existsSync(stale)).toBe(false);
    expect(existsSync(otherScale)).toBe(true);
    const ids: string[] = [];
    for await (const chunk of readOfferCache(written, 8)) ids.push(...chunk.map(({ offer }) => offer.id));
    expect(ids).toHaveLength(20);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
