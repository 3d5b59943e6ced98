import { describe, expect, it } from 'vitest';
import { defaultContext as contextOf } from '../../classifiers/context.js';
import { plainText } from '../../classifiers/engine/normalise.js';
import type { PreparedOffer } from '../../classifiers/engine/prepared-offer.js';
import { buildPreparedOffer, prepareOffer } from '../../classifiers/engine/prepared-offer.js';
import { findBeginnerCandidates, findDemandCandidates } from '../../classifiers/facts/experience.js';
import { findWeeklyHours } from '../../classifiers/facts/hours.js';
import { OfferFacts } from '../../classifiers/facts/offer-facts.js';
import { departementOf } from '../../classifiers/facts/places.js';
import { findScheduleWeek } from '../../classifiers/facts/schedule.js';
import { classifyOffer, defaultContext } from '../../classifiers/index.js';
import { flagOf, type OfferRule } from '../../classifiers/rule.js';
import { experienceMismatchRules } from '../../classifiers/rules/experience_mismatch.js';
import { foreignLanguageRules } from '../../classifiers/rules/foreign_language.js';
import { placeMismatchRules } from '../../classifiers/rules/place_mismatch.js';
import { loadSamples } from './helpers.js';
import { buildOffer } from './offer-builder.js';

/*
 * The field rules skip work when cheap look-ups prove it cannot change their answer (a demand for experience read
 * only against a beginner phrase or label, the place rule stopping at the first phrase naming the listed
 * département, literal searches before patterns). Each path that is skipped or taken is pinned here.
 */

function run(rule: OfferRule) {
  return (prepared: PreparedOffer) => {
    const finding = rule.detect(prepared, new OfferFacts(prepared, contextOf()));
    return finding ? flagOf(rule, finding) : null;
  };
}
const experienceMismatch = run(experienceMismatchRules[0]!);
const placeMismatch = run(placeMismatchRules.textNamesOtherPlace);
const foreignLanguage = run(foreignLanguageRules[0]!);

function prepared(overrides: Parameters<typeof buildOffer>[0]) {
  return buildPreparedOffer(buildOffer(overrides));
}

describe('experience contradictions', () => {
  it('reads the demand against a beginner label', () => {
    const flag = experienceMismatch(
      prepared({
        description: 'Vous avez 3 ans d’expérience exigée en cuisine.',
        experience: { code: 'D', label: 'Débutant accepté' },
      }),
    );
    expect(flag?.rule).toBe('experience_mismatch.beginner_shown_demand_in_text');
    expect(flag?.evidence).toContain('3 ans d’expérience exigée');
  });

  it('reads the demand against a beginner phrase when the label is silent', () => {
    const flag = experienceMismatch(
      prepared({
        description: 'Expérience exigée de 2 ans. Débutants acceptés.',
        experience: { code: 'S', label: 'Expérience souhaitée' },
      }),
    );
    expect(flag?.evidence).toMatch(/Expérience exigée de 2 ans.*Débutants acceptés/);
  });

  it('reads a beginner phrase against a label that demands experience', () => {
    const flag = experienceMismatch(
      prepared({
        description: 'Poste ouvert, sans expérience.',
        experience: { code: 'E', label: '2 An(s)' },
      }),
    );
    expect(flag?.evidence).toBe('Expérience : 2 An(s) ; Texte : « sans expérience »');
  });

  it('finds each beginner phrase said with "expérience", before or after the word', () => {
    for (const phrase of [
      'Aucune expérience requise.',
      'Sans expérience.',
      "Pas d'expérience exigée.",
      'Première expérience non exigée.',
      'Expérience non requise.',
    ]) {
      const flag = experienceMismatch(
        prepared({ description: `Poste ouvert. ${phrase}`, experience: { code: 'E', label: '2 An(s)' } }),
      );
      expect(flag?.evidence, phrase).toContain(phrase.slice(0, -1));
    }
  });

  it('lets a demand stand alone when nothing accepts beginners', () => {
    const offer = {
      description: 'Vous avez 3 ans d’expérience exigée en cuisine.',
      experience: { code: 'S' as const, label: 'Expérience souhaitée' },
    };
    expect(experienceMismatch(prepared(offer))).toBeNull();
  });

  it('does not take a conditional beginner phrase for one', () => {
    const offer = {
      description: 'Débutants acceptés si titulaire du CAP.',
      experience: { code: 'E' as const, label: '2 An(s)' },
    };
    expect(experienceMismatch(prepared(offer))).toBeNull();
  });
});

describe('experience demands looked for only as far as the rule reads them', () => {
  const texts = () =>
    loadSamples().flatMap((offer) => {
      const ready = buildPreparedOffer(offer);
      return [
        { text: ready.title.text, isTitle: true },
        { text: ready.description.text, isTitle: false },
      ];
    });

  it('finds, leaving out the demands without years or the weak ones, the very candidates the full search keeps', () => {
    let withYears = 0;
    let strong = 0;
    for (const { text, isTitle } of texts()) {
      const beginners = findBeginnerCandidates(text);
      const all = findDemandCandidates(text, beginners, isTitle, 'all');
      const years = all.filter((candidate) => candidate.years !== null);
      const firm = all.filter((candidate) => candidate.strong);
      withYears += years.length;
      strong += firm.length;
      expect(findDemandCandidates(text, beginners, isTitle, 'none').filter((c) => c.years !== null)).toEqual(
        years,
      );
      expect(findDemandCandidates(text, beginners, isTitle, 'strong').filter((c) => c.strong)).toEqual(firm);
    }
    // The real samples hold both kinds: the comparison is not of empty lists.
    expect(withYears).toBeGreaterThan(20);
    expect(strong).toBeGreaterThan(20);
  });

  it('finds no demand at all when asked for none without years, on a text of demands without years', () => {
    const text =
      "vous justifiez d'une experience en cuisine. experience exigee. vous avez une experience en vente.";
    expect(findDemandCandidates(text, [], false, 'all').length).toBeGreaterThan(1);
    expect(findDemandCandidates(text, [], false, 'none')).toEqual([]);
    expect(findDemandCandidates(text, [], false, 'strong').every((candidate) => candidate.strong)).toBe(true);
  });

  it('still flags, under a field naming years, the years of the text that differ', () => {
    const flag = experienceMismatch(
      prepared({
        description: 'Vous justifiez d’une expérience d’au moins 5 ans sur un poste similaire.',
        experience: { code: 'E', label: '3 An(s)' },
      }),
    );
    expect(flag?.rule).toBe('experience_mismatch.years_differ');
  });
});

describe('place contradictions', () => {
  const listedIn74 = {
    place: {
      label: '74 - Annecy',
      departement: '74',
      commune: '74010',
      postcode: '74000',
      latitude: null,
      longitude: null,
    },
  };

  it('flags a text that names another place only', () => {
    const flag = placeMismatch(prepared({ ...listedIn74, description: 'Poste basé à Lorient.' }));
    expect(flag?.details).toEqual({ listed: '74', stated: '56' });
  });

  it('agrees as soon as one phrase names the listed département, wherever it stands', () => {
    for (const description of [
      'Poste basé à Lorient. Lieu de travail : Annecy (74).',
      'Lieu de travail : Annecy (74). Poste basé à Lorient.',
    ])
      expect(placeMismatch(prepared({ ...listedIn74, description })), description).toBeNull();
  });

  it('reads cities of one or several words, after a few other words, and nothing else', () => {
    expect(departementOf('saint quentin')).toBe('02');
    expect(departementOf('notre site de lorient')).toBe('56');
    expect(departementOf('la ville de bourg-en-bresse')).toBe('01');
    expect(departementOf('notre agence principale')).toBeNull();
    expect(departementOf('lorient', '29')).toBe('29');
  });
});

describe('foreign language', () => {
  const english =
    'We are looking for a barista to join our team. You will work with the manager and you will have the keys of the shop. Your skills are what we look for, and the role is at our company.';

  it('counts words when an English word follows a space', () => {
    expect(foreignLanguage(prepared({ description: english }))?.rule).toBe('foreign_language.mostly_english');
  });

  it('does not count on "grand", "thé" or "Andorre" alone', () => {
    const french = 'Un grand salon de thé recrute. Andorre et youpi : the-matique, band.';
    expect(foreignLanguage(prepared({ description: french }))).toBeNull();
  });
});

describe('weekly hours in the text', () => {
  it('reads weekly and monthly statements, in the order of the text', () => {
    const found = findWeeklyHours('contrat de 104h par mois, soit 24h/semaine');
    expect(found.map((hours) => Math.round(hours.weekly * 100) / 100)).toEqual([24, 24]);
    expect(found.map((hours) => hours.index)).toEqual([11, 31]);
  });

  it('reads each period on its own', () => {
    expect(findWeeklyHours('20 heures hebdomadaires').map((hours) => hours.weekly)).toEqual([20]);
    expect(findWeeklyHours('151,67 heures mensuelles').map((hours) => hours.weekly)).toHaveLength(1);
    expect(findWeeklyHours('ouvert 24h/24, de 8h a 12h')).toEqual([]);
  });

  it('reads a fortnight as two weeks, and a course over a fortnight as no week', () => {
    expect(findWeeklyHours('horaire en 12h. 70h sur deux semaines de travail').map((h) => h.weekly)).toEqual([
      35,
    ]);
    expect(findWeeklyHours('76 heures par quinzaine').map((h) => h.weekly)).toEqual([38]);
    expect(findWeeklyHours('formation de 70h sur deux semaines')).toEqual([]);
  });

  it('reads the hours before a gender mark as a week, not a shift', () => {
    expect(findWeeklyHours('employe commercial 35h (h/f)').map((h) => h.weekly)).toEqual([35]);
    expect(findWeeklyHours('equipier magasin 25h f/h a epagny').map((h) => h.weekly)).toEqual([25]);
    expect(findWeeklyHours('infirmier de nuit 12h (h/f)')).toEqual([]);
    expect(findWeeklyHours('medecin de garde 24h (h/f)')).toEqual([]);
  });
});

describe('prepared offers', () => {
  it('builds the same text with or without the cache, and classifies the same either way', () => {
    const context = defaultContext();
    for (const offer of loadSamples().slice(0, 60)) {
      const built = buildPreparedOffer(offer);
      const before = classifyOffer(offer, context);
      const cached = prepareOffer(offer);
      expect(built.text).toBe(cached.text);
      expect(built.titlePlain).toBe(cached.titlePlain);
      expect(built.salaryNotes.text).toBe(cached.salaryNotes.text);
      expect(JSON.stringify(classifyOffer(offer, context))).toBe(JSON.stringify(before));
    }
  });

  it('hands the schedule reader the description as plainText reads it, so it reads the same week', () => {
    let weeks = 0;
    for (const offer of loadSamples()) {
      const prepared = buildPreparedOffer(offer);
      const description = offer.description ?? '';
      expect(prepared.descriptionPlain).toBe(plainText(description));
      const week = findScheduleWeek(description);
      expect(findScheduleWeek(description, prepared.descriptionPlain)).toEqual(week);
      if (week) weeks++;
    }
    expect(weeks).toBeGreaterThan(10);
  });
});
