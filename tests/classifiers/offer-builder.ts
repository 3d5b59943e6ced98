import type { ExampleOffer } from '../../classifiers/rule.js';
import { type Offer, offerSchema } from '../../model/offer.js';
import type { PartnerPage } from '../../model/partner-page.js';

/** A minimal, valid, clean offer; tests override what they look at. */
export function buildOffer(overrides: Partial<Offer> & Record<string, unknown> = {}): Offer {
  const base: Offer = {
    id: 'T000001',
    source: 'file',
    title: 'Employé polyvalent (H/F)',
    description: 'Vous assurez les tâches courantes du magasin.',
    employer: { name: 'Magasin Test', description: null, url: null, adapted: null },
    contract: { type: 'CDI', label: 'CDI', nature: 'Contrat travail', alternance: false },
    hours: { label: '35H/semaine\nTravail en journée', fullTime: true },
    salary: { label: 'Mensuel de 2000.0 Euros sur 12.0 mois', comment: null, complements: [] },
    place: {
      label: '74 - Annecy',
      departement: '74',
      commune: '74010',
      postcode: '74000',
      latitude: null,
      longitude: null,
    },
    rome: { code: null, label: null, appellation: null, domain: null },
    sector: { naf: null, code: null, label: null },
    origin: { kind: 'france_travail', url: null, partners: [] },
    contact: { name: null, phone: null, email: null, details: [], applyUrl: null, recruiterUrl: null },
    experience: { code: 'D', label: 'Débutant accepté' },
    qualification: { code: null, label: null },
    positions: 1,
    createdAt: '2025-08-05T10:00:00.000Z',
    updatedAt: null,
  };
  return offerSchema.parse({ ...base, ...overrides });
}

/** The offer a rule's example stands for (classifiers/rule.ts, ExampleOffer). */
export function offerFromExample(example: ExampleOffer): Offer {
  return buildOffer({
    title: example.title ?? null,
    description: example.text ?? example.description ?? null,
    rome: {
      code: example.romeCode ?? null,
      label: example.romeLabel ?? null,
      appellation: null,
      domain: example.romeCode?.slice(0, 3) ?? null,
    },
    contract: {
      type: example.contractType ?? 'CDI',
      label: example.contractType ?? 'CDI',
      nature: example.alternance ? 'Contrat apprentissage' : 'Contrat travail',
      alternance: example.alternance ?? false,
    },
    ...example.offer,
  });
}

/** The partner pages of an example's offer: live unless they say otherwise, at https://partner.example/offre/N. */
export function pagesFromExample(offer: Offer, example: ExampleOffer): PartnerPage[] {
  return (example.pages ?? []).map((page, index) => {
    const live = page.live === undefined ? true : page.live;
    return {
      offerId: offer.id,
      url: `https://partner.example/offre/${index + 1}`,
      finalUrl: null,
      status: page.status !== undefined ? page.status : live === false ? 404 : 200,
      live,
      reason: page.reason !== undefined ? page.reason : live === false ? 'http_404' : 'ok',
      renderedWith: 'http' as const,
      stated: {
        title: null,
        contract: null,
        duration: null,
        pay: null,
        place: null,
        hours: null,
        ...page.stated,
      },
      error: null,
      fetchedAt: '2025-08-06T00:00:00Z',
    };
  });
}
