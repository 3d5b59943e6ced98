import type { Offer } from '../../model/offer.js';
import { LazyNormalisedText, type NormalisedText, quoteOriginal } from './normalise.js';
import { noteWithin } from './substring-filter.js';

/**
 * An offer with its text normalised once, shared by every classifier: normalising is the costly step, and the
 * rules must all see the same text for their evidence to agree.
 */
export interface PreparedOffer {
  offer: Offer;
  /** Title, normalised (inclusive suffixes stripped). */
  title: NormalisedText;
  /** Title, lower case and accents stripped but inclusive writing kept: the gendered-title rule needs it. */
  titlePlain: string;
  description: NormalisedText;
  /** Description, lower case and accents stripped, inclusive writing kept: `plainText(offer.description)`. */
  descriptionPlain: string;
  /** Title + "\n" + description, normalised: what most clause rules read. */
  text: string;
  /** salaire.commentaire and complements, normalised. */
  salaryNotes: NormalisedText;
}

const cache = new WeakMap<Offer, PreparedOffer>();

export function prepareOffer(offer: Offer): PreparedOffer {
  const cached = cache.get(offer);
  if (cached) return cached;
  const result = buildPreparedOffer(offer);
  cache.set(offer, result);
  return result;
}

/**
 * The same as `prepareOffer`, without remembering it: `classifyOffer` prepares an offer once and hands it to every
 * classifier, and a cache entry per offer (a WeakMap's ephemeron) only makes garbage collection slower.
 */
export function buildPreparedOffer(offer: Offer): PreparedOffer {
  const title = new LazyNormalisedText(offer.title ?? '');
  const description = new LazyNormalisedText(offer.description ?? '');
  const text = `${title.text}\n${description.text}`;
  // The description is asked about words as the whole text is: its trigrams are the whole text's, noted once.
  noteWithin(description.text, text);
  const result: PreparedOffer = {
    offer,
    title,
    // plainText(offer.title), which the title's normalisation has already computed.
    titlePlain: title.plain,
    description,
    // plainText(offer.description), computed by the description's normalisation: the schedule reader needs it.
    descriptionPlain: description.plain,
    text,
    salaryNotes: new LazyNormalisedText(
      [offer.salary.comment, ...offer.salary.complements].filter(Boolean).join(' ; '),
    ),
  };
  return result;
}

/** Quotes the original words behind a match found in `prepared.text`. */
export function quoteText(prepared: PreparedOffer, start: number, end: number): string {
  const titleLength = prepared.title.text.length;
  if (start < titleLength) return quoteOriginal(prepared.title, start, Math.min(end, titleLength));
  const offset = titleLength + 1;
  return quoteOriginal(prepared.description, Math.max(0, start - offset), Math.max(0, end - offset));
}
