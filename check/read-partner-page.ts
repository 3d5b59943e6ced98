import { judgePartnerResponse } from '../crawler/sources/partner/judge-partner-page.js';
import { AddressGuard, type Resolver, type UrlPolicy, UrlRefused } from '../lib/http/address-guard.js';
import type { PartnerPage } from '../model/partner-page.js';
import { EMPTY_STATED } from '../model/partner-page.js';
import { GuardedFetchFailure, guardedFetch } from './guarded-fetch.js';
import type { GuardedRenderer } from './guarded-render.js';

export interface PartnerReadOptions {
  policy: UrlPolicy;
  timeoutMs: number;
  /** Renders JavaScript-only pages; null: such pages are reported as not read. */
  renderer: GuardedRenderer | null;
  userAgent: string;
  /** Whether the partner's robots.txt lets Vigie read this URL; absent: not asked (tests). */
  robotsAllow?: (url: string) => Promise<boolean>;
  /** Resolves names for the guard and the pinned socket. @default the system resolver */
  resolve?: Resolver;
}

/**
 * A robots.txt reader for partner sites, through the guarded transport and cached per origin for the life of
 * the fetcher: a check reads partner pages the way the crawler does, robots.txt included (RFC 9309: a 4xx means
 * no rules; an unreachable file or a 5xx means keep out).
 */
export function guardedRobots(
  options: Pick<PartnerReadOptions, 'policy' | 'timeoutMs' | 'userAgent' | 'resolve'>,
): (url: string) => Promise<boolean> {
  const guard = AddressGuard.forPolicy(options.policy, options.resolve);
  const cache = new Map<string, Promise<{ allows(path: string): boolean }>>();
  return async (url) => {
    const target = new URL(url);
    let rules = cache.get(target.origin);
    if (!rules) {
      rules = (async () => {
        const { ALLOW_ALL, DISALLOW_ALL, parseRobots } = await import('../lib/http/robots.js');
        try {
          const answer = await guardedFetch(`${target.origin}/robots.txt`, {
            policy: options.policy,
            guard,
            timeoutMs: options.timeoutMs,
            maxBytes: 512 * 1024,
            headers: { 'user-agent': options.userAgent },
          });
          if (answer.status >= 200 && answer.status < 300) return parseRobots(answer.text);
          return answer.status >= 400 && answer.status < 500 ? ALLOW_ALL : DISALLOW_ALL;
        } catch {
          return DISALLOW_ALL;
        }
      })();
      cache.set(target.origin, rules);
    }
    return (await rules).allows(target.pathname + target.search);
  };
}

/**
 * What a partner page says, read the way the crawler's PartnerFetcher reads it (the same page parser, the same
 * home-page and JavaScript-shell tests) but through the guarded transport: a check follows links written by
 * strangers, so every hop is held to the URL policy. Never throws: a failure is an observation too.
 */
export async function readPartnerPageGuarded(
  offerId: string,
  url: string,
  options: PartnerReadOptions,
): Promise<PartnerPage> {
  const base = { offerId, url, fetchedAt: new Date().toISOString() };
  const guard = AddressGuard.forPolicy(options.policy, options.resolve);
  let response: Awaited<ReturnType<typeof guardedFetch>>;
  try {
    // The allowlist first: a host Vigie may not visit is not even asked for its robots.txt.
    await guard.check(url);
    if (options.robotsAllow && !(await options.robotsAllow(url))) {
      return {
        ...base,
        finalUrl: null,
        status: null,
        live: null,
        reason: 'robots_disallowed',
        renderedWith: null,
        stated: { ...EMPTY_STATED },
        error: 'the partner site’s robots.txt keeps Vigie out of this page',
      };
    }
    response = await guardedFetch(url, {
      policy: options.policy,
      guard,
      timeoutMs: options.timeoutMs,
      maxRedirects: 5,
      headers: { 'user-agent': options.userAgent, 'accept-language': 'fr-FR,fr;q=0.9' },
    });
  } catch (error) {
    const reason =
      error instanceof UrlRefused
        ? `not_allowed_${error.refusal}`
        : error instanceof GuardedFetchFailure
          ? error.code
          : 'network';
    return {
      ...base,
      finalUrl: null,
      status: null,
      live: null,
      reason,
      renderedWith: null,
      stated: { ...EMPTY_STATED },
      error: error instanceof Error ? error.message : String(error),
    };
  }
  return judgePartnerResponse(base, response, options.renderer);
}
