import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HttpClient } from '../../../crawler/http/polite-fetch.js';
import { unlimited } from '../../../crawler/http/rate-limiter.js';
import { ApiSource } from '../../../crawler/sources/api/api-source.js';
import { TokenManager } from '../../../crawler/sources/api/token.js';

export interface StubServer {
  url: string;
  /** Every request seen, with its arrival time. */
  log: Array<{ method: string; path: string; at: number; headers: IncomingMessage['headers']; body: string }>;
  close(): Promise<void>;
}

export type StubHandler = (
  request: IncomingMessage & { body: string },
  response: ServerResponse,
) => void | Promise<void>;

/** A tiny HTTP server for the crawler's unit tests: one handler, a request log, a random port. */
export async function startStub(handler: StubHandler): Promise<StubServer> {
  const log: StubServer['log'] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      log.push({
        method: request.method ?? 'GET',
        path: request.url ?? '/',
        at: Date.now(),
        headers: request.headers,
        body,
      });
      Promise.resolve(handler(Object.assign(request, { body }), response)).catch((error: unknown) => {
        response.statusCode = 500;
        response.end(String(error));
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    log,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * The API source as the crawler builds it, over a stub serving both the token (`/token`) and the API (`/v2`), with
 * no rate limit and 1 ms retry delays: for tests of how one answer of the API is read.
 */
export function apiSourceOver(server: Pick<StubServer, 'url'>): ApiSource {
  const http = new HttpClient({ limiters: new Map([[server.url, unlimited]]), baseDelayMs: 1 });
  const token = new TokenManager(http, {
    tokenUrl: `${server.url}/token`,
    clientId: 'id',
    clientSecret: 's',
  });
  return new ApiSource(http, token, { apiUrl: `${server.url}/v2` });
}
