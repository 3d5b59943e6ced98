import { describe, expect, it } from 'vitest';
import { parseApiOffer } from '../../model/from-api-offer.js';
import { partnerUrls } from '../../model/offer.js';
import { departementFromCommune, departementFromPostcode, resolveDepartement } from '../../model/place.js';
import { realSamples } from '../helpers/real-samples.js';

const samples = realSamples();

describe('the offer model on real offers', () => {
  it('normalises every real sample', () => {
    const parsed = samples.map((sample) => parseApiOffer(sample));
    expect(parsed.filter((result) => !result.ok)).toEqual([]);
    const offers = parsed.flatMap((result) => (result.ok ? [result.offer] : []));
    expect(offers).toHaveLength(665);
    expect(new Set(offers.map((offer) => offer.place.departement))).toEqual(new Set(['74']));
    const rawPartners = samples.filter(
      (sample) => (sample.origineOffre as { origine?: string })?.origine === '2',
    );
    expect(offers.filter((offer) => offer.origin.kind === 'partner')).toHaveLength(rawPartners.length);
    expect(offers.filter((offer) => offer.origin.kind === null)).toHaveLength(0);
    expect(offers.every((offer) => offer.createdAt !== null)).toBe(true);
    expect(offers.filter((offer) => offer.contract.type === 'CDI').length).toBeGreaterThan(300);
  });

  it('maps the fields the reports group by', () => {
    const result = parseApiOffer(samples[0]);
    if (!result.ok) throw new Error(result.reason);
    expect(result.offer).toMatchObject({
      id: '196FBMG',
      contract: { type: 'MIS', label: 'Intérim - 1 Mois', nature: 'Contrat travail', alternance: false },
      hours: { label: '35H/semaine\nTravail en journée', fullTime: true },
      salary: { label: 'Mensuel de 1861.0 Euros sur 12.0 mois' },
      place: { label: '74 - Rumilly', departement: '74', commune: '74225', postcode: '74150' },
      rome: { code: 'C1201', domain: 'C12' },
      employer: { name: 'MANPOWER FRANCE' },
      experience: { code: 'E', label: '2 An(s)' },
    });
  });
  it('reads full or part time from the label when France Travail gives no converted field', () => {
    const withoutConverted = samples.filter(
      (sample) =>
        sample.dureeTravailLibelleConverti === undefined && typeof sample.dureeTravailLibelle === 'string',
    );
    // 39 real offers say "Temps plein" in dureeTravailLibelle alone: they are full time, not "not stated".
    expect(withoutConverted.length).toBeGreaterThan(30);
    for (const sample of withoutConverted) {
      const result = parseApiOffer(sample);
      if (!result.ok) throw new Error(result.reason);
      expect(result.offer.hours.fullTime).toBe(true);
    }
    const read = (fields: Record<string, string>) => {
      const result = parseApiOffer({ ...samples[0], dureeTravailLibelleConverti: undefined, ...fields });
      if (!result.ok) throw new Error(result.reason);
      return result.offer.hours.fullTime;
    };
    expect(read({ dureeTravailLibelle: '35 H' })).toBe(true);
    expect(read({ dureeTravailLibelle: '37H30/semaine\nTravail en journée' })).toBe(true);
    expect(read({ dureeTravailLibelle: 'Temps partiel - 33H50/semaine' })).toBe(false);
    expect(read({ dureeTravailLibelle: '25 H' })).toBe(false);
    expect(read({ dureeTravailLibelle: 'Travail en journée' })).toBeNull();
    // The converted field, when present, is France Travail's own reading and wins over the label.
    expect(read({ dureeTravailLibelle: '35 H', dureeTravailLibelleConverti: 'Temps partiel' })).toBe(false);
  });
});

describe('the offer model on drifting or hostile input', () => {
  it('keeps unknown fields in the raw record and ignores them in the offer', () => {
    const result = parseApiOffer({ id: 'ABC1234', intitule: 'Cuisinier (H/F)', champNouveau2027: { x: 1 } });
    expect(result.ok && result.raw.champNouveau2027).toEqual({ x: 1 });
    expect(result.ok && result.offer.title).toBe('Cuisinier (H/F)');
  });

  it('drops a field of the wrong shape instead of losing the offer, and coerces numbers served as text', () => {
    const result = parseApiOffer({
      id: 'ABC1234',
      lieuTravail: { libelle: '2A - Ajaccio', latitude: '41.92', longitude: 'n/a', commune: '2A004' },
      salaire: 'Mensuel de 1900 Euros',
      origineOffre: { origine: '2', partenaires: [{ nom: 'INDEED', url: 'https://example.org/o/1' }, 42] },
    });
    if (!result.ok) throw new Error(result.reason);
    expect(result.offer.place).toMatchObject({ departement: '2A', latitude: 41.92, longitude: null });
    expect(result.offer.salary.label).toBeNull();
    expect(result.offer.origin.partners).toEqual([{ name: 'INDEED', url: 'https://example.org/o/1' }]);
    expect(partnerUrls(result.offer)).toEqual(['https://example.org/o/1']);
  });

  it('rejects what is not an offer, saying why', () => {
    expect(parseApiOffer(null)).toEqual({ ok: false, reason: 'an offer must be a JSON object, got null' });
    expect(parseApiOffer([1])).toMatchObject({ ok: false, reason: /an array/ });
    expect(parseApiOffer({ intitule: 'x' })).toMatchObject({ ok: false, reason: /id: missing/ });
    expect(parseApiOffer({ id: '   ' })).toMatchObject({ ok: false, reason: /id: missing/ });
  });

  it('treats a numeric id as its text', () => {
    expect(parseApiOffer({ id: 1234567 })).toMatchObject({ ok: true, offer: { id: '1234567' } });
  });
});

describe('département resolution', () => {
  it('reads communes, labels and postcodes, overseas and Corsica included', () => {
    expect(departementFromCommune('97411')).toBe('974');
    expect(departementFromCommune('2B033')).toBe('2B');
    expect(departementFromCommune('75056')).toBe('75');
    expect(departementFromPostcode('20000')).toBe('2A');
    expect(departementFromPostcode('20200')).toBe('2B');
    expect(resolveDepartement({ label: '974 - Saint-Denis' })).toBe('974');
    expect(resolveDepartement({ label: 'Allemagne' })).toBeNull();
    expect(resolveDepartement({ label: 'Pays-Bas', postcode: null, commune: null })).toBeNull();
  });
});
