import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guardedRobots, readPartnerPageGuarded } from '../../check/read-partner-page.js';

const OFFER_PAGE = `<!doctype html><html><body><h1>Serveur H/F</h1>
<dl><dt>Contrat</dt><dd>CDD</dd><dt>Durée</dt><dd>3 mois</dd><dt>Salaire</dt><dd>1900 € brut par mois</dd>
<dt>Lieu</dt><dd>Annecy (74000)</dd></dl>
<p>Nous recherchons un serveur pour notre restaurant. Le poste est à pourvoir immédiatement, contrat de trois mois,
profil débutant accepté. Candidat motivé, sens du service, travail en équipe.</p></body></html>`;

describe('readPartnerPageGuarded', () => {
  let server: Server;
  let base: string;
  const requested: string[] = [];

  beforeAll(async () => {
    server = createServer((request, response) => {
      requested.push(request.url ?? '');
      switch (request.url) {
        case '/jobs/offre/123':
          response.writeHead(200, { 'content-type': 'text/html' }).end(OFFER_PAGE);
          break;
        case '/robots.txt':
          response
            .writeHead(200, { 'content-type': 'text/plain' })
            .end('User-agent: *\nDisallow: /jobs/private/\n');
          break;
        case '/jobs/offre/gone':
          response.writeHead(410).end('Gone');
          break;
        case '/jobs/offre/to-metadata':
          response.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' }).end();
          break;
        case '/jobs/offre/to-home':
          response.writeHead(302, { location: '/' }).end();
          break;
        default:
          response.writeHead(200, { 'content-type': 'text/html' }).end('<html><body>Accueil</body></html>');
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  const options = {
    policy: { allowedHosts: ['.meteojob.com'], privateHostsAllowed: ['127.0.0.1'] },
    timeoutMs: 3000,
    renderer: null,
    userAgent: 'Vigie/test',
  };

  it('reads what a live partner page states', async () => {
    const page = await readPartnerPageGuarded('196FBMG', `${base}/jobs/offre/123`, options);
    expect(page).toMatchObject({ live: true, reason: 'ok', status: 200, renderedWith: 'http' });
    expect(page.stated).toMatchObject({ contract: 'CDD', place: 'Annecy (74000)' });
  });

  it('sees a gone page and a redirect to the home page as dead', async () => {
    expect(await readPartnerPageGuarded('1', `${base}/jobs/offre/gone`, options)).toMatchObject({
      live: false,
      reason: 'http_410',
    });
    expect(await readPartnerPageGuarded('1', `${base}/jobs/offre/to-home`, options)).toMatchObject({
      live: false,
      reason: 'redirect_home',
    });
  });

  it('obeys the partner site’s robots.txt, asked once per site', async () => {
    const robotsAllow = guardedRobots(options);
    const withRobots = { ...options, robotsAllow };
    const before = requested.filter((path) => path === '/robots.txt').length;
    const kept = await readPartnerPageGuarded('1', `${base}/jobs/private/offre/9`, withRobots);
    expect(kept).toMatchObject({ live: null, reason: 'robots_disallowed' });
    expect(requested).not.toContain('/jobs/private/offre/9');
    const read = await readPartnerPageGuarded('1', `${base}/jobs/offre/123`, withRobots);
    expect(read).toMatchObject({ live: true });
    expect(requested.filter((path) => path === '/robots.txt').length - before).toBe(1);
  });

  it('never follows a link or a redirect outside the allowlist', async () => {
    const before = requested.length;
    const foreign = await readPartnerPageGuarded('1', 'http://10.0.0.1/admin', options);
    expect(foreign).toMatchObject({ live: null, reason: 'not_allowed_host_not_allowed', status: null });
    const file = await readPartnerPageGuarded('1', 'file:///etc/passwd', options);
    expect(file).toMatchObject({ live: null, reason: 'not_allowed_scheme' });
    expect(requested.length).toBe(before);
    const redirected = await readPartnerPageGuarded('1', `${base}/jobs/offre/to-metadata`, options);
    expect(redirected).toMatchObject({ live: null, reason: 'not_allowed_host_not_allowed' });
  });
});
