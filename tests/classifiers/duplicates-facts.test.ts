import { describe, expect, it } from 'vitest';
import { descriptionHashes } from '../../classifiers/duplicates/fused-text.js';
import { factMatches, factMatchesReference } from '../../classifiers/duplicates/offer-signature.js';
import { loadSamples } from './helpers.js';

/** The scan from the native search, and the scan from the starts the description's normalisation notes. */
function fast(text: string): string[] {
  const out: string[] = [];
  factMatches(text, (match) => out.push(match));
  const hashed = descriptionHashes(text, 1, 2);
  const fromStarts: string[] = [];
  if (hashed.starts === null) return out;
  factMatches(text, (match) => fromStarts.push(match), hashed.starts, hashed.startCount);
  expect(fromStarts, JSON.stringify(text)).toEqual(out);
  return out;
}

const TRICKY = [
  '',
  'Poste basé à Marignier, secteur de Cluses (Haute-Savoie) et d’Annecy.',
  "Saison d'hiver 2025-2026, de décembre à avril ; l'été, en juillet et août. Cet été, l’Été, en Été.",
  'Juin, JUIN, juin2026, 2juin, 12/08, 1/9, 123/4, 2026, 20266, a2026, Août, AOÛT, aout, Aout, février, Février',
  'notre client RENAULT, nos clients Bosch et SNCF ; magasin Carrefour ; agence Lyon-Part-Dieu ; ville Évian',
  'avec le sourire Toujours disponible, 13e moisPrime annuelle, prés Annecy, près Thonon, à Évian, À Genève',
  'Ébéniste, Œuvre ; (Élodie) ,Zoé (  Paris ( Lyon ,  Nice; — Grenoble « Chambéry » ‘Albertville’',
  'tuteur à 𝐀nnecy, 👩‍🍳 à Annecy, 🔥à Annecy, Ωmega à Σparte, ǅemal à Ǆ, ça à Ça',
  'éte ete été étés éteint Estivale estivales Hivernale hivernales Printemps printanier Automne automnes',
  'à Marseille 8e, de Paris 15ème, à Lyon 1er arrondissement, à Marseille 8eme2, à Paris 123e, à Lyon 3 e, à Nice 4ex',
  'jardinier à Jésus, à J, à Jo, à JO, à JOSE, à Joséphine-Marie-Thérèse-de-la-Très-Grande-Longueur-Sans-Fin-Aucune',
];

describe('duplicates: the names and periods scan', () => {
  it('finds what the global pattern finds, in order, on tricky texts', () => {
    for (const text of TRICKY) expect(fast(text), text).toEqual(factMatchesReference(text));
    // The scan is not vacuous: these texts hold names and periods.
    expect(fast(TRICKY[1]!)).toEqual(['Marignier', 'Cluses', 'Haute-Savoie', 'Annecy']);
  });

  it('finds what the global pattern finds on every real offer', () => {
    const offers = loadSamples();
    expect(offers.length).toBeGreaterThan(600);
    let found = 0;
    for (const offer of offers) {
      for (const text of [offer.description ?? '', offer.title ?? '']) {
        const expected = factMatchesReference(text);
        found += expected.length;
        expect(fast(text)).toEqual(expected);
      }
    }
    expect(found).toBeGreaterThan(1000);
  });

  it('finds what the global pattern finds on random texts of the characters that matter', () => {
    const alphabet = [
      ..."aAeEéÉtTjJuUiInNoOdDsS ,('’-/0129\n",
      'à ',
      'de ',
      'en ',
      'cet ',
      "l'",
      'Juin',
      'juillet',
      'Août',
      'hiver',
      'été',
      'Été',
      '2026',
      'Annecy',
      'ANNECY',
      'Ωx',
      '𝐀',
      '🔥',
    ];
    let seed = 7;
    const random = () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed / 2 ** 32;
    };
    for (let round = 0; round < 5000; round++) {
      const length = Math.floor(random() * 30);
      let text = '';
      for (let k = 0; k < length; k++) text += alphabet[Math.floor(random() * alphabet.length)];
      expect(fast(text), JSON.stringify(text)).toEqual(factMatchesReference(text));
    }
  });

  it('every UTF-16 unit before and after a capital, a period and a year', () => {
    for (let code = 0; code < 0x3000; code++) {
      const char = String.fromCharCode(code);
      for (const text of [
        `a ${char}Annecy`,
        `de${char}Annecy`,
        `${char}juin`,
        `à ${char}`,
        `${char}2026`,
        `l${char}été`,
      ]) {
        expect(fast(text), `U+${code.toString(16)}`).toEqual(factMatchesReference(text));
      }
    }
  });
});
