import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { CLASSIFIER_VERSION } from '../../classifiers/index.js';
import { createAudit, getAudit } from '../../db/audits.js';
import { storeCompanions } from '../../db/companions.js';
import { listDuplicateClusters, listFlags } from '../../db/flags.js';
import { storeOffers } from '../../db/offers.js';
import { storePartnerPages } from '../../db/partner-pages.js';
import { parseApiOffer } from '../../model/from-api-offer.js';
import { runClassify } from '../../pipeline/classify-audit.js';
import { describeEachEngine, openTestDatabase } from '../helpers/databases.js';
import { SAMPLES } from './helpers.js';

const raws = readFileSync(SAMPLES, 'utf8')
  .trim()
  .split('\n')
  .slice(0, 120)
  .map((line) => JSON.parse(line) as Record<string, unknown>);

describeEachEngine('vigie classify --audit', (engine) => {
  it('stores flags and clusters under the classifier version, and replaces them when run again', async () => {
    const database = await openTestDatabase(engine);
    const { db } = database;
    const audit = await createAudit(db, {
      label: 'classify test',
      source: 'file',
      design: { kind: 'import', file: '/x' },
    });
    const copy = { ...raws[0]!, id: 'COPY0001', dateCreation: '2025-08-07T00:00:00.000Z' };
    const batch = [...raws, copy].map((raw) => {
      const parsed = parseApiOffer(raw);
      if (!parsed.ok) throw new Error(parsed.reason);
      return { offer: parsed.offer, raw };
    });
    await storeOffers(db, audit.id, batch);
    const partnerOffer = batch[5]!.offer;
    await storePartnerPages(db, audit.id, [
      {
        offerId: partnerOffer.id,
        url: 'https://partner.example/gone',
        kind: 'partner',
        finalUrl: null,
        status: 410,
        live: false,
        reason: 'http_410',
        renderedWith: 'http',
        stated: { title: null, contract: null, duration: null, pay: null, place: null, hours: null },
        error: null,
        fetchedAt: '2025-08-06T00:00:00.000Z',
      },
    ]);

    const first = await runClassify({ database, audit: audit.id, batchSize: 50 });
    expect(first.offers).toBe(121);
    expect(first.classifierVersion).toBe(CLASSIFIER_VERSION);
    expect(first.byCategory.duplicate).toBeGreaterThanOrEqual(1);
    expect(first.byCategory.dead_link).toBe(1);

    const stored = await listFlags(db, audit.id);
    expect(stored).toHaveLength(first.flags);
    expect(
      stored.find((flag) => flag.offerId === 'COPY0001' && flag.category === 'duplicate')?.details,
    ).toMatchObject({
      duplicateOf: raws[0]!.id,
    });
    expect(
      stored.find((flag) => flag.offerId === partnerOffer.id && flag.category === 'dead_link'),
    ).toBeDefined();
    const clusters = await listDuplicateClusters(db, audit.id, CLASSIFIER_VERSION);
    expect(
      clusters.some((cluster) => cluster.originalId === raws[0]!.id && cluster.members.includes('COPY0001')),
    ).toBe(true);
    const after = await getAudit(db, audit.id);
    expect(after?.classifierVersion).toBe(CLASSIFIER_VERSION);
    expect(after?.status).toBe('classified');

    // Running again replaces this version's rows instead of adding to them; other versions are left alone.
    await db
      .insertInto('flags')
      .values({
        audit_id: audit.id,
        offer_id: raws[1]!.id as string,
        classifier_version: 'older',
        category: 'not_cdi',
        axis: 'stability',
        rule: 'old',
        severity: 'certain',
        evidence: 'x',
        reference: null,
        explanation: 'x',
        details: '{}',
      })
      .execute();
    const second = await runClassify({ database, audit: 'latest' });
    expect(second.flags).toBe(first.flags);
    expect(await listFlags(db, audit.id)).toHaveLength(first.flags);
    expect(await listFlags(db, audit.id, { version: 'older' })).toHaveLength(1);
    const pending = await db
      .selectFrom('flags')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('classifier_version', 'like', '%staging%')
      .executeTakeFirst();
    expect(Number(pending?.n)).toBe(0);
  });
  it("finds a sampled offer's copy among companions, and counts neither the companions nor their clusters", async () => {
    const database = await openTestDatabase(engine);
    const { db } = database;
    const audit = await createAudit(db, {
      label: 'companions test',
      source: 'file',
      design: { kind: 'import', file: '/x' },
    });
    const parse = (raw: Record<string, unknown>) => {
      const parsed = parseApiOffer(raw);
      if (!parsed.ok) throw new Error(parsed.reason);
      return parsed.offer;
    };
    // Drawn: a later copy of raws[0] (its original was not drawn) and raws[0]'s neighbours; raws[0] itself and a
    // copy of raws[1] only come back from the targeted searches.
    const drawnCopy = { ...raws[0]!, id: 'COPY0001', dateCreation: '2099-08-07T00:00:00.000Z' };
    const sample = [drawnCopy, raws[1]!, raws[2]!].map((raw) => ({ offer: parse(raw), raw }));
    await storeOffers(db, audit.id, sample);
    const laterCopyOfDrawn = { ...raws[1]!, id: 'COPY0002', dateCreation: '2099-08-08T00:00:00.000Z' };
    const companionsOnly = [{ ...raws[3]!, id: 'COPY0003' }, raws[3]!];
    await storeCompanions(db, audit.id, [
      { offer: parse(raws[0]!), foundFor: 'COPY0001' },
      { offer: parse(laterCopyOfDrawn), foundFor: raws[1]!.id as string },
      ...companionsOnly.map((raw) => ({ offer: parse(raw), foundFor: raws[2]!.id as string })),
      // Found by a search although it was drawn: it stays the drawn offer.
      { offer: parse(raws[2]!), foundFor: raws[2]!.id as string },
    ]);

    const summary = await runClassify({ database, audit: audit.id });
    expect(summary.offers).toBe(3);
    expect(summary.companions).toBe(4);
    const flags = await listFlags(db, audit.id);
    const duplicates = flags.filter((flag) => flag.category === 'duplicate');
    // The drawn copy is a duplicate of an original nobody drew; the drawn original of a companion copy is not.
    expect(duplicates.map((flag) => flag.offerId)).toEqual(['COPY0001']);
    expect(duplicates[0]?.details).toMatchObject({ duplicateOf: raws[0]!.id });
    // No flag of any kind on a companion, and no cluster made of companions alone.
    const audited = new Set(sample.map((item) => item.offer.id));
    expect(flags.every((flag) => audited.has(flag.offerId))).toBe(true);
    const clusters = await listDuplicateClusters(db, audit.id, CLASSIFIER_VERSION);
    expect(clusters.every((cluster) => cluster.members.some((id) => audited.has(id)))).toBe(true);
    expect(summary.duplicateClusters).toBe(2);
  });
});
