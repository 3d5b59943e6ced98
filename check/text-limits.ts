/** The longest pasted offer text read. A whole offer page copied with its menus is a few thousand characters. */
export const MAX_TEXT_LENGTH = 20_000;

/** Shorter than this, a text cannot hold an offer ("bonjour", a stray word). */
export const MIN_TEXT_LENGTH = 20;

/** A count as French writes it: "20 000". */
export function formatCount(count: number): string {
  return count.toLocaleString('fr-FR').replace(/[\u202f\u00a0]/g, ' ');
}
