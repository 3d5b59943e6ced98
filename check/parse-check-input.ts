import { FRANCE_TRAVAIL_HOSTS, hostMatches } from '../lib/http/address-guard.js';
import { CheckError } from './check-error.js';

/** What the user asked about: one France Travail offer, or a partner's page whose offer is still to be found. */
export type CheckInput =
  | { kind: 'offer'; id: string; via: 'id' | 'france_travail_url' }
  | { kind: 'partner_url'; url: string };

export interface InputHosts {
  /** Hosts serving France Travail's offer pages besides the real ones (a replica's "127.0.0.1"). */
  siteHosts?: readonly string[];
  /** Known partner hosts (exact, or ".domain" for subdomains too). */
  partnerHosts?: readonly string[];
}

/** A link or a reference is never this long; anything longer is a paste gone wrong, or an attack. */
export const MAX_INPUT_LENGTH = 2000;

/**
 * France Travail references: 7 characters, "196FBMG" for its own offers, digits for partner ones ("0654368").
 * A little wider than that, because older eras and partners vary, but never without a digit: "bonjour" is no id.
 */
const OFFER_ID = /^(?=[A-Z]*\d)[0-9A-Z]{6,12}$/;

/** The offer page's path on the website, today and in the Pôle emploi era, and the API's detail path. */
const OFFER_PATHS = [
  /\/offres\/recherche\/detail\/([0-9A-Za-z]+)\/?$/,
  /\/rechercheoffres\/detail\/([0-9A-Za-z]+)\/?$/,
  /\/offresdemploi\/v2\/offres\/([0-9A-Za-z]+)\/?$/,
];

/**
 * Reads what a jobseeker typed or pasted: an offer number ("196FBMG", "Offre n° 196FBMG"), a France Travail link
 * (with or without "https://", query strings and fragments ignored), or a partner link. Throws a CheckError with
 * an explanation (French and English) for anything else. Pure: no network, no database.
 */
export function parseCheckInput(raw: string, hosts: InputHosts = {}): CheckInput {
  if (raw.length > MAX_INPUT_LENGTH) throw new CheckError('too_long', `${raw.length} characters`);
  const text = raw.trim();
  if (text === '') throw new CheckError('empty');

  const reference = text.replace(/^(?:offre\s*)?(?:n(?:°|o|º|um[ée]ro)\.?\s*:?\s*)?/i, '').toUpperCase();
  if (OFFER_ID.test(reference)) return { kind: 'offer', id: reference, via: 'id' };

  const url = asUrl(text);
  if (!url) throw new CheckError('malformed');
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new CheckError('scheme', url.protocol);

  const siteHosts = [...FRANCE_TRAVAIL_HOSTS, ...(hosts.siteHosts ?? [])];
  const offerId = offerIdInPath(url.pathname);
  if (hostMatches(url.hostname, siteHosts)) {
    if (offerId) return { kind: 'offer', id: offerId, via: 'france_travail_url' };
    // A replica serves France Travail and its partners on one host: there, the path alone tells them apart.
    if (!hostMatches(url.hostname, hosts.partnerHosts ?? [])) throw new CheckError('not_an_offer_page');
  }
  if (hostMatches(url.hostname, hosts.partnerHosts ?? [])) {
    url.hash = '';
    return { kind: 'partner_url', url: url.href };
  }
  throw new CheckError('foreign_site', url.hostname);
}

function offerIdInPath(pathname: string): string | undefined {
  for (const pattern of OFFER_PATHS) {
    const id = pattern.exec(pathname)?.[1]?.toUpperCase();
    if (id && OFFER_ID.test(id)) return id;
  }
  return undefined;
}

function asUrl(text: string): URL | undefined {
  if (/\s/.test(text)) return undefined;
  const withScheme =
    /^[a-z][a-z0-9+.-]*:/i.test(text) && !/^[\w.-]+:\d+(\/|$)/.test(text) ? text : `https://${text}`;
  // Without a scheme, only something shaped like a host name is a link: "abc" is not "https://abc".
  if (withScheme !== text && !/^https:\/\/[\w-]+(\.[\w-]+)+(:\d+)?(\/|\?|#|$)/.test(withScheme))
    return undefined;
  try {
    return new URL(withScheme);
  } catch {
    return undefined;
  }
}
