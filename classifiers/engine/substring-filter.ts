/**
 * `text.includes(word)`, answered without scanning the text when a three-character piece of the word is nowhere in
 * it. The rules and facts ask a long text about some fifty words per offer, most of them absent: each miss is a
 * native scan of the whole text, and together they cost more than noting once which pieces the text holds (a
 * trigram of the word missing from the text proves the word absent; a present word, or a trigram that collides
 * with another, falls through to `includes` itself, so the answer is always `includes`'). A test compares the two.
 */

/** A trigram is its characters' low five bits: 15 bits, one of this many. */
const BITS = 1 << 15;
const MASK = BITS - 1;
/** Shorter texts are scanned at once: noting their trigrams costs about as much as a few scans. */
const MIN_TEXT = 256;
/** The texts noted last: an offer is read as its whole text, its description and a few fields, in turns. */
const KEPT = 4;

class Trigrams {
  text = '';
  readonly bits = new Int32Array(BITS >> 5);

  note(text: string): void {
    this.text = text;
    const bits = this.bits;
    bits.fill(0);
    // The low five bits of the last three characters: letters are told apart, the rest may collide.
    let hash = nextTrigram(nextTrigram(0, text.charCodeAt(0)), text.charCodeAt(1));
    for (let index = 2; index < text.length; index++) {
      hash = nextTrigram(hash, text.charCodeAt(index));
      bits[hash >> 5]! |= 1 << (hash & 31);
    }
  }

  /** False when some trigram of `word` (of three characters or more) is not in the text. */
  mayHold(word: string): boolean {
    const bits = this.bits;
    let hash = nextTrigram(nextTrigram(0, word.charCodeAt(0)), word.charCodeAt(1));
    for (let index = 2; index < word.length; index++) {
      hash = nextTrigram(hash, word.charCodeAt(index));
      if ((bits[hash >> 5]! & (1 << (hash & 31))) === 0) return false;
    }
    return true;
  }
}

const kept: Trigrams[] = Array.from({ length: KEPT }, () => new Trigrams());
let oldest = 0;

/**
 * A text known to lie within another (the description within the title and description): a trigram missing from
 * the whole is missing from the part, so the part is asked through the whole's trigrams, noted once.
 */
let part = '';
let whole = '';

/** Says that `inner` is a substring of `outer`, for the next questions about `inner`. */
export function noteWithin(inner: string, outer: string): void {
  part = inner;
  whole = outer;
}

function trigramsOf(asked: string): Trigrams {
  const text = asked === part ? whole : asked;
  for (const entry of kept) if (entry.text === text) return entry;
  const entry = nextEntry();
  entry.note(text);
  return entry;
}

function nextEntry(): Trigrams {
  const entry = kept[oldest]!;
  oldest = (oldest + 1) % KEPT;
  return entry;
}

/**
 * For a scan that reads every character of `text` anyway (TriggerIndex.find): the cleared bits it sets itself,
 * bit `hash` for each position from the third on, `hash` being `nextTrigram` of the characters so far; then the
 * text is asked without a scan of its own. Null for a text too short to be noted.
 */
export function trigramBitsFor(text: string): Int32Array | null {
  if (text.length < MIN_TEXT) return null;
  const entry = nextEntry();
  entry.text = text;
  entry.bits.fill(0);
  return entry.bits;
}

/** The trigram hash after `code`, from the one before (0 at the start): what `note` computes. */
export function nextTrigram(hash: number, code: number): number {
  return ((hash << 5) | (code & 31)) & MASK;
}

/** `text.includes(word)`. */
export function includesWord(text: string, word: string): boolean {
  if (word.length < 3 || text.length < MIN_TEXT) return text.includes(word);
  return trigramsOf(text).mayHold(word) && text.includes(word);
}
