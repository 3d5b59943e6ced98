import { parseApiOffer } from '../../model/from-api-offer.js';
import type { Offer } from '../../model/offer.js';

/** A plain, lawful offer as the API serves it; `overrides` are API fields. */
export function sampleApiOffer(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: '196FBMG',
    intitule: 'Serveur / Serveuse (H/F)',
    description: 'Restaurant du centre-ville recherche un serveur.',
    dateCreation: '2026-11-02T10:00:00Z',
    lieuTravail: { libelle: '74 - ANNECY' },
    entreprise: { nom: 'Le Bistrot' },
    typeContrat: 'CDI',
    typeContratLibelle: 'CDI',
    salaire: { libelle: 'Mensuel de 1900.0 Euros sur 12.0 mois' },
    dureeTravailLibelle: '35H/semaine',
    dureeTravailLibelleConverti: 'Temps plein',
    origineOffre: { origine: '1' },
    ...overrides,
  };
}

/** A plain, lawful offer to start tests from; `overrides` are API fields. */
export function sampleOffer(overrides: Record<string, unknown> = {}): Offer {
  const parsed = parseApiOffer(sampleApiOffer(overrides));
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.offer;
}
