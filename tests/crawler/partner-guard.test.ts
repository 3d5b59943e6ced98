import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { HttpClient } from '../../crawler/http/polite-fetch.js';
import { PartnerFetcher } from '../../crawler/sources/partner/partner-fetcher.js';
import { AddressGuard } from '../../lib/http/address-guard.js';
import { replica } from './helpers/crawl-setup.js';

// Issue 15: partner links are written by strangers. The crawler refuses those that point at the machine, its
// network or a metadata endpoint; the loopback replica is reachable only because its origin is trusted by name.
// The resolver is injected: no DNS query leaves the machine.
const names: Record<string, string[]> = {
  'intranet.example': ['10.0.0.5'],
  'rebind.example': ['93.184.216.34', '127.0.0.1'],
  'metadata.example': ['169.254.169.254'],
  // IPv6 spellings of loopback: IPv4-compatible and IPv4-translated, as a resolver may answer them.
  'compat.example': ['::7f00:1'],
  'dotted.example': ['::127.0.0.1'],
  'translated.example': ['::ffff:0:7f00:1'],
};
const resolve = async (host: string) => {
  const found = names[host];
  if (!found) throw new Error(`no such name in the test: ${host}`);
  return found;
};

describe('the crawler’s address guard on links from offers', () => {
  it('records blocked_address for loopback, private, link-local and metadata targets, and reaches the trusted replica', async () => {
    const target = await replica({ offers: 30, seed: 51 });
    const guard = new AddressGuard({ resolve, trustedOrigins: [target.url] });
    const fetcher = new PartnerFetcher(new HttpClient({ addressGuard: guard, maxRetries: 0 }), null);
    const port = new URL(target.url).port;
    for (const url of [
      `http://127.0.0.1:${Number(port) + 1}/admin`,
      'http://169.254.169.254/latest/meta-data/',
      'http://10.1.2.3/',
      'http://[::1]/',
      'http://intranet.example/offre/1',
      'http://rebind.example/offre/2',
      'http://metadata.example/',
      'http://[::7f00:1]/',
      'http://[::127.0.0.1]/',
      'http://[::ffff:0:7f00:1]/',
      'http://[::ffff:169.254.169.254]/',
      'http://compat.example/',
      'http://dotted.example/',
      'http://translated.example/',
      'file:///etc/passwd',
    ]) {
      const page = await fetcher.fetch('X', url);
      expect(page.reason, url).toBe('blocked_address');
      expect(page.live, url).toBeNull();
      expect(page.status, url).toBeNull();
    }
    // The same host on another port is not the trusted origin.
    expect((await fetcher.fetch('X', `http://127.0.0.1:${port === '80' ? 81 : 80}/`)).reason).toBe(
      'blocked_address',
    );
    const partner = [...target.ids()]
      .map((id) => target.offer(id))
      .find((offer) => offer?.origineOffre.partenaires?.[0]);
    const url = partner!.origineOffre.partenaires![0]!.url;
    const page = await fetcher.fetch(partner!.id, url);
    expect(page.reason).not.toBe('blocked_address');
    expect(page.status).not.toBeNull();
  });

  it('checks every redirect hop: a trusted page redirecting to a private address is refused', async () => {
    const target = await replica({ offers: 10, seed: 52 });
    const tracker = createServer((_request, response) => {
      response.writeHead(302, { location: 'http://intranet.example/secret' });
      response.end();
    });
    tracker.listen(0, '127.0.0.1');
    await once(tracker, 'listening');
    const { port } = tracker.address() as AddressInfo;
    const trackerUrl = `http://127.0.0.1:${port}`;
    try {
      const http = new HttpClient({
        addressGuard: new AddressGuard({ resolve, trustedOrigins: [target.url, trackerUrl] }),
        maxRetries: 0,
      });
      await expect(http.request({ url: `${trackerUrl}/r/1`, fromOffer: true })).rejects.toMatchObject({
        code: 'blocked_address',
      });
      // Without `fromOffer` (France Travail's own configured URLs) the guard is not in the way.
      const own = await http.request({ url: `${target.url}/robots.txt` });
      expect(own.status).toBe(200);
    } finally {
      tracker.close();
    }
  });
});
