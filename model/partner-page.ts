import { z } from 'zod';

/**
 * What a link of an offer is: a partner's copy of the offer (`origineOffre.partenaires[].url`), compared with the
 * listing field by field, or only an application site (`contact.urlPostulation`), judged live or dead. See
 * model/offer.ts `linkKind`.
 */
export const LINK_KINDS = ['partner', 'application'] as const;

/**
 * What the crawler saw on a partner's page (origine 2, or any `urlPostulation`). The classifiers compare it with
 * the listing (`contract_mismatch`, `place_mismatch`, `pay_mismatch`, `dead_link`); they never fetch it themselves.
 */
export const partnerPageSchema = z.object({
  offerId: z.string(),
  url: z.string(),
  /**
   * Which kind of link the page is, as the crawler recorded it (db column `partner_pages.kind`). Absent on a page
   * built by hand (check, evaluation sets): `linkKind(offer, url)` says it then.
   */
  kind: z.enum(LINK_KINDS).optional(),
  /** After redirects; null when the request failed before any answer. */
  finalUrl: z.string().nullable(),
  status: z.number().int().nullable(),
  /** true: the offer is there; false: gone (404/410, "offre expirée", redirected to a home page); null: unknown. */
  live: z.boolean().nullable(),
  /** Why `live` is what it is: "http_410", "expired_text", "redirect_home", "ok", "timeout", … */
  reason: z.string().nullable(),
  renderedWith: z.enum(['http', 'browser']).nullable(),
  /** What the page itself states, as quoted text, so a report can show it next to the listing. */
  stated: z.object({
    title: z.string().nullable(),
    contract: z.string().nullable(),
    duration: z.string().nullable(),
    pay: z.string().nullable(),
    place: z.string().nullable(),
    hours: z.string().nullable(),
  }),
  error: z.string().nullable(),
  fetchedAt: z.string(),
});

export type PartnerPage = z.infer<typeof partnerPageSchema>;

/** A page that states nothing: failed, gone, or not read. */
export const EMPTY_STATED: PartnerPage['stated'] = {
  title: null,
  contract: null,
  duration: null,
  pay: null,
  place: null,
  hours: null,
};
