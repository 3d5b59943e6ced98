import { CRAWLER_MESSAGES } from '../crawler/messages.js';
import { SourceError, UsageError } from '../lib/errors.js';
import { UrlRefused } from '../lib/http/address-guard.js';
import { FetchFailure } from '../lib/http/fetch-failure.js';
import type { InEachLanguage } from '../lib/messages.js';
import { CheckError, type CheckErrorCode } from './check-error.js';
import { GuardedFetchFailure } from './guarded-fetch.js';

const FAILURE_CODES: Readonly<Record<string, CheckErrorCode>> = {
  timeout: 'timeout',
  body_too_large: 'too_large',
  too_large: 'too_large',
};

/**
 * Turns whatever a check threw into a CheckError the user can read. Unknown errors become "internal": their
 * message stays in `detail`, for the logs, and never reaches a web page.
 */
export function toCheckError(error: unknown): CheckError {
  if (error instanceof CheckError) return error;
  if (error instanceof UrlRefused) {
    const code: CheckErrorCode =
      error.refusal === 'scheme'
        ? 'scheme'
        : error.refusal === 'host_not_allowed'
          ? 'foreign_site'
          : error.refusal === 'dns'
            ? 'network'
            : 'blocked';
    return new CheckError(code, error.message, { cause: error });
  }
  if (error instanceof GuardedFetchFailure) {
    return new CheckError(FAILURE_CODES[error.code] ?? 'network', error.message, {
      cause: error,
      context: failureContext(error.url, error.code, error.message),
    });
  }
  // The crawler's failure carries a short machine-readable code ("timeout", "http_503", "dns", …).
  if (error instanceof FetchFailure) {
    return new CheckError(FAILURE_CODES[error.code] ?? 'network', error.message, {
      cause: error,
      context: failureContext(error.url, error.code, error.message),
    });
  }
  // The token manager's refusals: bad credentials or scope are the installation's fault, not the network's.
  if (
    error instanceof UsageError &&
    (error.messageCode === CRAWLER_MESSAGES.credentialsRefused.code ||
      error.messageCode === CRAWLER_MESSAGES.scopeRefused.code)
  ) {
    return new CheckError('credentials', error.message, { cause: error });
  }
  if (error instanceof SourceError) return new CheckError('network', error.message, { cause: error });
  const named = error as { name?: string; message?: string } | null;
  if (named?.name === 'TimeoutError' || named?.name === 'AbortError') {
    return new CheckError('timeout', named.message, { cause: error });
  }
  return new CheckError('internal', error instanceof Error ? error.message : String(error), { cause: error });
}

/** Why a request failed, in French and in English, by the failure's code and system error. */
const FAILURE_REASONS = {
  dns: {
    fr: 'nom de domaine introuvable (DNS) — cet ordinateur est-il connecté à Internet ?',
    en: 'domain name not found (DNS): is this computer connected to the Internet?',
  },
  refused: {
    fr: 'connexion refusée (le serveur ne répond pas sur ce port)',
    en: 'connection refused (the server does not answer on this port)',
  },
  reset: { fr: 'connexion coupée par le serveur', en: 'connection closed by the server' },
  unreachable: {
    fr: 'réseau injoignable — cet ordinateur est-il connecté à Internet ?',
    en: 'network unreachable: is this computer connected to the Internet?',
  },
  timeout: { fr: 'pas de réponse dans le délai imparti', en: 'no answer within the time allowed' },
  robots: {
    fr: 'son fichier robots.txt n’a pas pu être lu, ou interdit la page',
    en: 'its robots.txt file could not be read, or forbids the page',
  },
} as const satisfies Record<string, InEachLanguage>;

/**
 * Where and why a request failed, in French and in English, from the failure's own code and system error (never
 * its free text): "candidat.francetravail.fr : nom de domaine introuvable (DNS) — cet ordinateur est-il connecté
 * à Internet ?".
 */
export function failureContext(url: string, code: string, message: string): InEachLanguage {
  let host = url;
  try {
    host = new URL(url).host;
  } catch {
    // Not a URL: shown as it is.
  }
  const why = failureReason(code, `${code} ${message}`);
  return { fr: `${host} : ${why.fr}`, en: `${host}: ${why.en}` };
}

function failureReason(code: string, text: string): InEachLanguage {
  if (/ENOTFOUND|EAI_AGAIN|(?:^|_)dns\b/i.test(text)) return FAILURE_REASONS.dns;
  if (/ECONNREFUSED/.test(text)) return FAILURE_REASONS.refused;
  if (/ECONNRESET|socket hang up/i.test(text)) return FAILURE_REASONS.reset;
  if (/ENETUNREACH|EHOSTUNREACH/.test(text)) return FAILURE_REASONS.unreachable;
  if (/timeout|ETIMEDOUT/i.test(text)) return FAILURE_REASONS.timeout;
  const status = /^http_(\d{3})$/.exec(code)?.[1];
  if (status) {
    return {
      fr: `le site a répondu par une erreur HTTP ${status}`,
      en: `the site answered with an HTTP ${status} error`,
    };
  }
  if (/robots/.test(code)) return FAILURE_REASONS.robots;
  return { fr: `échec de la requête (${code})`, en: `the request failed (${code})` };
}
