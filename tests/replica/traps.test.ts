import { describe, expect, it } from 'vitest';
import { Corpus } from '../../replica/corpus/corpus.js';

/** The traps of real offers (issue 14 §2) and their truth: what a careful reader decides, not what a rule sees. */
const BASE = 'http://replica.test';
const corpus = new Corpus({ offers: 12_000, seed: 14 });
const offers = Array.from({ length: corpus.size }, (_, i) => ({
  truth: corpus.truth(i, BASE),
  offer: corpus.offer(i, BASE),
}));
const withTrap = (trap: string) => offers.filter(({ truth }) => truth.traps?.includes(trap));

describe('the traps of real offers', () => {
  it('plants each trap at a plausible rate', () => {
    for (const trap of [
      'placeholder_pay_label',
      'placeholder_pay_agrees',
      'text_rates_below_label',
      'amount_without_euro',
      'part_time_in_text_only',
      'hours_in_text_only',
      'full_time_in_text_only',
      'public_employer',
      'public_employer_under_24h',
      'teacher_18h_service',
      'household_agency',
      'cesu_perk',
      'named_in_text',
      'named_in_description',
      'negated_experience',
      'experience_range',
      'sibling_not_duplicate',
      'duplicate_repost_seconds',
      'duplicate_other_blurb',
    ]) {
      const share = withTrap(trap).length / offers.length;
      expect(share, trap).toBeGreaterThan(0);
      expect(share, trap).toBeLessThan(0.12);
    }
  });

  it('placeholder labels: pay_mismatch and below_minimum_wage when the text disagrees, nothing when it agrees', () => {
    for (const { truth, offer } of withTrap('placeholder_pay_label')) {
      expect(offer.salaire.libelle).toMatch(/^(Mensuel de|De) (1764|1617),00 Euros( à \2,00 Euros)?$/);
      expect(offer.description).toMatch(/\d+\.\d\d ?(€|euros)/);
      expect(truth.categories).toEqual(expect.arrayContaining(['pay_mismatch', 'below_minimum_wage']));
    }
    for (const { truth, offer } of withTrap('placeholder_pay_agrees')) {
      expect(offer.dureeTravailLibelle).toBeUndefined();
      expect(truth.categories).toContain('part_time');
      expect(truth.categories).not.toContain('pay_mismatch');
      expect(truth.categories).not.toContain('below_minimum_wage');
    }
  });

  it('hours said only in the text: part-time (and under 24 h) without any working-time field', () => {
    for (const { truth, offer } of [
      ...withTrap('part_time_in_text_only'),
      ...withTrap('hours_in_text_only'),
    ]) {
      expect(offer.dureeTravailLibelle).toBeUndefined();
      expect(truth.categories).toContain('part_time');
      expect(truth.categories).not.toContain('hours_missing');
    }
    for (const { truth } of withTrap('hours_in_text_only'))
      expect(truth.categories).toContain('part_time_under_24h');
    // Some say only a day's length and the days ("3h … du lundi au vendredi", "le samedi, pendant 8h").
    const daily = withTrap('hours_in_text_only').filter(({ offer }) =>
      /interviendrez \d+h à partir de 17h30 du lundi au vendredi|Travail le samedi, pendant 8h/.test(
        offer.description ?? '',
      ),
    );
    expect(daily.length).toBeGreaterThan(0);
    for (const { truth } of daily) expect(truth.categories).toContain('part_time_under_24h');
    for (const { truth, offer } of offers) {
      if (truth.categories.includes('hours_missing')) expect(offer.dureeTravailLibelle).toBeUndefined();
    }
  });

  it('public employers, teachers and households: under 24 h and CDDs with no part_time_under_24h nor cdd_rules', () => {
    const exempt = [
      ...withTrap('public_employer'),
      ...withTrap('teacher_18h_service'),
      ...withTrap('household'),
      ...withTrap('household_agency'),
    ];
    expect(exempt.length).toBeGreaterThan(50);
    for (const { truth } of exempt) {
      expect(truth.categories).not.toContain('part_time_under_24h');
      expect(truth.categories).not.toContain('cdd_rules');
    }
    for (const { offer } of withTrap('public_employer').filter(({ offer }) => offer.entreprise.nom))
      expect(offer.entreprise.nom).toMatch(/^(MAIRIE|COMMUNE|CCAS|CENTRE HOSPITALIER|COMMUNAUTE)/);
    for (const { offer } of withTrap('household_agency'))
      expect(offer.description).toMatch(/pour le compte de l’un de ses clients/);
    for (const { truth } of withTrap('cesu_perk')) expect(truth.categories).toContain('part_time_under_24h');
  });

  it('employers named only in the text or their description are not anonymous; anonymous ones are', () => {
    for (const { truth, offer } of [...withTrap('named_in_text'), ...withTrap('named_in_description')]) {
      expect(offer.entreprise.nom).toBeUndefined();
      expect(truth.categories).not.toContain('anonymous_employer');
    }
    for (const { offer } of withTrap('named_in_description'))
      expect(offer.entreprise.description).toBeTruthy();
    const anonymous = offers.filter(({ truth }) => truth.categories.includes('anonymous_employer'));
    const share = anonymous.length / offers.length;
    expect(share).toBeGreaterThan(0.04);
    expect(share).toBeLessThan(0.1);
  });

  it('distinct posts are never word for word the same post at one place: siblings of one ad differ in town or season', () => {
    const posts = new Map<string, number>();
    let siblings = 0;
    offers.forEach(({ truth, offer }, index) => {
      if (truth.duplicateOf) return;
      if (truth.traps?.includes('sibling_not_duplicate')) siblings++;
      const key = [offer.intitule, offer.description, offer.lieuTravail.libelle, offer.entreprise?.nom].join(
        '\n',
      );
      expect(posts.get(key), `${index}`).toBeUndefined();
      posts.set(key, index);
    });
    expect(siblings).toBeGreaterThan(10);
  });

  it('siblings are not duplicates; re-posts 33 s later are', () => {
    for (const { truth } of withTrap('sibling_not_duplicate')) {
      expect(truth.categories).not.toContain('duplicate');
      expect(truth.duplicateOf).toBeUndefined();
    }
    for (const { truth, offer } of withTrap('duplicate_repost_seconds')) {
      expect(truth.categories).toContain('duplicate');
      const original = offers[corpus.indexOf(truth.duplicateOf!)!]!.offer;
      if (!offer.dateCreation || !original.dateCreation) continue;
      expect(Date.parse(offer.dateCreation!) - Date.parse(original.dateCreation!)).toBeLessThan(34_000);
      expect(offer.intitule).not.toBe(original.intitule);
    }
  });
});
