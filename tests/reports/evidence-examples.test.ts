import { expect, it } from 'vitest';
import { evidenceExamples } from '../../reports/figures/evidence-examples.js';
import { describeEachEngine, openTestDatabase } from '../helpers/databases.js';
import { type FixtureOffer, seedAudit, VERSION } from './fixtures.js';

// Rule a fires 3 times, rule b twice, rule c once: the examples go round the rules by frequency (ties by name),
// certain flags first, then in offer order, one offer quoted once.
const OFFERS: FixtureOffer[] = [
  { id: 'E1', flags: [{ category: 'age_limit', rule: 'age_limit.a', severity: 'likely' }] },
  { id: 'E2', flags: [{ category: 'age_limit', rule: 'age_limit.a', severity: 'certain' }] },
  {
    id: 'E3',
    flags: [
      { category: 'age_limit', rule: 'age_limit.a', severity: 'certain' },
      { category: 'age_limit', rule: 'age_limit.b', severity: 'certain' },
    ],
  },
  { id: 'E4', flags: [{ category: 'age_limit', rule: 'age_limit.b', severity: 'likely' }] },
  { id: 'E5', flags: [{ category: 'age_limit', rule: 'age_limit.c', severity: 'likely' }] },
  { id: 'E6', flags: [{ category: 'discrimination', rule: 'discrimination.x', severity: 'likely' }] },
];

describeEachEngine('evidence examples', (engine) => {
  it('quotes the most frequent rules in turn, certain flags first, each offer once', async () => {
    const { db } = await openTestDatabase(engine);
    const audit = await seedAudit(db, { kind: 'census' }, OFFERS);
    const examples = await evidenceExamples(
      db,
      audit.id,
      VERSION,
      ['age_limit', 'discrimination', 'privacy'],
      {
        perCategory: 3,
      },
    );
    const quoted = (category: string) =>
      (examples[category] ?? []).map((example) => `${example.rule}:${example.offerId}:${example.severity}`);
    // Round one is each rule's first flag: a's is E2 (certain, before the likely E1), b's is E3 (certain), c's E5.
    expect(quoted('age_limit')).toEqual([
      'age_limit.a:E2:certain',
      'age_limit.b:E3:certain',
      'age_limit.c:E5:likely',
    ]);
    expect(quoted('discrimination')).toEqual(['discrimination.x:E6:likely']);
    expect(examples.privacy).toEqual([]);

    const two = await evidenceExamples(db, audit.id, VERSION, ['age_limit'], { perCategory: 1 });
    // One example: only the two most frequent rules are read, and a's certain flag comes first.
    expect(two.age_limit?.map((example) => example.offerId)).toEqual(['E2']);
  });
});
