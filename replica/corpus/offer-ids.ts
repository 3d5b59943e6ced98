/**
 * Offer ids in the real formats, derived from the offer's index by a bijection so that id → offer needs no table:
 * France Travail's own offers "196FBMG" (three digits, four consonants), partner offers seven digits "0682284".
 */
const CONSONANTS = 'BCDFGHJKLMNPQRSTVWXYZ';
const LETTERS = CONSONANTS.length;
const OWN_SPACE = 1000 * LETTERS ** 4;
const PARTNER_SPACE = 10_000_000;
// Multipliers coprime with each space (factors 2, 3, 5, 7 and 2, 5), so the affine maps are bijections.
const OWN_MULTIPLIER = 102_947;
const PARTNER_MULTIPLIER = 7_919;

function inverse(a: number, modulus: number): bigint {
  let [oldR, r] = [BigInt(a), BigInt(modulus)];
  let [oldS, s] = [1n, 0n];
  while (r !== 0n) {
    const q = oldR / r;
    [oldR, r] = [r, oldR - q * r];
    [oldS, s] = [s, oldS - q * s];
  }
  return ((oldS % BigInt(modulus)) + BigInt(modulus)) % BigInt(modulus);
}

const OWN_INVERSE = inverse(OWN_MULTIPLIER, OWN_SPACE);
const PARTNER_INVERSE = inverse(PARTNER_MULTIPLIER, PARTNER_SPACE);

export class OfferIds {
  private readonly ownOffset: number;
  private readonly partnerOffset: number;

  constructor(seed: number) {
    // Offsets put today's ids near the real ones ("19xxxxx" and "06xxxxx").
    this.ownOffset = 196 * LETTERS ** 4 + (seed % 997) * 31;
    this.partnerOffset = 620_000 + (seed % 991) * 17;
  }

  encode(index: number, origin: 1 | 2): string {
    if (origin === 2) {
      const value = (this.partnerOffset + ((PARTNER_MULTIPLIER * index) % PARTNER_SPACE)) % PARTNER_SPACE;
      return value.toString().padStart(7, '0');
    }
    let value = (this.ownOffset + ((OWN_MULTIPLIER * index) % OWN_SPACE)) % OWN_SPACE;
    let letters = '';
    for (let i = 0; i < 4; i++) {
      letters = CONSONANTS[value % LETTERS]! + letters;
      value = Math.floor(value / LETTERS);
    }
    return value.toString().padStart(3, '0') + letters;
  }

  /** The index an id stands for and the origin its format implies, or undefined for a malformed id. */
  decode(id: string): { index: number; origin: 1 | 2 } | undefined {
    if (/^\d{7}$/.test(id)) {
      const value = BigInt(Number(id) - this.partnerOffset + PARTNER_SPACE);
      return {
        index: Number(((value % BigInt(PARTNER_SPACE)) * PARTNER_INVERSE) % BigInt(PARTNER_SPACE)),
        origin: 2,
      };
    }
    const match = /^(\d{3})([BCDFGHJKLMNPQRSTVWXYZ]{4})$/.exec(id);
    if (!match) return undefined;
    let value = Number(match[1]);
    for (const letter of match[2]!) value = value * LETTERS + CONSONANTS.indexOf(letter);
    const shifted = BigInt(((value - this.ownOffset) % OWN_SPACE) + OWN_SPACE) % BigInt(OWN_SPACE);
    return { index: Number((shifted * OWN_INVERSE) % BigInt(OWN_SPACE)), origin: 1 };
  }
}
