import { describe, expect, it } from 'vitest';
import { Corpus } from '../../replica/corpus/corpus.js';
import { BRAND_STEMS, TEMP_AGENCIES } from '../../replica/corpus/data/employers.js';
import { PUBLIC_COMMENTS } from '../../replica/corpus/data/salary-wording.js';
import { smicAt } from '../../replica/corpus/data/smic.js';

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
      'agency_contracts_in_description',
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

  it('monthly pays over 35 hours count the overtime premium: only a planted defect is below the SMIC', () => {
    // 39 h a week at the SMIC rate is 173.33 paid hours (+25 % from the 36th hour), not 39 × 52 / 12.
    let checked = 0;
    for (const { truth, offer } of offers) {
      const label = /^Mensuel de (\d+)[.,]\d+ Euros/.exec(offer.salaire.libelle ?? '');
      const hours = /^(\d+)H(\d\d)?\/semaine|^(\d+) H/.exec(offer.dureeTravailLibelle ?? '');
      if (!label || !hours || offer.alternance || truth.categories.includes('below_minimum_wage')) continue;
      const weekly = Number(hours[1] ?? hours[3]) + Number(hours[2] ?? 0) / 60;
      if (weekly <= 35 || !offer.dateCreation) continue;
      const paid = ((35 + Math.min(weekly - 35, 8) * 1.25 + Math.max(weekly - 43, 0) * 1.5) * 52) / 12;
      const floor = smicAt(Date.parse(offer.dateCreation)).hourly * paid;
      expect(Number(label[1]), `${truth.id}: ${offer.salaire.libelle}, ${weekly} h`).toBeGreaterThanOrEqual(
        Math.floor(floor),
      );
      checked++;
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('a private school never presents itself as a tutoring firm (cours particuliers)', () => {
    const schools = withTrap('teacher_18h_service');
    expect(schools.length).toBeGreaterThan(10);
    for (const { offer } of schools)
      expect(offer.entreprise.description ?? '').not.toMatch(/cours particuliers|soutien scolaire/i);
  });

  it('employers named only in the text are brands, still named when the text is rewritten in English', () => {
    // A temp agency keeps its own name ("RANDSTAD recrute !"); the ad's first line may sit in the description.
    const brand = new RegExp([...BRAND_STEMS, ...TEMP_AGENCIES].join('|'), 'i');
    const named = withTrap('named_in_text');
    expect(named.length).toBeGreaterThan(50);
    const read = (offer: (typeof offers)[number]['offer']) =>
      `${offer.entreprise.description ?? ''}\n${offer.description}`;
    for (const { offer } of named) expect(read(offer)).toMatch(brand);
    const english = named.filter(({ truth }) => truth.categories.includes('foreign_language'));
    for (const { offer } of english) expect(read(offer)).toMatch(brand);
    // A partner that is the employer names itself in its text ("Rejoignez Dalkia"), as its real offers do.
    const ownSites = offers.filter(({ truth }) => truth.traps?.includes('named_in_partner'));
    expect(ownSites.length).toBeGreaterThan(5);
    for (const { offer } of ownSites) {
      const partner = offer.origineOffre.partenaires![0]!.nom;
      expect(offer.description.toLowerCase()).toContain(partner.toLowerCase());
    }
  });

  it('a statutory pay comment ("selon grille FPT") is a public employer’s only', () => {
    const statutory = offers.filter(({ offer }) => PUBLIC_COMMENTS.includes(offer.salaire.commentaire ?? ''));
    expect(statutory.length).toBeGreaterThan(0);
    for (const { truth } of statutory) expect(truth.traps).toContain('public_employer');
  });

  it('one employer’s ads for other towns or seasons never repeat one another word for word', () => {
    // Two identical ads of one employer are one job posted twice: a duplicate, which siblings are not.
    const seen = new Map<string, string>();
    for (const { truth, offer } of offers) {
      if (truth.categories.includes('duplicate')) continue;
      const key = `${offer.entreprise.nom}|${offer.romeCode}|${offer.intitule}|${offer.description}`;
      expect(seen.get(key), `${truth.id} repeats ${seen.get(key)}`).toBeUndefined();
      seen.set(key, truth.id);
    }
    expect(withTrap('sibling_not_duplicate').length).toBeGreaterThan(10);
  });

  it('only a planted trap lets a temp agency list every contract it offers in its presentation', () => {
    const lists = (offer: (typeof offers)[number]['offer']) =>
      /CDD/.test(offer.entreprise.description ?? '') && /CDI/.test(offer.entreprise.description ?? '');
    const planted = withTrap('agency_contracts_in_description');
    expect(planted.length).toBeGreaterThan(50);
    for (const { offer, truth } of planted) {
      expect(['MIS', 'DIN']).toContain(offer.typeContrat);
      expect(lists(offer), truth.id).toBe(true);
    }
    // ("CDD pouvant évoluer sur un CDI" moved into the description is the cdd_rules trap, another one.)
    const others = offers.filter(
      ({ truth }) =>
        !truth.traps?.includes('agency_contracts_in_description') &&
        !truth.traps?.includes('cdd_rules_in_description'),
    );
    expect(others.filter(({ offer }) => lists(offer)).map(({ truth }) => truth.id)).toEqual([]);
  });
});
