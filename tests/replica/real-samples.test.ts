import { describe, expect, it } from 'vitest';
import { Corpus } from '../../replica/corpus/corpus.js';
import type { ApiOffer } from '../../replica/types.js';
import { realSampleLines } from '../helpers/real-samples.js';

/**
 * The generator against real offers (665 of département 74, August 2025): same keys, same value formats, field
 * presence and mixes in the same range. The replica shares no code with the model, so this is its only anchor.
 */
type Raw = Record<string, unknown> & ApiOffer;

const samples: Raw[] = realSampleLines().map((line) => JSON.parse(line) as Raw);

const corpus = new Corpus({ offers: 6000, seed: 74 });
const generated: Raw[] = Array.from(
  { length: corpus.size },
  (_, i) => corpus.offer(i, 'http://replica.test') as Raw,
);

const byOrigin = (offers: Raw[], origin: string) =>
  offers.filter((offer) => offer.origineOffre.origine === origin);
const presence = (offers: Raw[]) => {
  const rates = new Map<string, number>();
  for (const offer of offers)
    for (const key of Object.keys(offer)) rates.set(key, (rates.get(key) ?? 0) + 1 / offers.length);
  return rates;
};
const share = (offers: Raw[], test: (offer: Raw) => boolean) => offers.filter(test).length / offers.length;
const quantile = (values: number[], q: number) =>
  [...values].sort((a, b) => a - b)[Math.floor(q * (values.length - 1))]!;

/** The shape of a value: digits become 9, so "Mensuel de 1861.0 Euros" and "Mensuel de 2000.0 Euros" match. */
const family = (text: string) => text.replace(/\d+/g, '9').replace(/^(Mensuel|Horaire|Annuel|Cachet) /, 'U ');

describe('generated offers against the real samples', () => {
  it('use only keys the real API uses, top-level and nested', () => {
    const keysOf = (offers: Raw[], field?: string) =>
      new Set(
        offers.flatMap((offer) => Object.keys((field ? (offer[field] as object | undefined) : offer) ?? {})),
      );
    for (const field of [
      undefined,
      'lieuTravail',
      'salaire',
      'entreprise',
      'contact',
      'origineOffre',
      'agence',
      'contexteTravail',
    ]) {
      const real = keysOf(samples, field);
      expect(
        [...keysOf(generated, field)].filter((key) => !real.has(key)),
        field ?? 'top level',
      ).toEqual([]);
    }
  });

  it('carry each field about as often as real offers of the same origin', () => {
    for (const origin of ['1', '2']) {
      const real = presence(byOrigin(samples, origin));
      const ours = presence(byOrigin(generated, origin));
      for (const key of new Set([...real.keys(), ...ours.keys()])) {
        // permis depends on the job mix (the sample is one Alpine département in August).
        const tolerance = key === 'permis' ? 0.2 : 0.15;
        expect(
          Math.abs((real.get(key) ?? 0) - (ours.get(key) ?? 0)),
          `${key} (origin ${origin})`,
        ).toBeLessThanOrEqual(tolerance);
      }
    }
  });

  it('write salaire.libelle only in formats seen live', () => {
    const realFamilies = new Set(
      samples.flatMap((offer) => (offer.salaire.libelle ? [family(offer.salaire.libelle)] : [])),
    );
    // Formats listed in francetravail.md but absent from this sample.
    for (const documented of [
      'Mensuel de 2000.0 Euros sur 13.0 mois',
      'Annuel de 26400,00 Euros sur 12 mois',
      'Mensuel de 1600,00 Euros à 1800,00 Euros',
      'Annuel de 25000.0 Euros à 30000.0 Euros',
      'Annuel de 30000.0 Euros',
    ]) {
      realFamilies.add(family(documented));
    }
    const seen = new Set(
      generated.flatMap((offer) => (offer.salaire.libelle ? [family(offer.salaire.libelle)] : [])),
    );
    expect([...seen].filter((shape) => !realFamilies.has(shape))).toEqual([]);
    expect(seen.size).toBeGreaterThanOrEqual(8);
    const units = new Set(
      generated.flatMap((offer) => (offer.salaire.libelle ? [offer.salaire.libelle.split(' ')[0]] : [])),
    );
    for (const unit of ['Mensuel', 'Horaire', 'Annuel', 'De']) expect(units).toContain(unit);
  });

  it('write dureeTravailLibelle, typeContratLibelle and experienceLibelle in live formats', () => {
    const rhythms = new Set(
      samples.flatMap((offer) =>
        offer.dureeTravailLibelle?.includes('\n')
          ? [offer.dureeTravailLibelle.split('\n')[1]!.replace(/\.\.\.$/, '')]
          : [],
      ),
    );
    rhythms.add('Travail saisonnier'); // listed in francetravail.md §5
    const odd = generated.flatMap((offer) => {
      const label = offer.dureeTravailLibelle;
      if (label === undefined) return [];
      const ownFormat = /^(Temps partiel - )?\d+H(\d\d)?\/semaine\n(.+?)(\.\.\.)?$/.exec(label);
      if (ownFormat) return rhythms.has(ownFormat[3]!) ? [] : [label];
      // Partner formats of the sample, and France Travail's older one-line formats listed in francetravail.md §2.
      return /^(\d+ H|\d+ H {2}.+|Temps plein|[Tt]emps partiel|\d+H(\d\d)?( .+)?|\d+H(\d\d)?\/semaine .+)$/.test(
        label,
      )
        ? []
        : [label];
    });
    expect(odd).toEqual([]);
    const realContractFamilies = new Set(samples.map((offer) => family(offer.typeContratLibelle)));
    const contractFamilies = new Set(generated.map((offer) => family(offer.typeContratLibelle)));
    const unseen = [...contractFamilies].filter((shape) => !realContractFamilies.has(shape));
    // Contracts the sample lacks but the referential has (franchise, reprise) and undated durations are allowed.
    for (const shape of unseen)
      expect(shape).toMatch(
        /^(Franchise|Reprise d'entreprise|CDD|Contrat à durée déterminée|Intérim|Mission intérimaire|Saisonnier|Contrat travail saisonnier|CDD Insertion)( - 9 (Mois|Jour\(s\)))?$/,
      );
    const experience =
      /^(Débutant accepté|Expérience souhaitée|Expérience exigée|(Expérience exigée de )?\d+ (An\(s\)|Mois))$/;
    expect(
      generated.filter(
        (offer) => offer.experienceLibelle !== undefined && !experience.test(offer.experienceLibelle),
      ),
    ).toEqual([]);
  });

  it('use the real id, date and place formats', () => {
    const wrong = generated.filter(
      (offer) =>
        !(offer.origineOffre.origine === '1' ? /^\d{3}[A-Z]{4}$/ : /^\d{7}$/).test(offer.id) ||
        (offer.dateCreation !== undefined &&
          !/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/.test(offer.dateCreation)) ||
        !/^(\d{2}|2A|2B|97\d) - \S/.test(offer.lieuTravail.libelle) ||
        (offer.lieuTravail.commune !== undefined && !/^\d{5}$/.test(offer.lieuTravail.codePostal ?? '')) ||
        !/^[A-N]\d{4}$/.test(offer.romeCode),
    );
    expect(wrong.map((offer) => offer.id)).toEqual([]);
    const departements = new Set(generated.map((offer) => offer.lieuTravail.libelle.split(' - ')[0]));
    for (const code of ['2A', '2B', '971', '974', '75', '13']) expect(departements).toContain(code);
  });

  it('mix origins, contracts, titles and text lengths like the live service', () => {
    expect(share(generated, (offer) => offer.origineOffre.origine === '2')).toBeCloseTo(0.57, 1);
    expect(share(generated, (offer) => offer.typeContrat === 'CDI')).toBeGreaterThan(0.45);
    expect(share(generated, (offer) => offer.typeContrat === 'CDI')).toBeLessThan(0.62);
    expect(share(generated, (offer) => offer.typeContrat === 'CDD')).toBeGreaterThan(0.17);
    expect(share(generated, (offer) => offer.typeContrat === 'MIS')).toBeGreaterThan(0.1);
    expect(share(generated, (offer) => /H\/F|F\/H/.test(offer.intitule))).toBeGreaterThan(0.95);
    expect(share(generated, (offer) => !offer.entreprise.nom)).toBeGreaterThan(0.12);
    expect(share(generated, (offer) => !offer.entreprise.nom)).toBeLessThan(0.32);
    expect(share(generated, (offer) => !offer.salaire.libelle)).toBeGreaterThan(0.38);
    expect(share(generated, (offer) => !offer.salaire.libelle)).toBeLessThan(0.6);
    const lengths = generated.map((offer) => offer.description.length);
    expect(quantile(lengths, 0.1)).toBeGreaterThan(350);
    expect(quantile(lengths, 0.1)).toBeLessThan(900);
    expect(quantile(lengths, 0.5)).toBeGreaterThan(1100);
    expect(quantile(lengths, 0.5)).toBeLessThan(1800);
    expect(quantile(lengths, 0.9)).toBeGreaterThan(2000);
    expect(quantile(lengths, 0.9)).toBeLessThan(3400);
    const partners = new Set(
      generated.flatMap((offer) => offer.origineOffre.partenaires?.map((partner) => partner.nom) ?? []),
    );
    for (const name of ['METEOJOB', 'COOKORICO', 'TALENTPLUG', 'INDEED']) expect(partners).toContain(name);
  });

  it('write entreprise.description like real feeds: length, cuts near 500 characters, contracts named', () => {
    const about = (offers: Raw[]) => offers.flatMap((offer) => offer.entreprise.description ?? []);
    const contract = /\b(CDI|CDD|int[ée]rim|int&eacute;rim|contrat)/i;
    const figures = (offers: Raw[]) => {
      const texts = about(offers);
      return {
        mean: texts.reduce((sum, text) => sum + text.length, 0) / texts.length,
        cut: share(texts as unknown as Raw[], (text) => String(text).endsWith('...')),
        contract: share(texts as unknown as Raw[], (text) => contract.test(String(text))),
        own: about(byOrigin(offers, '1')).length / byOrigin(offers, '1').length,
        partner: about(byOrigin(offers, '2')).length / byOrigin(offers, '2').length,
      };
    };
    const real = figures(samples);
    const ours = figures(generated);
    // Real (665 offers): mean ~300 characters, a third cut by the feed, a quarter naming contracts (temp agencies'
    // "intérim, CDD, CDI"), on a third of own offers and half of partner offers.
    expect(Math.abs(ours.mean - real.mean) / real.mean).toBeLessThan(0.25);
    for (const key of ['cut', 'contract', 'own', 'partner'] as const)
      expect(Math.abs(ours[key] - real[key]), key).toBeLessThan(0.12);
    expect(Math.max(...about(generated).map((text) => text.length))).toBeLessThanOrEqual(500);
  });
});
