/**
 * `contact.urlPostulation` is an application site, not a partner's copy of the offer (about 40 % of France
 * Travail's own offers carry one): it is judged live or dead, never compared with the listing field by field, and
 * a dead one is said apart ("lien de candidature mort"), not as a dead partner page.
 */
import { describe, expect, it } from 'vitest';
import { classifyOffer, defaultContext } from '../../classifiers/index.js';
import type { Offer } from '../../model/offer.js';
import { linkKind } from '../../model/offer.js';
import type { PartnerPage } from '../../model/partner-page.js';
import { buildOffer } from './offer-builder.js';

const APPLY = 'https://app.mytalentplug.example/postuler/123';
const PARTNER = 'https://jobs.partner.example/offre/123';

function page(offer: Offer, url: string, over: Partial<PartnerPage> = {}): PartnerPage {
  return {
    offerId: offer.id,
    url,
    finalUrl: null,
    status: 200,
    live: true,
    reason: 'ok',
    renderedWith: 'http',
    stated: { title: null, contract: 'Intérim', duration: null, pay: null, place: null, hours: null },
    error: null,
    fetchedAt: '2026-12-01T00:00:00Z',
    ...over,
  };
}

const ownOffer = (partners: Offer['origin']['partners'] = []) => {
  const base = buildOffer();
  return buildOffer({
    contract: { ...base.contract, type: 'CDI', label: 'CDI' },
    origin: { ...base.origin, kind: partners.length ? 'partner' : 'france_travail', partners },
    contact: { ...base.contact, applyUrl: APPLY },
  });
};

describe('the application link (contact.urlPostulation)', () => {
  it('is its own kind of link, unless it is also a partner copy', () => {
    expect(linkKind(ownOffer(), APPLY)).toBe('application');
    expect(linkKind(ownOffer([{ name: 'P', url: APPLY }]), APPLY)).toBe('partner');
    expect(linkKind(ownOffer([{ name: 'P', url: PARTNER }]), PARTNER)).toBe('partner');
  });

  it('is never compared field by field with the listing', () => {
    const offer = ownOffer();
    const flags = classifyOffer(offer, defaultContext({ partnerPages: [page(offer, APPLY)] }));
    expect(flags.map((flag) => flag.category)).not.toContain('contract_mismatch');
    // The same statement on a partner's copy is a contradiction.
    const partnerOffer = ownOffer([{ name: 'P', url: PARTNER }]);
    const partnerFlags = classifyOffer(
      partnerOffer,
      defaultContext({ partnerPages: [page(partnerOffer, PARTNER)] }),
    );
    expect(partnerFlags.map((flag) => flag.category)).toContain('contract_mismatch');
  });

  it('dead, is said as a dead application link, apart from a dead partner page', () => {
    const offer = ownOffer();
    const dead = page(offer, APPLY, { live: false, status: 404, reason: 'http_404' });
    const flag = classifyOffer(offer, defaultContext({ partnerPages: [dead] })).find(
      (f) => f.category === 'dead_link',
    );
    expect(flag?.rule).toBe('dead_link.application_http_404');
    expect(flag?.evidence).toBe(`lien de candidature mort : ${APPLY} → HTTP 404 (http_404)`);
    expect(flag?.explanation).toMatch(/lien de candidature/);

    const both = ownOffer([{ name: 'P', url: PARTNER }]);
    const pages = [
      page(both, APPLY, { live: false, status: 404, reason: 'http_404' }),
      page(both, PARTNER, { live: false, status: 410, reason: 'http_410' }),
    ];
    const partnerFlag = classifyOffer(both, defaultContext({ partnerPages: pages })).find(
      (f) => f.category === 'dead_link',
    );
    expect(partnerFlag?.rule).toBe('dead_link.http_410');
  });
});
