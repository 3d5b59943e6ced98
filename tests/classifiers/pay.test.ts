import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ClassifierContext } from '../../classifiers/context.js';
import { defaultContext } from '../../classifiers/context.js';
import { normaliseWithMap } from '../../classifiers/engine/normalise.js';
import { buildPreparedOffer } from '../../classifiers/engine/prepared-offer.js';
import { findWeeklyHours, parseHoursLabel } from '../../classifiers/facts/hours.js';
import { OfferFacts } from '../../classifiers/facts/offer-facts.js';
import { paidMonthlyHours } from '../../classifiers/facts/pay/analyse-pay.js';
import { findPayAmounts } from '../../classifiers/facts/pay/find-pay-amounts.js';
import { parseAmount } from '../../classifiers/facts/pay/parse-number.js';
import { parseSalaryLabel } from '../../classifiers/facts/pay/parse-salary-label.js';
import { SMIC_TABLE, smicAt } from '../../classifiers/facts/pay/smic-table.js';
import { flagOf } from '../../classifiers/rule.js';
import { OFFER_RULES } from '../../classifiers/rules/index.js';
import type { Flag } from '../../model/flag.js';
import type { Offer } from '../../model/offer.js';
import { loadSamples } from './helpers.js';
import { buildOffer } from './offer-builder.js';

describe('salary label parser', () => {
  const cases: Array<[string, string | null, number, number, number | null]> = [
    ['Mensuel de 2275.0 Euros à 3033.0 Euros sur 12.0 mois', 'month', 2275, 3033, 12],
    ['Mensuel de 2000.0 Euros sur 13.0 mois', 'month', 2000, 2000, 13],
    ['Horaire de 11.65 Euros sur 12.0 mois', 'hour', 11.65, 11.65, 12],
    ['Horaire de 17.0 Euros à 18.7 Euros sur 12.0 mois', 'hour', 17, 18.7, 12],
    ['Annuel de 25000.0 Euros à 30000.0 Euros sur 12.0 mois', 'year', 25000, 30000, 12],
    ['Annuel de 26400,00 Euros sur 12 mois', 'year', 26400, 26400, 12],
    ['Mensuel de 1880,71 Euros à 1880,72 Euros sur 12 mois', 'month', 1880.71, 1880.72, 12],
    ['Mensuel de 1600,00 Euros à 1800,00 Euros', 'month', 1600, 1800, null],
    ['Horaire de 12.84 Euros à 12.85 Euros', 'hour', 12.84, 12.85, null],
    ['Mensuel de 1810.00 Euros sur 12 mois', 'month', 1810, 1810, 12],
    ['Horaire de 12.25 Euros sur 0.0 mois', 'hour', 12.25, 12.25, null],
    ['De 1801,00 Euros à 1801,00 Euros', 'month', 1801, 1801, null],
    ['Cachet de 150 Euros', 'performance', 150, 150, null],
    ['Annuel de 17,00 Euros à 27,00 Euros', 'year', 17, 27, null],
  ];
  for (const [label, unit, min, max, months] of cases) {
    it(label, () => {
      const parsed = parseSalaryLabel(label);
      expect(parsed.status).toBe('parsed');
      if (parsed.status !== 'parsed') return;
      expect(parsed.amount.unit).toBe(unit);
      expect(parsed.amount.min).toBeCloseTo(min, 2);
      expect(parsed.amount.max).toBeCloseTo(max, 2);
      expect(parsed.amount.monthsPerYear).toBe(months);
    });
  }

  it('keeps an unknown format as unparsed, not missing', () => {
    expect(parseSalaryLabel('Autre type de salaire').status).toBe('unparsed');
    expect(parseSalaryLabel(null).status).toBe('missing');
    expect(parseSalaryLabel('   ').status).toBe('missing');
  });

  it('parses or keeps as unparsed every label of the real samples, without crashing', () => {
    const labels = loadSamples().flatMap((offer) => (offer.salary.label ? [offer.salary.label] : []));
    expect(labels.length).toBeGreaterThan(300);
    const unparsed = labels.filter((label) => parseSalaryLabel(label).status !== 'parsed');
    console.log(
      `salary labels of the real samples: ${labels.length}, unparsed: ${unparsed.length}`,
      unparsed,
    );
    expect(unparsed.length / labels.length).toBeLessThan(0.02);
  });

  it('reads numbers as people write them', () => {
    expect(parseAmount('1 800')).toBe(1800);
    expect(parseAmount('1.800')).toBe(1800);
    expect(parseAmount('1.800,50')).toBe(1800.5);
    expect(parseAmount('2275.0')).toBe(2275);
    expect(parseAmount('26400,00')).toBe(26400);
    expect(parseAmount('25k')).toBe(25000);
    expect(parseAmount('abc')).toBeNull();
  });

  it('never throws on any input (fuzzed)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        parseSalaryLabel(text);
        parseAmount(text);
        findPayAmounts(normaliseWithMap(text), 'comment');
        findPayAmounts(normaliseWithMap(text), 'description');
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(
        fc.constantFrom('Mensuel', 'Horaire', 'Annuel', 'Cachet', ''),
        fc.double({ min: 0, max: 1e7, noNaN: true }),
        fc.double({ min: 0, max: 1e7, noNaN: true }),
        fc.boolean(),
        (unit, a, b, comma) => {
          const f = (value: number) => (comma ? value.toFixed(2).replace('.', ',') : value.toFixed(1));
          const parsed = parseSalaryLabel(`${unit} de ${f(a)} Euros à ${f(b)} Euros sur 12.0 mois`.trim());
          expect(parsed.status).toBe('parsed');
          if (parsed.status === 'parsed') expect(parsed.amount.min).toBeLessThanOrEqual(parsed.amount.max);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('amounts in free text', () => {
  const read = (text: string) => findPayAmounts(normaliseWithMap(text), 'description');
  it('reads "1 800 € brut/mois", "12€/h", "25K€", ranges', () => {
    expect(read('Salaire : 1 800 € brut/mois')[0]).toMatchObject({
      min: 1800,
      unit: 'month',
      basis: 'gross',
    });
    expect(read('Payé 12€/h')[0]).toMatchObject({ min: 12, unit: 'hour' });
    expect(read('Package 25K€')[0]).toMatchObject({ min: 25000, unit: 'year' });
    expect(read('2 800 € - 3 400 € par mois')[0]).toMatchObject({ min: 2800, max: 3400, unit: 'month' });
    expect(read('de 15,76 € à 24,16 € brut/h')[0]).toMatchObject({ min: 15.76, max: 24.16, unit: 'hour' });
    expect(read('35-40k€ selon profil')[0]).toMatchObject({ min: 35000, max: 40000 });
  });
  it('reads the ways offers write an amount, its unit and its basis', () => {
    const cases: Array<[string, number, string, 'gross' | 'net' | null]> = [
      ['Salaire : 1 801,80 € brut mensuel', 1801.8, 'month', 'gross'],
      ['Salaire : 1801.80€ par mois', 1801.8, 'month', null],
      ['Rémunération : 11,88 €/h', 11.88, 'hour', null],
      ["Payé 12€ de l'heure", 12, 'hour', null],
      ['Taux : 12,50 € brut/h', 12.5, 'hour', 'gross'],
      // "B/heure", "B/h": b for brut, as partner feeds abbreviate it.
      ['Salaire à partir de 13.13€ B/heure', 13.13, 'hour', 'gross'],
      ['Salaire : 13,13 € b / h', 13.13, 'hour', 'gross'],
      ['Salaire 1850 € B/mois', 1850, 'month', 'gross'],
      ['Salaire : 2100€ net/mois', 2100, 'month', 'net'],
    ];
    for (const [text, min, unit, basis] of cases)
      expect(read(text)[0], text).toMatchObject({ min, unit, unitInferred: false, basis, payContext: true });
    // A "b" that is no basis: the word before says what the amount is.
    expect(read('Pour un abonnement de 12 € b/mois')[0]?.excluded).toBe(true);
  });
  it('reads a net amount in a pay comment', () => {
    expect(findPayAmounts(normaliseWithMap('1850.00 Net'), 'comment')[0]).toMatchObject({
      min: 1850,
      basis: 'net',
    });
    expect(findPayAmounts(normaliseWithMap('selon profil sur 13 mois'), 'comment')).toEqual([]);
  });
  it('knows a meal voucher or a bonus is not pay', () => {
    expect(read('Tickets restaurant d’une valeur faciale de 11,00 euros')[0]?.excluded).toBe(true);
    expect(read('Prime de fin d’année de 500 €')[0]?.excluded).toBe(true);
  });
});

describe('SMIC table', () => {
  it('is sorted and gives the rate in force on a date', () => {
    const dates = SMIC_TABLE.map((rate) => rate.from);
    expect([...dates].sort()).toEqual(dates);
    expect(smicAt('2025-08-05T10:00:00Z')?.hourly).toBe(11.88);
    expect(smicAt('2024-10-31')?.hourly).toBe(11.65);
    expect(smicAt('2026-01-01')?.hourly).toBe(12.02);
    expect(smicAt('2019-06-01')).toBeNull();
    expect(smicAt(null)).toBeNull();
    for (const rate of SMIC_TABLE) expect(Math.abs(rate.hourly * 151.67 - rate.monthly)).toBeLessThan(1);
  });
});

describe('paid hours of a month', () => {
  it('counts 151.67 h for 35 h, part-time months truncated to the hundredth, overtime with its premium', () => {
    expect(paidMonthlyHours(35)).toBe(151.67);
    expect(paidMonthlyHours(25)).toBe(108.33);
    expect(paidMonthlyHours(20)).toBe(86.66);
    expect(paidMonthlyHours(24)).toBe(104);
    expect(paidMonthlyHours(39)).toBeCloseTo(151.67 + ((4 * 52) / 12) * 1.25, 6);
    // Hours above 35 paid in rest (RTT, annualised time) count nothing more.
    expect(paidMonthlyHours(39, false)).toBe(151.67);
  });
  it('pays breaks at the base rate, never as overtime', () => {
    // Food retail: 35 h of work and 1.75 h of breaks are 159.25 h, the SMIC on them 1,891.89 €.
    expect(paidMonthlyHours(36.75, true, 1.75)).toBeCloseTo(159.25, 2);
    expect(paidMonthlyHours(36.75, true, 0)).toBeCloseTo(151.67 + ((1.75 * 52) / 12) * 1.25, 6);
    expect(paidMonthlyHours(37, true, 1.75)).toBeCloseTo(
      151.67 + ((0.25 * 52) / 12) * 1.25 + (1.75 * 52) / 12,
      6,
    );
  });
});

/** The pay rules alone, in their order (rules/index.ts), before classifyOffer keeps one flag per category. */
function payFlags(offer: Offer, context: ClassifierContext): Flag[] {
  const prepared = buildPreparedOffer(offer);
  const facts = new OfferFacts(prepared, context);
  const pay = new Set(['salary_missing', 'pay_mismatch', 'below_minimum_wage']);
  return OFFER_RULES.filter((rule) => pay.has(rule.category)).flatMap((rule) => {
    const finding = rule.detect(prepared, facts);
    return finding ? [flagOf(rule, finding)] : [];
  });
}

describe('pay flags', () => {
  const ctx = defaultContext();
  const flags = (
    salary: { label?: string | null; comment?: string | null },
    extra: Parameters<typeof buildOffer>[0] = {},
  ) =>
    payFlags(
      buildOffer({
        salary: { label: salary.label ?? null, comment: salary.comment ?? null, complements: [] },
        ...extra,
      }),
      ctx,
    ).map((flag) => `${flag.category}:${flag.severity}`);
  it('flags pay below the SMIC in force, hours considered', () => {
    expect(flags({ label: 'Horaire de 9.50 Euros' })).toEqual(['below_minimum_wage:certain']);
    expect(flags({ label: 'Mensuel de 1200 Euros' })).toEqual(['below_minimum_wage:certain']);
    expect(
      flags(
        { label: 'Mensuel de 1300 Euros' },
        { hours: { label: 'Temps partiel - 25H/semaine', fullTime: false } },
      ),
    ).toEqual([]);
    expect(flags({ label: 'Horaire de 11,88 Euros' }, { createdAt: '2026-02-01T00:00:00Z' })).toEqual([
      'below_minimum_wage:certain',
    ]);
    expect(flags({ label: 'Horaire de 11,88 Euros' })).toEqual([]);
  });
  it('reads 36.75 h as 35 h of work and 5 % of paid breaks, and says so', () => {
    const retail = (label: string, description: string) =>
      flags({ label }, { description, hours: { label: null, fullTime: null } });
    expect(retail('Mensuel de 1891,90 Euros', 'CDI - Temps complet - 36.75H par semaine')).toEqual([]);
    expect(retail('Mensuel de 1891,00 Euros', 'CDI - Temps complet - 36.75H par semaine')).toEqual([
      'below_minimum_wage:likely',
    ]);
    // 36.5 h are no 5 % of breaks: the 1.5 h above 35 are overtime, with the premium (11.88 € × 159.80 h).
    expect(retail('Mensuel de 1895,00 Euros', 'CDI - 36.5H par semaine')).toEqual([
      'below_minimum_wage:likely',
    ]);
    expect(retail('Mensuel de 1899,00 Euros', 'CDI - 36.5H par semaine')).toEqual([]);
  });
  it('judges a part-time monthly pay pro rata, with no tolerance past the payslip’s rounding', () => {
    const partTime = (description: string) =>
      flags({}, { description, hours: { label: null, fullTime: null } });
    expect(partTime('Contrat 30h par semaine. Salaire : 1 544,40 € brut par mois.')).toEqual([]);
    expect(partTime('Contrat 30h par semaine. Salaire : 1 544 € brut par mois.')).toEqual([
      'below_minimum_wage:certain',
    ]);
  });
  it('is only likely when the weekly hours are unknown', () => {
    expect(flags({ label: 'Mensuel de 1500 Euros' }, { hours: { label: null, fullTime: null } })).toEqual([
      'below_minimum_wage:likely',
    ]);
  });
  it('compares apprentices with the apprentice scale', () => {
    const apprentice = {
      contract: { type: 'CDD', label: 'CDD - 24 Mois', nature: 'Contrat apprentissage', alternance: true },
    };
    expect(flags({ label: 'Mensuel de 900 Euros' }, apprentice)).toEqual([]);
    expect(flags({ label: 'Mensuel de 300 Euros' }, apprentice)).toEqual(['below_minimum_wage:certain']);
  });
  it('flags absurd pay and commission-only pay shown as a salary', () => {
    expect(flags({ label: 'Mensuel de 40000 Euros à 60000 Euros' })).toEqual(['pay_mismatch:certain']);
    expect(flags({ label: 'Mensuel de 400 Euros à 2000 Euros' })).toEqual(['pay_mismatch:certain']);
    expect(
      flags({ label: 'Mensuel de 2500 Euros' }, { description: 'Rémunération uniquement à la commission.' }),
    ).toEqual(['pay_mismatch:certain']);
  });
  it('flags missing pay, not unparsed pay', () => {
    expect(flags({ comment: 'Selon profil' })).toEqual(['salary_missing:certain']);
    // A label with no figure states no amount; "SMIC" alone names the minimum without a figure (hard call 2).
    expect(flags({ label: 'Autre type de salaire' })).toEqual(['salary_missing:certain']);
    expect(flags({ comment: 'smic en vigueur' })).toEqual(['salary_missing:likely']);
  });
});

describe('hours parser', () => {
  const cases: Array<[string, number | null]> = [
    ['35H', 35],
    ['38H', 38],
    ['temps partiel', null],
    ['35H Travail en horaires fractionnés', 35],
    ['37H Travail en journée', 37],
    ['35H/semaine\nTravail en journée', 35],
    ['35 H  Horaires normaux', 35],
    ['24H/semaine Travail en journée', 24],
    ['Temps partiel - 33H50/semaine\nTravail en journée', 33 + 50 / 60],
    ['Temps partiel - 6H25/semaine\nTravail en journée', 6 + 25 / 60],
    ['37H30/semaine\nTravail en journée', 37.5],
    ['Temps plein', null],
  ];
  for (const [label, weekly] of cases) {
    it(JSON.stringify(label), () => {
      const parsed = parseHoursLabel(label);
      if (weekly === null) expect(parsed.weekly).toBeNull();
      else expect(parsed.weekly).toBeCloseTo(weekly, 2);
    });
  }
  it('finds weekly hours in text, not schedules', () => {
    expect(findWeeklyHours('le poste représente 8h par semaine').map((h) => h.weekly)).toEqual([8]);
    expect(findWeeklyHours('contrat de 24 heures hebdomadaires').map((h) => h.weekly)).toEqual([24]);
    expect(findWeeklyHours('ouvert 24h/24, de 8h a 12h')).toEqual([]);
  });
  it('never throws (fuzzed)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        parseHoursLabel(text);
        findWeeklyHours(text);
      }),
      { numRuns: 2000 },
    );
  });
});
