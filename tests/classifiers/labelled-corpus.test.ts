import { describe, expect, it } from 'vitest';
import type { CategoryId } from '../../model/taxonomy.js';
import { classifyAll, formatScores, loadCorpus, scoreCategories } from './helpers.js';

describe('labelled corpus', () => {
  const corpus = loadCorpus();
  const predicted = classifyAll(
    corpus.map((entry) => entry.offer),
    corpus.flatMap((entry) => entry.pages),
  );
  const truth = new Map<string, Set<CategoryId>>(corpus.map((entry) => [entry.offer.id, entry.expected]));
  const scores = scoreCategories(truth, predicted);

  it('is large enough and mostly clean, like real offers', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(300);
    const clean = corpus.filter((entry) => entry.expected.size === 0).length;
    expect(clean / corpus.length).toBeGreaterThanOrEqual(0.4);
  });

  it('prints per-category precision and recall', () => {
    console.log(`labelled corpus: ${corpus.length} offers\n${formatScores(scores)}`);
    const misses = corpus.flatMap((entry) => {
      const got = new Set((predicted.get(entry.offer.id) ?? []).map((flag) => flag.category));
      const missing = [...entry.expected].filter((category) => !got.has(category));
      const extra = [...got].filter((category) => !entry.expected.has(category));
      return missing.length || extra.length
        ? [`${entry.offer.id} ${entry.note}: missing [${missing.join(', ')}] extra [${extra.join(', ')}]`]
        : [];
    });
    if (misses.length) console.log(`disagreements:\n${misses.join('\n')}`);
  });

  it('meets precision 0.95 and recall 0.9 for every category with certain flags', () => {
    const failing = scores.filter(
      (score) => score.hasCertainFlags && ((score.certainPrecision ?? 1) < 0.95 || (score.recall ?? 1) < 0.9),
    );
    expect(failing.map((score) => score.category)).toEqual([]);
  });

  it('has positives for every category of the taxonomy', () => {
    const absent = scores.filter((score) => score.support === 0).map((score) => score.category);
    expect(absent).toEqual([]);
  });
});
