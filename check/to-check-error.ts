import { FetchFailure } from '../crawler/http/fetch-failure.js';
import { SourceError, UsageError } from '../lib/errors.js';
import { CheckError, type CheckErrorCode } from './check-error.js';
import { GuardedFetchFailure } from './guarded-fetch.js';
import { UrlRefused } from './url-guard.js';

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
    return new CheckError(FAILURE_CODES[error.code] ?? 'network', error.message, { cause: error });
  }
  // The crawler's failure carries a short machine-readable code ("timeout", "http_503", "dns", …).
  if (error instanceof FetchFailure) {
    return new CheckError(FAILURE_CODES[error.code] ?? 'network', error.message, { cause: error });
  }
  // The token manager's refusals: bad credentials or scope are the installation's fault, not the network's.
  if (error instanceof UsageError && /refused the (API credentials|scope)/.test(error.message)) {
    return new CheckError('credentials', error.message, { cause: error });
  }
  if (error instanceof SourceError) return new CheckError('network', error.message, { cause: error });
  const named = error as { name?: string; message?: string } | null;
  if (named?.name === 'TimeoutError' || named?.name === 'AbortError') {
    return new CheckError('timeout', named.message, { cause: error });
  }
  return new CheckError('internal', error instanceof Error ? error.message : String(error), { cause: error });
}
