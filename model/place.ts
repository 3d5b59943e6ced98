/**
 * Département codes from what sources show of a place. Shared by every source's parser because the rules are
 * France's, not a source's: "74 - Rumilly" → "74", commune 2A004 → "2A", commune 97411 → "974".
 */

const LABEL_PREFIX = /^\s*(\d{2,3}|2[AB])\s*-/i;

export function departementFromLabel(label: string | null | undefined): string | null {
  const match = label ? LABEL_PREFIX.exec(label) : null;
  return match ? normaliseDepartement(match[1]!) : null;
}

export function departementFromCommune(commune: string | null | undefined): string | null {
  if (!commune || !/^(\d{5}|2[AB]\d{3})$/i.test(commune)) return null;
  return commune.startsWith('97') || commune.startsWith('98')
    ? commune.slice(0, 3)
    : commune.slice(0, 2).toUpperCase();
}

export function departementFromPostcode(postcode: string | null | undefined): string | null {
  if (!postcode || !/^\d{5}$/.test(postcode)) return null;
  if (postcode.startsWith('97') || postcode.startsWith('98')) return postcode.slice(0, 3);
  // Corsica's postcodes start with 20 for both départements; 200xx-201xx is Corse-du-Sud.
  if (postcode.startsWith('20')) return Number(postcode.slice(0, 3)) < 202 ? '2A' : '2B';
  return postcode.slice(0, 2);
}

function normaliseDepartement(code: string): string {
  const upper = code.toUpperCase();
  // "974" is a département; a 3-digit code outside the overseas range is a typo for its first two digits.
  if (/^\d{3}$/.test(upper) && !upper.startsWith('97') && !upper.startsWith('98')) return upper.slice(0, 2);
  return upper;
}

/** The first reliable source wins: the commune code, then the label, then the postcode. */
export function resolveDepartement(place: {
  commune?: string | null | undefined;
  label?: string | null | undefined;
  postcode?: string | null | undefined;
}): string | null {
  return (
    departementFromCommune(place.commune) ??
    departementFromLabel(place.label) ??
    departementFromPostcode(place.postcode)
  );
}
