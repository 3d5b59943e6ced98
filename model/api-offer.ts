import { z } from 'zod';

/**
 * One offer as the "Offres d'emploi v2" API serves it (`/offres/search` → `resultats[]`, `/offres/{id}`).
 *
 * Lenient on purpose: fields come and go over the years, so every field but `id` is optional, unknown fields are
 * kept (`looseObject`), and numbers or booleans served as strings are coerced. A value of the wrong shape that
 * cannot be coerced is dropped rather than rejecting the whole offer: the raw JSON is stored anyway, and one odd
 * field must not lose an offer. Only a missing or empty `id` rejects it.
 */

const text = z.string().optional().catch(undefined);

const number = z
  .preprocess(
    (value) => (typeof value === 'string' && value.trim() !== '' ? Number(value) : value),
    z.number(),
  )
  .refine(Number.isFinite)
  .optional()
  .catch(undefined);

const boolean = z
  .preprocess((value) => (value === 'true' ? true : value === 'false' ? false : value), z.boolean())
  .optional()
  .catch(undefined);

function list<T extends z.ZodType>(item: T) {
  // A list keeps its good items; one malformed item does not cost the others.
  return z
    .array(z.unknown())
    .transform((items) =>
      items.flatMap((entry) => {
        const parsed = item.safeParse(entry);
        return parsed.success ? [parsed.data as z.output<T>] : [];
      }),
    )
    .optional()
    .catch(undefined);
}

function object<T extends z.ZodRawShape>(shape: T) {
  return z.looseObject(shape).optional().catch(undefined);
}

export const apiPartnerSchema = z.looseObject({ nom: text, url: text, logo: text });

export const apiOfferSchema = z.looseObject({
  id: z
    .union([z.string(), z.number()])
    .transform(String)
    .pipe(z.string().trim().min(1, 'an offer needs an id')),
  intitule: text,
  description: text,
  dateCreation: text,
  dateActualisation: text,
  lieuTravail: object({
    libelle: text,
    latitude: number,
    longitude: number,
    codePostal: text,
    commune: text,
  }),
  romeCode: text,
  romeLibelle: text,
  appellationlibelle: text,
  entreprise: object({ nom: text, description: text, logo: text, url: text, entrepriseAdaptee: boolean }),
  typeContrat: text,
  typeContratLibelle: text,
  natureContrat: text,
  experienceExige: text,
  experienceLibelle: text,
  experienceCommentaire: text,
  formations: list(
    z.looseObject({ codeFormation: text, domaineLibelle: text, niveauLibelle: text, exigence: text }),
  ),
  langues: list(z.looseObject({ libelle: text, exigence: text })),
  permis: list(z.looseObject({ libelle: text, exigence: text })),
  competences: list(z.looseObject({ code: text, libelle: text, exigence: text })),
  qualitesProfessionnelles: list(z.looseObject({ libelle: text, description: text })),
  salaire: object({
    libelle: text,
    commentaire: text,
    complement1: text,
    complement2: text,
    listeComplements: list(z.looseObject({ code: text, libelle: text })),
  }),
  dureeTravailLibelle: text,
  dureeTravailLibelleConverti: text,
  complementExercice: text,
  conditionExercice: text,
  alternance: boolean,
  contact: object({
    nom: text,
    coordonnees1: text,
    coordonnees2: text,
    coordonnees3: text,
    telephone: text,
    courriel: text,
    commentaire: text,
    urlPostulation: text,
    urlRecruteur: text,
  }),
  agence: object({ telephone: text, courriel: text }),
  nombrePostes: number,
  accessibleTH: boolean,
  deplacementCode: text,
  deplacementLibelle: text,
  qualificationCode: text,
  qualificationLibelle: text,
  codeNAF: text,
  secteurActivite: text,
  secteurActiviteLibelle: text,
  trancheEffectifEtab: text,
  origineOffre: object({ origine: text, urlOrigine: text, partenaires: list(apiPartnerSchema) }),
  offresManqueCandidats: boolean,
  contexteTravail: object({ horaires: list(z.string()), conditionsExercice: list(z.string()) }),
  employeurHandiEngage: boolean,
});

export type ApiOffer = z.output<typeof apiOfferSchema>;

/** The body of `/offres/search`. Only `resultats` matters to the model; the aggregations belong to the crawler. */
export const apiSearchBodySchema = z.looseObject({
  resultats: z.array(z.unknown()).default([]),
  filtresPossibles: z
    .array(
      z.looseObject({
        filtre: z.string(),
        agregation: z
          .array(z.looseObject({ valeurPossible: z.string(), nbResultats: z.number() }))
          .default([]),
      }),
    )
    .optional()
    .catch(undefined),
});

export type ApiSearchBody = z.output<typeof apiSearchBodySchema>;
