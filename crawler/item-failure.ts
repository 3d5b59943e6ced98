import { rowErrorCode } from '../db/offers.js';
import { DatabaseError, VigieError } from '../lib/errors.js';
import { FetchFailure } from '../lib/http/fetch-failure.js';
import { CRAWLER_MESSAGES } from './messages.js';

/**
 * What a failed frontier item means for the crawl. Most failures belong to their item alone (a query the API
 * refuses, a page that cannot be read, an offer the database refuses): the item fails with its cause and the
 * crawl goes on. Only what makes every item fail stops it: credentials refused, the database gone.
 */
export type ItemFailureVerdict =
  | { fatal: false; cause: string; message: string; status: number | null; retryable: boolean }
  | { fatal: true; error: Error };

/** Causes that may pass on another attempt later: the item is put back, up to its attempt budget. */
const TRANSIENT = new Set([
  'http_408',
  'http_425',
  'http_429',
  'http_500',
  'http_502',
  'http_503',
  'http_504',
  'timeout',
  'network',
  'connection_reset',
  'connection_refused',
  'truncated_body',
  'malformed_json',
  'dns',
]);

/** SQLSTATE classes that mean the database, not one row, is the problem. */
const DATABASE_DOWN_CLASSES = new Set(['08', '28', '3D', '53', '57', '58', 'XX']);
const DATABASE_DOWN_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND']);
const DATABASE_DOWN_TEXT =
  /connection terminated|connection ended|client has encountered a connection error|pglite is closed|database is closed/i;

export function judgeItemFailure(error: unknown): ItemFailureVerdict {
  if (error instanceof FetchFailure) {
    // France Travail refusing the token after a renewal refuses every request that follows.
    if (error.code === 'http_401' || error.code === 'http_403') return { fatal: true, error };
    return {
      fatal: false,
      cause: error.code,
      message: error.message,
      status: error.status,
      retryable: TRANSIENT.has(error.code),
    };
  }
  // Refused credentials, a token endpoint that is down: every item needs them.
  if (error instanceof VigieError) return { fatal: true, error };
  const row = rowErrorCode(error);
  if (row !== undefined) {
    return {
      fatal: false,
      cause: 'store_refused',
      message: `the database refused the data (SQLSTATE ${row}): ${safeMessage(error)}`,
      status: null,
      retryable: false,
    };
  }
  if (isDatabaseDown(error)) {
    return {
      fatal: true,
      error: new DatabaseError(CRAWLER_MESSAGES.databaseDown({ reason: safeMessage(error) })),
    };
  }
  if (
    error instanceof SyntaxError ||
    error instanceof RangeError ||
    (error instanceof Error && error.name === 'ZodError')
  ) {
    return {
      fatal: false,
      cause: 'unreadable_answer',
      message: safeMessage(error),
      status: null,
      retryable: false,
    };
  }
  // Anything else is a fault of Vigie's own, which every item would meet again: stop, and say it.
  return { fatal: true, error: error instanceof Error ? withSafeMessage(error) : new Error(String(error)) };
}

function isDatabaseDown(error: unknown): boolean {
  if (error === null || typeof error !== 'object') return false;
  const code = 'code' in error && typeof error.code === 'string' ? error.code : undefined;
  if (code && (DATABASE_DOWN_CODES.has(code) || DATABASE_DOWN_CLASSES.has(code.slice(0, 2)))) {
    return !(error instanceof FetchFailure);
  }
  return error instanceof Error && DATABASE_DOWN_TEXT.test(error.message);
}

/**
 * An error's own sentence, cut short: database errors also carry the statement and its parameters (whole offers,
 * recruiters' contacts included), which must never reach a log or the audit.
 */
export function safeMessage(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.length > 300 ? `${text.slice(0, 300)}…` : text;
}

function withSafeMessage(error: Error): Error {
  const safe = new Error(safeMessage(error));
  safe.name = error.name;
  if (error.stack)
    safe.stack = `${error.name}: ${safe.message}\n${error.stack.split('\n').slice(1).join('\n')}`;
  return safe;
}
