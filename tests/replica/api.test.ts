import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RateLimiter } from '../../replica/api/rate-limiter.js';
import { type Replica, startReplica } from '../../replica/index.js';
import { apiGet, fetchToken, type SearchBody } from './replica-client.js';

let replica: Replica;
let token: string;

beforeAll(async () => {
  replica = await startReplica({ offers: 8000, seed: 21, rateLimit: false });
  token = await fetchToken(replica);
});
afterAll(() => replica.close());

const form = (fields: Record<string, string>) => ({
  method: 'POST',
  headers: { 'content-type': 'application/x-www-form-urlencoded' },
  body: new URLSearchParams(fields).toString(),
});

describe('the token endpoint', () => {
  it('grants a Bearer token for the client-credentials form', async () => {
    const response = await fetch(
      replica.tokenUrl,
      form({
        grant_type: 'client_credentials',
        client_id: 'vigie-demo',
        client_secret: 'vigie-demo-secret',
        scope: 'api_offresdemploiv2 o2dsoffre',
      }),
    );
    expect(response.status).toBe(200);
    const body = (await response.json()) as Record<string, unknown>;
    expect(body).toMatchObject({
      scope: 'api_offresdemploiv2 o2dsoffre',
      token_type: 'Bearer',
      expires_in: 1499,
    });
    expect(typeof body.access_token).toBe('string');
  });

  it('answers 400 invalid_client, invalid_scope and unsupported_grant_type', async () => {
    const bad = await fetch(
      replica.tokenUrl,
      form({
        grant_type: 'client_credentials',
        client_id: 'vigie-demo',
        client_secret: 'nope',
        scope: 'api_offresdemploiv2',
      }),
    );
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({ error: 'invalid_client' });
    const scope = await fetch(
      replica.tokenUrl,
      form({
        grant_type: 'client_credentials',
        client_id: 'vigie-demo',
        client_secret: 'vigie-demo-secret',
        scope: 'everything',
      }),
    );
    expect(scope.status).toBe(400);
    expect(await scope.json()).toMatchObject({
      error: 'invalid_scope',
      error_description: expect.any(String),
    });
    const grant = await fetch(
      replica.tokenUrl,
      form({ grant_type: 'password', client_id: 'vigie-demo', client_secret: 'vigie-demo-secret' }),
    );
    expect(grant.status).toBe(400);
    expect(await grant.json()).toMatchObject({
      error: 'unsupported_grant_type',
      error_description: expect.any(String),
    });
  });

  it('accepts the older application_<client_id> scope', async () => {
    expect(await fetchToken(replica, 'application_vigie-demo api_offresdemploiv2 o2dsoffre')).toBeTruthy();
  });

  it('answers 401 without a token and once the token has expired', async () => {
    expect((await fetch(`${replica.apiUrl}/offres/search`)).status).toBe(401);
    expect((await apiGet(replica, 'made-up', '/offres/search')).status).toBe(401);
    const shortLived = await startReplica({ offers: 100, tokenTtlSeconds: 1, rateLimit: false });
    try {
      const fresh = await fetchToken(shortLived);
      expect((await apiGet(shortLived, fresh, '/offres/search?range=0-0')).status).toBe(206);
      await new Promise((resolve) => setTimeout(resolve, 1100));
      expect((await apiGet(shortLived, fresh, '/offres/search?range=0-0')).status).toBe(401);
    } finally {
      await shortLived.close();
    }
  });
});

describe('/offres/search', () => {
  it('answers 206 with Content-Range and Accept-Range, and the body of the real API', async () => {
    const response = await apiGet(replica, token, '/offres/search?departement=75&range=0-149');
    expect(response.status).toBe(206);
    expect(response.headers.get('accept-range')).toBe('150');
    const range = /^offres (\d+)-(\d+)\/(\d+)$/.exec(response.headers.get('content-range') ?? '');
    expect(range).not.toBeNull();
    const total = Number(range![3]);
    expect(Number(range![1])).toBe(0);
    expect(Number(range![2])).toBe(Math.min(149, total - 1));
    const body = (await response.json()) as SearchBody;
    expect(body.resultats).toHaveLength(Math.min(150, total));
    for (const offer of body.resultats)
      expect(String((offer.lieuTravail as { libelle: string }).libelle)).toMatch(/^75 - /);
    const filters = body.filtresPossibles.map((filter) => filter.filtre);
    expect(filters).toEqual(['typeContrat', 'experience', 'qualification', 'natureContrat']);
    for (const filter of body.filtresPossibles) {
      expect(filter.agregation.reduce((sum, entry) => sum + entry.nbResultats, 0)).toBe(total);
    }
  });

  it('clips the end of the range to the total', async () => {
    const first = await apiGet(replica, token, '/offres/search?departement=2B&range=0-149');
    const total = Number(/\/(\d+)$/.exec(first.headers.get('content-range')!)![1]);
    expect(total).toBeGreaterThan(0);
    expect(total).toBeLessThan(150);
    expect(first.headers.get('content-range')).toBe(`offres 0-${total - 1}/${total}`);
  });

  it('answers 204 when nothing matches or the range starts past the end', async () => {
    const none = await apiGet(replica, token, '/offres/search?departement=2B&typeContrat=FRA&codeROME=L1202');
    expect(none.status).toBe(204);
    expect(await none.text()).toBe('');
    const past = await apiGet(replica, token, '/offres/search?departement=2B&range=3000-3149');
    expect(past.status).toBe(204);
  });

  it('answers 400 {codeErreur, message} for bad ranges and parameters', async () => {
    for (const query of [
      'range=0-150',
      'range=3100-3200',
      'range=20-10',
      'range=abc',
      'publieeDepuis=2',
      'minCreationDate=2026-10-01T00:00:00Z',
      'maxCreationDate=2026-10-01T00:00:00Z',
      'minCreationDate=2026-10-01&maxCreationDate=2026-10-02',
      'salaireMin=1800',
      'typeContrat=XYZ',
      'departement=99',
      'origineOffre=3',
    ]) {
      const response = await apiGet(replica, token, `/offres/search?${query}`);
      expect(response.status, query).toBe(400);
      expect(await response.json()).toMatchObject({
        codeErreur: expect.any(String),
        message: expect.any(String),
      });
    }
  });

  it('ignores unknown parameters', async () => {
    const plain = await apiGet(replica, token, '/offres/search?range=0-0');
    const odd = await apiGet(replica, token, '/offres/search?range=0-0&couleur=bleu');
    expect(odd.status).toBe(206);
    expect(odd.headers.get('content-range')).toBe(plain.headers.get('content-range'));
  });

  it('pages deterministically: consecutive ranges cover every match once', async () => {
    const query = '/offres/search?departement=13,06&typeContrat=CDI,CDD';
    const head = await apiGet(replica, token, `${query}&range=0-149`);
    const total = Number(/\/(\d+)$/.exec(head.headers.get('content-range')!)![1]);
    const ids: string[] = ((await head.json()) as SearchBody).resultats.map((offer) => offer.id);
    for (let start = 150; start < total; start += 150) {
      const page = (await (
        await apiGet(replica, token, `${query}&range=${start}-${start + 149}`)
      ).json()) as SearchBody;
      ids.push(...page.resultats.map((offer) => offer.id));
    }
    expect(ids).toHaveLength(total);
    expect(new Set(ids).size).toBe(total);
    const again = (await (await apiGet(replica, token, `${query}&range=150-299`)).json()) as SearchBody;
    expect(again.resultats.map((offer) => offer.id)).toEqual(ids.slice(150, 300));
  });

  it('finds a keyword in an offer’s description, as the real API’s motsCles does', async () => {
    const listing = (await (
      await apiGet(replica, token, '/offres/search?departement=74&range=0-149')
    ).json()) as SearchBody;
    // A word of an offer's description that its title and job names do not hold.
    const picked = listing.resultats.flatMap((offer) => {
      const named = plain(`${offer.intitule} ${offer.romeLibelle} ${offer.appellationlibelle}`);
      const word = plain(String(offer.description))
        .split(/[^a-z]+/)
        .find((candidate) => candidate.length >= 9 && !named.includes(candidate));
      return word ? [{ offer, word }] : [];
    })[0];
    if (!picked) throw new Error('no offer of département 74 has a long word in its description only');
    const query = `departement=74&typeContrat=${picked.offer.typeContrat}&motsCles=${picked.word}`;
    const ids: string[] = [];
    for (let start = 0; ; start += 150) {
      const response = await apiGet(replica, token, `/offres/search?${query}&range=${start}-${start + 149}`);
      expect(response.status, query).toBeLessThan(300);
      if (response.status === 204) break;
      const page = (await response.json()) as SearchBody;
      ids.push(...page.resultats.map((offer) => offer.id));
      const total = Number(/\/(\d+)$/.exec(response.headers.get('content-range') ?? '')?.[1] ?? 0);
      if (start + 150 >= total) break;
    }
    expect(ids).toContain(picked.offer.id);
    const none = await apiGet(replica, token, '/offres/search?departement=74&motsCles=zzqxwvk&range=0-149');
    expect(none.status).toBe(204);
  });

  it('filters by contract, origin, dates, publieeDepuis, time, ROME and keywords', async () => {
    const check = async (query: string, test: (offer: Record<string, unknown>) => boolean) => {
      const response = await apiGet(replica, token, `/offres/search?${query}&range=0-149`);
      expect(response.status, query).toBe(206);
      const body = (await response.json()) as SearchBody;
      for (const offer of body.resultats) expect(test(offer), `${query}: ${offer.id}`).toBe(true);
      return Number(/\/(\d+)$/.exec(response.headers.get('content-range')!)![1]);
    };
    await check('typeContrat=MIS', (offer) => offer.typeContrat === 'MIS');
    await check('origineOffre=2', (offer) => (offer.origineOffre as { origine: string }).origine === '2');
    await check('codeROME=G1602', (offer) => offer.romeCode === 'G1602');
    // A keyword is looked for in the offer: its job, or its own title and description.
    await check(
      'motsCles=cuisinier',
      (offer) =>
        offer.romeCode === 'G1602' || plain(`${offer.intitule} ${offer.description}`).includes('cuisinier'),
    );
    await check('tempsPlein=false', (offer) => offer.dureeTravailLibelleConverti === 'Temps partiel');
    await check('commune=74010', (offer) => (offer.lieuTravail as { commune?: string }).commune === '74010');
    const min = '2026-11-01T00:00:00Z';
    const max = '2026-11-10T23:59:59Z';
    await check(`minCreationDate=${min}&maxCreationDate=${max}`, (offer) => {
      const created = Date.parse(String(offer.dateCreation ?? min));
      return created >= Date.parse(min) && created <= Date.parse(max) + 999;
    });
    const week = await check(
      'publieeDepuis=7',
      (offer) => Date.parse(String(offer.dateCreation ?? '2026-11-15')) >= Date.parse('2026-11-08T12:00:00Z'),
    );
    const month = await check('publieeDepuis=31', () => true);
    expect(week).toBeLessThan(month);
    const newest = (await (
      await apiGet(replica, token, '/offres/search?sort=1&range=0-20')
    ).json()) as SearchBody;
    const dates = newest.resultats.flatMap((offer) =>
      offer.dateCreation ? [Date.parse(String(offer.dateCreation))] : [],
    );
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
  });

  it('counts per contract type that add up to the whole corpus', async () => {
    const response = await apiGet(replica, token, '/offres/search?range=0-0');
    const body = (await response.json()) as SearchBody;
    const contracts = body.filtresPossibles.find((filter) => filter.filtre === 'typeContrat')!;
    const sum = contracts.agregation.reduce((total, entry) => total + entry.nbResultats, 0);
    expect(sum).toBe(replica.total);
    expect(response.headers.get('content-range')).toBe(`offres 0-0/${replica.total}`);
  });
});

describe('/offres/{id} and the referentials', () => {
  it('serves one offer, and 404 once it has expired or for an unknown id', async () => {
    const corpus = new (await import('../../replica/corpus/corpus.js')).Corpus({ offers: 10, seed: 21 });
    const id = corpus.idOf(3);
    const response = await apiGet(replica, token, `/offres/${id}`);
    expect(response.status).toBe(200);
    expect(((await response.json()) as { id: string }).id).toBe(id);
    expect((await apiGet(replica, token, '/offres/123ABCD')).status).toBe(404);
    const other = await startReplica({ offers: 500, seed: 3, rateLimit: false });
    try {
      const otherToken = await fetchToken(other);
      other.advance({ expire: 0.5, add: 0, modify: 0 });
      const expired = [...Array(500).keys()].find((i) => other.corpus.expired[i])!;
      const expiredId = other.corpus.idOf(expired);
      expect((await apiGet(other, otherToken, `/offres/${expiredId}`)).status).toBe(404);
      expect(other.truth(expiredId)?.expired).toBe(true);
    } finally {
      await other.close();
    }
  });

  it('serves the referentials as [{code, libelle}]', async () => {
    for (const name of [
      'typesContrats',
      'naturesContrats',
      'departements',
      'regions',
      'communes',
      'domaines',
      'metiers',
    ]) {
      const response = await apiGet(replica, token, `/referentiel/${name}`);
      expect(response.status, name).toBe(200);
      const list = (await response.json()) as { code: string; libelle: string }[];
      expect(list.length, name).toBeGreaterThan(0);
      for (const entry of list)
        expect(entry).toMatchObject({ code: expect.any(String), libelle: expect.any(String) });
    }
    const departements = (await (await apiGet(replica, token, '/referentiel/departements')).json()) as {
      code: string;
    }[];
    expect(departements.map((d) => d.code)).toEqual(
      expect.arrayContaining(['01', '2A', '2B', '971', '974', '976']),
    );
    expect((await apiGet(replica, token, '/referentiel/inconnu')).status).toBe(404);
  });
});

describe('the rate limit', () => {
  it('answers 429 with the x-ratelimit headers and Retry-After once the bucket is empty', async () => {
    const limited = await startReplica({ offers: 200, rateLimit: { perSecond: 2, burst: 3 } });
    try {
      const limitedToken = await fetchToken(limited);
      const statuses: number[] = [];
      let rejected: Response | undefined;
      let accepted: Response | undefined;
      for (let i = 0; i < 6; i++) {
        const response = await apiGet(limited, limitedToken, '/offres/search?range=0-0');
        statuses.push(response.status);
        if (response.status === 429) rejected ??= response;
        else accepted ??= response;
      }
      expect(statuses.slice(0, 3)).toEqual([206, 206, 206]);
      expect(statuses).toContain(429);
      expect(accepted!.headers.get('x-ratelimit-burst-capacity-clientidlimiter')).toBe('3');
      expect(accepted!.headers.get('x-ratelimit-replenish-rate-clientidlimiter')).toBe('2');
      expect(accepted!.headers.get('x-ratelimit-remaining-clientidlimiter')).toBe('2');
      expect(rejected!.headers.get('x-ratelimit-remaining-clientidlimiter')).toBe('0');
      expect(Number(rejected!.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      expect(limited.stats().rejected429).toBe(statuses.filter((status) => status === 429).length);
      await new Promise((resolve) => setTimeout(resolve, 1100));
      expect((await apiGet(limited, limitedToken, '/offres/search?range=0-0')).status).toBe(206);
    } finally {
      await limited.close();
    }
  });
});

describe('the rate limit, as the live API counts', () => {
  /** `performance.now()` times `secondsIn` into whole epoch seconds: what the gateway's clock reads. */
  const at = (second: number, secondsIn: number) =>
    (Math.ceil(performance.timeOrigin / 1000) + second + secondsIn) * 1000 - performance.timeOrigin;

  it('refills in whole seconds of its clock: burst requests per calendar second, whatever their spacing', () => {
    const limiter = new RateLimiter({ perSecond: 3, burst: 3 });
    const statuses = (times: number[]) =>
      times.map((time) => (limiter.take('client', time).rejected ? 429 : 200));
    expect(statuses([at(10, 0), at(10, 0.3), at(10, 0.6)])).toEqual([200, 200, 200]);
    // 0.9 s after the first: a bucket refilled continuously would hold 2.7 tokens; the gateway's holds none.
    expect(statuses([at(10, 0.9)])).toEqual([429]);
    // A new second refills the bucket: three more, 50 ms after the last refused one.
    expect(statuses([at(11, 0.0), at(11, 0.01), at(11, 0.02), at(11, 0.03)])).toEqual([200, 200, 200, 429]);
  });

  it('counts a request when it arrives, before its body is read, and leaves the token endpoint out', async () => {
    const limited = await startReplica({ offers: 50, rateLimit: { perSecond: 10, burst: 10 } });
    try {
      const url = new URL(limited.tokenUrl);
      const body = new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: limited.credentials.clientId,
        client_secret: limited.credentials.clientSecret,
        scope: 'api_offresdemploiv2 o2dsoffre',
      }).toString();
      let bodySentAt = 0;
      const token = await new Promise<string>((resolve, reject) => {
        const post = request(url, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded', 'content-length': body.length },
        });
        post.on('response', (response) => {
          let text = '';
          response.on('data', (chunk: Buffer) => {
            text += chunk.toString('utf8');
          });
          response.on('end', () => resolve((JSON.parse(text) as { access_token: string }).access_token));
        });
        post.on('error', reject);
        post.flushHeaders();
        // The body comes 300 ms after the headers: the arrival is the headers'.
        setTimeout(() => {
          bodySentAt = performance.now();
          post.end(body);
        }, 300);
      });
      const [arrival] = limited.stats().timestamps('POST /connexion/oauth2/access_token');
      expect(arrival).toBeLessThan(bodySentAt);
      for (let i = 0; i < 10; i++) {
        expect((await apiGet(limited, token, '/offres/search?range=0-0')).status).toBe(206);
      }
      // Eleven arrivals within a second, but the API's limiter counted ten: the token endpoint is another host.
      expect(limited.stats().maxRatePerSecond(1000)).toBe(11);
      expect(limited.stats().maxLimitedPerSecond(1000)).toBe(10);
    } finally {
      await limited.close();
    }
  });
});

function plain(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}
