import type { NormalisedText } from '../engine/normalise.js';
import type { PreparedOffer } from '../engine/prepared-offer.js';

/**
 * The source's words behind [start, end) of a normalised text, as the offer wrote them, with no context added and
 * no ellipsis: what a flag prints between « ». Whitespace is folded and trailing separators dropped.
 */
export function quoteExact(normalised: NormalisedText, start: number, end: number): string {
  const map = normalised.map;
  if (map.length === 0 || end <= start) return '';
  const from = map[Math.min(start, map.length - 1)]!;
  const last = map[Math.min(end, map.length) - 1]! + 1;
  return normalised.source
    .slice(from, Math.max(from, last))
    .replace(/\s+/g, ' ')
    .replace(/[\s,:;*-]+$/, '')
    .trim();
}

/** The same for a span of `prepared.text` (the title, a line break, then the description). */
export function quotePrepared(
  prepared: PreparedOffer,
  start: number,
  end: number,
): { where: 'title' | 'description'; quote: string } {
  const titleLength = prepared.title.text.length;
  if (start < titleLength)
    return { where: 'title', quote: quoteExact(prepared.title, start, Math.min(end, titleLength)) };
  const offset = titleLength + 1;
  return {
    where: 'description',
    quote: quoteExact(prepared.description, Math.max(0, start - offset), Math.max(0, end - offset)),
  };
}
