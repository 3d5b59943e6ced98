import { type FetchHint, requestFailed } from '../error-messages.js';
import { SourceError } from '../errors.js';

/**
 * A request that failed for good: after its retries, or at once when retrying could not help. `cause` is the short
 * machine-readable reason stored in `fetch_errors` ("http_503", "timeout", "malformed_json", "robots_disallowed"…).
 */
export class FetchFailure extends SourceError {
  constructor(
    readonly code: string,
    message: string,
    readonly url: string,
    readonly status: number | null = null,
    readonly attempts = 1,
    /** What to do next, said in the CLI's language (lib/error-messages.ts). */
    hint: FetchHint = 'retried',
  ) {
    super(requestFailed({ line: message, hint }));
  }
}
