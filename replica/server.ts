import {
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import { offerDetail, referential, searchOffers } from './api/offers-api.js';
import type { RateLimiter } from './api/rate-limiter.js';
import type { TokenStore } from './api/token-endpoint.js';
import type { ReplicaContext } from './context.js';
import type { FaultDecision, FaultSettings, RouteGroup } from './faults.js';
import { apiError, htmlResponse, jsonResponse, type ReplicaResponse } from './http-response.js';
import { applicationHome, applicationPage } from './partners/application-pages.js';
import { partnerApi, partnerHome, partnerPage } from './partners/partner-pages.js';
import { detailPage } from './site/detail-page.js';
import { moreResults, searchPage } from './site/search-page.js';
import type { RequestLog } from './stats.js';

interface RequestInfo {
  params: string[];
  query: URLSearchParams;
  body: string;
  headers: IncomingHttpHeaders;
}

interface Route {
  method: 'GET' | 'POST';
  pattern: RegExp;
  /** The route's name in the statistics, e.g. "GET /offres/search". */
  key: string;
  group: RouteGroup | 'internal';
  handle: (request: RequestInfo) => ReplicaResponse | Promise<ReplicaResponse>;
}

export interface ServerParts {
  context: ReplicaContext;
  tokens: TokenStore;
  limiter: RateLimiter;
  log: RequestLog;
  onAdvance: (options: Record<string, number>) => unknown;
  onFaults: (settings: FaultSettings) => void;
}

const API = '/partenaire/offresdemploi/v2';

function routes(parts: ServerParts): Route[] {
  const { context, tokens, limiter, log } = parts;
  // Every API call needs a valid token, then a token of the rate limiter's bucket (keyed by client id).
  const authorised =
    (handle: (request: RequestInfo) => ReplicaResponse) =>
    (request: RequestInfo): ReplicaResponse => {
      const client = tokens.verify(request.headers.authorization);
      if (!client) {
        return jsonResponse(
          401,
          { message: 'Invalid or expired access token' },
          { 'www-authenticate': 'Bearer error="invalid_token"' },
        );
      }
      const taken = limiter.take(client);
      if (taken.rejected) {
        log.recordRejected();
        return taken.rejected;
      }
      const response = handle(request);
      response.headers = { ...taken.headers, ...response.headers };
      return response;
    };
  const decode = (value: string) => decodeURIComponent(value);
  return [
    {
      method: 'POST',
      pattern: /^\/connexion\/oauth2\/access_token$/,
      key: 'POST /connexion/oauth2/access_token',
      group: 'token',
      handle: (request) => tokens.issue(request.body),
    },
    {
      method: 'GET',
      pattern: new RegExp(`^${API}/offres/search$`),
      key: 'GET /offres/search',
      group: 'api',
      handle: authorised((request) => searchOffers(context, request.query)),
    },
    {
      method: 'GET',
      pattern: new RegExp(`^${API}/offres/([^/]+)$`),
      key: 'GET /offres/{id}',
      group: 'api',
      handle: authorised((request) => offerDetail(context, decode(request.params[0]!))),
    },
    {
      method: 'GET',
      pattern: new RegExp(`^${API}/referentiel/([^/]+)$`),
      key: 'GET /referentiel/{name}',
      group: 'api',
      handle: authorised((request) => referential(context, decode(request.params[0]!))),
    },
    {
      method: 'GET',
      pattern: /^\/offres\/recherche$/,
      key: 'GET /offres/recherche',
      group: 'site',
      handle: (request) => {
        // The `lieux` fault: the département filter redirects to an error page answering 410.
        const lieux = request.query.get('lieux') ?? '';
        if (context.faults.current.lieuxGone && /\d[\dAB]?D(,|$)/.test(lieux)) {
          return { status: 302, headers: { location: '/erreur/410' }, body: '' };
        }
        return searchPage(context, request.query);
      },
    },
    {
      method: 'GET',
      pattern: /^\/erreur\/410$/,
      key: 'GET /erreur/410',
      group: 'site',
      handle: () =>
        htmlResponse(
          410,
          '<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Page indisponible</title></head><body><h1>Cette page n’est plus disponible.</h1></body></html>',
        ),
    },
    {
      method: 'POST',
      pattern: /^\/offres\/recherche\.rechercheoffre:afficherplusderesultats\/(\d+)-(\d+)\/0$/,
      key: 'POST /offres/recherche.rechercheoffre:afficherplusderesultats',
      group: 'site',
      handle: (request) =>
        moreResults(context, request.query, Number(request.params[0]), Number(request.params[1])),
    },
    {
      method: 'GET',
      pattern: /^\/offres\/recherche\/detail\/([^/]+)$/,
      key: 'GET /offres/recherche/detail/{id}',
      group: 'site',
      handle: (request) => detailPage(context, decode(request.params[0]!)),
    },
    {
      method: 'GET',
      pattern: /^\/robots\.txt$/,
      key: 'GET /robots.txt',
      group: 'site',
      handle: () => ({
        status: 200,
        headers: { 'content-type': 'text/plain;charset=UTF-8' },
        body: context.robotsTxt,
      }),
    },
    {
      method: 'GET',
      pattern: /^\/_partners\/([^/]+)\/?$/,
      key: 'GET /_partners/{slug}/',
      group: 'partners',
      handle: (request) => partnerHome(decode(request.params[0]!)),
    },
    {
      method: 'GET',
      pattern: /^\/_partners\/([^/]+)\/offres\/([^/]+)$/,
      key: 'GET /_partners/{slug}/offres/{id}',
      group: 'partners',
      handle: (request) => partnerPage(context, decode(request.params[0]!), decode(request.params[1]!)),
    },
    {
      method: 'GET',
      pattern: /^\/_partners\/([^/]+)\/api\/offres\/([^/]+)$/,
      key: 'GET /_partners/{slug}/api/offres/{id}',
      group: 'partners',
      handle: (request) => partnerApi(context, decode(request.params[0]!), decode(request.params[1]!)),
    },
    {
      method: 'GET',
      pattern: /^\/_apply\/([^/]+)\/?$/,
      key: 'GET /_apply/{slug}/',
      group: 'partners',
      handle: (request) => applicationHome(decode(request.params[0]!)),
    },
    {
      method: 'GET',
      pattern: /^\/_apply\/([^/]+)\/postuler\/([^/]+)$/,
      key: 'GET /_apply/{slug}/postuler/{id}',
      group: 'partners',
      handle: (request) => applicationPage(context, decode(request.params[0]!), decode(request.params[1]!)),
    },
    {
      method: 'GET',
      pattern: /^\/_truth\/([^/]+)$/,
      key: 'GET /_truth/{id}',
      group: 'internal',
      handle: (request) => {
        const index = context.corpus.indexOf(decode(request.params[0]!));
        return index === undefined
          ? apiError(404, 'unknown offer')
          : jsonResponse(200, context.corpus.truth(index, context.baseUrl()));
      },
    },
    {
      method: 'GET',
      pattern: /^\/_truth$/,
      key: 'GET /_truth',
      group: 'internal',
      handle: (request) => {
        const offset = Number(request.query.get('offset') ?? 0);
        const limit = Math.min(Number(request.query.get('limit') ?? 1000), 100_000);
        const lines: string[] = [];
        for (let i = offset; i < Math.min(context.corpus.size, offset + limit); i++) {
          lines.push(JSON.stringify(context.corpus.truth(i, context.baseUrl())));
        }
        return { status: 200, headers: { 'content-type': 'application/x-ndjson' }, body: lines.join('\n') };
      },
    },
    {
      method: 'POST',
      pattern: /^\/_admin\/faults$/,
      key: 'POST /_admin/faults',
      group: 'internal',
      handle: (request) => {
        parts.onFaults(JSON.parse(request.body || '{}') as FaultSettings);
        return jsonResponse(200, context.faults.current);
      },
    },
    {
      method: 'POST',
      pattern: /^\/_admin\/advance$/,
      key: 'POST /_admin/advance',
      group: 'internal',
      handle: (request) =>
        jsonResponse(200, parts.onAdvance(JSON.parse(request.body || '{}') as Record<string, number>)),
    },
    {
      method: 'GET',
      pattern: /^\/$/,
      key: 'GET /',
      group: 'internal',
      handle: () =>
        htmlResponse(
          200,
          `<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Vigie replica</title></head><body><h1>Vigie replica of France Travail</h1><ul><li><a href="/offres/recherche">Recherche d'offres</a></li><li>API: ${API}</li></ul></body></html>`,
        ),
    },
  ];
}

export function createReplicaServer(parts: ServerParts): Server {
  const table = routes(parts);
  return createServer((request, response) => {
    handle(parts, table, request, response).catch((error: unknown) => {
      if (!response.headersSent) {
        response.writeHead(500, { 'content-type': 'text/plain' });
        response.end(error instanceof Error ? error.message : 'error');
      } else response.destroy();
    });
  });
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function handle(
  parts: ServerParts,
  table: Route[],
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  // A request counts when it arrives, as a gateway's rate limiter counts it: before its body is read.
  const arrived = performance.now();
  const url = new URL(request.url ?? '/', 'http://replica');
  const route = table.find(
    (candidate) => candidate.method === request.method && candidate.pattern.test(url.pathname),
  );
  if (!route) {
    parts.log.record(`${request.method} (unknown)`, arrived);
    send(response, htmlResponse(404, '<!DOCTYPE html><html><body><h1>404 Not Found</h1></body></html>'), {
      kind: 'none',
    });
    return;
  }
  parts.log.record(route.key, arrived, route.group === 'api');
  const body = request.method === 'POST' ? await readBody(request) : '';
  const { faults } = parts.context;
  let decision: FaultDecision = { kind: 'none' };
  if (route.group !== 'internal' && faults.applies(route.group)) {
    const delay = faults.delayMs();
    if (delay > 0) await sleep(delay);
    decision = faults.decide();
  }
  if (decision.kind !== 'none')
    parts.log.recordFault(decision.kind === '5xx' ? String(decision.status) : decision.kind);
  if (decision.kind === 'reset') {
    request.socket.destroy();
    return;
  }
  if (decision.kind === '5xx') {
    send(
      response,
      htmlResponse(
        decision.status,
        `<html><body><h1>${decision.status} ${decision.status === 502 ? 'Bad Gateway' : 'Service Unavailable'}</h1></body></html>`,
      ),
      decision,
    );
    return;
  }
  if (decision.kind === '429') {
    send(response, jsonResponse(429, { message: 'Limit rate exceeded' }, { 'retry-after': '1' }), decision);
    return;
  }
  const params = route.pattern.exec(url.pathname)!.slice(1);
  const answer = await route.handle({ params, query: url.searchParams, body, headers: request.headers });
  send(response, answer, decision, faults.current);
}

function send(
  response: ServerResponse,
  answer: ReplicaResponse,
  decision: FaultDecision,
  faults: FaultSettings = {},
): void {
  let body = Buffer.from(answer.body, 'utf8');
  if (decision.kind === 'malformed' && answer.json && body.length > 2) {
    // Cut mid-document: the length is honest, the JSON is not.
    body = Buffer.concat([body.subarray(0, Math.floor(body.length * 0.6)), Buffer.from('","')]);
  }
  const headers = { ...answer.headers, 'content-length': String(body.length) };
  if (answer.status === 204) delete (headers as Record<string, string>)['content-length'];
  response.writeHead(answer.status, headers);
  if (decision.kind === 'truncate' && body.length > 1) {
    response.write(body.subarray(0, Math.floor(body.length / 2)), () => response.socket?.destroy());
    return;
  }
  if (decision.kind === 'trickle' && body.length > 0) {
    // By default a body arrives in about 50 pieces, 40 ms apart: slow (≈2 s), yet it ends.
    const chunk = faults.trickleChunkBytes ?? Math.max(256, Math.ceil(body.length / 50));
    trickle(response, body, chunk, faults.trickleDelayMs ?? 40);
    return;
  }
  response.end(answer.status === 204 ? undefined : body);
}

function trickle(response: ServerResponse, body: Buffer, chunkBytes: number, delayMs: number): void {
  let offset = 0;
  const next = () => {
    if (response.destroyed) return;
    if (offset >= body.length) {
      response.end();
      return;
    }
    response.write(body.subarray(offset, offset + chunkBytes));
    offset += chunkBytes;
    setTimeout(next, delayMs);
  };
  next();
}
