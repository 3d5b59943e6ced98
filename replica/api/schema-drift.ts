import type { ApiOffer } from '../types.js';

/** What "schema drift" does to an offer: the API renames a field, or starts sending a new one. */
export const DRIFT_RENAMED_FIELD = { from: 'typeContratLibelle', to: 'typeContratLib' } as const;
export const DRIFT_ADDED_FIELD = 'conditionsTeletravail';

export function applyDrift(offer: ApiOffer, drift: 'rename' | 'add' | 'both' | undefined): ApiOffer {
  if (!drift) return offer;
  const out: ApiOffer = { ...offer };
  if (drift === 'rename' || drift === 'both') {
    out[DRIFT_RENAMED_FIELD.to] = out[DRIFT_RENAMED_FIELD.from];
    delete (out as Partial<ApiOffer>)[DRIFT_RENAMED_FIELD.from];
  }
  if (drift === 'add' || drift === 'both') {
    out[DRIFT_ADDED_FIELD] = { teletravail: 'Occasionnel', joursParSemaine: 1 };
  }
  return out;
}
