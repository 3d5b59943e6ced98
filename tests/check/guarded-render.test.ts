import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GuardedRenderer } from '../../check/guarded-render.js';
import { findChromium } from '../../lib/browser.js';

const chromium = findChromium();
if (!chromium) {
  if (process.env.VIGIE_REQUIRE_CHROMIUM === '1')
    throw new Error('VIGIE_REQUIRE_CHROMIUM=1 but no Chromium found');
  console.warn('[tests] Chromium not found: the guarded renderer test is skipped');
}

/**
 * A partner page is a stranger's program: when Vigie renders it, its scripts must not reach what Vigie itself may
 * not (here "localhost", standing for the server's own private network).
 */
describe.skipIf(!chromium)('GuardedRenderer', () => {
  let server: Server;
  let port: number;
  const secretHits: string[] = [];

  beforeAll(async () => {
    server = createServer((request, response) => {
      if (request.url === '/secret') {
        secretHits.push(request.headers.host ?? '');
        response.writeHead(200, { 'access-control-allow-origin': '*' }).end('top secret');
        return;
      }
      response
        .writeHead(200, { 'content-type': 'text/html' })
        .end(`<!doctype html><html><body><div id="root"></div>
<script>
fetch('http://localhost:${(server.address() as AddressInfo).port}/secret')
  .then((answer) => answer.text())
  .then((text) => { document.getElementById('root').textContent = 'leaked: ' + text; })
  .catch(() => { document.getElementById('root').textContent = 'Offre de serveur en CDD, contrat de 3 mois, Annecy.'; });
</script></body></html>`);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  it('renders the page but blocks its requests outside the allowlist', async () => {
    const renderer = new GuardedRenderer({ allowedHosts: [], privateHostsAllowed: ['127.0.0.1'] }, 15_000);
    try {
      const page = await renderer.render(`http://127.0.0.1:${port}/offre/1`);
      expect(page.html).toMatch(/<div id="root">Offre de serveur en CDD/);
      expect(page.html).not.toMatch(/<div id="root">leaked/);
      expect(secretHits).toEqual([]);
    } finally {
      await renderer.close();
    }
  });
});
