import type { Corpus } from './corpus.js';

/** The base URL an offer is written with to read its words: its title and description do not depend on it. */
const TEXT_BASE_URL = 'http://replica';

/** Lower case, accents off, split on anything but letters and digits: how a keyword and an offer's text are read. */
export function plainWords(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 0);
}

interface WordIndex {
  /** The corpus's epoch when the words were read: an epoch may rewrite an offer (`advance()`), so it starts over. */
  epoch: number;
  /** Every word met, numbered: an offer keeps numbers (4 bytes each), not strings. */
  ids: Map<string, number>;
  /** Per offer index, its words' numbers, sorted; undefined until a keyword query first needs that offer. */
  offers: (Uint32Array | undefined)[];
}

const indexes = new WeakMap<Corpus, WordIndex>();

/**
 * The words of offers' own text (title and description), read once per offer and kept as sorted word numbers: a
 * keyword query then tests an offer by binary search instead of writing the offer out again. Writing an offer is
 * the costly part (about a quarter of a millisecond), so each offer is written at most once per epoch, the first time
 * a keyword query reaches it, whatever the number of queries (a sample's companions ask one per sampled offer).
 */
export function offerWords(corpus: Corpus): { has: (index: number, words: readonly string[]) => boolean } {
  let index = indexes.get(corpus);
  if (!index || index.epoch !== corpus.epoch) {
    index = { epoch: corpus.epoch, ids: new Map(), offers: [] };
    indexes.set(corpus, index);
  }
  const { ids, offers } = index;
  const wordsOf = (at: number): Uint32Array => {
    const known = offers[at];
    if (known) return known;
    const offer = corpus.offer(at, TEXT_BASE_URL);
    const numbers = new Set<number>();
    for (const word of plainWords(`${offer.intitule} ${offer.description}`)) {
      let id = ids.get(word);
      if (id === undefined) {
        id = ids.size;
        ids.set(word, id);
      }
      numbers.add(id);
    }
    const sorted = Uint32Array.from(numbers).sort();
    offers[at] = sorted;
    return sorted;
  };
  return {
    has(at, words) {
      const own = wordsOf(at);
      return words.every((word) => {
        const id = ids.get(word);
        return id !== undefined && contains(own, id);
      });
    },
  };
}

function contains(sorted: Uint32Array, value: number): boolean {
  let low = 0;
  let high = sorted.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const at = sorted[middle]!;
    if (at === value) return true;
    if (at < value) low = middle + 1;
    else high = middle - 1;
  }
  return false;
}
