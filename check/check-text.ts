import type { Flag } from '../model/flag.js';
import type { CategoryId } from '../model/taxonomy.js';
import { type OfferText, offerFromText, type TextField } from './offer-text.js';
import { type Classify, checkOffer } from './run-check.js';
import { NOT_CHECKED_TEXTS, TEXT_FIELD_LABELS } from './text-reading-texts.js';
import type { NotChecked, TextReading, Verdict } from './verdict.js';

/**
 * Flags that say a field of the listing is empty. A pasted text shows only what was copied: a missing date or
 * salary line proves nothing about the listing, so these are not raised from a text (and said not checked).
 */
const ABSENCE_FLAGS: Readonly<Partial<Record<CategoryId, TextField>>> = {
  undated: 'date',
  salary_missing: 'salary',
};

export interface CheckTextServices {
  classify?: Classify;
  now?: () => Date;
}

/**
 * The verdict on a pasted offer text: the classifiers run on the Offer read from it, with no partner page and no
 * duplicate lookup, and the verdict lists what the text did not allow to check. Throws a CheckError
 * for an empty, too short or too long text.
 */
export async function checkText(raw: string, services: CheckTextServices = {}): Promise<Verdict> {
  const reading = offerFromText(raw);
  const read = new Set(reading.fields.map((field) => field.field));
  const classify = services.classify;
  const now = services.now?.() ?? new Date();
  // Pay is judged against the minimum wage of the offer's date; an undated text is read today, so today's.
  const offer = read.has('date') ? reading.offer : { ...reading.offer, createdAt: now.toISOString() };
  const verdict = await checkOffer(offer, {
    ...(services.now ? { now: services.now } : {}),
    classify: async (offer, pages) => {
      const flags: Flag[] = await (classify ?? defaultClassify)(offer, pages);
      return flags.filter((flag) => {
        const field = ABSENCE_FLAGS[flag.category];
        return field === undefined || read.has(field);
      });
    },
  });
  return {
    ...verdict,
    offer: verdict.offer ? { ...verdict.offer, createdAt: reading.offer.createdAt } : null,
    // The text's own reference is not a checked listing: no link to a page Vigie did not read.
    id: reading.offer.id === 'texte' ? null : reading.offer.id,
    url: null,
    text: textReading(reading, raw.length),
  };
}

function textReading(reading: OfferText, length: number): TextReading {
  const has = (field: TextField) => reading.fields.some((read) => read.field === field);
  const checks: Array<NotChecked['check']> = ['duplicates', 'partner_page'];
  // A field stated on a line of its own was read as such; one that is not was only looked for in the description.
  for (const field of ['date', 'contract', 'salary', 'hours'] as const) if (!has(field)) checks.push(field);
  return {
    fields: reading.fields.map((read) => ({
      field: read.field,
      label: TEXT_FIELD_LABELS[read.field].fr,
      value: read.value,
    })),
    notChecked: checks.map((check) => ({ check, message: NOT_CHECKED_TEXTS[check].fr })),
    length,
  };
}

async function defaultClassify(
  offer: Parameters<Classify>[0],
  partnerPages: Parameters<Classify>[1],
): Promise<Flag[]> {
  const [{ classifyOffer }, { defaultContext }] = await Promise.all([
    import('../classifiers/index.js'),
    import('../classifiers/context.js'),
  ]);
  return classifyOffer(offer, defaultContext({ partnerPages }));
}
