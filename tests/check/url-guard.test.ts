import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GuardedFetchFailure, guardedFetch } from '../../check/guarded-fetch.js';
import {
  checkUrl,
  checkUrlSyntax,
  isNonPublicAddress,
  type UrlPolicy,
  UrlRefused,
} from '../../lib/http/address-guard.js';
import { hangLimitMs } from '../helpers/machine-speed.js';

const policy: UrlPolicy = { allowedHosts: ['candidat.francetravail.fr', '.meteojob.com', 'public.test'] };

async function refusal(
  url: string,
  resolver?: (host: string) => Promise<string[]>,
  p = policy,
): Promise<string> {
  try {
    await checkUrl(url, p, resolver ?? (async () => ['93.184.216.34']));
    return 'allowed';
  } catch (error) {
    if (error instanceof UrlRefused) return error.refusal;
    throw error;
  }
}

describe('isNonPublicAddress', () => {
  it.each([
    '127.0.0.1',
    '127.255.0.9',
    '10.1.2.3',
    '172.16.0.1',
    '172.31.255.255',
    '192.168.1.1',
    '169.254.169.254',
    '100.64.0.1',
    '0.0.0.0',
    '224.0.0.1',
    '255.255.255.255',
    '::1',
    '::',
    'fe80::1',
    'fe80::1%eth0',
    'fc00::1',
    'fd12:3456::1',
    '::ffff:127.0.0.1',
    '::ffff:10.0.0.1',
    '::ffff:169.254.169.254',
    '64:ff9b::a9fe:a9fe',
    '2002:7f00:1::',
    'ff02::1',
    'not an address',
  ])('refuses %s', (address) => {
    expect(isNonPublicAddress(address)).toBe(true);
  });

  it.each(['93.184.216.34', '8.8.8.8', '172.32.0.1', '2606:4700::1111', '::ffff:93.184.216.34'])(
    'accepts %s',
    (address) => {
      expect(isNonPublicAddress(address)).toBe(false);
    },
  );
});

describe('checkUrl', () => {
  it('allows France Travail and known partners on public addresses', async () => {
    expect(await refusal('https://candidat.francetravail.fr/offres/recherche/detail/196FBMG')).toBe(
      'allowed',
    );
    expect(await refusal('https://www.meteojob.com/offre/1')).toBe('allowed');
    expect(await refusal('https://meteojob.com/offre/1')).toBe('allowed');
  });

  it.each([
    ['file:///etc/passwd', 'scheme'],
    ['ftp://candidat.francetravail.fr/x', 'scheme'],
    ['javascript:alert(1)', 'scheme'],
    ['gopher://candidat.francetravail.fr:70/_x', 'scheme'],
    ['not a url', 'malformed'],
    ['https://user:pass@candidat.francetravail.fr/', 'credentials'],
    ['https://evil.example/', 'host_not_allowed'],
    ['https://meteojob.com.evil.example/', 'host_not_allowed'],
    ['https://evilmeteojob.com/', 'host_not_allowed'],
    ['http://127.0.0.1/', 'host_not_allowed'],
    ['http://[::1]/', 'host_not_allowed'],
    ['https://candidat.francetravail.fr:8443/', 'port_not_allowed'],
  ])('refuses %s (%s)', async (url, expected) => {
    expect(await refusal(url)).toBe(expected);
  });

  it('refuses an allowed name that resolves to a private address (v4, v6, mapped)', async () => {
    for (const address of [
      '127.0.0.1',
      '10.0.0.7',
      '169.254.169.254',
      '::1',
      'fe80::2',
      '::ffff:192.168.0.1',
    ]) {
      expect(await refusal('https://public.test/', async () => [address])).toBe('private_address');
    }
    // One private address among public ones is enough to refuse: the socket could pick it.
    expect(await refusal('https://public.test/', async () => ['93.184.216.34', '10.0.0.1'])).toBe(
      'private_address',
    );
  });

  it('refuses a name that does not resolve', async () => {
    expect(
      await refusal('https://public.test/', async () => {
        throw new Error('ENOTFOUND');
      }),
    ).toBe('dns');
  });

  it('lets a host explicitly allowed for tests use loopback and any port', async () => {
    const local: UrlPolicy = { ...policy, privateHostsAllowed: ['127.0.0.1'] };
    expect(await refusal('http://127.0.0.1:8080/x', undefined, local)).toBe('allowed');
    expect(checkUrlSyntax('http://127.0.0.1:8080/x', local).port).toBe('8080');
  });
});

describe('guardedFetch', () => {
  let server: Server;
  let base: string;
  beforeAll(async () => {
    server = createServer((request, response) => {
      const url = request.url ?? '/';
      if (url === '/to-metadata') {
        response.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' }).end();
      } else if (url === '/to-file') {
        response.writeHead(302, { location: 'file:///etc/passwd' }).end();
      } else if (url === '/to-localhost-name') {
        response.writeHead(302, { location: 'http://localhost/' }).end();
      } else if (url.startsWith('/loop')) {
        const n = Number(url.slice(5) || 0);
        response.writeHead(302, { location: `/loop${n + 1}` }).end();
      } else if (url === '/big') {
        response.writeHead(200, { 'content-type': 'text/html' });
        response.end('x'.repeat(200_000));
      } else if (url === '/slow') {
        response.writeHead(200, { 'content-type': 'text/html' });
        response.write('<html>');
        // never ends
      } else {
        response.writeHead(200, { 'content-type': 'text/html' }).end('<html><body>ok</body></html>');
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  const local: UrlPolicy = { allowedHosts: [], privateHostsAllowed: ['127.0.0.1'] };

  it('fetches an allowed page', async () => {
    const response = await guardedFetch(`${base}/ok`, { policy: local });
    expect(response.status).toBe(200);
    expect(response.text).toContain('ok');
  });

  it('refuses a redirect to a private address or another scheme, checking every hop', async () => {
    await expect(guardedFetch(`${base}/to-metadata`, { policy: local })).rejects.toMatchObject({
      refusal: 'host_not_allowed',
    });
    await expect(guardedFetch(`${base}/to-file`, { policy: local })).rejects.toMatchObject({
      refusal: 'scheme',
    });
    // An allowed name that resolves to loopback is refused after DNS resolution.
    const named: UrlPolicy = { allowedHosts: ['localhost'], privateHostsAllowed: ['127.0.0.1'] };
    // The resolver is injected: tests resolve no name through the system.
    const resolve = async () => ['127.0.0.1'];
    await expect(guardedFetch(`${base}/to-localhost-name`, { policy: named, resolve })).rejects.toMatchObject(
      {
        refusal: 'private_address',
      },
    );
  });

  it('bounds redirects, size and time', async () => {
    await expect(guardedFetch(`${base}/loop0`, { policy: local, maxRedirects: 3 })).rejects.toMatchObject({
      code: 'too_many_redirects',
    });
    await expect(guardedFetch(`${base}/big`, { policy: local, maxBytes: 50_000 })).rejects.toMatchObject({
      code: 'too_large',
    });
    const started = Date.now();
    await expect(guardedFetch(`${base}/slow`, { policy: local, timeoutMs: 300 })).rejects.toBeInstanceOf(
      GuardedFetchFailure,
    );
    // A hang guard (the slow page never ends), scaled by the machine's measured slowness.
    expect(Date.now() - started).toBeLessThan(hangLimitMs(3000));
  });
});
