/**
 * The replica's own types. They deliberately repeat the real API's shapes instead of importing Vigie's model: the
 * replica and the crawler must share no code, or a bug shared by both would go unseen.
 */

export const CATEGORY_IDS = [
  'age_limit',
  'discrimination',
  'privacy',
  'fee_requested',
  'unpaid_work',
  'disguised_self_employment',
  'foreign_language',
  'below_minimum_wage',
  'cdd_rules',
  'part_time_under_24h',
  'undated',
  'contract_mismatch',
  'hours_mismatch',
  'duration_missing',
  'experience_mismatch',
  'place_mismatch',
  'pay_mismatch',
  'not_a_job',
  'salary_missing',
  'duplicate',
  'dead_link',
  'anonymous_employer',
  'hours_missing',
  'not_cdi',
  'part_time',
  'short_contract',
] as const;

export type CategoryId = (typeof CATEGORY_IDS)[number];

/**
 * The categories the generator plants at a chosen rate; the stability ones and \`hours_missing\` (no working time in
 * the fields nor the text) follow from the generated fields and text.
 */
export type PlantedCategoryId = Exclude<
  CategoryId,
  'not_cdi' | 'part_time' | 'short_contract' | 'hours_missing'
>;

export type CategoryRates = Record<PlantedCategoryId, number>;

export type PartnerPageState =
  | 'live'
  | 'contradicting'
  | 'expired_410'
  | 'expired_text'
  | 'redirect_home'
  | 'js_only';

/**
 * The state of the application site an own offer's `contact.urlPostulation` points to: `live` (200, a form to apply),
 * or dead: `gone_404` (404), `expired_410` (410), `redirect_home` (302 to the site's home page).
 */
export type ApplicationLinkState = 'live' | 'gone_404' | 'expired_410' | 'redirect_home';

/** What a contradicting partner page says against the listing, field by field. */
export interface Contradiction {
  contract?: { listing: string; page: string };
  duration?: { listing: string; page: string };
  pay?: { listing: string; page: string };
  place?: { listing: string; page: string };
}

/** The ground truth of one offer: never part of the offer itself. */
export interface OfferTruth {
  id: string;
  categories: CategoryId[];
  /** For a duplicate: the id of the original, the copy with the earliest `dateCreation`. */
  duplicateOf?: string;
  /** For a partner offer: the state of the page its `partenaires[].url` points to. */
  partnerPageState?: PartnerPageState;
  contradiction?: Contradiction;
  /**
   * For one of France Travail's own offers with an application site (`contact.urlPostulation`, about 40 % of
   * them): where it points and its state. A dead one (`dead`) is a `dead_link` of the offer; once `advance()` has
   * expired the offer, its application page answers 410 whatever its state.
   */
  applicationLink?: { url: string; state: ApplicationLinkState; dead: boolean };
  /** Tricky negatives planted in the text (wordings that look like a defect and are not). */
  trickyNegatives?: string[];
  /**
   * Traps of real offers planted here (data/traps.ts): a harder realisation of a category (\`placeholder_pay\`,
   * \`hours_in_text\`…) or a negative that looks like one (\`public_employer\`, \`household\`, \`named_in_text\`…).
   */
  traps?: string[];
  /** True once `advance()` has expired the offer. */
  expired?: boolean;
}

export interface ApiPartner {
  nom: string;
  url: string;
  logo: string;
}

/** One offer in the shape of the "Offres d'emploi v2" API. Optional fields come and go as in the real samples. */
export interface ApiOffer {
  id: string;
  intitule: string;
  description: string;
  dateCreation?: string;
  dateActualisation?: string;
  lieuTravail: {
    libelle: string;
    latitude?: number;
    longitude?: number;
    codePostal?: string;
    commune?: string;
  };
  romeCode: string;
  romeLibelle: string;
  appellationlibelle: string;
  entreprise: {
    nom?: string;
    description?: string;
    logo?: string;
    url?: string;
    entrepriseAdaptee?: boolean;
  };
  typeContrat: string;
  typeContratLibelle: string;
  natureContrat: string;
  experienceExige: string;
  experienceLibelle?: string;
  experienceCommentaire?: string;
  formations?: { codeFormation?: string; domaineLibelle?: string; niveauLibelle: string; exigence: string }[];
  langues?: { libelle: string; exigence: string }[];
  permis?: { libelle: string; exigence: string }[];
  competences?: { code: string; libelle: string; exigence: string }[];
  qualitesProfessionnelles?: { libelle: string; description: string }[];
  salaire: { libelle?: string; commentaire?: string; complement1?: string; complement2?: string };
  dureeTravailLibelle?: string;
  dureeTravailLibelleConverti?: string;
  complementExercice?: string;
  alternance: boolean;
  contact?: {
    nom?: string;
    coordonnees1?: string;
    coordonnees2?: string;
    coordonnees3?: string;
    telephone?: string;
    courriel?: string;
    urlPostulation?: string;
  };
  agence?: { courriel?: string };
  nombrePostes: number;
  accessibleTH?: boolean;
  deplacementCode?: string;
  deplacementLibelle?: string;
  qualificationCode?: string;
  qualificationLibelle?: string;
  codeNAF?: string;
  secteurActivite?: string;
  secteurActiviteLibelle?: string;
  origineOffre: { origine: '1' | '2'; urlOrigine: string; partenaires?: ApiPartner[] };
  offresManqueCandidats?: boolean;
  contexteTravail: { horaires?: string[] };
  entrepriseAdaptee: boolean;
  employeurHandiEngage: boolean;
  [extra: string]: unknown;
}
