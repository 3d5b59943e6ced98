import type { Flag } from '../model/flag.js';
import type { CategoryId } from '../model/taxonomy.js';
import { type OfferText, offerFromText, type TextField } from './offer-text.js';
import { type Classify, checkOffer } from './run-check.js';
import type { NotChecked, TextReading, Verdict } from './verdict.js';

/** How the verdict names each field it read, in French. */
export const TEXT_FIELD_LABELS: Readonly<Record<TextField, string>> = {
  title: 'Intitulé',
  contract: 'Type de contrat',
  hours: 'Durée du travail',
  salary: 'Salaire',
  employer: 'Employeur',
  place: 'Lieu',
  date: 'Publiée le',
  experience: 'Expérience',
  qualification: 'Qualification',
  reference: 'Numéro d’offre',
};

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
 * duplicate lookup, and the verdict lists what the text did not allow to check. Throws a CheckError in French
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
  const notChecked: NotChecked[] = [
    {
      check: 'duplicates',
      message:
        'Doublons : il faut comparer l’annonce aux autres offres publiées ; un texte seul ne le permet pas (vérifiez le lien ou le numéro de l’offre pour cela).',
    },
    {
      check: 'partner_page',
      message:
        'Page du site partenaire : sans le lien de l’annonce, Vigie ne peut pas vérifier qu’elle est encore en ligne ni qu’elle dit la même chose que France Travail.',
    },
  ];
  if (!has('date')) {
    notChecked.push({
      check: 'date',
      message:
        'Date de publication : le texte n’en donne pas ; toute offre doit être datée, l’annonce en ligne l’est peut-être (ajoutez « Publiée le : … »). Le salaire est comparé au SMIC d’aujourd’hui.',
    });
  }
  if (!has('contract')) {
    notChecked.push({
      check: 'contract',
      message:
        'Type de contrat : pas de ligne « Type de contrat : … » ; CDD, intérim et durée du contrat n’ont été cherchés que dans la description.',
    });
  }
  if (!has('salary')) {
    notChecked.push({
      check: 'salary',
      message:
        'Salaire : pas de ligne « Salaire : … » ; le salaire n’a été cherché que dans la description, et son absence n’est pas reprochée à l’offre (l’annonce en ligne l’indique peut-être).',
    });
  }
  if (!has('hours')) {
    notChecked.push({
      check: 'hours',
      message:
        'Durée du travail : pas de ligne « Durée du travail : … » ; temps partiel et horaires n’ont été cherchés que dans la description.',
    });
  }
  return {
    fields: reading.fields.map((read) => ({
      field: read.field,
      label: TEXT_FIELD_LABELS[read.field],
      value: read.value,
    })),
    notChecked,
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
