import { z } from 'zod';
import type { LINK_KINDS } from './partner-page.js';

/**
 * The normalised offer: what every source (API, website, an imported file) is turned into, and the only shape
 * the database, the classifiers and the reports know. Nothing here is specific to one source: a field a source
 * cannot see is `null`, never guessed.
 */

const nullableText = z.string().nullable();

export const offerSourceSchema = z.enum(['api', 'site', 'file', 'text']);
export type OfferSource = z.infer<typeof offerSourceSchema>;

export const offerOriginSchema = z.enum(['france_travail', 'partner']);
export type OfferOrigin = z.infer<typeof offerOriginSchema>;

export const partnerLinkSchema = z.object({ name: nullableText, url: nullableText });
export type PartnerLink = z.infer<typeof partnerLinkSchema>;

export const offerSchema = z.object({
  /** France Travail's reference: 7 characters for its own offers ("180HSFM"), digits for some partner offers. */
  id: z.string().min(1),
  source: offerSourceSchema,
  title: nullableText,
  description: nullableText,
  employer: z.object({
    name: nullableText,
    description: nullableText,
    url: nullableText,
    /** `entrepriseAdaptee`: a sheltered employer (entreprise adaptée). */
    adapted: z.boolean().nullable(),
  }),
  contract: z.object({
    /** The API's code: CDI, CDD, MIS, SAI, DDI, DIN, CCE, LIB, FRA, REP, TTI. */
    type: nullableText,
    /** As shown: "CDI", "CDD - 4 Mois", "Intérim - 5 Jour(s)", "Contrat à durée déterminée - 6 Mois". */
    label: nullableText,
    /** "Contrat travail", "Contrat apprentissage", … */
    nature: nullableText,
    alternance: z.boolean().nullable(),
  }),
  hours: z.object({
    /** `dureeTravailLibelle` as shown: "35H/semaine\nTravail en journée", "temps partiel", … */
    label: nullableText,
    /** From `dureeTravailLibelleConverti`: true for "Temps plein", false for "Temps partiel", null when absent. */
    fullTime: z.boolean().nullable(),
  }),
  salary: z.object({
    /** `salaire.libelle` as shown, unparsed: "Mensuel de 2275.0 Euros à 3033.0 Euros sur 12.0 mois". */
    label: nullableText,
    comment: nullableText,
    /** complement1, complement2 and listeComplements, in that order (benefits: "Mutuelle", "Titres restaurant"). */
    complements: z.array(z.string()),
  }),
  place: z.object({
    label: nullableText,
    /** "74", "2A", "971"; null abroad or when unknown. */
    departement: nullableText,
    /** INSEE commune code ("74225"), not the postcode. */
    commune: nullableText,
    postcode: nullableText,
    latitude: z.number().nullable(),
    longitude: z.number().nullable(),
  }),
  rome: z.object({
    code: nullableText,
    label: nullableText,
    appellation: nullableText,
    /** The ROME professional domain: the code's first three characters ("C12" for "C1201"). */
    domain: nullableText,
  }),
  sector: z.object({ naf: nullableText, code: nullableText, label: nullableText }),
  origin: z.object({
    kind: offerOriginSchema.nullable(),
    /** Where the partner published it (`origineOffre.urlOrigine`). */
    url: nullableText,
    partners: z.array(partnerLinkSchema),
  }),
  contact: z.object({
    name: nullableText,
    phone: nullableText,
    email: nullableText,
    /** coordonnees1..3 and commentaire: free text, often a URL or an address. */
    details: z.array(z.string()),
    applyUrl: nullableText,
    recruiterUrl: nullableText,
  }),
  experience: z.object({
    /** D débutant accepté, S souhaitée, E exigée. */
    code: z.enum(['D', 'S', 'E']).nullable(),
    label: nullableText,
  }),
  qualification: z.object({ code: nullableText, label: nullableText }),
  positions: z.number().int().nullable(),
  /** ISO 8601 timestamps as served; null when the source shows none (an undated offer). */
  createdAt: nullableText,
  updatedAt: nullableText,
});

export type Offer = z.infer<typeof offerSchema>;

/**
 * The partner URLs worth visiting for an offer: the partners' pages and the application link, deduplicated.
 * `origin.url` is left out: on real offers it is France Travail's own page for the offer, not the partner's.
 */
export function partnerUrls(offer: Offer): string[] {
  const urls = [...offer.origin.partners.map((partner) => partner.url), offer.contact.applyUrl].filter(
    (url): url is string => typeof url === 'string' && /^https?:\/\//i.test(url),
  );
  return [...new Set(urls)];
}

/**
 * What a link of an offer is: a partner's copy of the offer (`origineOffre.partenaires[].url`), to be compared
 * with the listing field by field, or only an application site (`contact.urlPostulation`, on about 40 % of France
 * Travail's own offers: mytalentplug, lejobadequat…), which says whether one can still apply and nothing else.
 */
export type LinkKind = (typeof LINK_KINDS)[number];

export function linkKind(offer: Offer, url: string): LinkKind {
  if (offer.origin.partners.some((partner) => partner.url === url)) return 'partner';
  return offer.contact.applyUrl === url ? 'application' : 'partner';
}
