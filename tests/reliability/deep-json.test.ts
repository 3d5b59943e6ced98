/**
 * Guarantee 3 — hostile input: JSON nested deeper than any offer.
 *
 * An API answer holding an offer nested 15,000 levels deep, and an imported line nested 100,000 levels deep, used
 * to overflow the call stack in `canonicalJson` ("Maximum call stack size exceeded"): the crawl stored none of
 * the page, the import stopped and the next valid line was lost. Now `canonicalJson` is iterative (it writes any
 * depth, and still matches the recursive definition on random values), and an offer nested deeper than
 * MAX_OFFER_DEPTH is rejected alone, with its reason: the rest of the page is stored, the import goes on with the
 * next line.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { listOfferIds } from '../../db/offers.js';
import { canonicalJson } from '../../lib/content-hash.js';
import { MAX_OFFER_DEPTH, parseApiOffer } from '../../model/from-api-offer.js';
import { runImport } from '../../pipeline/import-file.js';
import { apiSourceOver, type StubServer, startStub } from '../crawler/helpers/http-stub.js';
import { engines, openTestDatabase } from '../helpers/databases.js';
import '../helpers/property-seed.js';
import { realSamples } from '../helpers/real-samples.js';
import { SOAK } from './helpers/cli-storage.js';

/** The recursive definition `canonicalJson` used to be: the iterative one must write the same text. */
function recursiveCanonical(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(recursiveCanonical).join(',')}]`;
  const entries = Object.entries(value)
    .filter(([, entry]) => entry !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([key, entry]) => `${JSON.stringify(key)}:${recursiveCanonical(entry)}`).join(',')}}`;
}

function deepArrays(depth: number): string {
  return `${'['.repeat(depth)}1${']'.repeat(depth)}`;
}

function deepObjects(depth: number): string {
  return `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
}

const servers: StubServer[] = [];
afterAll(async () => {
  for (const server of servers) await server.close();
});

describe('canonicalJson', () => {
  it('writes a value nested 100,000 levels deep', () => {
    for (const text of [deepArrays(100_000), deepObjects(100_000)]) {
      expect(canonicalJson(JSON.parse(text))).toBe(text);
    }
  });

  it('writes what the recursive definition writes (fuzzed)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.object(), (json, object) => {
        expect(canonicalJson(json)).toBe(recursiveCanonical(json));
        expect(canonicalJson(object)).toBe(recursiveCanonical(object));
      }),
      { numRuns: SOAK ? 20_000 : 500 },
    );
  });
});

describe('an offer nested deeper than any offer', () => {
  const [sample] = realSamples(1);

  it('is rejected with its reason, and an offer of ordinary depth is not', () => {
    const deep = { ...sample, id: 'DEEP001', extra: JSON.parse(deepObjects(15_000)) };
    const parsed = parseApiOffer(deep);
    expect(parsed).toEqual({ ok: false, reason: expect.stringContaining('nested too deeply') });
    const nearLimit = { ...sample, id: 'NEAR001', extra: JSON.parse(deepArrays(MAX_OFFER_DEPTH - 2)) };
    expect(parseApiOffer(nearLimit).ok).toBe(true);
  });

  it('in an API answer: that offer is rejected, the rest of the page kept', async () => {
    const server = await startStub((req, res) => {
      if (req.url?.startsWith('/token')) {
        res
          .writeHead(200, { 'content-type': 'application/json' })
          .end(JSON.stringify({ access_token: 't', token_type: 'Bearer', expires_in: 900 }));
        return;
      }
      const body = `{"resultats":[${JSON.stringify({ ...sample, id: 'OK00001' })},{"id":"DEEP002","intitule":"x","extra":${deepObjects(15_000)}},${JSON.stringify({ ...sample, id: 'OK00002' })}]}`;
      res.writeHead(206, { 'content-range': 'offres 0-2/3', 'content-type': 'application/json' }).end(body);
    });
    servers.push(server);
    const api = apiSourceOver(server);
    const page = await api.search({}, 0, 149);
    expect(page.offers.map((item) => item.offer.id)).toEqual(['OK00001', 'OK00002']);
    expect(page.rejected).toEqual([
      { id: 'DEEP002', cause: 'invalid_offer', message: expect.stringContaining('nested too deeply') },
    ]);
  });

  for (const engine of engines) {
    it(`in an import [${engine}]: that line is rejected, the next valid line imported`, async () => {
      const dir = mkdtempSync(join(tmpdir(), 'vigie-deep-'));
      try {
        const file = join(dir, 'offres.jsonl');
        writeFileSync(
          file,
          [
            JSON.stringify({ ...sample, id: 'DEEPA01' }),
            `{"id":"DEEPB02","intitule":"Serveur","description":${deepArrays(100_000)}}`,
            `{"id":"DEEPC03","intitule":"Serveur","extra":${deepObjects(100_000)}}`,
            JSON.stringify({ ...sample, id: 'DEEPD04' }),
          ].join('\n'),
        );
        const database = await openTestDatabase(engine);
        const summary = await runImport({ database, file });
        expect(summary.rejected).toEqual([
          { position: 'line 2', reason: expect.any(String) },
          { position: 'line 3', reason: expect.stringContaining('nested too deeply') },
        ]);
        expect(summary.imported).toBe(2);
        expect((await listOfferIds(database.db, summary.auditId)).sort()).toEqual(['DEEPA01', 'DEEPD04']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  }
});
