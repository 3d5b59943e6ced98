import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import '../helpers/property-seed.js';
import '../../classifiers/index.js';
import { NearWordPattern, nearWordPatterns } from '../../classifiers/engine/near-word-pattern.js';
import { prepareOffer } from '../../classifiers/engine/prepared-offer.js';
import { loadCorpus, loadSamples, patternWords, withoutAssertions } from './helpers.js';

/*
 * A near-word pattern is tried only in the few characters before its words (classifiers/engine/near-word-pattern.ts):
 * it must find what a global loop over its plain regex finds, and it can only if the promise it was made with holds,
 * that every match holds one of its words at most `lead` characters after its start.
 */

/** What a global loop over the plain regex finds: where, and what it captured. */
function reference(pattern: RegExp, text: string): Array<[number, number, Array<string | undefined>]> {
  return [...text.matchAll(pattern)].map((match) => [match.index, match.index + match[0].length, [...match]]);
}

function found(near: NearWordPattern, text: string): Array<[number, number, Array<string | undefined>]> {
  return near.matches(text).map(({ start, end, groups }) => [start, end, [...groups]]);
}

const all = () => {
  const patterns = nearWordPatterns();
  // The experience facts' beginner phrases, their two years patterns and seven demands.
  expect(patterns.length).toBeGreaterThanOrEqual(10);
  return patterns;
};

describe('NearWordPattern', () => {
  it('finds the same matches, with the same groups, as its plain regex on the real offers and the corpus', () => {
    const texts = [...loadSamples(), ...loadCorpus().map((entry) => entry.offer)].flatMap((offer) => {
      const prepared = prepareOffer(offer);
      return [prepared.text, prepared.title.text, prepared.description.text];
    });
    for (const near of all()) {
      let matches = 0;
      for (const text of texts) {
        const expected = reference(near.pattern, text);
        expect(found(near, text), String(near.pattern)).toEqual(expected);
        matches += expected.length;
      }
      void matches;
    }
  });

  it('finds the same matches as its plain regex on text made of its own words', () => {
    for (const near of all()) {
      const words = patternWords(near.pattern.source);
      fc.assert(
        fc.property(
          fc.array(
            fc.oneof(
              fc.constantFrom(...words, ...near.words),
              fc.constantFrom(' ', ' ', ' ', '. ', '12', '3 ', 'x', '-', ': ', '(', ')', "d'"),
            ),
            { maxLength: 40 },
          ),
          (parts) => {
            const text = parts.join('');
            expect(found(near, text), `${near.pattern} on ${JSON.stringify(text)}`).toEqual(
              reference(near.pattern, text),
            );
          },
        ),
        { numRuns: 300 },
      );
    }
  });

  it('holds one of its words within its lead in every string its own pattern spells out, each alternative included', () => {
    // Texts made of a pattern's words rarely spell the longest phrase out ("vous possedez obligatoirement eu d'une
    // … experience"): fast-check writes whole matches instead. Assertions consume nothing, so the pattern without
    // them (withoutAssertions, which fast-check needs) spells every match of the pattern and more.
    for (const near of all()) {
      const whole = new RegExp(`^(?:${withoutAssertions(near.pattern.source)})$`);
      fc.assert(
        fc.property(fc.stringMatching(whole), (match) => {
          const nearest = Math.min(
            ...near.words.map((word) => {
              const at = match.indexOf(word);
              return at < 0 ? Number.POSITIVE_INFINITY : at;
            }),
          );
          expect(nearest, `${near.pattern} on ${JSON.stringify(match)}`).toBeLessThanOrEqual(near.lead);
        }),
        { numRuns: 1000 },
      );
    }
  });

  it('holds one of its words within its lead in the longest phrases of each pattern', () => {
    // Random strings seldom take the longest choice of every part at once: the phrases that put the most words
    // before the word, written out (the leads in classifiers/facts/experience.ts count them).
    const twelve = 'abcdefghijkl';
    const twentyFive = 'abcdefghijklmnopqrstuvwxy';
    const longest = [
      'ouvertes a tous, personnes debutants',
      "avec ou sans de l'premiere experience",
      "au minimum de quatre a quatre annees au minimum d'experience",
      `vous justifiez idealement d'une ${twelve} ${twelve} experience`,
      "niveau d'experience : confirme",
      `vous possedez obligatoirement eu d'une ${twelve} ${twelve} experience`,
      "avec de l'premiere experience",
      `recherchabcdef une/une ${`${twentyFive} `.repeat(5)}experimente`,
    ];
    const patterns = all();
    for (const phrase of longest) {
      const spelling = patterns.filter((near) => {
        const whole = new RegExp(`^(?:${near.pattern.source})$`);
        return whole.test(phrase);
      });
      expect(spelling.length, phrase).toBeGreaterThan(0);
      for (const near of spelling) {
        const nearest = Math.min(...near.words.map((word) => phrase.indexOf(word)).filter((at) => at >= 0));
        expect(nearest, `${near.pattern} on ${JSON.stringify(phrase)}`).toBeLessThanOrEqual(near.lead);
      }
    }
  });

  it('needs its lead: a lead too short loses the matches that start farther before the word', () => {
    const short = new NearWordPattern(/\bsans (?:aucune )?experience/g, ['experience'], 5);
    const text = 'sans experience, sans aucune experience';
    expect(found(short, text).map(([start]) => start)).toEqual([0]);
    expect(reference(short.pattern, text).map(([start]) => start)).toEqual([0, 17]);
  });

  it('finds the matches a window holds after the first, and starts after the last match ends', () => {
    const near = new NearWordPattern(/\b(?:de|a) (experience)/g, ['experience'], 3);
    const text = 'de de experience a experience';
    expect(found(near, text)).toEqual(reference(near.pattern, text));
  });
});
