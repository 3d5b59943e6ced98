/**
 * Text normalisation shared by every rule, done once per offer. Rules are written against this form: lower case,
 * no accents, one kind of apostrophe, dash and space, inclusive suffixes dropped, so "Âgé(e) de 18 à 25 ans" and
 * "age de 18 a 25 ans" read the same. A map back to the original keeps evidence quotable as the offer wrote it.
 */

export interface NormalisedText {
  /** The normalised text the rules match on. */
  text: string;
  /** For each character of `text`, its index in `source`. */
  map: Int32Array;
  source: string;
}

const charCache = new Map<string, string>();

function normaliseChar(char: string): string {
  let out = charCache.get(char);
  if (out !== undefined) return out;
  if (/[\u2018\u2019\u201b\u02bc\u0060\u00b4]/.test(char)) out = "'";
  else if (/[\u201c\u201d\u00ab\u00bb]/.test(char)) out = '"';
  else if (/[\u2010-\u2015\u2212]/.test(char)) out = '-';
  else if (/\s|[\u00a0\u202f\u2007]/.test(char)) out = ' ';
  else if (char === 'œ' || char === 'Œ') out = 'oe';
  else if (char === 'æ' || char === 'Æ') out = 'ae';
  else
    out = char
      .toLowerCase()
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '');
  if (charCache.size < 4096) charCache.set(char, out);
  return out;
}

/** Lower case, accents stripped, apostrophes, dashes and runs of spaces unified; inclusive writing kept. */
export function plainWithMap(source: string): NormalisedText {
  const parts: string[] = [];
  let map = new Int32Array(source.length * 2 + 1);
  let length = 0;
  let lastSpace = false;
  for (let index = 0; index < source.length; index++) {
    const code = source.charCodeAt(index);
    // ASCII fast path: most of an offer's characters.
    let out: string;
    if (code < 128) {
      if (code === 32 || code === 9 || code === 10 || code === 13) out = ' ';
      else if (code >= 65 && code <= 90) out = String.fromCharCode(code + 32);
      else out = source[index]!;
    } else {
      out = normaliseChar(source[index]!);
    }
    if (out === ' ') {
      if (lastSpace) continue;
      lastSpace = true;
    } else if (out.length > 0) {
      lastSpace = false;
    }
    map = withRoom(map, length + out.length);
    for (let k = 0; k < out.length; k++) map[length + k] = index;
    length += out.length;
    parts.push(out);
  }
  return { text: parts.join(''), map: map.subarray(0, length), source };
}

/**
 * The same text and map as `plainWithMap(source)`, without a string per character: runs of ASCII characters that
 * are kept (lower-cased) are sliced at once, and only white space and other characters are looked at one by one.
 * `plainWithMap` stays the reference (tests/classifiers/fast-paths.test.ts compares them).
 */
export function plainWithMapFast(source: string): NormalisedText {
  let map = new Int32Array(source.length * 2 + 1);
  let text = '';
  let length = 0;
  let lastSpace = false;
  let index = 0;
  const end = source.length;
  while (index < end) {
    const code = source.charCodeAt(index);
    if (code < 128 && code !== 32 && code !== 9 && code !== 10 && code !== 13) {
      // A run of ASCII characters, each kept as itself or lower-cased: one slice.
      let stop = index + 1;
      for (; stop < end; stop++) {
        const next = source.charCodeAt(stop);
        if (next >= 128 || next === 32 || next === 9 || next === 10 || next === 13) break;
      }
      text += source.slice(index, stop).toLowerCase();
      map = withRoom(map, length + stop - index);
      for (let at = index; at < stop; at++) map[length++] = at;
      lastSpace = false;
      index = stop;
      continue;
    }
    const out = code < 128 ? ' ' : normaliseChar(source[index]!);
    if (out === ' ') {
      if (lastSpace) {
        index++;
        continue;
      }
      lastSpace = true;
    } else if (out.length > 0) {
      lastSpace = false;
    }
    map = withRoom(map, length + out.length);
    for (let k = 0; k < out.length; k++) map[length + k] = index;
    length += out.length;
    text += out;
    index++;
  }
  return { text, map: map.subarray(0, length), source };
}

/**
 * `map`, or a copy with room for `needed` entries. Most characters give one or two (« œ » gives "oe"), which the
 * first allocation allows for; a Hangul syllable gives three jamo (NFD), and past the allocation a typed array
 * silently drops writes: the map came out shorter than the text, and a quote after it pointed nowhere.
 */
function withRoom(map: Int32Array<ArrayBuffer>, needed: number): Int32Array<ArrayBuffer> {
  if (needed <= map.length) return map;
  const larger = new Int32Array(Math.max(needed, map.length * 2));
  larger.set(map);
  return larger;
}

/*
 * Inclusive writing: "serveur·se", "vendeur(se)", "serveur.euse", "diplome(e)", "salarie·e·s". The feminine suffix
 * is dropped so rules see one form. The dot form is accepted only for known suffixes followed by a non-letter, so
 * a sentence ending ("paris.elle") is left alone.
 */
const SUFFIXES = 'e|se|euse|ere|iere|ice|rice|trice|ne|nne|le|lle|te|tte|es|ses|eres|ieres';
// Three patterns that each start with a literal: the regex engine then skips ahead fast (offers are long).
const INCLUSIVE_PATTERNS = [
  new RegExp(`\\((?:${SUFFIXES})\\)`, 'g'),
  new RegExp(
    `[\u00b7\u2022\u2027\u22c5](?:${SUFFIXES})(?![a-z])(?:[\u00b7\u2022\u2027\u22c5]s(?![a-z]))?`,
    'g',
  ),
  /\.(?:e|es|se|euse|ere|iere|rice|trice|ne|nne|le|lle)(?![a-z])(?:\.s(?![a-z]))?/g,
];

/** [start, end) ranges of inclusive suffixes to drop, in order. */
function inclusiveRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const pattern of INCLUSIVE_PATTERNS) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      if (isLetter(text.charCodeAt(match.index - 1)))
        ranges.push([match.index, match.index + match[0].length]);
    }
  }
  return ranges.sort((a, b) => a[0] - b[0]);
}

export function stripInclusive(input: NormalisedText): NormalisedText {
  return stripRanges(input, inclusiveRanges(input.text));
}

/** `stripInclusive` with the ranges already found in `input.text`. */
function stripRanges(input: NormalisedText, ranges: ReadonlyArray<[number, number]>): NormalisedText {
  if (ranges.length === 0) return input;
  const parts: string[] = [];
  const map = new Int32Array(input.text.length);
  let length = 0;
  let from = 0;
  for (const [start, end] of ranges) {
    if (start < from) continue;
    parts.push(input.text.slice(from, start));
    map.set(input.map.subarray(from, start), length);
    length += start - from;
    from = end;
  }
  parts.push(input.text.slice(from));
  map.set(input.map.subarray(from), length);
  length += input.text.length - from;
  return { text: parts.join(''), map: map.subarray(0, length), source: input.source };
}

export function normaliseWithMap(source: string | null | undefined): NormalisedText {
  return stripInclusive(plainWithMap(source ?? ''));
}

const FAST_PUNCTUATION =
  /[\u2018\u2019\u201b\u02bc\u0060\u00b4\u201c\u201d\u00ab\u00bb\u2010-\u2015\u2212œæ]/g;
const FAST_SPACES =
  /[\t\n\r\f\v\u00a0\u202f\u2007\u2028\u2029\u3000\u2000-\u200a\u1680\u205f\ufeff]\s*|\s{2,}/g;
const FAST_COMBINING = /[\u0300-\u036f]/g;
const ASCII_ONLY = /^[\x00-\x7f]*$/;

function punctuation(char: string): string {
  return normaliseChar(char);
}

/**
 * The same text as `plainWithMap(source).text`, with native string operations over the whole text. The reference
 * for `plainTextFast`, which falls back to it on characters it cannot map one at a time.
 */
export function plainTextWhole(source: string): string {
  let text = source.toLowerCase();
  if (!ASCII_ONLY.test(text)) {
    text = text.replace(FAST_PUNCTUATION, punctuation).normalize('NFD').replace(FAST_COMBINING, '');
  }
  return text.replace(FAST_SPACES, ' ');
}

/*
 * What a non-ASCII character of the lower-cased text becomes (punctuation unified, decomposed, accents dropped),
 * and whether it is white space; null when mapping it alone could differ from normalising the whole text: a
 * surrogate, or a character whose decomposition starts with a combining mark (NFD reorders such marks across
 * characters), or one that becomes a mix of space and non-space.
 */
interface MappedChar {
  out: string;
  space: boolean;
  /** Whether plainWithMap reads the character itself alike (see `sameAsReference`), once asked. */
  reference: boolean | null;
}
const mappedChars = new Map<number, MappedChar | null>();
const ONE_SPACE = /^\s$/;
const HAS_SPACE = /\s/;

function mapChar(code: number): MappedChar | null {
  let mapped = mappedChars.get(code);
  if (mapped !== undefined) return mapped;
  mapped = null;
  if (code < 0xd800 || code > 0xdfff) {
    const char = String.fromCharCode(code);
    const decomposed = char.normalize('NFD');
    if (!startsWithNonStarter(decomposed)) {
      const out = (FAST_PUNCTUATION_ONE.test(char) ? punctuation(char) : char)
        .normalize('NFD')
        .replace(FAST_COMBINING, '');
      const space = ONE_SPACE.test(out);
      if (out.length > 0 && (space || !HAS_SPACE.test(out))) mapped = { out, space, reference: null };
    }
  }
  mappedChars.set(code, mapped);
  return mapped;
}

const FAST_PUNCTUATION_ONE = new RegExp(`^${FAST_PUNCTUATION.source}$`);

/**
 * Whether a decomposed character starts with a combining mark (canonical combining class above 0), told by
 * whether NFD reorders it against U+0345 (class 240) or U+0334 (class 1): a starter never moves.
 */
function startsWithNonStarter(decomposed: string): boolean {
  const first = decomposed.charAt(0);
  if (first === '') return true;
  return (
    `\u0345${first}`.normalize('NFD') !== `\u0345${first}` ||
    `${first}\u0334`.normalize('NFD') !== `${first}\u0334`
  );
}

/**
 * The same text as `plainTextWhole(source)`, in one pass: ASCII copied, other characters mapped one at a time
 * (which equals normalising the whole text, as no mapped character starts with a combining mark), and every run
 * of white space but a lone space made one space. Normalising is the costliest step per offer: the whole-text
 * decomposition and the regex passes cost several times this loop.
 */
export function plainTextFast(source: string): string {
  return plainTextScan(source, null);
}

/**
 * What `plainTextScan` notes for a lazy text besides its text: where its spaces stand for white space with a line
 * break in it, and whether it can tell so without the map (see `LazyNormalisedText.lineBreakAt`).
 */
interface LineBreaks {
  /** Positions in the plain text (inclusive writing kept) of the spaces standing for a line break, in order. */
  at: number[];
  /**
   * Whether plainWithMap would give the same plain text, character for character of the source: the map is then
   * the one of `mapOnto`, where a space's characters in the source are its run of white space and nothing else.
   */
  exact: boolean;
}

/** `plainTextFast`, noting the line breaks in `breaks` when given. */
function plainTextScan(source: string, breaks: LineBreaks | null): string {
  const lower = source.toLowerCase();
  const length = lower.length;
  // Lower-casing that changes the length ("İ") leaves no index of the source behind a character of `lower`.
  if (breaks && length !== source.length) breaks.exact = false;
  let out = '';
  let from = 0;
  // Most characters are printable ASCII copied as they are: the native scan jumps to the next one that is not, or
  // to a space followed by one that is not (a lone space between words is kept as it is).
  const unusual = UNUSUAL;
  unusual.lastIndex = 0;
  while (unusual.test(lower)) {
    // Every match is one character long (the space's look-ahead takes none).
    let index = unusual.lastIndex - 1;
    const code = lower.charCodeAt(index);
    const mapped = code < 128 ? null : mapChar(code);
    if (code < 128 ? isAsciiSpace(code) : mapped?.space) {
      let end = index + 1;
      while (end < length && isSpaceAt(lower, end)) end++;
      if (end - index > 1 || code !== 32) {
        out += `${lower.slice(from, index)} `;
        from = end;
        if (breaks?.exact) noteBreak(source, lower, index, end, out.length - 1, breaks);
      }
      index = end;
    } else if (code < 128) {
      index++;
    } else {
      if (!mapped) {
        if (breaks) breaks.exact = false;
        return plainTextWhole(source);
      }
      if (breaks?.exact && !sameAsReference(source.charCodeAt(index), code, mapped)) breaks.exact = false;
      out += lower.slice(from, index) + mapped.out;
      index++;
      from = index;
    }
    unusual.lastIndex = index;
  }
  // "`" is unified only in text that is not all ASCII (plainTextWhole skips ASCII text): left to it.
  if (lower.includes('`') && !ASCII_ONLY.test(lower)) {
    if (breaks) breaks.exact = false;
    return plainTextWhole(source);
  }
  return from === 0 ? lower : out + lower.slice(from);
}

/**
 * Notes whether the run of white space [start, end) of `lower`, made the space at `position` of the plain text,
 * holds a line break; a character plainWithMap reads otherwise (it keeps "\v" and "\f") makes the notes inexact.
 */
function noteBreak(
  source: string,
  lower: string,
  start: number,
  end: number,
  position: number,
  breaks: LineBreaks,
): void {
  let lineBreak = false;
  for (let index = start; index < end; index++) {
    const code = lower.charCodeAt(index);
    if (code === 10) lineBreak = true;
    else if (code === 11 || code === 12) breaks.exact = false;
    else if (code >= 128 && !sameAsReference(source.charCodeAt(index), code, mapChar(code)!))
      breaks.exact = false;
  }
  if (lineBreak) breaks.at.push(position);
}

/**
 * Whether plainWithMap reads the source's character as this scan read its lower-case form: the same characters,
 * or a space for a space. Its own lower-case form is asked once per character and remembered.
 */
function sameAsReference(sourceCode: number, lowerCode: number, mapped: MappedChar): boolean {
  if (sourceCode === lowerCode) {
    if (mapped.reference === null) mapped.reference = readsAlike(String.fromCharCode(sourceCode), mapped);
    return mapped.reference;
  }
  return readsAlike(String.fromCharCode(sourceCode), mapped);
}

function readsAlike(sourceChar: string, mapped: MappedChar): boolean {
  const reference = normaliseChar(sourceChar);
  return mapped.space ? reference === ' ' : reference === mapped.out;
}

/** A character other than printable ASCII, or a space before one (or before another space). */
const UNUSUAL = / (?=[^!-~])|[^ -~]/g;

function isAsciiSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13);
}

/** Whether the character at `index` maps to white space (an unmappable one is not: the caller then stops). */
function isSpaceAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 128) return isAsciiSpace(code);
  return mapChar(code)?.space === true;
}

/**
 * A normalised text whose map back to the source is only built when a flag needs to quote it: most offers raise
 * no text flag, and building the map costs more than all the rules together.
 */
export class LazyNormalisedText implements NormalisedText {
  readonly text: string;
  /** The text before its inclusive suffixes are dropped, and their ranges in it: the map reuses both. */
  readonly #plain: string;
  readonly #ranges: Array<[number, number]>;
  #mapped: NormalisedText | null = null;
  /** Noted while normalising: the sentence reader asks for line breaks, which would otherwise need the map. */
  readonly #breaks: LineBreaks = { at: [], exact: true };
  /** `#breaks.at` as positions of `text` (its inclusive suffixes dropped), once asked. */
  #breaksInText: readonly number[] | null = null;
  constructor(readonly source: string) {
    this.#plain = plainTextScan(source, this.#breaks);
    this.#ranges = inclusiveRanges(this.#plain);
    this.text = stripText(this.#plain, this.#ranges);
  }
  /** The text with its inclusive writing kept: `plainText(source)`. */
  get plain(): string {
    return this.#plain;
  }
  get map(): Int32Array {
    if (!this.#mapped) {
      const map = mapOnto(this.source, this.#plain, this.#ranges, this.text.length);
      this.#mapped = map ? { text: this.text, map, source: this.source } : lazyMapReference(this.source);
    }
    return this.#mapped.map;
  }
  get quotedSource(): string {
    void this.map;
    return this.#mapped!.source;
  }
  /**
   * `lineBreakAtReference(this, at)` for a space at `at` of the text, without building the map when the notes
   * taken while normalising are exact (tests/classifiers/fast-paths.test.ts compares the two).
   */
  lineBreakAt(at: number): boolean {
    if (!this.#breaks.exact) return lineBreakAtReference(this, at);
    this.#breaksInText ??= inTextPositions(this.#breaks.at, this.#ranges);
    const positions = this.#breaksInText;
    let low = 0;
    let high = positions.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (positions[middle]! < at) low = middle + 1;
      else high = middle;
    }
    return low < positions.length && positions[low] === at;
  }
}

/** Positions of the plain text, none inside a range, as positions of the text with the ranges stripText drops. */
function inTextPositions(
  positions: readonly number[],
  ranges: ReadonlyArray<[number, number]>,
): readonly number[] {
  if (ranges.length === 0 || positions.length === 0) return positions;
  const out: number[] = [];
  let dropped = 0;
  let range = 0;
  let applied = 0;
  for (const position of positions) {
    for (; range < ranges.length && ranges[range]![0] < position; range++) {
      const [start, end] = ranges[range]!;
      if (start < applied) continue;
      dropped += end - start;
      applied = end;
    }
    out.push(position - dropped);
  }
  return out;
}

/**
 * Whether the space at `at` of a normalised text stands for white space with a line break in the source: the
 * source's characters from the space's to the next character's, read through the map.
 */
export function lineBreakAtReference(normalised: NormalisedText, at: number): boolean {
  const map = normalised.map;
  if (map.length === 0) return false;
  const source = normalised.source;
  const first = map[at]!;
  const last = at + 1 < map.length ? map[at + 1]! : source.length;
  for (let index = first; index < last; index++) if (source[index] === '\n') return true;
  return false;
}

/** Whether the space at `at` of a normalised text stands for a line break of its source. */
export function lineBreakAt(normalised: NormalisedText, at: number): boolean {
  return normalised instanceof LazyNormalisedText
    ? normalised.lineBreakAt(at)
    : lineBreakAtReference(normalised, at);
}

/**
 * What a lazy text's map is: plainWithMap's, its inclusive suffixes dropped, when its text is the constructor's;
 * otherwise (an exotic character the two normalisations read apart) the normalised text quoted as itself.
 * `mapOnto` computes the same map in one pass; this stays its reference (tests/classifiers/fast-paths.test.ts) and
 * its fallback.
 */
export function lazyMapReference(source: string): NormalisedText {
  const plainText = plainTextFast(source);
  const ranges = inclusiveRanges(plainText);
  const text = stripText(plainText, ranges);
  const plain = plainWithMapFast(source);
  // The same text as the constructor's: the same inclusive ranges (stripInclusive would find them again).
  const mapped = plain.text === plainText ? stripRanges(plain, ranges) : stripInclusive(plain);
  return mapped.text === text ? mapped : identity(text);
}

/**
 * plainWithMap's map of `source`, with the inclusive `ranges` of `plain` dropped, written straight into an array
 * of the stripped text's `length`: the source is walked once, each character's normalised form checked against
 * `plain` instead of building the text again (building it, then comparing it, cost more than every rule reading
 * the map). Null when plainWithMap would not give `plain`: the caller then takes the reference path.
 */
function mapOnto(
  source: string,
  plain: string,
  ranges: ReadonlyArray<[number, number]>,
  length: number,
): Int32Array | null {
  const map = new Int32Array(length);
  // The ranges stripText applies (in order, each starting at or after the end of the last one applied), as a run
  // of [from, to) positions of `plain` to skip, ended by one past the text.
  const drops: number[] = [];
  let applied = 0;
  for (const [start, end] of ranges) {
    if (start < applied) continue;
    drops.push(start, end);
    applied = end;
  }
  drops.push(plain.length + 1, plain.length + 1);
  let drop = 0;
  let dropFrom = drops[0]!;
  let at = 0;
  let kept = 0;
  let lastSpace = false;
  const end = source.length;
  for (let index = 0; index < end; index++) {
    const code = source.charCodeAt(index);
    let expected: number;
    let out: string | null = null;
    if (code < 128) {
      // plainWithMap's ASCII cases: the four white spaces, upper case, anything else as itself.
      if (code === 32 || code === 9 || code === 10 || code === 13) {
        if (lastSpace) continue;
        lastSpace = true;
        expected = 32;
      } else {
        lastSpace = false;
        expected = code >= 65 && code <= 90 ? code + 32 : code;
      }
    } else {
      out = normaliseChar(source[index]!);
      if (out === ' ') {
        if (lastSpace) continue;
        lastSpace = true;
      } else if (out.length > 0) {
        lastSpace = false;
      }
      if (out.length !== 1) {
        // Several characters ("œ" is "oe") or none (a combining mark): each checked and placed in turn.
        for (let k = 0; k < out.length; k++) {
          if (plain.charCodeAt(at) !== out.charCodeAt(k)) return null;
          if (at >= dropFrom) {
            if (at >= drops[drop + 1]!) {
              drop += 2;
              dropFrom = drops[drop]!;
            }
          }
          if (at < dropFrom) map[kept++] = index;
          at++;
        }
        continue;
      }
      expected = out.charCodeAt(0);
    }
    if (plain.charCodeAt(at) !== expected) return null;
    if (at >= dropFrom && at >= drops[drop + 1]!) {
      drop += 2;
      dropFrom = drops[drop]!;
    }
    if (at < dropFrom) map[kept++] = index;
    at++;
  }
  return at === plain.length && kept === length ? map : null;
}

function identity(text: string): NormalisedText {
  const map = new Int32Array(text.length);
  for (let index = 0; index < text.length; index++) map[index] = index;
  return { text, map, source: text };
}

function stripInclusiveText(plain: string): string {
  return stripText(plain, inclusiveRanges(plain));
}

function stripText(plain: string, ranges: ReadonlyArray<[number, number]>): string {
  if (ranges.length === 0) return plain;
  let out = '';
  let from = 0;
  for (const [start, end] of ranges) {
    if (start < from) continue;
    out += plain.slice(from, start);
    from = end;
  }
  return out + plain.slice(from);
}

function isLetter(code: number): boolean {
  return code >= 97 && code <= 122;
}

/** The normalised form alone, for rules' examples and for comparing short fields. */
export function normaliseText(source: string | null | undefined): string {
  return source ? stripInclusiveText(plainTextFast(source)) : '';
}

export function plainText(source: string | null | undefined): string {
  return source ? plainTextFast(source) : '';
}

/** The original text behind [start, end) of the normalised text, with a little context, for evidence. */
export function quoteOriginal(normalised: NormalisedText, start: number, end: number, margin = 25): string {
  if (normalised.map.length === 0) return '';
  const first = normalised.map[Math.min(start, normalised.map.length - 1)]!;
  const last = normalised.map[Math.min(Math.max(end - 1, start), normalised.map.length - 1)]! + 1;
  const source = normalised instanceof LazyNormalisedText ? normalised.quotedSource : normalised.source;
  let from = Math.max(0, first - margin);
  let to = Math.min(source.length, last + margin);
  // Widen to word boundaries so a quote never starts or ends mid-word.
  while (from > 0 && /\S/.test(source[from - 1]!) && first - from < margin + 15) from--;
  while (to < source.length && /\S/.test(source[to]!) && to - last < margin + 15) to++;
  const body = source.slice(from, to).replace(/\s+/g, ' ').trim();
  return `${from > 0 ? '…' : ''}${body}${to < source.length ? '…' : ''}`;
}
