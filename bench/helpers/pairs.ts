/**
 * Pair counting for duplicate clusters: two offers form a pair when they are in the same cluster. Precision and
 * recall over pairs judge a clustering as a whole (a wrong merge of two big clusters costs many pairs).
 */
export function pairsIn(size: number): number {
  return (size * (size - 1)) / 2;
}

/** Pairs of a clustering (lists of member ids), and how many of them the truth also groups. */
export function scorePairs(
  clusters: ReadonlyArray<readonly string[]>,
  rootOf: (id: string) => string,
  truePairs: number,
): { predictedPairs: number; correctPairs: number; precision: number; recall: number } {
  let predictedPairs = 0;
  let correctPairs = 0;
  for (const members of clusters) {
    predictedPairs += pairsIn(members.length);
    const byRoot = new Map<string, number>();
    for (const id of members) {
      const root = rootOf(id);
      byRoot.set(root, (byRoot.get(root) ?? 0) + 1);
    }
    for (const count of byRoot.values()) correctPairs += pairsIn(count);
  }
  return {
    predictedPairs,
    correctPairs,
    precision: predictedPairs === 0 ? 1 : correctPairs / predictedPairs,
    recall: truePairs === 0 ? 1 : correctPairs / truePairs,
  };
}

/** True clusters from "copy → original" links: the pairs they hold. */
export function truePairCount(duplicateOf: ReadonlyMap<string, string>): number {
  const sizes = new Map<string, number>();
  for (const original of duplicateOf.values()) sizes.set(original, (sizes.get(original) ?? 1) + 1);
  let pairs = 0;
  for (const size of sizes.values()) pairs += pairsIn(size);
  return pairs;
}
