import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import '../helpers/property-seed.js';
import { TriggerIndex } from '../../classifiers/engine/trigger-index.js';
import { TEXT_RULES } from '../../classifiers/rules/index.js';
import '../../classifiers/index.js';
import { foldWhitespace } from '../../classifiers/engine/evidence.js';
import {
  LazyNormalisedText,
  lazyMapReference,
  lineBreakAtReference,
  normaliseWithMap,
  plainText,
  plainTextFast,
  plainTextWhole,
  plainWithMap,
  plainWithMapFast,
} from '../../classifiers/engine/normalise.js';
import { precheckedPatterns } from '../../classifiers/engine/prechecked-pattern.js';
import { prepareOffer } from '../../classifiers/engine/prepared-offer.js';
import { includesWord, noteWithin } from '../../classifiers/engine/substring-filter.js';
import { PATH_TO_CDI, PATH_TO_CDI_RAW_WORDS } from '../../classifiers/facts/contract.js';
import { wordSpans, wordSpansReference } from '../../classifiers/facts/employer-name.js';
import {
  holdsOnPiecesAndAnyString,
  loadCorpus,
  loadSamples,
  patternWords,
  sampleTexts,
  withoutAssertions,
} from './helpers.js';

/*
 * The classifiers' hot paths each have a slower reference that says what they must compute: normalising one
 * character at a time against normalising the whole text, the trigger scan over words against its regex.
 */

/** Characters where one-at-a-time normalising could go wrong: marks, spaces, ligatures, surrogates, sigma. */
const TRICKY = [
  ...'aeAEéÉèçÇœŒæÆßİıΣσς€’‘«»–—−´`\u00a0\u202f\u2007\u2000\u2028\u3000\ufeff\t\n\r ',
  '\u0301',
  '\u0316',
  '\u0327',
  '\u0345',
  '\u0334',
  '\u05b0',
  '\u0591',
  '\u1dc0',
  '\u20d2',
  '\u0340',
  '\u0344',
  '\ufe0f',
  '\ud83d',
  '\ude00',
  '\u2126',
  '\u212b',
  '\u1e9b',
  // A Hangul syllable: three jamo once decomposed, more than the map's first allocation allows per character.
  '각',
  '·',
  '(',
  '.',
  '0',
  '9',
];

describe('plainWithMapFast', () => {
  const same = (text: string) => {
    const fast = plainWithMapFast(text);
    const reference = plainWithMap(text);
    expect(fast.text).toBe(reference.text);
    expect(Array.from(fast.map)).toEqual(Array.from(reference.map));
    expect(fast.source).toBe(text);
  };

  it('gives the text and the map of plainWithMap on tricky characters and on any string', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...TRICKY, 'A', 'Z', '\f', '\v', '\u0000', '\u007f'), { maxLength: 40 }),
        (chars) => same(chars.join('')),
      ),
      { numRuns: 3000 },
    );
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 60 }), same), { numRuns: 2000 });
  });

  it('maps every character of the text, however many a source character becomes', () => {
    // "각각" is six jamo: the map once stopped at five, so the last character had no place in the source.
    for (const text of ['각각', '각각각각 ans', 'Âgé 각 ﬃ œuvre']) {
      for (const normalised of [plainWithMap(text), plainWithMapFast(text), normaliseWithMap(text)]) {
        expect(normalised.map.length, JSON.stringify(text)).toBe(normalised.text.length);
        for (const at of normalised.map) expect(at).toBeLessThan(text.length);
      }
      const lazy = new LazyNormalisedText(text);
      expect(lazy.map.length).toBe(lazy.text.length);
    }
  });

  it('gives the text and the map of plainWithMap on the real offers', () => {
    for (const text of sampleTexts()) same(text);
  });

  it('gives a lazy text the map of normaliseWithMap, inclusive suffixes dropped', () => {
    const texts = [
      ...loadSamples().flatMap((offer) => [offer.title ?? '', offer.description ?? '']),
      'Vendeur(se) H/F, serveur·se·s, diplômé.e, Âgé(e)\n\nde 18 à 25 ans',
    ];
    for (const text of texts) {
      const lazy = new LazyNormalisedText(text);
      const reference = normaliseWithMap(text);
      expect(lazy.text).toBe(reference.text);
      expect(Array.from(lazy.map)).toEqual(Array.from(reference.map));
    }
  });
});

describe('LazyNormalisedText map', () => {
  const same = (text: string) => {
    const lazy = new LazyNormalisedText(text);
    const reference = lazyMapReference(text);
    expect(Array.from(lazy.map), JSON.stringify(text)).toEqual(Array.from(reference.map));
    expect(lazy.quotedSource).toBe(reference.source);
    // The prepared offer's titlePlain and descriptionPlain are read from here.
    expect(lazy.plain).toBe(plainText(text));
  };

  it('is the reference map (plainWithMap, suffixes dropped, or the text itself) on tricky and inclusive text', () => {
    const inclusive = ['(e)', '(se)', '·e', '·ne·s', '.e', '.es', '.s', '(', ')', 'e', 'r', 'se'];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...TRICKY, ...inclusive, 'A', 'Z', '\f', '\v', '\u0000', '\u007f'), {
          maxLength: 40,
        }),
        (chars) => same(chars.join('')),
      ),
      { numRuns: 4000 },
    );
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 60 }), same), { numRuns: 2000 });
  });

  it('is the reference map on the real offers', () => {
    for (const text of sampleTexts()) same(text);
  });
});

describe('LazyNormalisedText lineBreakAt', () => {
  // Every space of the text, told a line break or not from the notes taken while normalising, as through the map.
  // One assertion per text: an `expect` per space, over every character of the BMP, took most of the test's time.
  const same = (text: string) => {
    const lazy = new LazyNormalisedText(text);
    const reference = new LazyNormalisedText(text);
    const wrong: number[] = [];
    for (let at = lazy.text.indexOf(' '); at >= 0; at = lazy.text.indexOf(' ', at + 1))
      if (lazy.lineBreakAt(at) !== lineBreakAtReference(reference, at)) wrong.push(at);
    expect(wrong, `spaces told unlike the map in ${JSON.stringify(text)}`).toEqual([]);
  };

  it('tells the line breaks the map tells, on tricky, inclusive and spaced text and on any string', () => {
    const pieces = [
      ...TRICKY,
      '\n',
      ' \n ',
      '\r\n',
      '\n\u00a0\n',
      '\v',
      '\f',
      '  ',
      '(e)',
      '·ne·s',
      '.es',
      'r',
      'Σ',
      'İ',
      '\u212a',
      'É',
      'poste',
    ];
    holdsOnPiecesAndAnyString(pieces, 30, 60, same);
  });

  it('tells the line breaks the map tells next to every character of the BMP, and on the real offers', () => {
    for (let code = 0; code < 0x10000; code++) {
      const char = String.fromCharCode(code);
      for (const text of [`a ${char}\nb \n c`, `vendeur(se)\n${char} x(e) \n y`]) same(text);
    }
    for (const text of sampleTexts()) same(text);
    // What the notes must find: a line break among spaces, after inclusive writing dropped, none in a lone space.
    const lazy = new LazyNormalisedText('Vendeur(se) H/F\n\nProfil : serveur·se \n débutant');
    expect(lazy.text).toBe('vendeur h/f profil : serveur debutant');
    const breaks = [...lazy.text].flatMap((char, at) => (char === ' ' && lazy.lineBreakAt(at) ? [at] : []));
    expect(breaks).toEqual([11, 28]);
  });
});

describe('plainTextFast', () => {
  it('equals the whole-text normalisation on strings of tricky characters', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...TRICKY), { maxLength: 40 }), (chars) => {
        const text = chars.join('');
        expect(plainTextFast(text)).toBe(plainTextWhole(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('equals the whole-text normalisation where runs of plain ASCII, which it jumps over, meet tricky characters', () => {
    const pieces = [
      ...TRICKY,
      'poste ',
      ' de ',
      'cdi',
      '  ',
      ' \n ',
      'a`b',
      '~',
      '\u007f',
      ' \u00e9',
      '\u00e9 ',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        expect(plainTextFast(text)).toBe(plainTextWhole(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('equals the whole-text normalisation on any string, and on every character of the BMP', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
        expect(plainTextFast(text)).toBe(plainTextWhole(text));
      }),
      { numRuns: 2000 },
    );
    for (let code = 0; code < 0x10000; code++) {
      const char = String.fromCharCode(code);
      for (const text of [char, `a${char}b`, `  ${char}\u0316 `, `e\u0301${char}\u0345`]) {
        if (plainTextFast(text) !== plainTextWhole(text))
          expect(plainTextFast(text), JSON.stringify(text)).toBe(plainTextWhole(text));
      }
    }
  });

  it('equals the whole-text normalisation on the real offers, and strips what it should', () => {
    for (const offer of loadSamples()) {
      for (const text of [offer.title ?? '', offer.description ?? ''])
        expect(plainTextFast(text)).toBe(plainTextWhole(text));
    }
    expect(plainTextFast('Âgé(e)  de 18\u00a0à 25 ans\n\nŒuvre « l’été »')).toBe(
      'age(e) de 18 a 25 ans oeuvre " l\'ete "',
    );
  });
});

describe('TriggerIndex', () => {
  /** The regex the index stands for: any trigger with no letter or digit on either side. */
  function reference(text: string, words: readonly string[]): Set<string> {
    const sorted = [...new Set(words)].sort((a, b) => b.length - a.length);
    const pattern = new RegExp(`(?<![a-z0-9])(?:${sorted.join('|')})(?![a-z0-9])`, 'g');
    return new Set([...text.matchAll(pattern)].map((match) => match[0]));
  }
  const words = TEXT_RULES.flatMap((rule) => rule.triggers);
  const index = new TriggerIndex(TEXT_RULES);

  it('finds the same words as the regex on the real offers', () => {
    let found = 0;
    for (const offer of loadSamples()) {
      const text = `${offer.title ?? ''}\n${offer.description ?? ''}`.toLowerCase();
      const expected = reference(text, words);
      expect(index.find(text)).toEqual(expected);
      found += expected.size;
    }
    expect(found).toBeGreaterThan(665);
  });

  it('finds the same words as the regex on text made of triggers and their neighbours', () => {
    const pieces = [...new Set(words)].flatMap((word) => [word, `${word}s`, `x${word}`, word.slice(1)]);
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...pieces), fc.constantFrom(' ', "'", '-', '9', 'é', '\n', '')), {
          maxLength: 30,
        }),
        (parts) => {
          const text = parts.join('');
          expect(index.find(text)).toEqual(reference(text, words));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('falls back to the regex when a trigger is not a plain word', () => {
    const rule = { ...TEXT_RULES[0]!, triggers: ['n°', 'age'] };
    expect(new TriggerIndex([rule]).find('le n° 3, son age')).toEqual(new Set(['n°', 'age']));
  });
});

describe('PrecheckedPattern', () => {
  const all = () => {
    const patterns = precheckedPatterns();
    // contract_mismatch's two, PATH_TO_CDI and pay_mismatch's, at least.
    expect(patterns.length).toBeGreaterThanOrEqual(4);
    return patterns;
  };
  const global = (pattern: RegExp) => new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`);

  it('finds what its plain regex finds on the real offers and the labelled corpus', () => {
    const texts = [...loadSamples(), ...loadCorpus().map((entry) => entry.offer)].flatMap((offer) => {
      const prepared = prepareOffer(offer);
      return [prepared.text, prepared.description.text];
    });
    for (const prechecked of all()) {
      for (const text of texts) {
        prechecked.pattern.lastIndex = 0;
        const plain = prechecked.pattern.exec(text);
        expect(prechecked.exec(text)?.index, String(prechecked.pattern)).toBe(plain?.index);
        // The promise itself: every match holds one of the words.
        for (const match of text.matchAll(global(prechecked.pattern)))
          expect(
            prechecked.words.some((word) => match[0].includes(word)),
            match[0],
          ).toBe(true);
      }
    }
  });

  it('finds what its plain regex finds on text made of its own words', () => {
    for (const prechecked of all()) {
      const words = patternWords(prechecked.pattern.source);
      fc.assert(
        fc.property(
          fc.array(fc.oneof(fc.constantFrom(...words), fc.constantFrom(' ', ' ', '. ', '12 ', ': ', '% ')), {
            maxLength: 25,
          }),
          (parts) => {
            const text = parts.join('');
            for (const match of text.matchAll(global(prechecked.pattern)))
              expect(
                prechecked.words.some((word) => match[0].includes(word)),
                match[0],
              ).toBe(true);
          },
        ),
        { numRuns: 300 },
      );
    }
  });

  it('holds one of its words in every match of strings its own pattern generates, each alternative included', () => {
    // Texts made of a pattern's words rarely spell one alternative out in order ("possibilité de contrat à durée
    // indéterminée", which holds no "cdi"): fast-check writes strings the pattern matches instead. It knows no
    // word boundary nor lookaround (withoutAssertions).
    for (const prechecked of all()) {
      const pattern = new RegExp(withoutAssertions(prechecked.pattern.source), 'g');
      fc.assert(
        fc.property(fc.stringMatching(new RegExp(pattern.source)), (text) => {
          for (const match of text.matchAll(pattern))
            expect(
              prechecked.words.some((word) => match[0].includes(word)),
              `${prechecked.pattern} on ${JSON.stringify(match[0])}`,
            ).toBe(true);
        }),
        { numRuns: 1000 },
      );
    }
  });
});

describe('PATH_TO_CDI_RAW_WORDS', () => {
  it('finds each of PATH_TO_CDI’s words, as normalised and as an offer writes them', () => {
    // The gate before normalising an employer's description: a word the pattern needs and the gate lacks would
    // leave the phrase unread there.
    for (const word of PATH_TO_CDI.words) expect(PATH_TO_CDI_RAW_WORDS.test(word), word).toBe(true);
    for (const written of ['CDI', 'Embauche', 'titularisation', 'Indéterminée', 'évolutif'])
      expect(PATH_TO_CDI_RAW_WORDS.test(written), written).toBe(true);
  });
});

describe('employer-name wordSpans', () => {
  /** Letters and digits of several scripts and widths, the word's own punctuation, and what ends a word. */
  const PIECES = [
    ..."aZ09éÉßİ’'.-&_ ,\n\t«»®",
    '\u0301',
    '\u0663',
    '\ud835\udc00',
    '\ud83d\ude00',
    '\ud83d',
    '\ude00',
    'x'.repeat(59),
    'é'.repeat(61),
  ];

  it('finds the spans of the word regex on the real offers and the labelled corpus', () => {
    let words = 0;
    for (const offer of [...loadSamples(), ...loadCorpus().map((entry) => entry.offer)]) {
      for (const text of [offer.title ?? '', offer.description ?? '', offer.employer.description ?? '']) {
        const expected = wordSpansReference(text);
        expect(wordSpans(text)).toEqual(expected);
        words += expected.length / 2;
      }
    }
    expect(words).toBeGreaterThan(50_000);
  });

  it('finds the spans of the word regex on strings of tricky characters and on any string', () => {
    holdsOnPiecesAndAnyString(PIECES, 40, 80, (text) => {
      expect(wordSpans(text)).toEqual(wordSpansReference(text));
    });
  });
});

describe('includesWord', () => {
  // Texts long enough for their trigrams to be noted (shorter ones are scanned at once), words cut from them or
  // made of the same pieces, asked in turns so the texts noted last are replaced.
  const pieces = [
    ...TRICKY,
    'cdi',
    'cdd',
    'mission',
    'temps partiel',
    'mi-temps',
    'h)',
    '%',
    'é',
    'e',
    ' ',
    'ab',
  ];
  const filler = 'poste de vendeur en magasin, '.repeat(10);
  // One assertion per text: an `expect` (and the text written out) per word took most of the file's time.
  const checkAll = (text: string, words: readonly string[]) => {
    const wrong = words.filter((word) => includesWord(text, word) !== text.includes(word));
    expect(wrong, `words answered unlike includes in ${JSON.stringify(text)}`).toEqual([]);
  };
  const wordsOf = (text: string, extra: readonly string[]) => {
    const words = [...extra];
    for (let at = 0; at + 1 < text.length; at += 7) words.push(text.slice(at, at + 3 + (at % 9)));
    return words;
  };

  it('answers as includes for words of the text and words of the same pieces, on tricky and on any text', () => {
    const word = fc
      .array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 4 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...pieces), { maxLength: 80 }),
        fc.array(word, { maxLength: 20 }),
        fc.boolean(),
        (parts, words, first) => {
          const text = first ? filler + parts.join('') : parts.join('') + filler;
          checkAll(text, wordsOf(text, words));
        },
      ),
      { numRuns: 3000 },
    );
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', minLength: 256, maxLength: 400 }),
        fc.array(fc.string({ unit: 'binary', maxLength: 6 })),
        (text, words) => checkAll(text, wordsOf(text, words)),
      ),
      { numRuns: 2000 },
    );
  });

  it('answers as includes for a part asked through the whole it lies in, and on the real offers', () => {
    const texts = sampleTexts().filter((text) => text.length >= 256);
    const words = [
      'cdi',
      'mission',
      'temps partiel',
      'experien',
      'remuneration',
      'h)',
      '%',
      'salaire',
      'zzz',
    ];
    for (const text of texts) {
      const whole = `titre\n${text}`;
      noteWithin(text, whole);
      checkAll(text, wordsOf(text, words));
      checkAll(whole, wordsOf(whole, words));
    }
    // The trigger scan notes the text's trigrams as it reads it: asked next, the text is not noted again.
    const index = new TriggerIndex(TEXT_RULES);
    for (const offer of loadSamples()) {
      const prepared = prepareOffer(offer);
      index.find(prepared.text);
      checkAll(prepared.text, wordsOf(prepared.text, words));
    }
    // What the filter must get right to save anything: absent words are absent, present ones present.
    const text = filler + 'cdi a temps partiel';
    expect(includesWord(text, 'cdi a temps')).toBe(true);
    expect(includesWord(text, 'cdd')).toBe(false);
    expect(includesWord(text, 'temps plein')).toBe(false);
  });
});

describe('foldWhitespace', () => {
  const reference = (value: string) => value.replace(/\s+/g, ' ').trim();

  it('folds white space as the replace and trim it stands for, on tricky strings and on any string', () => {
    const pieces = [
      ' ',
      '  ',
      '\t',
      '\n',
      '\r',
      '\u00a0',
      '\u202f',
      '\u2028',
      '\u3000',
      '\ufeff',
      'a',
      'É',
      '-',
      ':',
    ];
    holdsOnPiecesAndAnyString(pieces, 20, 40, (value) => {
      expect(foldWhitespace(value)).toBe(reference(value));
    });
  });

  it('folds the fields the flags quote on the real offers as the replace does', () => {
    for (const offer of loadSamples())
      for (const value of [
        offer.contract.label,
        offer.hours.label,
        offer.salary.label,
        offer.place.label,
        offer.title,
      ])
        expect(foldWhitespace(value ?? '')).toBe(reference(value ?? ''));
  });
});
