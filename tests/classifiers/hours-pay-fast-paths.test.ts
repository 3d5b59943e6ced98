import { describe, expect, it } from 'vitest';
import '../helpers/property-seed.js';
import fc from 'fast-check';
import { normaliseWithMap, plainText } from '../../classifiers/engine/normalise.js';
import {
  findWeeklyHours,
  findWeeklyHoursFrom,
  firstHoursHint,
  HOURS_HINT,
  hasHoursHint,
  statesSchedule,
} from '../../classifiers/facts/hours.js';
import { findPayAmounts, findPayAmountsFrom } from '../../classifiers/facts/pay/find-pay-amounts.js';
import { SCHEDULE_TOKEN_STARTS, SCHEDULE_TOKENS } from '../../classifiers/facts/schedule.js';
import { holdsOnPiecesAndAnyString, loadSamples, patternWords, sampleTexts } from './helpers.js';

/*
 * The working-time and pay facts' fast paths, each against the plain regex or function it stands for: on strings
 * made of the pieces the fast path looks at, on any string, and on the real offers.
 */

describe('hasHoursHint', () => {
  const anyCase = /\d ?[hH]/;
  const check = (text: string) => {
    expect(hasHoursHint(text), JSON.stringify(text)).toBe(HOURS_HINT.test(text));
    expect(hasHoursHint(text, true), JSON.stringify(text)).toBe(anyCase.test(text));
  };

  it('answers as /\\d ?h/ (and /\\d ?[hH]/) on digits, spaces and h, and on any string', () => {
    holdsOnPiecesAndAnyString(['1', '9', '0', ' ', 'h', 'H', 'a', '\n', '  ', 'é'], 12, 30, check);
  });

  it('answers as the regexes on the real offers, as written and normalised', () => {
    for (const text of sampleTexts()) {
      check(text);
      check(plainText(text));
    }
  });
});

describe('statesSchedule', () => {
  /** The one regex statesSchedule was written as before its clock times were split from its shifts of eight. */
  const SCHEDULE =
    /\b\d{1,2} ?h ?(?:\d{2})? ?(?:a|-|–|\/|et|jusqu'a|jusque|jusqu'au) ?\d{1,2} ?h(?:\d{2})?\b|\b\d{1,2}h\d{2} \d{1,2}h\d{2}\b|\b[23] ?[x*] ?8\b|\b\d{1,2} ?h(?:eures)? (?:par|\/) ?jour\b|\b(?:matin|apres-midi|soir|journee)s? de \d{1,2} ?h|\b(?:jusqu'a|jusque) (?:[01]?\d|2[0-3]) ?h(?:\d{2})?\b/;
  const check = (text: string) => {
    expect(statesSchedule(text), JSON.stringify(text)).toBe(SCHEDULE.test(text));
  };

  it('answers as the single regex on its own pieces and on any string', () => {
    holdsOnPiecesAndAnyString(
      [
        '8',
        '12',
        '2',
        '3',
        ' ',
        'h',
        'h30',
        'x',
        '*',
        ' a ',
        '-',
        'et',
        " jusqu'a ",
        ' jusque ',
        'eures',
        ' par jour',
        '/jour',
        'matin de ',
        'soirs de ',
      ],
      10,
      40,
      check,
    );
  });

  it('answers as the single regex on the real offers', () => {
    for (const text of sampleTexts()) check(plainText(text));
  });
});

describe('findWeeklyHours', () => {
  const check = (text: string) => {
    expect(firstHoursHint(text), JSON.stringify(text)).toBe(HOURS_HINT.exec(text)?.index ?? -1);
    expect(findWeeklyHours(text), JSON.stringify(text)).toEqual(findWeeklyHoursFrom(text, 0));
  };
  /** The patterns' words, their longest leads before the number among them. */
  const pieces = [
    'duree hebdomadaire du travail',
    "d'une duree de",
    'sur la base de',
    'une base de',
    'temps partiel',
    'contrat',
    'cdi',
    'horaires',
    'environ',
    'minimum',
    '(',
    ')',
    '35',
    '8',
    '12,5',
    '151,67',
    '0,8',
    ' ',
    ' h',
    'h',
    'heures',
    '/semaine',
    'par semaine',
    'hebdomadaires',
    'par mois',
    'mensuelles',
    'soit 2 jours par semaine',
    'etp',
    '%',
    '.',
    'interviendraient',
    'interventions de',
    'a raison de',
    'pendant',
    'par jour',
    'du lundi au vendredi',
    'le samedi',
    '(h/f)',
    'f/h',
    'sur deux semaines',
    'par quinzaine',
    '70',
  ];

  it('finds from the first hint what it finds over the whole text, on the patterns’ words and on any string', () => {
    holdsOnPiecesAndAnyString(pieces, 16, 60, check);
    // A long text before the hours, as descriptions are.
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (parts) => {
        check(`${'poste de vendeur, '.repeat(8)}${parts.join(' ')}`);
      }),
      { numRuns: 2000 },
    );
  });

  it('finds from the first hint what it finds over the whole text, on the real offers', () => {
    for (const text of sampleTexts()) check(plainText(text));
  });
});

describe('SCHEDULE_TOKEN_STARTS', () => {
  /** The patterns that match where none may start, at every position of `text`. */
  const mismatches = (text: string): string[] => {
    const found: string[] = [];
    for (let at = 0; at < text.length; at++) {
      if (SCHEDULE_TOKEN_STARTS.includes(text[at]!)) continue;
      for (const [name, pattern] of Object.entries(SCHEDULE_TOKENS)) {
        pattern.lastIndex = at;
        if (pattern.exec(text) !== null) found.push(`${name} at ${at} of ${JSON.stringify(text)}`);
      }
    }
    return found;
  };
  // One assertion per text, not per position and pattern: millions of `expect` calls took most of a minute.
  const check = (text: string) => {
    expect(mismatches(text)).toEqual([]);
  };

  it('holds the first character of every match of the schedule reader’s patterns', () => {
    holdsOnPiecesAndAnyString(
      [
        ...patternWords(
          Object.values(SCHEDULE_TOKENS)
            .map((pattern) => pattern.source)
            .join('|'),
        ),
        'du ',
        'de ',
        ' au ',
        ' a ',
        '8',
        '12',
        '2',
        'h',
        'h30',
        ' ',
        '-',
        '/',
        ' jours par semaine',
      ],
      12,
      40,
      check,
    );
  });

  it('holds the first character of every match in the real offers’ descriptions', () => {
    for (const text of sampleTexts().slice(0, 600)) check(plainText(text));
  });
});

describe('findPayAmounts', () => {
  const check = (raw: string) => {
    const text = normaliseWithMap(raw);
    for (const where of ['comment', 'description'] as const)
      expect(findPayAmounts(text, where), JSON.stringify(raw)).toEqual(findPayAmountsFrom(text, where, 0));
  };

  it('finds from the first digit what it finds over the whole text, on pay words, figures and any string', () => {
    holdsOnPiecesAndAnyString(
      [
        'salaire',
        ' : ',
        'remuneration',
        '1 800',
        '12,50',
        '25',
        'k',
        '€',
        ' euros',
        ' brut',
        ' net',
        '/h',
        '/mois',
        " de l'heure",
        ' par mois',
        ' a ',
        '-',
        ' ',
        'prime',
        'Type de salaire : Mensuel',
      ],
      12,
      50,
      check,
    );
  });

  it('finds from the first digit what it finds over the whole text, on the real offers', () => {
    for (const offer of loadSamples()) {
      check(offer.description ?? '');
      check([offer.salary.comment, ...offer.salary.complements].filter(Boolean).join(' ; '));
    }
  });
});
