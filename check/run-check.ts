import { getLogger } from '../lib/logger.js';
import type { InEachLanguage } from '../lib/messages.js';
import type { Flag } from '../model/flag.js';
import { type Offer, partnerUrls } from '../model/offer.js';
import type { PartnerPage } from '../model/partner-page.js';
import { CheckError, type CheckErrorCode } from './check-error.js';
import type { OfferFetcher } from './offer-fetcher.js';
import { type InputHosts, parseCheckInput } from './parse-check-input.js';
import { failureContext, toCheckError } from './to-check-error.js';
import { buildVerdict, type DuplicateRef, expiredVerdict, type Verdict } from './verdict.js';

/** What a check may ask of the database of past audits. Optional: without one, a check still gives a verdict. */
export interface CheckLookup {
  /**
   * Other ids of the same job, from the latest audit that clustered this offer, and the `duplicate` flag the
   * classifiers stored for it there (duplicates need the whole audit: one offer alone cannot show them).
   */
  duplicatesOf(offer: Offer): Promise<{ copies: DuplicateRef[]; flags: Flag[] }>;
  /** The offer a partner link belongs to, when an audit saw it. */
  offerForPartnerUrl(url: string): Promise<string | null>;
}

export type Classify = (offer: Offer, partnerPages: readonly PartnerPage[]) => Flag[] | Promise<Flag[]>;

export interface CheckServices {
  fetcher: OfferFetcher;
  /** Hosts that count as France Travail or as partners when reading a pasted link. */
  hosts?: InputHosts;
  /** The website's base, for the link to the offer's page. @default "https://candidat.francetravail.fr" */
  siteUrl?: string;
  lookup?: CheckLookup;
  /** @default the classifiers' classifyOffer */
  classify?: Classify;
  now?: () => Date;
  signal?: AbortSignal;
}

export const DEFAULT_SITE_URL = 'https://candidat.francetravail.fr';

/**
 * "Is this offer real?": reads the user's input, fetches the offer and its partner page, classifies it, and
 * assembles the verdict. Every failure comes out as a CheckError, said in French or in English.
 */
export async function runCheck(query: string, services: CheckServices): Promise<Verdict> {
  try {
    const input = parseCheckInput(query, services.hosts);
    if (input.kind === 'offer') return await checkById(input.id, services);
    const matched = await services.lookup?.offerForPartnerUrl(input.url).catch(lookupFailed(null));
    if (matched) return await checkById(matched, services);
    return (await checkByIdInLink(input.url, services)) ?? (await checkPartnerPageAlone(input.url, services));
  } catch (error) {
    throw toCheckError(error);
  }
}

/** The verdict on an offer already in hand (`vigie check --file`): nothing is fetched. */
export async function checkOffer(
  offer: Offer,
  services: Pick<CheckServices, 'classify' | 'lookup' | 'now' | 'siteUrl'> & {
    partnerPages?: readonly PartnerPage[];
  },
): Promise<Verdict> {
  try {
    const partnerPages = services.partnerPages ?? [];
    const classify = services.classify ?? defaultClassify;
    const [flags, duplicates] = await Promise.all([
      classify(offer, partnerPages),
      services.lookup?.duplicatesOf(offer).catch(lookupFailed({ copies: [], flags: [] })) ??
        Promise.resolve({ copies: [], flags: [] }),
    ]);
    return buildVerdict({
      offer,
      flags: [
        ...flags,
        ...duplicates.flags.filter((flag) => !flags.some((own) => own.category === flag.category)),
      ],
      partnerPages,
      duplicates: duplicates.copies,
      offerUrl: offerPageUrl(offer.id, services.siteUrl),
      checkedAt: (services.now?.() ?? new Date()).toISOString(),
    });
  } catch (error) {
    throw toCheckError(error);
  }
}

export function offerPageUrl(id: string, siteUrl = DEFAULT_SITE_URL): string {
  return `${siteUrl.replace(/\/+$/, '')}/offres/recherche/detail/${encodeURIComponent(id)}`;
}

async function checkById(id: string, services: CheckServices): Promise<Verdict> {
  const outcome = await services.fetcher.fetchOffer(id, services.signal);
  if (outcome.status === 'not_found') throw new CheckError('not_found', id);
  const checkedAt = (services.now?.() ?? new Date()).toISOString();
  if (outcome.status === 'expired') return expiredVerdict(id, offerPageUrl(id, services.siteUrl), checkedAt);
  return checkOffer(outcome.offer, { ...services, partnerPages: outcome.partnerPages });
}

/**
 * Many partner links carry France Travail's reference ("…/offres/0654368", "?ojid=196FBMG"). Each candidate is
 * fetched, and kept only if that offer really links to this page: a number that merely looks like an id proves
 * nothing.
 */
async function checkByIdInLink(url: string, services: CheckServices): Promise<Verdict | undefined> {
  for (const id of idsInLink(url)) {
    const outcome = await services.fetcher.fetchOffer(id, services.signal).catch((error: unknown) => {
      if (error instanceof CheckError) return { status: 'not_found' as const };
      throw error;
    });
    if (outcome.status !== 'found') continue;
    if (!partnerUrls(outcome.offer).some((candidate) => sameTarget(candidate, url))) continue;
    return checkOffer(outcome.offer, { ...services, partnerPages: outcome.partnerPages });
  }
  return undefined;
}

const ID_IN_LINK = /^(?=[A-Z]*\d)[0-9A-Z]{7}$/;

export function idsInLink(url: string): string[] {
  const parsed = new URL(url);
  const tokens = [...parsed.pathname.split(/[/_.-]/), ...[...parsed.searchParams.values()]];
  const ids = tokens.map((token) => token.toUpperCase()).filter((token) => ID_IN_LINK.test(token));
  return [...new Set(ids)].slice(0, 3);
}

function sameTarget(a: string, b: string): boolean {
  try {
    const [x, y] = [new URL(a), new URL(b)];
    const host = (url: URL) => url.host.replace(/^www\./, '');
    const path = (url: URL) => url.pathname.replace(/\/+$/, '');
    return host(x) === host(y) && path(x) === path(y);
  } catch {
    return false;
  }
}

async function checkPartnerPageAlone(url: string, services: CheckServices): Promise<Verdict> {
  if (!services.fetcher.fetchPartnerPage) throw new CheckError('partner_unknown', url);
  const page = await services.fetcher.fetchPartnerPage(url, services.signal);
  // Nothing but a partner page to show, and it could not be reached: that is no verdict (exit 2), with its cause.
  const unreachable = page.live === null ? UNREACHABLE[page.reason ?? ''] : undefined;
  if (unreachable) {
    throw new CheckError(unreachable, page.error ?? page.reason ?? undefined, {
      context: partnerPageContext(failureContext(url, page.reason ?? '', page.error ?? '')),
    });
  }
  return {
    id: null,
    url: null,
    genuine: false,
    unmatched: true,
    offer: null,
    flags: [],
    duplicates: [],
    partner: {
      url: page.url,
      finalUrl: page.finalUrl,
      live: page.live,
      reason: page.reason,
      renderedWith: page.renderedWith,
      stated: page.stated,
      contradicts: false,
    },
    source: null,
    checkedAt: (services.now?.() ?? new Date()).toISOString(),
  };
}

/** The reasons of an unread partner page that are the network's doing, not the page's. */
const UNREACHABLE: Readonly<Record<string, CheckErrorCode>> = {
  not_allowed_dns: 'network',
  dns: 'network',
  network: 'network',
  timeout: 'timeout',
  too_large: 'too_large',
};

/** Past audits enrich a verdict; a database that fails mid-way must not cost the jobseeker the verdict itself. */
function lookupFailed<T>(fallback: T): (error: unknown) => T {
  return (error) => {
    getLogger('check').warn(
      { err: error instanceof Error ? error.message : String(error) },
      'database lookup failed: verdict given without it',
    );
    return fallback;
  };
}

/** Loaded on first use: the classifiers are the heaviest modules a check needs. */
async function defaultClassify(offer: Offer, partnerPages: readonly PartnerPage[]): Promise<Flag[]> {
  const [{ classifyOffer }, { defaultContext }] = await Promise.all([
    import('../classifiers/index.js'),
    import('../classifiers/context.js'),
  ]);
  return classifyOffer(offer, defaultContext({ partnerPages }));
}

export type { DuplicateRef, Verdict };

function partnerPageContext(why: InEachLanguage): InEachLanguage {
  return { fr: `Page du partenaire, ${why.fr}`, en: `Partner page, ${why.en}` };
}
