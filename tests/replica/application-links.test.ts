/**
 * France Travail's own offers (origine 1) send candidates to an application site on about 40 % of them
 * (`contact.urlPostulation`, francetravail.md §6): the replica serves those sites, some dead, and its truth says
 * which, so that a crawl's judgement can be checked against it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Replica, startReplica } from '../../replica/index.js';
import type { OfferTruth } from '../../replica/types.js';

let replica: Replica;
let truths: OfferTruth[];

beforeAll(async () => {
  // A higher dead-link rate than the default 4 %, so that 2,000 offers show every dead state of an application site.
  replica = await startReplica({ offers: 2000, seed: 52, rateLimit: false, rates: { dead_link: 0.2 } });
  truths = [...replica.truthAll()];
});
afterAll(() => replica.close());

const get = (url: string) => fetch(url, { redirect: 'manual' });

describe('application sites of own offers', () => {
  it('are carried by about 40 % of own offers, never by partner offers, and said in the truth', () => {
    let own = 0;
    let withLink = 0;
    for (const truth of truths) {
      const offer = replica.offer(truth.id)!;
      const apply = offer.contact?.urlPostulation;
      if (offer.origineOffre.origine === '2') {
        expect(truth.applicationLink).toBeUndefined();
        // A partner offer's urlPostulation, when it has one, is its partner's own page.
        if (apply !== undefined) expect(apply).toBe(offer.origineOffre.partenaires?.[0]?.url);
        continue;
      }
      own++;
      expect(apply).toBe(truth.applicationLink?.url);
      if (apply === undefined) continue;
      withLink++;
      expect(new URL(apply).pathname).toMatch(/^\/_apply\/[^/]+\/postuler\/[^/]+$/);
      expect(truth.applicationLink?.dead).toBe(truth.applicationLink?.state !== 'live');
      // A dead application site is a dead link of the offer; a live one is not.
      expect(truth.categories.includes('dead_link')).toBe(truth.applicationLink?.dead);
    }
    expect(own).toBeGreaterThan(500);
    expect(withLink / own).toBeGreaterThan(0.33);
    expect(withLink / own).toBeLessThan(0.47);
  });

  it('answer as the truth says: a form when live, 404, 410 or a redirect home when dead', async () => {
    const byState = new Map<string, OfferTruth[]>();
    for (const truth of truths) {
      const state = truth.applicationLink?.state;
      if (state) byState.set(state, [...(byState.get(state) ?? []), truth]);
    }
    expect([...byState.keys()].sort()).toEqual(['expired_410', 'gone_404', 'live', 'redirect_home']);
    const url = (truth: OfferTruth) => truth.applicationLink?.url ?? '';
    for (const truth of byState.get('live')!.slice(0, 5)) {
      const response = await get(url(truth));
      expect(response.status).toBe(200);
      const html = await response.text();
      expect(html).toContain('Envoyer ma candidature');
      expect(html).toContain(`data-offer-id="${truth.id}"`);
    }
    for (const truth of byState.get('gone_404')!.slice(0, 3))
      expect((await get(url(truth))).status).toBe(404);
    for (const truth of byState.get('expired_410')!.slice(0, 3))
      expect((await get(url(truth))).status).toBe(410);
    for (const truth of byState.get('redirect_home')!.slice(0, 3)) {
      const response = await get(url(truth));
      expect(response.status).toBe(302);
      const home = new URL(response.headers.get('location') ?? '', url(truth));
      expect(home.pathname).toMatch(/^\/_apply\/[^/]+\/$/);
      expect((await get(home.toString())).status).toBe(200);
    }
    // Another offer's id, or another site's path, is not an application page.
    const live = byState.get('live')![0]!;
    const wrongSite = url(live).replace(/\/_apply\/[^/]+\//, '/_apply/nowhere/');
    expect((await get(wrongSite)).status).toBe(404);
  });
});
