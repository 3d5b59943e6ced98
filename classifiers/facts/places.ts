import { CITY_DEPARTEMENTS } from './city-departements.js';

/**
 * The first word of every name `CITY_DEPARTEMENTS[name]` answers: the cities, and the names every object inherits
 * ("constructor"), so that skipping the other words changes no answer.
 */
const CITY_FIRST_WORDS: ReadonlySet<string> = new Set(
  [...Object.keys(CITY_DEPARTEMENTS), ...Object.getOwnPropertyNames(Object.prototype)].map(
    (name) => name.split(' ')[0]!,
  ),
);

/** The département a place phrase names: "(85)", a postcode, or a known city at the start of the words. */
export function departementOf(words: string, depCode?: string, postcode?: string): string | null {
  if (depCode)
    return depCode.toUpperCase().length === 3 && !depCode.startsWith('97')
      ? depCode.slice(0, 2)
      : depCode.toUpperCase();
  if (postcode) return postcode.startsWith('97') ? postcode.slice(0, 3) : postcode.slice(0, 2);
  const tokens = words.replace(/-/g, ' ').replace(/'/g, ' ').trim().split(' ').filter(Boolean);
  // "notre site de Lorient", "la ville de Lyon": the city may come after a few words.
  for (let from = 0; from < tokens.length; from++) {
    if (!CITY_FIRST_WORDS.has(tokens[from]!)) continue;
    for (let length = Math.min(5, tokens.length - from); length >= 1; length--) {
      const dep = CITY_DEPARTEMENTS[tokens.slice(from, from + length).join(' ')];
      if (dep) return dep;
    }
  }
  return null;
}
