import { expect, it } from 'vitest';
import { createAudit, findImportAudit, listAudits, resolveAudit } from '../../db/audits.js';
import { countOffers, getStoredOffer, storeOffers, streamOffers } from '../../db/offers.js';
import { UsageError } from '../../lib/errors.js';
import { parseApiOffer } from '../../model/from-api-offer.js';
import { describeEachEngine, openTestDatabase } from '../helpers/databases.js';
import { realSamples } from '../helpers/real-samples.js';

const samples = realSamples(40);

function toStore(raw: Record<string, unknown>) {
  const parsed = parseApiOffer(raw);
  if (!parsed.ok) throw new Error(parsed.reason);
  return { offer: parsed.offer, raw };
}

describeEachEngine('offers store', (engine) => {
  it('stores raw and normalised offers once, and updates only what changed', async () => {
    const { db } = await openTestDatabase(engine);
    const audit = await createAudit(db, {
      label: 'test',
      source: 'file',
      design: { kind: 'import', file: '/x' },
    });

    const first = await storeOffers(db, audit.id, samples.map(toStore));
    expect(first).toEqual({ inserted: samples.length, updated: 0, unchanged: 0, repaired: [] });

    const changed: Record<string, unknown> = { ...samples[3]!, intitule: 'Intitulé modifié (H/F)' };
    const second = await storeOffers(db, audit.id, [...samples.slice(0, 3), changed].map(toStore));
    expect(second).toEqual({ inserted: 0, updated: 1, unchanged: 3, repaired: [] });
    expect(await countOffers(db, audit.id)).toBe(samples.length);

    const stored = await getStoredOffer(db, audit.id, String(changed.id));
    expect(stored?.offer.title).toBe('Intitulé modifié (H/F)');
    expect(stored?.raw.intitule).toBe('Intitulé modifié (H/F)');
  });

  it('keeps the last copy when one batch holds the same id twice', async () => {
    const { db } = await openTestDatabase(engine);
    const audit = await createAudit(db, { label: 'test', source: 'api', design: { kind: 'census' } });
    const twice = [samples[0]!, { ...samples[0]!, intitule: 'Deuxième version (H/F)' }].map(toStore);
    expect(await storeOffers(db, audit.id, twice)).toEqual({
      inserted: 1,
      updated: 0,
      unchanged: 0,
      repaired: [],
    });
    expect((await getStoredOffer(db, audit.id, String(samples[0]!.id)))?.offer.title).toBe(
      'Deuxième version (H/F)',
    );
  });

  it('streams an audit in id order, in batches', async () => {
    const { db } = await openTestDatabase(engine);
    const audit = await createAudit(db, { label: 'test', source: 'file', design: { kind: 'import' } });
    await storeOffers(db, audit.id, samples.map(toStore));
    const seen: string[] = [];
    for await (const batch of streamOffers(db, audit.id, { batchSize: 7 })) {
      expect(batch.length).toBeLessThanOrEqual(7);
      seen.push(...batch.map((item) => item.offer.id));
    }
    expect(seen).toEqual(samples.map((sample) => String(sample.id)).sort());
  });

  it('resolves audits by number, latest and previous, and lists their counts', async () => {
    const { db } = await openTestDatabase(engine);
    await expect(resolveAudit(db, 'latest')).rejects.toThrow(/il n’y a encore aucun audit/);
    const older = await createAudit(db, {
      label: 'a',
      source: 'file',
      design: { kind: 'import', file: '/a.json' },
    });
    const newer = await createAudit(db, { label: 'b', source: 'api', design: { kind: 'census' } });
    await storeOffers(db, older.id, samples.slice(0, 5).map(toStore));
    expect((await resolveAudit(db, 'latest')).id).toBe(newer.id);
    expect((await resolveAudit(db, 'previous', newer.id)).id).toBe(older.id);
    expect((await resolveAudit(db, String(older.id))).label).toBe('a');
    const unknown = await resolveAudit(db, '999').then(
      () => null,
      (error: unknown) => error,
    );
    expect(unknown).toBeInstanceOf(UsageError);
    expect(unknown instanceof UsageError && unknown.message).toBe('aucun audit ne correspond à « 999 »');
    expect(unknown instanceof UsageError && unknown.saidIn('en')).toEqual({
      message: 'no audit matches "999"',
      hint: 'list the audits with `vigie audits`',
    });
    expect((await findImportAudit(db, '/a.json'))?.id).toBe(older.id);
    const listed = await listAudits(db);
    expect(listed.map((audit) => [audit.id, audit.offers])).toEqual([
      [newer.id, 0],
      [older.id, 5],
    ]);
  });
});
