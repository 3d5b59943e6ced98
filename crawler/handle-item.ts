import type { Kysely } from 'kysely';
import { storeCompanions } from '../db/companions.js';
import { type FetchErrorRecord, recordFetchErrors } from '../db/fetch-errors.js';
import {
  completeFrontier,
  enqueueFrontier,
  type FrontierItem,
  type FrontierItemInput,
  frontierKeysPresent,
} from '../db/frontier.js';
import { getStoredOffer, type OfferToStore, type RefusedOffer, storeOffersIsolated } from '../db/offers.js';
import { storePartnerPages } from '../db/partner-pages.js';
import type { Schema } from '../db/schema.js';
import { isFranceTravailHost } from '../lib/france-travail-hosts.js';
import { FetchFailure } from '../lib/http/fetch-failure.js';
import type { PagePlan } from '../model/frontier-item.js';
import { type LinkKind, linkKind, partnerUrls } from '../model/offer.js';
import type { CrawlTools } from './build-sources.js';
import { companionCandidates, companionQuery } from './companion-search.js';
import { type FetchedOffer, queryKey, type SearchResult } from './sources/source.js';

export interface ItemContext {
  db: Kysely<Schema>;
  auditId: number;
  tools: CrawlTools;
  /** Enqueue partner pages for the offers stored. */
  partners: boolean;
  /** France Travail's own origins (website, API): `urlOrigine` points to an offer page there, not a partner's. */
  ownOrigins: ReadonlySet<string>;
  /**
   * Enqueue one targeted search per offer stored (a sample): its results are kept as companions, so that a sampled
   * offer whose copy was not drawn is still seen as a duplicate.
   */
  companions?: boolean;
}

/** Partner pages worth a visit: every partner link of the offer but France Travail's own pages. */
export function partnerPagesOf(offer: FetchedOffer['offer'], ownOrigins: ReadonlySet<string>): string[] {
  return partnerUrls(offer).filter((url) => {
    try {
      const parsed = new URL(url);
      if (isFranceTravailHost(parsed.hostname)) return false;
      return !(ownOrigins.has(parsed.origin) && parsed.pathname.startsWith('/offres/'));
    } catch {
      return false;
    }
  });
}

export interface ItemOutcome {
  offersStored: number;
  partnerPages: number;
}

/** The frontier key of a search page: the same query and start always give the same key. */
export function pageKey(page: Pick<PagePlan, 'query' | 'start'>): string {
  return `page:${queryKey(page.query)}:${String(page.start).padStart(7, '0')}`;
}

export function pageItem(page: PagePlan): FrontierItemInput {
  return { key: pageKey(page), kind: 'page', payload: { ...page } };
}

/**
 * Does one frontier item and records everything it produced — offers, follow-up items, errors — in the same
 * transaction that marks it done. A crash before the commit leaves the item to be done again; after, nothing
 * is done twice. Storing is idempotent anyway (one row per offer id), which is what a lost lease relies on.
 */
export async function handleItem(context: ItemContext, item: FrontierItem): Promise<ItemOutcome> {
  switch (item.kind) {
    case 'page':
      return handlePage(context, item);
    case 'detail':
      return handleDetail(context, item);
    case 'partner':
      return handlePartner(context, item);
    case 'companions':
      return handleCompanions(context, item);
    case 'companion':
      return handleCompanion(context, item);
  }
}

type ItemOf<K extends FrontierItem['kind']> = Extract<FrontierItem, { kind: K }>;

async function handlePage(context: ItemContext, item: ItemOf<'page'>): Promise<ItemOutcome> {
  const page = item.payload;
  const result = await context.tools.source.search(page.query, page.start, page.end);
  return context.db.transaction().execute((trx) => recordPage(trx, context, item.key, page, result));
}

/**
 * A count's first page that may be a census part's first page: its offers stored, and what they lead to, with no
 * frontier item. Planning calls it as soon as the count arrives, before it knows whether the query is a part, so
 * that storing overlaps the counts still to come; every offer of a count matches the root query, so they are
 * census offers either way. The plan then enqueues its pages with the parts' first pages done, in the transaction
 * that marks the audit planned: a crawl killed before that plans again and stores the same offers again.
 */
export async function storeFirstPage(
  context: ItemContext,
  page: PagePlan,
  result: SearchResult,
): Promise<ItemOutcome> {
  return context.db.transaction().execute((trx) => recordPage(trx, context, undefined, page, result));
}

/**
 * What one search page produced — offers or detail items, growth pages, errors — and its item (`key`) marked
 * done; a first page stored during planning has no item yet.
 */
async function recordPage(
  trx: Kysely<Schema>,
  context: ItemContext,
  key: string | undefined,
  page: PagePlan,
  result: SearchResult,
): Promise<ItemOutcome> {
  const errors: FetchErrorRecord[] = result.rejected.map((rejected) => ({
    offerId: rejected.id,
    stage: 'search',
    cause: rejected.cause,
    message: rejected.message,
    context: { query: page.query, start: page.start },
  }));
  const wanted = (ids: string[]) => {
    if (!page.picks) return ids.map((id, i) => ({ id, index: page.start + i }));
    return page.picks.map((index) => ({ id: ids[index - page.start], index }));
  };
  const picked = wanted(context.tools.source.needsDetail ? result.ids : result.offers.map((o) => o.offer.id));
  for (const pick of picked) {
    if (pick.id !== undefined) continue;
    errors.push({
      offerId: null,
      stage: 'search',
      cause: 'missing_result',
      message: `result ${pick.index} of the query was not served (the listing shrank since it was counted)`,
      context: { query: page.query, index: pick.index, total: result.total },
    });
  }
  const ids = new Set(picked.flatMap((pick) => (pick.id === undefined ? [] : [pick.id])));
  const more = growthPages(page, result.total, context.tools.source);
  if (more.overflow > 0) {
    errors.push({
      offerId: null,
      stage: 'search',
      cause: 'part_overflow',
      message: `the query grew to ${result.total} results since it was planned; ${more.overflow} are beyond the ${context.tools.source.maxResults} a query can reach`,
      context: { query: page.query, planned: page.expected, total: result.total },
    });
  }

  let offersStored = 0;
  let partnerPages = 0;
  if (context.tools.source.needsDetail) {
    await enqueueFrontier(
      trx,
      context.auditId,
      [...ids].map((id) => ({
        key: `detail:${id}`,
        kind: 'detail' as const,
        payload: { id, stratum: page.stratum, weight: page.weight },
      })),
    );
  } else {
    const offers = result.offers.filter((fetched) => ids.has(fetched.offer.id));
    offersStored = (await storeFetched(trx, context, offers, page.stratum, page.weight)).stored;
    partnerPages = await enqueuePartners(trx, context, offers);
    await enqueueCompanions(trx, context, offers);
  }
  await enqueueFrontier(trx, context.auditId, more.pages.map(pageItem));
  await recordFetchErrors(trx, context.auditId, errors);
  if (key !== undefined) await completeFrontier(trx, context.auditId, [key]);
  return { offersStored, partnerPages };
}

/**
 * A census page that finds its query grown since planning (offers published meanwhile) adds the pages now
 * needed, as far as the query can be paged; what lies beyond is recorded, not silently dropped.
 */
function growthPages(
  page: PagePlan,
  total: number,
  source: Pick<ItemContext['tools']['source'], 'pageSize' | 'maxResults'>,
): { pages: PagePlan[]; overflow: number } {
  if (page.picks || page.expected === undefined || total <= page.expected) return { pages: [], overflow: 0 };
  const plannedEnd = Math.min(page.expected, source.maxResults);
  if (page.end !== plannedEnd - 1) return { pages: [], overflow: 0 };
  const reachable = Math.min(total, source.maxResults);
  const pages: PagePlan[] = [];
  for (let start = plannedEnd; start < reachable; start += source.pageSize) {
    pages.push({ ...page, start, end: Math.min(start + source.pageSize, reachable) - 1, expected: total });
  }
  return {
    pages,
    overflow: Math.max(0, total - source.maxResults) - Math.max(0, page.expected - source.maxResults),
  };
}

async function handleDetail(context: ItemContext, item: ItemOf<'detail'>): Promise<ItemOutcome> {
  const { id, stratum, weight } = item.payload;
  const fetched = await context.tools.source.fetchOffer(id);
  return context.db.transaction().execute(async (trx) => {
    let offersStored = 0;
    let partnerPages = 0;
    if (fetched) {
      const result = await storeFetched(trx, context, [fetched], stratum, weight);
      const refused = result.refused[0];
      if (refused) {
        // The one offer of this item was refused by the database: the item fails with that cause.
        throw new FetchFailure(
          'store_refused',
          `offer ${id} could not be stored: PostgreSQL ${refused.code ?? ''} ${refused.message}`,
          id,
        );
      }
      offersStored = result.stored;
      partnerPages = await enqueuePartners(trx, context, [fetched]);
      await enqueueCompanions(trx, context, [fetched]);
    } else {
      await recordFetchErrors(trx, context.auditId, [
        {
          offerId: id,
          stage: 'detail',
          cause: 'offer_gone',
          message: `offer ${id} was listed but is no longer online`,
        },
      ]);
    }
    await completeFrontier(trx, context.auditId, [item.key]);
    return { offersStored, partnerPages };
  });
}

async function handlePartner(context: ItemContext, item: ItemOf<'partner'>): Promise<ItemOutcome> {
  const { offerId, url } = item.payload;
  const kind = item.payload.kind ?? (await storedLinkKind(context, offerId, url));
  const page = await context.tools.partners.fetch(offerId, url);
  await context.db.transaction().execute(async (trx) => {
    await storePartnerPages(trx, context.auditId, [{ ...page, kind }]);
    await completeFrontier(trx, context.auditId, [item.key]);
  });
  return { offersStored: 0, partnerPages: 0 };
}

/** The kind of a link enqueued before items said it (a crawl resumed after an upgrade): the stored offer says it. */
async function storedLinkKind(context: ItemContext, offerId: string, url: string): Promise<LinkKind> {
  const stored = await getStoredOffer(context.db, context.auditId, offerId);
  return stored ? linkKind(stored.offer, url) : 'partner';
}

/**
 * One page of a sampled offer's targeted search: every offer it finds but the sampled one is kept as a companion
 * (for duplicate matching, never counted). A listing that gives ids only (the website) gives no description to
 * match: the results whose card may be a copy get a detail page each (`companion` items, a few at most).
 */
async function handleCompanions(context: ItemContext, item: ItemOf<'companions'>): Promise<ItemOutcome> {
  const { offerId, query } = item.payload;
  const { source } = context.tools;
  const result = await source.search(query, 0, source.pageSize - 1);
  if (source.needsDetail) return enqueueCompanionPages(context, item, result);
  await context.db.transaction().execute(async (trx) => {
    const found = result.offers.filter(({ offer }) => offer.id !== offerId);
    await storeCompanions(
      trx,
      context.auditId,
      found.map(({ offer }) => ({ offer, foundFor: offerId })),
    );
    await completeFrontier(trx, context.auditId, [item.key]);
  });
  return { offersStored: 0, partnerPages: 0 };
}

async function enqueueCompanionPages(
  context: ItemContext,
  item: ItemOf<'companions'>,
  result: SearchResult,
): Promise<ItemOutcome> {
  const { offerId } = item.payload;
  const sampled = await getStoredOffer(context.db, context.auditId, offerId);
  const listed = result.listed ?? result.ids.map((id) => ({ id, title: null, company: null, place: null }));
  await context.db.transaction().execute(async (trx) => {
    if (sampled) {
      // Offers drawn are in the audit already (or will be): their detail page is read once, as drawn offers.
      const drawn = await frontierKeysPresent(
        trx,
        context.auditId,
        listed.map((card) => `detail:${card.id}`),
      );
      const skip = new Set([...drawn].map((key) => key.slice('detail:'.length)));
      const ids = companionCandidates(sampled.offer, listed, skip);
      // A result already read for another sampled offer keeps its item: enqueueing its key again adds nothing.
      await enqueueFrontier(
        trx,
        context.auditId,
        ids.map((id) => ({
          key: `companion:${id}`,
          kind: 'companion' as const,
          payload: { id, foundFor: offerId },
        })),
      );
    }
    await completeFrontier(trx, context.auditId, [item.key]);
  });
  return { offersStored: 0, partnerPages: 0 };
}

/** One result of a website search, read from its detail page and kept as a companion; one gone since is no loss. */
async function handleCompanion(context: ItemContext, item: ItemOf<'companion'>): Promise<ItemOutcome> {
  const { id, foundFor } = item.payload;
  const fetched = await context.tools.source.fetchOffer(id);
  await context.db.transaction().execute(async (trx) => {
    if (fetched) await storeCompanions(trx, context.auditId, [{ offer: fetched.offer, foundFor }]);
    await completeFrontier(trx, context.auditId, [item.key]);
  });
  return { offersStored: 0, partnerPages: 0 };
}

async function enqueueCompanions(
  db: Kysely<Schema>,
  context: ItemContext,
  offers: readonly FetchedOffer[],
): Promise<number> {
  if (!context.companions) return 0;
  const items = offers.flatMap(({ offer }) => {
    const query = companionQuery(offer);
    if (!query) return [];
    return [
      { key: `companions:${offer.id}`, kind: 'companions' as const, payload: { offerId: offer.id, query } },
    ];
  });
  return enqueueFrontier(db, context.auditId, items);
}

/**
 * Stores offers; one the database refuses is left out and recorded with PostgreSQL's reason, one whose text had to
 * be repaired (NUL, lone surrogates) is stored repaired and the repair recorded. Returns the offers stored.
 */
async function storeFetched(
  db: Kysely<Schema>,
  context: ItemContext,
  offers: readonly FetchedOffer[],
  stratum: string | null,
  weight: number,
): Promise<{ stored: number; refused: RefusedOffer[] }> {
  if (offers.length === 0) return { stored: 0, refused: [] };
  const batch: OfferToStore[] = offers.map(({ offer, raw }) => ({ offer, raw, stratum, weight }));
  const stored = await storeOffersIsolated(db, context.auditId, batch);
  const notes: FetchErrorRecord[] = [
    ...stored.refused.map((refused) => ({
      offerId: refused.offerId,
      stage: 'store',
      cause: 'store_refused',
      message: `PostgreSQL ${refused.code ?? ''}: ${refused.message}`.replace(/\s+:/, ':'),
    })),
    ...stored.repaired.map((repaired) => ({
      offerId: repaired.offerId,
      stage: 'store',
      cause: 'text_repaired',
      message: `${repaired.replaced} character(s) PostgreSQL cannot store (NUL, lone surrogate) replaced by U+FFFD`,
      context: { replaced: repaired.replaced },
    })),
  ];
  await recordFetchErrors(db, context.auditId, notes);
  return { stored: stored.inserted + stored.updated + stored.unchanged, refused: stored.refused };
}

async function enqueuePartners(
  db: Kysely<Schema>,
  context: ItemContext,
  offers: readonly FetchedOffer[],
): Promise<number> {
  if (!context.partners) return 0;
  const items = offers.flatMap(({ offer }) =>
    partnerPagesOf(offer, context.ownOrigins).map((url) => ({
      key: `partner:${offer.id}:${url}`,
      kind: 'partner' as const,
      payload: { offerId: offer.id, url, kind: linkKind(offer, url) },
    })),
  );
  return enqueueFrontier(db, context.auditId, items);
}
