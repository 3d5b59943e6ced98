import { type ApiOffer, apiOfferSchema } from './api-offer.js';
import type { Offer, OfferSource } from './offer.js';
import { resolveDepartement } from './place.js';

export type ParseResult = { ok: true; offer: Offer; raw: ApiOffer } | { ok: false; reason: string };

/**
 * The deepest nesting of arrays and objects an offer may have. France Travail's offers are four levels deep; a
 * hostile answer or file nested thousands of levels deep would overflow every recursive walk down the line
 * (hashing, storing as jsonb, serialising): it is rejected here, that offer alone, with its reason.
 */
export const MAX_OFFER_DEPTH = 64;

/** Whether a JSON value nests arrays and objects deeper than `limit`; iterative, and stops at the first excess. */
export function nestedDeeperThan(value: unknown, limit: number): boolean {
  const stack: Array<[unknown, number]> = [[value, 1]];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const [item, depth] = next;
    if (item === null || typeof item !== 'object') continue;
    if (depth > limit) return true;
    const children: unknown[] = Array.isArray(item) ? item : Object.values(item);
    for (const child of children) {
      if (child !== null && typeof child === 'object') stack.push([child, depth + 1]);
    }
  }
  return false;
}

/** Validates one API-shaped object and normalises it. Never throws: a rejected input comes back with its reason. */
export function parseApiOffer(input: unknown, source: OfferSource = 'api'): ParseResult {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return { ok: false, reason: `an offer must be a JSON object, got ${describe(input)}` };
  }
  if (nestedDeeperThan(input, MAX_OFFER_DEPTH)) {
    return {
      ok: false,
      reason: `nested too deeply: more than ${MAX_OFFER_DEPTH} levels of objects and arrays (an offer has a handful)`,
    };
  }
  const id = (input as { id?: unknown }).id;
  if (id === undefined || id === null || (typeof id === 'string' && id.trim() === '')) {
    return { ok: false, reason: 'id: missing (every offer needs its France Travail reference)' };
  }
  const parsed = apiOfferSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? issue.path.join('.') : 'offer';
    return { ok: false, reason: `${where}: ${issue?.message ?? 'invalid'}` };
  }
  return { ok: true, offer: normaliseApiOffer(parsed.data, source), raw: parsed.data };
}

export function normaliseApiOffer(api: ApiOffer, source: OfferSource = 'api'): Offer {
  const place = api.lieuTravail;
  const salary = api.salaire;
  const contact = api.contact;
  const origin = api.origineOffre?.origine;
  const experienceCode = api.experienceExige?.trim().toUpperCase();

  const offer: Offer = {
    id: api.id,
    source,
    title: clean(api.intitule),
    description: clean(api.description),
    employer: {
      name: clean(api.entreprise?.nom),
      description: clean(api.entreprise?.description),
      url: clean(api.entreprise?.url),
      adapted: api.entreprise?.entrepriseAdaptee ?? null,
    },
    contract: {
      type: clean(api.typeContrat)?.toUpperCase() ?? null,
      label: clean(api.typeContratLibelle),
      nature: clean(api.natureContrat),
      alternance: api.alternance ?? null,
    },
    hours: {
      label: clean(api.dureeTravailLibelle),
      fullTime: fullTimeOf(api.dureeTravailLibelleConverti, api.dureeTravailLibelle),
    },
    salary: {
      label: clean(salary?.libelle),
      comment: clean(salary?.commentaire),
      complements: [
        salary?.complement1,
        salary?.complement2,
        ...(salary?.listeComplements ?? []).map((item) => item.libelle),
      ].flatMap((value) => (clean(value) ? [clean(value)!] : [])),
    },
    place: {
      label: clean(place?.libelle),
      departement: resolveDepartement({
        commune: place?.commune,
        label: place?.libelle,
        postcode: place?.codePostal,
      }),
      commune: clean(place?.commune),
      postcode: clean(place?.codePostal),
      latitude: place?.latitude ?? null,
      longitude: place?.longitude ?? null,
    },
    rome: {
      code: clean(api.romeCode),
      label: clean(api.romeLibelle),
      appellation: clean(api.appellationlibelle),
      domain: clean(api.romeCode)?.slice(0, 3).toUpperCase() ?? null,
    },
    sector: {
      naf: clean(api.codeNAF),
      code: clean(api.secteurActivite),
      label: clean(api.secteurActiviteLibelle),
    },
    origin: {
      kind: origin === '1' ? 'france_travail' : origin === '2' ? 'partner' : null,
      url: clean(api.origineOffre?.urlOrigine),
      partners: (api.origineOffre?.partenaires ?? []).map((partner) => ({
        name: clean(partner.nom),
        url: clean(partner.url),
      })),
    },
    contact: {
      name: clean(contact?.nom),
      phone: clean(contact?.telephone),
      email: clean(contact?.courriel),
      details: [
        contact?.coordonnees1,
        contact?.coordonnees2,
        contact?.coordonnees3,
        contact?.commentaire,
      ].flatMap((value) => (clean(value) ? [clean(value)!] : [])),
      applyUrl: clean(contact?.urlPostulation),
      recruiterUrl: clean(contact?.urlRecruteur),
    },
    experience: {
      code:
        experienceCode === 'D' || experienceCode === 'S' || experienceCode === 'E' ? experienceCode : null,
      label: clean(api.experienceLibelle),
    },
    qualification: { code: clean(api.qualificationCode), label: clean(api.qualificationLibelle) },
    positions:
      api.nombrePostes !== undefined && Number.isSafeInteger(api.nombrePostes) && api.nombrePostes >= 0
        ? api.nombrePostes
        : null,
    createdAt: clean(api.dateCreation),
    updatedAt: clean(api.dateActualisation),
  };
  // The mapping above is the contract, checked by the compiler against `Offer`: the API's shape was validated by
  // zod on the way in, so the result is not parsed again (tests check it against `offerSchema` on real offers
  // and on fuzzed ones).
  return offer;
}

/**
 * Full or part time: France Travail's own reading (`dureeTravailLibelleConverti`) when it gives one, else the label
 * itself. Offers that come without the converted field (6 % of real ones) still say "Temps plein", "35 H" or
 * "Temps partiel - 24H/semaine" in `dureeTravailLibelle`; reading only the converted field left them "not stated",
 * out of the union's strict share. A weekly figure reads as France Travail converts it: 35 h or more is full time.
 */
function fullTimeOf(converted: string | undefined, label: string | undefined): boolean | null {
  const official = converted?.trim().toLowerCase();
  if (official === 'temps plein') return true;
  if (official === 'temps partiel') return false;
  const text = label?.trim().toLowerCase() ?? '';
  if (text.startsWith('temps plein') || text.startsWith('temps complet')) return true;
  if (text.startsWith('temps partiel')) return false;
  const weekly = /^(\d{1,2})\s*h(?:\s*(\d{2}))?\b/.exec(text);
  if (!weekly) return null;
  const hours = Number(weekly[1]) + Number(weekly[2] ?? 0) / 60;
  if (hours <= 0 || hours > 60) return null;
  return hours >= 35;
}

function clean(value: string | undefined | null): string | null {
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value;
}
