import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CheckError, type CheckErrorCode, checkErrorSaid } from '../check/check-error.js';
import { type InputHosts, parseCheckInput } from '../check/parse-check-input.js';
import { formatCount, MAX_TEXT_LENGTH } from '../check/text-limits.js';
import { toCheckError } from '../check/to-check-error.js';
import type { Verdict } from '../check/verdict.js';
import type { AuditSummary } from '../db/audits.js';
import { getLogger } from '../lib/logger.js';
import { clientAddress } from './client-address.js';
import { ClientRateLimit, type ClientRateLimitOptions } from './client-rate-limit.js';
import { LruCache, type LruCacheOptions } from './lru-cache.js';
import { auditSummaryPage, auditsPage } from './pages/audits-page.js';
import { checkErrorPage, messagePage } from './pages/error-page.js';
import { homePage } from './pages/home-page.js';
import { verdictPage } from './pages/verdict-page.js';
import { REPORT_CONTENT_SECURITY_POLICY, securityHeaders } from './security-headers.js';
import { STYLESHEET } from './styles.js';

/** Past audits, for the pages that list them and show their reports. */
export interface AuditPages {
  list(): Promise<AuditSummary[]>;
  /** The report of an audit ("latest" or its number) as a whole HTML page; null when no such audit exists. */
  report(reference: string): Promise<{ html: string } | { summary: AuditSummary } | { busy: true } | null>;
}

export interface WebServerOptions {
  /** @default 3000; 0 picks a free port */
  port?: number;
  /** @default "127.0.0.1" */
  host?: string;
  /** Runs one check (fetch, classify, verdict); throws a CheckError or anything `toCheckError` maps. */
  check: (query: string, signal: AbortSignal) => Promise<Verdict>;
  /** Judges a pasted offer text. @default check/check-text.ts's checkText (local: nothing is fetched) */
  checkText?: (text: string) => Promise<Verdict>;
  /** Hosts accepted as France Travail or partners when reading input (to key the cache). */
  hosts?: InputHosts;
  audits?: AuditPages;
  rateLimit?: ClientRateLimitOptions;
  cache?: LruCacheOptions;
  /** Checks running at once, all clients together; more are told to come back. @default 4 */
  maxConcurrentChecks?: number;
  /**
   * Checks one client may run at once: a client whose partner links are slow cannot take every slot and leave
   * the others a 503 for the whole timeout. @default half of maxConcurrentChecks, at least 1
   */
  maxChecksPerClient?: number;
  /** @default 25000 */
  checkTimeoutMs?: number;
  /**
   * A POST body larger than this is refused with 413. A pasted text of MAX_TEXT_LENGTH characters, form-encoded,
   * takes up to 9 bytes a character (an accented letter is %C3%A9). @default 256 KiB
   */
  maxBodyBytes?: number;
  /** Take the client's address from X-Forwarded-For (only behind a proxy that sets it). @default false */
  trustProxy?: boolean;
}

export interface RunningServer {
  url: string;
  port: number;
  server: Server;
  close(): Promise<void>;
}

const STATUS_FOR: Readonly<Record<CheckErrorCode, number>> = {
  empty: 400,
  too_long: 400,
  malformed: 400,
  scheme: 400,
  foreign_site: 400,
  not_an_offer_page: 400,
  blocked: 400,
  not_found: 404,
  partner_unknown: 404,
  network: 502,
  too_large: 502,
  timeout: 504,
  busy: 503,
  credentials: 502,
  text_empty: 400,
  text_too_short: 400,
  text_too_long: 413,
  file_missing: 400,
  file_unreadable: 400,
  file_empty: 400,
  file_invalid_json: 400,
  file_no_offers: 400,
  internal: 500,
};

class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

/**
 * `vigie serve`: the form, the verdict page, the audits, and `GET|POST /api/check`. node:http and nothing else;
 * no page needs JavaScript. Every answer carries the security headers; no error ever shows a stack trace.
 */
export async function startServer(options: WebServerOptions): Promise<RunningServer> {
  const log = getLogger('web');
  const limiter = new ClientRateLimit(options.rateLimit);
  const cache = new LruCache<Verdict>(options.cache);
  const inFlight = new Map<string, Promise<Verdict>>();
  const maxConcurrent = options.maxConcurrentChecks ?? 4;
  const maxBodyBytes = options.maxBodyBytes ?? 256 * 1024;
  const maxPerClient = options.maxChecksPerClient ?? Math.max(1, Math.floor(maxConcurrent / 2));
  let running = 0;
  /** Checks running per client address. */
  const runningBy = new Map<string, number>();

  /** Runs a check once per key at a time: two people pasting the same link share one fetch. */
  async function check(query: string, client: string): Promise<{ verdict: Verdict; cached: boolean }> {
    const input = parseCheckInput(query, options.hosts);
    const key = input.kind === 'offer' ? `offer:${input.id}` : `partner:${input.url}`;
    const hit = cache.get(key);
    if (hit) return { verdict: hit, cached: true };
    const pending = inFlight.get(key);
    if (pending) return { verdict: await pending, cached: true };
    const mine = runningBy.get(client) ?? 0;
    if (running >= maxConcurrent || mine >= maxPerClient) throw new CheckError('busy');
    running++;
    runningBy.set(client, mine + 1);
    const timeoutMs = options.checkTimeoutMs ?? 25_000;
    const work = withDeadline(options.check(query, AbortSignal.timeout(timeoutMs)), timeoutMs)
      .then((verdict) => {
        cache.set(key, verdict);
        return verdict;
      })
      .finally(() => {
        running--;
        const left = (runningBy.get(client) ?? 1) - 1;
        if (left > 0) runningBy.set(client, left);
        else runningBy.delete(client);
        inFlight.delete(key);
      });
    inFlight.set(key, work);
    return { verdict: await work, cached: false };
  }

  function clientOf(request: IncomingMessage): string {
    return clientAddress(request.headers, request.socket.remoteAddress, options.trustProxy === true);
  }

  function takeToken(request: IncomingMessage): void {
    const decision = limiter.take(clientOf(request));
    if (!decision.allowed) {
      throw new HttpProblem(
        429,
        'Trop de vérifications',
        `${checkErrorSaid('busy', 'fr').message} Réessayez dans ${decision.retryAfterSeconds} seconde${decision.retryAfterSeconds > 1 ? 's' : ''}.`,
        { 'retry-after': String(decision.retryAfterSeconds) },
      );
    }
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://vigie.invalid');
    const method = request.method ?? 'GET';
    const path = url.pathname;

    if (path === '/style.css' && isRead(method)) {
      return send(response, 200, 'text/css; charset=utf-8', STYLESHEET, {
        'cache-control': 'public, max-age=3600',
      });
    }
    if (path === '/favicon.ico' && isRead(method)) {
      return send(response, 200, 'image/svg+xml', FAVICON, { 'cache-control': 'public, max-age=86400' });
    }
    if (path === '/' && isRead(method)) return sendHtml(response, 200, homePage());
    if (path === '/healthz' && isRead(method))
      return send(response, 200, 'text/plain; charset=utf-8', 'ok\n');

    if (path === '/verifier' || path === '/api/check') {
      if (!isRead(method) && method !== 'POST') throw methodNotAllowed('GET, HEAD, POST');
      const form =
        method === 'POST'
          ? await readForm(request, maxBodyBytes)
          : { q: url.searchParams.get('q'), texte: url.searchParams.get('texte') };
      const api = path === '/api/check';
      if (form.texte !== null) return answerText(request, response, form.texte, api);
      const query = form.q;
      if (query === null && !api) {
        return send(response, 303, 'text/plain; charset=utf-8', '', { location: '/' });
      }
      takeToken(request);
      try {
        const { verdict, cached } = await check(query ?? '', clientOf(request));
        const cacheHeader = { 'x-vigie-cache': cached ? 'hit' : 'miss', 'cache-control': 'no-store' };
        if (api) return sendJson(response, 200, verdict, cacheHeader);
        return sendHtml(response, 200, verdictPage(verdict), cacheHeader);
      } catch (error) {
        const failure = toCheckError(error);
        if (failure.code === 'internal') log.error({ err: error }, 'check failed unexpectedly');
        else log.info({ code: failure.code, detail: failure.detail }, 'check gave no verdict');
        const status = STATUS_FOR[failure.code];
        const extra: Record<string, string> = failure.code === 'busy' ? { 'retry-after': '5' } : {};
        if (api) {
          const { message, hint } = checkErrorSaid(failure.code, 'fr');
          return sendJson(response, status, { error: { code: failure.code, message, hint } }, extra);
        }
        // A link field holding a whole text: it comes back in the text field, uncut, with the way to check it.
        const page = checkErrorPage(failure.code, query ?? '', { text: failure.code === 'too_long' });
        return sendHtml(response, status, page, extra);
      }
    }

    if (path === '/audits' && isRead(method)) {
      if (!options.audits) return sendHtml(response, 200, auditsPage([]));
      return sendHtml(response, 200, auditsPage(await options.audits.list()));
    }
    const auditMatch = /^\/audits\/(latest|\d{1,9})$/.exec(path);
    if (auditMatch?.[1] && isRead(method)) {
      const report = options.audits ? await options.audits.report(auditMatch[1]) : null;
      if (!report) throw new HttpProblem(404, 'Audit introuvable', 'Aucun audit ne porte ce numéro.');
      if ('busy' in report) {
        throw new HttpProblem(
          503,
          'Rapport en préparation',
          'Trop de rapports sont en cours de préparation. Réessayez dans quelques secondes.',
          { 'retry-after': '5' },
        );
      }
      if ('html' in report) {
        return send(
          response,
          200,
          'text/html; charset=utf-8',
          report.html,
          {},
          REPORT_CONTENT_SECURITY_POLICY,
        );
      }
      return sendHtml(response, 200, auditSummaryPage(report.summary));
    }
    throw new HttpProblem(404, 'Page introuvable', 'Cette page n’existe pas.');
  }

  /** A pasted text: judged locally (no fetch, no cache: the classifiers take milliseconds), rate-limited. */
  async function answerText(
    request: IncomingMessage,
    response: ServerResponse,
    text: string,
    api: boolean,
  ): Promise<void> {
    takeToken(request);
    try {
      const verdict = await (options.checkText ?? defaultCheckText)(text);
      if (api) return sendJson(response, 200, verdict, { 'cache-control': 'no-store' });
      return sendHtml(response, 200, verdictPage(verdict), { 'cache-control': 'no-store' });
    } catch (error) {
      const failure = toCheckError(error);
      if (failure.code === 'internal') log.error({ err: error }, 'text check failed unexpectedly');
      const status = STATUS_FOR[failure.code];
      // Only the text's own length is ever quoted back (the context of text_too_long), never an internal message.
      const context = failure.code === 'text_too_long' ? failure.context?.fr : undefined;
      if (api) {
        const { message, hint } = checkErrorSaid(failure.code, 'fr');
        return sendJson(response, status, {
          error: { code: failure.code, message, hint, ...(context ? { context } : {}) },
        });
      }
      const page = checkErrorPage(failure.code, text, { text: true, ...(context ? { context } : {}) });
      return sendHtml(response, status, page);
    }
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      const problem =
        error instanceof HttpProblem
          ? error
          : new HttpProblem(500, 'Erreur', 'Une erreur inattendue s’est produite. Réessayez plus tard.');
      if (!(error instanceof HttpProblem)) log.error({ err: error }, 'request failed');
      if (response.headersSent) return void response.destroy();
      const wantsJson = (request.url ?? '').startsWith('/api/');
      if (wantsJson) {
        sendJson(
          response,
          problem.status,
          { error: { code: `http_${problem.status}`, message: problem.message } },
          problem.headers,
        );
      } else {
        sendHtml(response, problem.status, messagePage(problem.title, problem.message), problem.headers);
      }
      // A refused body is not read to the end: close the connection rather than drain it.
      if (problem.status === 413) response.on('finish', () => request.destroy());
    });
  });
  server.headersTimeout = 10_000;
  server.requestTimeout = 30_000;
  server.maxHeadersCount = 50;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 3000, options.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${shownHost}:${address.port}`,
    port: address.port,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/**
 * A person is waiting: past the deadline they get "too slow, try again", even if a source ignores the abort
 * signal (the work itself stays bounded by its own request timeouts).
 */
function withDeadline<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new CheckError('timeout', `no verdict within ${ms} ms`)), ms);
  });
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}

function isRead(method: string): boolean {
  return method === 'GET' || method === 'HEAD';
}

function methodNotAllowed(allow: string): HttpProblem {
  return new HttpProblem(405, 'Méthode non autorisée', 'Cette adresse ne répond pas à cette méthode.', {
    allow,
  });
}

async function defaultCheckText(text: string): Promise<Verdict> {
  const { checkText } = await import('../check/check-text.js');
  return checkText(text);
}

/** The site's icon: a V on the brand's blue, as SVG (browsers ask for /favicon.ico whatever the page says). */
const FAVICON =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#1d3f8f"/><path d="M8 8l8 17 8-17" fill="none" stroke="#fff" stroke-width="4" stroke-linecap="round" stroke-linejoin="round"/></svg>\n';

/**
 * Reads `q` (a link or a number) and `texte` (a pasted offer) from a form or JSON body (`{"q"}`, `{"texte"}` or
 * `{"text"}`), refusing more than `maxBytes` with 413 before reading it all.
 */
async function readForm(
  request: IncomingMessage,
  maxBytes: number,
): Promise<{ q: string | null; texte: string | null }> {
  const tooLarge = () =>
    new HttpProblem(
      413,
      'Requête trop volumineuse',
      `Le texte envoyé est trop long : Vigie lit au plus ${formatCount(MAX_TEXT_LENGTH)} caractères d’une annonce. Gardez l’intitulé, la description et les lignes « Type de contrat », « Salaire », « Durée du travail ».`,
    );
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) throw tooLarge();
    chunks.push(chunk as Buffer);
  }
  const body = Buffer.concat(chunks).toString('utf8');
  const type = String(request.headers['content-type'] ?? '').toLowerCase();
  if (type.startsWith('application/json')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch {
      throw new HttpProblem(
        400,
        'Requête invalide',
        'Le corps de la requête n’est pas du JSON valide : envoyez {"q": "…"} ou {"texte": "…"}.',
      );
    }
    const fields = (parsed ?? {}) as { q?: unknown; texte?: unknown; text?: unknown };
    const text = typeof fields.texte === 'string' ? fields.texte : fields.text;
    if (typeof text === 'string') return { q: null, texte: text };
    return { q: typeof fields.q === 'string' ? fields.q : '', texte: null };
  }
  const params = new URLSearchParams(body);
  const texte = params.get('texte');
  if (texte !== null) return { q: null, texte };
  return { q: params.get('q') ?? '', texte: null };
}

function send(
  response: ServerResponse,
  status: number,
  type: string,
  body: string,
  headers: Record<string, string> = {},
  csp?: string,
): void {
  response.writeHead(status, {
    ...securityHeaders(csp),
    'content-type': type,
    'content-length': Buffer.byteLength(body),
    ...headers,
  });
  response.end(response.req.method === 'HEAD' ? undefined : body);
}

function sendHtml(
  response: ServerResponse,
  status: number,
  page: string,
  headers: Record<string, string> = {},
): void {
  send(response, status, 'text/html; charset=utf-8', page, headers);
}

function sendJson(
  response: ServerResponse,
  status: number,
  value: unknown,
  headers: Record<string, string> = {},
): void {
  send(response, status, 'application/json; charset=utf-8', `${JSON.stringify(value)}\n`, headers);
}
