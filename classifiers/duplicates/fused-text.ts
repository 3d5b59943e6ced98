import { fmix32 } from '../engine/hash32.js';
import { normaliseText } from '../engine/normalise.js';

/**
 * The description's share of a signature in two passes over typed arrays, with no intermediate string: the text
 * normalised into a reused buffer through a per-character table (lower case, accents, apostrophes, dashes, runs of
 * spaces), then one loop that drops the inclusive suffixes, continues the two exact hashes and hashes each word.
 * The values are bit for bit those of `normaliseText` followed by FNV-1a over the characters and over each
 * [a-z0-9]+ word; a text with a character outside the table (emoji, Greek, symbols) goes through `normaliseText`.
 */

const FNV_PRIME = 0x01000193;
const FNV_SEED = 0x811c9dc5;

/** UTF-16 units the table covers: Latin (ASCII to Latin Extended-B), combining accents, punctuation, currency. */
const TABLE_END = 0x20d0;
/**
 * Per unit: its normalised form as one unit (≥ 0), nothing (-1), several units (-2, in MULTI), unknown (-3), or a
 * middle dot (-4: itself, noted because an inclusive suffix may follow).
 */
const SINGLE = new Int32Array(TABLE_END).fill(-3);
const MULTI = new Map<number, number[]>();
/** JavaScript's \s: each run of these becomes one space. */
const SPACE = /^\s$/;
let maxExpansion = 1;

for (let code = 0; code < TABLE_END; code++) {
  if ((code >= 0x250 && code < 0x300) || (code >= 0x370 && code < 0x2000)) continue;
  const char = String.fromCharCode(code);
  if (SPACE.test(char)) {
    SINGLE[code] = 32;
    continue;
  }
  // normaliseText works character by character on this range (checked in the tests), except for spaces, which it
  // collapses, and for the inclusive suffixes, which the second pass drops.
  const framed = normaliseText(`x${char}x`);
  if (!framed.startsWith('x') || !framed.endsWith('x')) continue;
  const out = framed.slice(1, -1);
  if (/\s/.test(out)) continue;
  if (isMiddleDot(code) && out === char) SINGLE[code] = -4;
  else if (out.length === 0) SINGLE[code] = -1;
  else if (out.length === 1) SINGLE[code] = out.charCodeAt(0);
  else {
    SINGLE[code] = -2;
    MULTI.set(
      code,
      Array.from(out, (c) => c.charCodeAt(0)),
    );
    maxExpansion = Math.max(maxExpansion, out.length);
  }
}

let plain = new Uint16Array(4096);
/** Whether the text `plainInto` last wrote holds a middle dot. */
let sawMiddleDot = false;

/**
 * Per ASCII unit: 1 for a letter or digit (no word starts after one), 2 for what a name, a month, a season, a
 * year or a date may start with (capitals, digits, and the first letters of FACT's periods in offer-signature.ts);
 * every unit past ASCII may start one too.
 */
const START_UNIT = new Uint8Array(128);
for (let code = 48; code <= 57; code++) START_UNIT[code] = 3;
for (let code = 65; code <= 90; code++) START_UNIT[code] = 3;
for (let code = 97; code <= 122; code++) START_UNIT[code] = 1;
for (const letter of 'jfmasondhpe') START_UNIT[letter.charCodeAt(0)] = 3;
let starts = new Int32Array(1024);
let startCount = 0;

/**
 * `normaliseText(source)` before its inclusive suffixes are dropped, into `plain`; its length, or -1 when a
 * character is outside the table. On the way, the source's word starts that may open a name or a period go to
 * `starts` (a superset of where offer-signature.ts's FACT can match), so that no other pass looks for them.
 */
function plainInto(source: string): number {
  if (plain.length < source.length * maxExpansion) plain = new Uint16Array(source.length * maxExpansion + 64);
  if (starts.length < source.length) starts = new Int32Array(source.length + 64);
  const out = plain;
  const found = starts;
  let count = 0;
  let afterWord = false;
  let length = 0;
  let lastSpace = false;
  sawMiddleDot = false;
  startCount = 0;
  for (let index = 0; index < source.length; index++) {
    const code = source.charCodeAt(index);
    if (code >= TABLE_END) return -1;
    const kind = code < 128 ? START_UNIT[code]! : 2;
    if (kind >= 2 && !afterWord) found[count++] = index;
    afterWord = (kind & 1) === 1;
    const mapped = SINGLE[code]!;
    if (mapped >= 0) {
      if (mapped === 32) {
        if (lastSpace) continue;
        lastSpace = true;
      } else lastSpace = false;
      out[length++] = mapped;
    } else if (mapped === -2) {
      for (const unit of MULTI.get(code)!) out[length++] = unit;
      lastSpace = false;
    } else if (mapped === -4) {
      out[length++] = code;
      lastSpace = false;
      sawMiddleDot = true;
    } else if (mapped === -3) return -1;
  }
  startCount = count;
  return length;
}

function copyInto(text: string): number {
  if (plain.length < text.length) plain = new Uint16Array(text.length + 64);
  for (let index = 0; index < text.length; index++) plain[index] = text.charCodeAt(index);
  return text.length;
}

/*
 * The inclusive suffixes of classifiers/engine/normalise.ts, matched by hand on the buffer with the regexes'
 * semantics: "(se)" after a letter; a middle dot, a suffix ending the letter run, and optionally a middle dot and
 * "s" ending it ("salarie·e·s"); the same with a full stop and a shorter list ("serveur.euse").
 */
const PAREN_SUFFIXES = new Set(
  'e|se|euse|ere|iere|ice|rice|trice|ne|nne|le|lle|te|tte|es|ses|eres|ieres'.split('|'),
);
const DOT_SUFFIXES = new Set('e|es|se|euse|ere|iere|rice|trice|ne|nne|le|lle'.split('|'));
const LONGEST_SUFFIX = 5;

function isLower(code: number): boolean {
  return code >= 97 && code <= 122;
}

function isMiddleDot(code: number): boolean {
  return code === 0xb7 || code === 0x2022 || code === 0x2027 || code === 0x22c5;
}

/** The letters [from, to) of the buffer, when there are few enough to be a suffix. */
function lettersAt(from: number, to: number): string | null {
  if (to - from > LONGEST_SUFFIX || to === from) return null;
  let word = '';
  for (let index = from; index < to; index++) word += String.fromCharCode(plain[index]!);
  return word;
}

/** End of a "(suffix)" starting at `at` in the first `length` units, or -1. */
function parenthesisEnd(at: number, length: number): number {
  let end = at + 1;
  while (end < length && isLower(plain[end]!)) end++;
  if (end >= length || plain[end] !== 41) return -1;
  const word = lettersAt(at + 1, end);
  return word !== null && PAREN_SUFFIXES.has(word) ? end + 1 : -1;
}

/** End of a dotted suffix starting at `at` (its dot being middle or full), or -1. */
function dottedEnd(at: number, length: number, middle: boolean): number {
  let end = at + 1;
  while (end < length && isLower(plain[end]!)) end++;
  const word = lettersAt(at + 1, end);
  if (word === null || !(middle ? PAREN_SUFFIXES : DOT_SUFFIXES).has(word)) return -1;
  if (
    end + 1 < length &&
    (middle ? isMiddleDot(plain[end]!) : plain[end] === 46) &&
    plain[end + 1] === 115 &&
    !(end + 2 < length && isLower(plain[end + 2]!))
  )
    return end + 2;
  return end;
}

let rangeStarts = new Int32Array(64);
let rangeEnds = new Int32Array(64);

/**
 * Drops the inclusive suffixes from the first `length` units of the buffer, in place, as `stripInclusiveText` does
 * on a string: each pattern resumes after its previous match (kept or not), and a match is dropped only when a
 * lower-case letter precedes it. Returns the new length.
 */
function stripSuffixes(length: number): number {
  const text = plain;
  let ranges = 0;
  // Where each pattern may match next, as a global regex's lastIndex; positions before `machineAt` are done.
  let nextParen = 0;
  let nextMiddle = 0;
  let nextDot = 0;
  let machineAt = 0;
  // A suffix dropped always starts with a "(" or a dot between two lower-case letters: the patterns run only
  // around such a place, found with the typed array's own search (middle dots are rare: looked for only when the
  // text has one).
  const view = text.subarray(0, length);
  let dotAt = view.indexOf(46, 1);
  let parenAt = view.indexOf(40, 1);
  let middleAt = sawMiddleDot ? nextMiddleDot(view, 1) : -1;
  for (;;) {
    let index = -1;
    if (dotAt >= 0) index = dotAt;
    if (parenAt >= 0 && (index < 0 || parenAt < index)) index = parenAt;
    if (middleAt >= 0 && (index < 0 || middleAt < index)) index = middleAt;
    if (index < 0 || index + 1 >= length) break;
    if (index === dotAt) dotAt = view.indexOf(46, index + 1);
    else if (index === parenAt) parenAt = view.indexOf(40, index + 1);
    else middleAt = nextMiddleDot(view, index + 1);
    if (!isLower(text[index - 1]!) || !isLower(text[index + 1]!)) continue;
    // No match spans a space, so the patterns' state needs the positions since the last space only.
    let from = index;
    while (from > machineAt && text[from - 1] !== 32) from--;
    for (let at = from; at <= index; at++) {
      const unit = text[at]!;
      let end = -1;
      if (unit === 40) {
        if (at >= nextParen) {
          end = parenthesisEnd(at, length);
          if (end >= 0) nextParen = end;
        }
      } else if (unit === 46) {
        if (at >= nextDot) {
          end = dottedEnd(at, length, false);
          if (end >= 0) nextDot = end;
        }
      } else if (isMiddleDot(unit) && at >= nextMiddle) {
        end = dottedEnd(at, length, true);
        if (end >= 0) nextMiddle = end;
      }
      if (end >= 0 && at > 0 && isLower(text[at - 1]!)) {
        if (ranges === rangeStarts.length) {
          rangeStarts = grown(rangeStarts);
          rangeEnds = grown(rangeEnds);
        }
        rangeStarts[ranges] = at;
        rangeEnds[ranges++] = end;
      }
    }
    machineAt = index + 1;
  }
  if (ranges === 0) return length;
  // The matches of the three patterns never overlap (each holds letters and its own punctuation only).
  let write = rangeStarts[0]!;
  for (let range = 0; range < ranges; range++) {
    const next = range + 1 < ranges ? rangeStarts[range + 1]! : length;
    const end = rangeEnds[range]!;
    text.copyWithin(write, end, next);
    write += next - end;
  }
  return write;
}

function nextMiddleDot(view: Uint16Array, from: number): number {
  for (let index = from; index < view.length; index++) if (isMiddleDot(view[index]!)) return index;
  return -1;
}

function grown(array: Int32Array): Int32Array<ArrayBuffer> {
  const next = new Int32Array(array.length * 2);
  next.set(array);
  return next;
}

export interface DescriptionHashes {
  hi: number;
  lo: number;
  /** Word hashes (fmix32 of FNV-1a), the first `count`; the array is reused by the next call. */
  hashes: Uint32Array;
  count: number;
  /**
   * Where in the description a name or period may start, ascending, the first `startCount` (a superset of FACT's
   * match starts); null when the description went through the reference path. Reused by the next call.
   */
  starts: Int32Array | null;
  startCount: number;
}

/** 1 for the units of a word ([a-z0-9]), 0 for the others. */
const WORD_UNIT = new Uint8Array(128);
for (let code = 48; code <= 57; code++) WORD_UNIT[code] = 1;
for (let code = 97; code <= 122; code++) WORD_UNIT[code] = 1;

let wordHashes = new Uint32Array(1024);
const result: DescriptionHashes = {
  hi: 0,
  lo: 0,
  hashes: wordHashes,
  count: 0,
  starts: null,
  startCount: 0,
};

/**
 * Continues the two FNV-1a exact hashes (from `hiSeed`, `loSeed`) over `normaliseText(description)` and hashes its
 * [a-z0-9]+ words as hashString does. The returned object and its array are reused by the next call.
 */
export function descriptionHashes(
  description: string | null | undefined,
  hiSeed: number,
  loSeed: number,
): DescriptionHashes {
  const source = description ?? '';
  let length = plainInto(source);
  result.starts = length >= 0 ? starts : null;
  result.startCount = length >= 0 ? startCount : 0;
  // Outside the table: the reference path, whose text has its suffixes dropped already.
  length = length >= 0 ? stripSuffixes(length) : copyInto(normaliseText(source));
  if (wordHashes.length < length / 2 + 1) {
    wordHashes = new Uint32Array(Math.ceil(length / 2) + 1);
    result.hashes = wordHashes;
  }
  const text = plain;
  const words = wordHashes;
  let hi = hiSeed;
  let lo = loSeed;
  let count = 0;
  let word = FNV_SEED;
  let inWord = false;
  for (let index = 0; index < length; index++) {
    const code = text[index]!;
    hi = Math.imul(hi ^ code, FNV_PRIME);
    lo = Math.imul(lo ^ code, FNV_PRIME);
    if (code < 128 && WORD_UNIT[code] === 1) {
      word = Math.imul(word ^ code, FNV_PRIME);
      inWord = true;
    } else if (inWord) {
      words[count++] = fmix32(word);
      word = FNV_SEED;
      inWord = false;
    }
  }
  if (inWord) words[count++] = fmix32(word);
  result.hi = hi;
  result.lo = lo;
  result.count = count;
  return result;
}
