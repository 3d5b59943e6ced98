import { afterAll, describe, expect, it } from 'vitest';
import { fetchOneOffer } from '../../crawler/fetch-one-offer.js';
import { HttpClient } from '../../crawler/http/polite-fetch.js';
import { unlimited } from '../../crawler/http/rate-limiter.js';
import { ApiSource } from '../../crawler/sources/api/api-source.js';
import { TokenManager } from '../../crawler/sources/api/token.js';
import { UsageError } from '../../lib/errors.js';
import { offerSchema } from '../../model/offer.js';
import { DEFAULT_CREDENTIALS } from '../../replica/index.js';
import { replica, replicaSettings } from './helpers/crawl-setup.js';
import { apiSourceOver, type StubServer, startStub } from './helpers/http-stub.js';

const servers: StubServer[] = [];
afterAll(async () => {
  for (const server of servers) await server.close();
});

describe('API token and search', () => {
  it('fetches a token once, renews it before expiry and on a 401, and never sends the secret elsewhere', async () => {
    let issued = 0;
    let refuseNext = false;
    const server = await startStub((req, res) => {
      if (req.url?.startsWith('/token')) {
        issued++;
        const form = new URLSearchParams(req.body);
        if (form.get('client_secret') !== 's3cret') {
          res.writeHead(400, { 'content-type': 'application/json' }).end('{"error":"invalid_client"}');
          return;
        }
        res
          .writeHead(200, { 'content-type': 'application/json' })
          .end(JSON.stringify({ access_token: `t${issued}`, token_type: 'Bearer', expires_in: 90 }));
        return;
      }
      if (refuseNext) {
        refuseNext = false;
        res.writeHead(401).end();
        return;
      }
      if (req.url?.includes('range=0-0')) {
        res.writeHead(204, { 'content-range': 'offres -1--1/353' }).end();
        return;
      }
      res.writeHead(206, { 'content-range': 'offres 0-1/2', 'content-type': 'application/json' }).end(
        JSON.stringify({
          resultats: [{ id: 'A1', intitule: 'Vendeur (H/F)' }, { intitule: 'sans id' }],
          filtresPossibles: [
            { filtre: 'typeContrat', agregation: [{ valeurPossible: 'CDI', nbResultats: 2 }] },
          ],
        }),
      );
    });
    servers.push(server);
    let now = 1_000_000;
    const http = new HttpClient({ limiters: new Map([[server.url, unlimited]]), baseDelayMs: 1 });
    const token = new TokenManager(http, {
      tokenUrl: `${server.url}/token`,
      clientId: 'id',
      clientSecret: 's3cret',
      now: () => now,
    });
    const api = new ApiSource(http, token, { apiUrl: `${server.url}/v2` });

    const page = await api.search({ departement: '74' }, 0, 149);
    expect(page.total).toBe(2);
    expect(page.offers.map((item) => item.offer.id)).toEqual(['A1']);
    expect(page.rejected).toEqual([
      { id: null, cause: 'invalid_offer', message: expect.stringContaining('id') },
    ]);
    expect(page.facets.get('typeContrat')?.get('CDI')).toBe(2);
    expect((await api.search({}, 0, 0)).total).toBe(353);
    expect(issued).toBe(1);

    now += 31_000; // within 60 s of the 90 s expiry: renewed before use
    await api.search({}, 0, 149);
    expect(issued).toBe(2);

    refuseNext = true;
    await api.search({}, 0, 149);
    expect(issued).toBe(3);
    const searches = server.log.filter((entry) => entry.path.startsWith('/v2'));
    expect(searches.at(-1)!.headers.authorization).toBe('Bearer t3');
    expect(server.log.filter((entry) => entry.path.startsWith('/token'))[0]!.path).toContain(
      'realm=%2Fpartenaire',
    );
    expect(searches.every((entry) => !entry.path.includes('s3cret'))).toBe(true);

    const wrong = new TokenManager(http, {
      tokenUrl: `${server.url}/token`,
      clientId: 'id',
      clientSecret: 'nope',
    });
    await expect(wrong.get()).rejects.toBeInstanceOf(UsageError);
  });

  it('renews a token the API refuses a few times (a short-lived token outlived by retries), then gives up', async () => {
    let issued = 0;
    /** How many searches the API refuses with 401 before it accepts one; Infinity: it refuses every token. */
    let refusals = 0;
    const server = await startStub((req, res) => {
      if (req.url?.startsWith('/token')) {
        issued++;
        res
          .writeHead(200, { 'content-type': 'application/json' })
          .end(JSON.stringify({ access_token: `t${issued}`, token_type: 'Bearer', expires_in: 1499 }));
        return;
      }
      if (refusals > 0) {
        refusals--;
        res
          .writeHead(401, { 'content-type': 'application/json' })
          .end('{"message":"Invalid or expired access token"}');
        return;
      }
      res
        .writeHead(206, { 'content-range': 'offres 0-0/1', 'content-type': 'application/json' })
        .end(JSON.stringify({ resultats: [{ id: 'A1', intitule: 'Vendeur (H/F)' }] }));
    });
    servers.push(server);
    const api = apiSourceOver(server);

    // Three tokens in a row found expired on arrival: each is renewed, and the fourth is accepted.
    refusals = 3;
    expect((await api.search({}, 0, 149)).offers.map((item) => item.offer.id)).toEqual(['A1']);
    expect(issued).toBe(4);

    // An API that refuses every token: the kept token and three renewals, then the refusal stands.
    refusals = Number.POSITIVE_INFINITY;
    await expect(api.search({}, 0, 149)).rejects.toMatchObject({ code: 'http_401' });
    expect(issued).toBe(4 + 3);
  });

  it('fetches one offer with its partner pages, from the API or the website', async () => {
    const target = await replica({ offers: 400, seed: 61 });
    const id = [...target.ids()].find(
      (candidate) => target.truth(candidate)?.partnerPageState === 'expired_410',
    );
    if (!id) throw new Error('the replica planted no expired partner page: pick another seed');
    const viaApi = await fetchOneOffer(id, { ...replicaSettings(target, 'api'), partners: true });
    expect(viaApi?.offer.id).toBe(id);
    expect(viaApi?.partnerPages[0]).toMatchObject({ live: false, reason: 'http_410' });
    const viaSite = await fetchOneOffer(id, { ...replicaSettings(target, 'site') });
    expect(viaSite?.source).toBe('site');
    expect(viaSite?.offer.title).toBe(viaApi?.offer.title);
    expect(await fetchOneOffer('0000000', { ...replicaSettings(target, 'api'), partners: false })).toBeNull();
    expect(DEFAULT_CREDENTIALS.clientId).toBe('vigie-demo');
  });

  it('hands on each offer as served, from the one parse of an answer that passed the JSON check', async () => {
    const served = [
      { id: 'B1', intitule: 'Cuisinier (H/F)', lieuTravail: { libelle: '74 - ANNECY', latitude: '45.9' } },
      { id: 'B2', intitule: 'Serveur (H/F)', salaire: { complement1: 'Mutuelle' }, nombrePostes: 2 },
    ];
    let searches = 0;
    const server = await startStub((req, res) => {
      if (req.url?.startsWith('/token')) {
        res
          .writeHead(200, { 'content-type': 'application/json' })
          .end(JSON.stringify({ access_token: 't', token_type: 'Bearer', expires_in: 900 }));
        return;
      }
      if (req.url?.startsWith('/v2/offres/search')) {
        searches++;
        // The first answer is cut short: the check refuses it and the request is retried.
        const body = JSON.stringify({ resultats: served });
        res
          .writeHead(206, { 'content-range': 'offres 0-1/2', 'content-type': 'application/json' })
          .end(searches === 1 ? body.slice(0, 40) : body);
        return;
      }
      if (req.url === '/v2/offres/B2') {
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(served[1]));
        return;
      }
      res.writeHead(404, { 'content-type': 'application/json' }).end('{"message":"absente"}');
    });
    servers.push(server);
    const api = apiSourceOver(server);

    const page = await api.search({}, 0, 149);
    expect(searches).toBe(2);
    expect(page.offers.map((item) => item.raw)).toEqual(served);
    expect(page.offers[0]!.offer.place.latitude).toBe(45.9);
    const detail = await api.fetchOffer('B2');
    expect(detail?.raw).toEqual(served[1]);
    expect(detail?.offer).toMatchObject({ id: 'B2', positions: 2, salary: { complements: ['Mutuelle'] } });
    expect(await api.fetchOffer('B3')).toBeNull();
    // The normalised offers are not parsed again by zod: they must already be what the schema describes.
    for (const offer of [...page.offers.map((item) => item.offer), detail!.offer]) {
      expect(offerSchema.parse(offer)).toEqual(offer);
    }
  });
});
