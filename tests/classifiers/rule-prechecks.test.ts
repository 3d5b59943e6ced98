import { describe, expect, it } from 'vitest';
import '../helpers/property-seed.js';
import { prepareOffer } from '../../classifiers/engine/prepared-offer.js';
import { runRule } from '../../classifiers/engine/text-rules.js';
import type { TextRule } from '../../classifiers/rule.js';
import { TEXT_RULES } from '../../classifiers/rules/index.js';
import { holdsOnPiecesAndAnyString, loadCorpus, loadSamples, patternWords } from './helpers.js';
import { offerFromExample } from './offer-builder.js';

/*
 * A text rule's precheck skips the windows that cannot hold a match: its promise is that every match of every
 * pattern contains a match of it. Tested on the match alone, so the precheck must not look past its own
 * characters (no `\b`, no lookaround, no anchors): then a window holding the match holds the precheck's too.
 */

const prechecked = TEXT_RULES.filter((rule) => rule.precheck !== undefined);

function precheckOf(rule: TextRule): RegExp {
  if (!rule.precheck) throw new Error(`${rule.id} has no precheck`);
  return rule.precheck;
}

/** Every match of a rule's pattern, from the start: a copy, as the engine leaves `lastIndex` where it stopped. */
function matchesOf(pattern: RegExp, text: string): string[] {
  return [...text.matchAll(new RegExp(pattern.source, pattern.flags))].map((match) => match[0]);
}

/** The matches of the rule's patterns in `text` that its precheck does not find in. */
function brokenPromises(rule: TextRule, text: string): string[] {
  const precheck = precheckOf(rule);
  return rule.patterns
    .flatMap((pattern) => matchesOf(pattern, text))
    .filter((match) => !precheck.test(match));
}

const offers = [
  ...loadSamples(),
  ...loadCorpus().map((entry) => entry.offer),
  ...TEXT_RULES.flatMap((rule) =>
    [...rule.examples.positive, ...rule.examples.negative].map(offerFromExample),
  ),
];

describe('text rules’ prechecks', () => {
  it('exist (age_range at least)', () => {
    expect(prechecked.map((rule) => rule.id)).toContain('age_limit.age_range');
  });

  it('are plain: not global, no word boundary, lookaround or anchor', () => {
    for (const rule of prechecked) {
      const precheck = precheckOf(rule);
      expect(precheck.flags, rule.id).not.toContain('g');
      expect(precheck.flags, rule.id).not.toContain('y');
      expect(precheck.source, rule.id).not.toMatch(/\\[bB]|\(\?<?[=!]|\^|\$/);
    }
  });

  it('hold in every match on the real offers, the labelled corpus and the examples', () => {
    for (const rule of prechecked) {
      let matches = 0;
      for (const offer of offers) {
        const text = prepareOffer(offer).text;
        expect(brokenPromises(rule, text), `${rule.id} in ${offer.id}`).toEqual([]);
        for (const pattern of rule.patterns) matches += matchesOf(pattern, text).length;
      }
      // The positive examples match, so the check above ran on real matches.
      expect(matches, rule.id).toBeGreaterThan(0);
    }
  });

  it('change no flag, evidence included, on the same offers', () => {
    for (const rule of prechecked) {
      const { precheck: _precheck, ...without } = rule;
      for (const offer of offers) {
        const prepared = prepareOffer(offer);
        expect(runRule(rule, prepared), `${rule.id} on ${offer.id}`).toEqual(runRule(without, prepared));
      }
    }
  });

  it('hold in every match on text made of the rule’s own words, and on any string', () => {
    for (const rule of prechecked) {
      const sources = [...rule.patterns, precheckOf(rule)].map((pattern) => pattern.source).join(' ');
      const words = patternWords(sources, /[a-z'€-]{2,}/g);
      // Each word alone and after a space, so that runs of whole words come up often.
      const spaced = words.map((word) => ` ${word}`);
      const pieces = [
        ...words,
        ...spaced,
        ...spaced,
        ' ',
        '. ',
        ', ',
        '12',
        ' 30',
        '5',
        '1',
        ': ',
        '/',
        '-',
        '€',
        '\n',
      ];
      holdsOnPiecesAndAnyString(pieces, 30, 80, (text) => {
        expect(brokenPromises(rule, text), rule.id).toEqual([]);
      });
    }
  });

  it('would be caught if wrong: a precheck missing a match drops the flag', () => {
    const rule = TEXT_RULES.find((candidate) => candidate.id === 'age_limit.age_range');
    if (!rule) throw new Error('age_limit.age_range is gone');
    const prepared = prepareOffer(offerFromExample({ text: 'Âge maximum : 40 ans.' }));
    expect(runRule(rule, prepared)).not.toBeNull();
    expect(runRule({ ...rule, precheck: /\d\d ?mois/ }, prepared)).toBeNull();
    expect(brokenPromises({ ...rule, precheck: /\d\d ?mois/ }, prepared.text)).toEqual([
      'age maximum : 40 ans',
    ]);
  });
});
