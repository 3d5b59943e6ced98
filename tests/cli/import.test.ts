import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { listAudits } from '../../db/audits.js';
import { getStoredOffer } from '../../db/offers.js';
import { runImport } from '../../pipeline/import-file.js';
import { describeEachEngine, openTestDatabase } from '../helpers/databases.js';
import { realSampleLines } from '../helpers/real-samples.js';

const sampleLines = realSampleLines(30);
const dir = mkdtempSync(join(tmpdir(), 'vigie-import-'));

function writeFile(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describeEachEngine('vigie import', (engine) => {
  it('creates an audit with raw and normalised offers, and re-importing updates it without duplicates', async () => {
    const database = await openTestDatabase(engine);
    const file = writeFile(`offers-${engine}.jsonl`, `${sampleLines.join('\n')}\n`);

    const first = await runImport({ database, file, batchSize: 7 });
    expect(first).toMatchObject({ imported: 30, updated: 0, unchanged: 0, rejected: [], offersInAudit: 30 });

    const firstOffer = JSON.parse(sampleLines[0]!) as { id: string; intitule: string };
    const stored = await getStoredOffer(database.db, first.auditId, firstOffer.id);
    expect(stored?.raw).toEqual(JSON.parse(sampleLines[0]!));
    expect(stored?.offer.title).toBe(firstOffer.intitule);
    expect(stored?.offer.place.departement).toBe('74');

    const edited = sampleLines.map((line, index) =>
      index === 2 ? JSON.stringify({ ...JSON.parse(line), intitule: 'Poste modifié (H/F)' }) : line,
    );
    writeFileSync(file, `${edited.join('\n')}\n`);
    const second = await runImport({ database, file });
    expect(second).toMatchObject({
      auditId: first.auditId,
      imported: 0,
      updated: 1,
      unchanged: 29,
      offersInAudit: 30,
    });

    const audits = await listAudits(database.db);
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ offers: 30, status: 'crawled', source: 'file' });
    // The title names the file, not the local folders it sits in.
    expect(audits[0]?.label).toBe(`Import offers-${engine}.jsonl`);

    const third = await runImport({ database, file, newAudit: true });
    expect(third.auditId).not.toBe(first.auditId);
    expect(third.imported).toBe(30);
  });

  it('imports the rest of a file with a broken line, and names the line', async () => {
    const database = await openTestDatabase(engine);
    const lines = [...sampleLines.slice(0, 5)];
    lines.splice(3, 0, '{"id": "BROKEN", "intitule": ');
    lines.push('{"intitule": "sans identifiant"}');
    const file = writeFile(`broken-${engine}.jsonl`, `${lines.join('\n')}\n`);

    const summary = await runImport({ database, file });
    expect(summary.imported).toBe(5);
    expect(summary.rejected).toHaveLength(2);
    expect(summary.rejected[0]!.position).toBe('line 4');
    expect(summary.rejected[0]!.reason).toMatch(/malformed JSON/);
    expect(summary.rejected[1]!.position).toBe('line 7');
    expect(summary.rejected[1]!.reason).toMatch(/id: missing/);

    const errors = await database.db
      .selectFrom('fetch_errors')
      .selectAll()
      .where('audit_id', '=', summary.auditId)
      .execute();
    expect(errors.map((error) => error.cause)).toEqual(['invalid_offer', 'invalid_offer']);
  });

  it('reads one offer, an array, and the API search answer', async () => {
    const database = await openTestDatabase(engine);
    const offers = sampleLines.slice(0, 4).map((line) => JSON.parse(line) as unknown);
    const single = await runImport({
      database,
      file: writeFile(`one-${engine}.json`, JSON.stringify(offers[0])),
    });
    const array = await runImport({
      database,
      file: writeFile(`array-${engine}.json`, JSON.stringify(offers, null, 2)),
    });
    const search = await runImport({
      database,
      file: writeFile(`search-${engine}.json`, JSON.stringify({ resultats: offers, filtresPossibles: [] })),
    });
    expect([single.imported, array.imported, search.imported]).toEqual([1, 4, 4]);
  });

  it('refuses a missing file or a file without offers, and creates no audit', async () => {
    const database = await openTestDatabase(engine);
    await expect(runImport({ database, file: join(dir, 'missing.json') })).rejects.toThrow(
      /fichier introuvable/,
    );
    await expect(
      runImport({ database, file: writeFile(`not-offers-${engine}.json`, '{"hello": "world"}') }),
    ).rejects.toThrow(/ne contient aucune offre/);
    await expect(
      runImport({ database, file: writeFile(`garbage-${engine}.json`, '<html>') }),
    ).rejects.toThrow(/n’est pas du JSON valide/);
    expect(await listAudits(database.db)).toEqual([]);
  });
});

describeEachEngine('vigie import: one bad offer never fails the batch', (engine) => {
  it('stores text with NUL and lone surrogates repaired, and rejects alone an offer the database refuses', async () => {
    const database = await openTestDatabase(engine);
    const [first, second, third, fourth, fifth, sixth] = realSampleLines(6).map(
      (line) => JSON.parse(line) as { id: string },
    );
    if (!first || !second || !third || !fourth || !fifth || !sixth)
      throw new Error('six real offers expected');
    const withNul = { ...second, description: 'Poste\u0000 à pourvoir \ud800 vite' };
    // Year 0 passes JavaScript's date parser; PostgreSQL has no year 0 (SQLSTATE 22008).
    const refused = { ...fourth, dateCreation: '0000-01-01T00:00:00.000Z' };
    const content = [first, withNul, third, refused, fifth, sixth]
      .map((offer) => JSON.stringify(offer))
      .join('\n');
    const file = writeFile(`bad-offers-${engine}.jsonl`, `${content}\n`);

    const summary = await runImport({ database, file, batchSize: 50 });
    expect(summary.imported).toBe(5);
    expect(summary.repaired).toBe(1);
    expect(summary.rejected).toHaveLength(1);
    expect(summary.rejected[0]?.position).toBe('line 4');
    expect(summary.rejected[0]?.reason).toMatch(/PostgreSQL 22008/);
    const stored = await getStoredOffer(database.db, summary.auditId, withNul.id);
    expect(stored?.offer.description).toBe('Poste\ufffd à pourvoir \ufffd vite');
    const errors = await database.db
      .selectFrom('fetch_errors')
      .select(['cause', 'offer_id'])
      .where('audit_id', '=', summary.auditId)
      .orderBy('cause')
      .execute();
    expect(errors).toEqual([
      { cause: 'store_refused', offer_id: refused.id },
      { cause: 'text_repaired', offer_id: withNul.id },
    ]);
  });
});
