import { describe, expect, it } from 'vitest';
import { descriptionHashes } from '../../classifiers/duplicates/fused-text.js';
import { hashString } from '../../classifiers/engine/hash32.js';
import { normaliseText } from '../../classifiers/engine/normalise.js';
import { loadSamples } from './helpers.js';

const FNV_PRIME = 0x01000193;

/** The reference: FNV-1a over normaliseText's string, and hashString over each [a-z0-9]+ word. */
function reference(description: string, hiSeed: number, loSeed: number) {
  const text = normaliseText(description);
  let hi = hiSeed;
  let lo = loSeed;
  for (let index = 0; index < text.length; index++) {
    hi = Math.imul(hi ^ text.charCodeAt(index), FNV_PRIME);
    lo = Math.imul(lo ^ text.charCodeAt(index), FNV_PRIME);
  }
  return { hi, lo, words: (text.match(/[a-z0-9]+/g) ?? []).map((word) => hashString(word)) };
}

function fused(description: string, hiSeed: number, loSeed: number) {
  const out = descriptionHashes(description, hiSeed, loSeed);
  return { hi: out.hi, lo: out.lo, words: [...out.hashes.subarray(0, out.count)] };
}

const TRICKY = [
  '',
  '   ',
  'Serveur(se) H/F',
  'serveur·se, salarié·e·s, vendeur.euse, diplômé(e)s, Paris.Elle',
  'reactif(ve) et motivé(e)(s) : (e) (se)x .e.s x.e.s ·e·s a·e·e a.e.e.e .es',
  'jour(s). 12(e) a(e b(ee) c(E) d.E e.ESE f·es·s g·es·sx h.e.sx',
  'Œuvre, cœur, Æsir — « guillemets » ‘apostrophe’ – tiret − moins…',
  'Crème brûlée\u00a0à\u202f12\u2007€ ; naïve façade ; ÇA, ÉTÉ, Ÿ, ı İ ß ǅ',
  'decomposed e\u0301 and a\u0300 \u0301 lone marks',
  'tabs\tand\n\nnew lines\r\n  runs   of  spaces \u2028 \u2003 end ',
  'emoji 👩‍🍳 cheffe(s) and Greek σοφία ⋅e keep the reference path',
  'www.vigie.fr, contact@exemple.fr, e.g. S.A.R.L. n.b. i.e.',
  'a(eres) b(ieres) c(trice) d(tte) e·ieres f.iere g.rice h·rice·s',
];

describe('duplicates: the fused normaliser and hasher', () => {
  it('gives the same hashes as normaliseText then hashing, on tricky texts', () => {
    for (const text of TRICKY) {
      expect(fused(text, 0x811c9dc5, 0x1b873593), text).toEqual(reference(text, 0x811c9dc5, 0x1b873593));
    }
  });

  it('gives the same hashes on every real offer, its title and its description', () => {
    const offers = loadSamples();
    expect(offers.length).toBeGreaterThan(600);
    for (const offer of offers) {
      for (const text of [
        offer.description ?? '',
        offer.title ?? '',
        `${offer.title} ${offer.description}`,
      ]) {
        expect(fused(text, 1, 2)).toEqual(reference(text, 1, 2));
      }
    }
  });

  it('gives the same hashes on random texts of the characters that matter', () => {
    const alphabet = [...'aeisnrtlx .()·•‧-Éèç\u00a0\t(e)·s.se.e'];
    let seed = 11;
    const random = () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed / 2 ** 32;
    };
    for (let round = 0; round < 3000; round++) {
      const length = Math.floor(random() * 40);
      let text = '';
      for (let k = 0; k < length; k++) text += alphabet[Math.floor(random() * alphabet.length)];
      expect(fused(text, 3, 4), JSON.stringify(text)).toEqual(reference(text, 3, 4));
    }
  });

  it('every UTF-16 unit of Latin, accents and punctuation alone or between letters', () => {
    for (let code = 0; code < 0x2100; code++) {
      const char = String.fromCharCode(code);
      for (const text of [char, `ab${char}cd`, `a ${char}${char} e`]) {
        expect(fused(text, 5, 6), `U+${code.toString(16)}`).toEqual(reference(text, 5, 6));
      }
    }
  });
});
