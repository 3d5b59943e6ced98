import { once } from 'node:events';
import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GuardedFetchFailure, guardedFetch } from '../../check/guarded-fetch.js';
import { HttpClient } from '../../crawler/http/polite-fetch.js';
import { unlimited } from '../../crawler/http/rate-limiter.js';
import { AddressGuard, type Resolver, UrlRefused } from '../../lib/http/address-guard.js';

// The one transport (lib/http/transport.ts) under the crawler's client and check's guarded fetch: the socket of a
// guarded hop connects to the addresses the guard checked, and a compressed answer is capped once unpacked. Every
// name goes through an injected resolver and every server listens on loopback: nothing leaves the machine.

async function listen(handler: RequestListener, host: string, port = 0): Promise<Server> {
  const server = createServer(handler);
  server.listen(port, host);
  await once(server, 'listening');
  return server;
}

const portOf = (server: Server) => (server.address() as AddressInfo).port;

describe('the guarded socket is pinned to the address the guard checked (DNS rebinding)', () => {
  let first: Server;
  let second: Server;
  let port: number;
  beforeAll(async () => {
    first = await listen((_request, response) => response.end('checked address'), '127.0.0.1');
    port = portOf(first);
    // The same port on another loopback address: where a second resolution of the name would lead.
    second = await listen((_request, response) => response.end('rebound address'), '127.0.0.2', port);
  });
  afterAll(() => {
    first.close();
    second.close();
  });

  /** A name that answers 127.0.0.1 the first time it is asked and 127.0.0.2 every time after. */
  function rebinding(): { resolve: Resolver; asked: string[] } {
    const asked: string[] = [];
    return {
      asked,
      resolve: async (host) => {
        asked.push(host);
        return asked.length === 1 ? ['127.0.0.1'] : ['127.0.0.2'];
      },
    };
  }

  it('in the crawler: the name is resolved once and the socket goes to that answer', async () => {
    const { resolve, asked } = rebinding();
    // The test name may resolve to loopback (privateHostsAllowed): what is tested is where the socket goes.
    const guard = new AddressGuard({ resolve, privateHostsAllowed: ['rebind.test'] });
    const http = new HttpClient({ addressGuard: guard, maxRetries: 0, limiterFactory: () => unlimited });
    const response = await http.request({ url: `http://rebind.test:${port}/offre`, fromOffer: true });
    expect(response.text).toBe('checked address');
    expect(asked).toEqual(['rebind.test']);
  });

  it('in check: the same', async () => {
    const { resolve, asked } = rebinding();
    const response = await guardedFetch(`http://rebind.test:${port}/offre`, {
      policy: { allowedHosts: [], privateHostsAllowed: ['rebind.test'] },
      resolve,
    });
    expect(response.text).toBe('checked address');
    expect(asked).toEqual(['rebind.test']);
  });

  it('a redirect to the same name is admitted again, and its socket goes to that hop’s answer', async () => {
    const hops = await listen((request, response) => {
      if (request.url === '/start') response.writeHead(302, { location: '/next' }).end();
      else response.end(`next from ${request.socket.localAddress}`);
    }, '127.0.0.1');
    try {
      const asked: string[] = [];
      const resolve: Resolver = async (host) => {
        asked.push(host);
        return ['127.0.0.1'];
      };
      const guard = new AddressGuard({ resolve, privateHostsAllowed: ['hops.test'] });
      const http = new HttpClient({ addressGuard: guard, maxRetries: 0, limiterFactory: () => unlimited });
      const response = await http.request({ url: `http://hops.test:${portOf(hops)}/start`, fromOffer: true });
      expect(response.text).toBe('next from 127.0.0.1');
      expect(asked).toEqual(['hops.test', 'hops.test']);
    } finally {
      hops.close();
    }
  });

  it('a name whose answer holds a private address is refused before any connection', async () => {
    let connections = 0;
    const target = await listen((_request, response) => {
      connections++;
      response.end('secret');
    }, '127.0.0.1');
    try {
      const resolve: Resolver = async () => ['93.184.216.34', '127.0.0.1'];
      const http = new HttpClient({ addressGuard: new AddressGuard({ resolve }), maxRetries: 0 });
      const failure = await http
        .request({ url: `http://mixed.test:${portOf(target)}/`, fromOffer: true })
        .catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(UrlRefused);
      expect(failure).toMatchObject({ code: 'blocked_address', refusal: 'private_address' });
      expect(connections).toBe(0);
    } finally {
      target.close();
    }
  });
});

describe('the body cap holds after decompression', () => {
  let server: Server;
  let base: string;
  const page = '<html><body><h1>Serveur H/F</h1><p>CDD à Annecy.</p></body></html>';
  beforeAll(async () => {
    // 64 MiB of zeros packed into about 64 KiB.
    const bomb = gzipSync(Buffer.alloc(64 * 1024 * 1024));
    server = await listen((request, response) => {
      if (request.url === '/bomb') {
        response.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }).end(bomb);
      } else {
        response
          .writeHead(200, {
            'content-type': 'text/html',
            'content-encoding': 'gzip',
            'x-asked-encoding': String(request.headers['accept-encoding']),
          })
          .end(gzipSync(page));
      }
    }, '127.0.0.1');
    base = `http://127.0.0.1:${portOf(server)}`;
  });
  afterAll(() => server.close());

  it('in the crawler: a compressed page is read unpacked, a bomb is cut at the cap', async () => {
    const http = new HttpClient({
      maxRetries: 0,
      maxBodyBytes: 1024 * 1024,
      limiterFactory: () => unlimited,
    });
    const read = await http.request({ url: `${base}/page` });
    expect(read.text).toBe(page);
    expect(read.headers.get('x-asked-encoding')).toContain('gzip');
    await expect(http.request({ url: `${base}/bomb` })).rejects.toMatchObject({ code: 'body_too_large' });
  });

  it('in check: the same, as check’s too_large', async () => {
    const policy = { allowedHosts: [], privateHostsAllowed: ['127.0.0.1'] };
    expect((await guardedFetch(`${base}/page`, { policy })).text).toBe(page);
    const failure = await guardedFetch(`${base}/bomb`, { policy }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(GuardedFetchFailure);
    expect(failure).toMatchObject({ code: 'too_large' });
  });
});
