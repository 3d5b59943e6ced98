import { defineMessage } from '../lib/messages.js';

/**
 * Why a crawl reads the source it reads, for its summary: a code (the summary's JSON keeps it), said in the CLI's
 * language by CRAWLER_MESSAGES.sourceReason.
 */
export type SourceReason =
  | 'api_requested'
  | 'site_requested'
  | 'credentials_given'
  | 'no_credentials'
  | 'resumed';

const FRENCH_SOURCE_REASONS: Record<SourceReason, (api: boolean) => string> = {
  api_requested: () => 'API demandée (--source api)',
  site_requested: () => 'site public demandé (--source site)',
  credentials_given: () => 'identifiants API fournis (FT_CLIENT_ID, FT_CLIENT_SECRET)',
  no_credentials: () => 'pas d’identifiants API : lecture du site public',
  resumed: (api) => `reprise d’un audit commencé avec ${api ? 'l’API' : 'le site public'}`,
};

const ENGLISH_SOURCE_REASONS: Record<SourceReason, (api: boolean) => string> = {
  api_requested: () => 'API asked for (--source api)',
  site_requested: () => 'public website asked for (--source site)',
  credentials_given: () => 'API credentials given (FT_CLIENT_ID, FT_CLIENT_SECRET)',
  no_credentials: () => 'no API credentials: reading the public website',
  resumed: (api) => `resuming an audit started with ${api ? 'the API' : 'the public website'}`,
};

const CRAWL_HINT = {
  fr: 'lancez-en une avec `vigie crawl --census` ou `vigie crawl --sample N`',
  en: 'start one with `vigie crawl --census` or `vigie crawl --sample N`',
};

/** What the crawler tells users, in French and in English (lib/messages.ts). */
export const CRAWLER_MESSAGES = {
  sourceReason: defineMessage<{ reason: SourceReason; api: boolean }>('crawler.source_reason', {
    fr: ({ reason, api }) => ({ message: FRENCH_SOURCE_REASONS[reason](api) }),
    en: ({ reason, api }) => ({ message: ENGLISH_SOURCE_REASONS[reason](api) }),
  }),

  /** Said before a crawl without credentials starts: the website is slower and lacks fields; how to get the API. */
  missingCredentialsNotice: defineMessage('crawler.missing_credentials_notice', {
    fr: () => ({
      message:
        'pas d’identifiants API : lecture du site public, plus lente et sans certains champs (code ROME, code NAF, ' +
        'commune, origine, alternance, contact) ; pour l’API : créez une application sur francetravail.io, ' +
        'abonnez-la à « Offres d’emploi v2 », puis définissez FT_CLIENT_ID et FT_CLIENT_SECRET (voir le README).',
    }),
    en: () => ({
      message:
        'no API credentials: reading the public website, slower and without some fields (ROME code, NAF code, ' +
        'commune, origin, apprenticeship, contact); for the API: create an application on francetravail.io, ' +
        'subscribe it to "Offres d’emploi v2", then set FT_CLIENT_ID and FT_CLIENT_SECRET (see the README).',
    }),
  }),

  apiNeedsCredentials: defineMessage('crawler.api_needs_credentials', {
    fr: () => ({
      message: 'la source API demande des identifiants',
      hint: 'définissez FT_CLIENT_ID et FT_CLIENT_SECRET (créez une application sur francetravail.io), ou utilisez --source site',
    }),
    en: () => ({
      message: 'the API source needs credentials',
      hint: 'set FT_CLIENT_ID and FT_CLIENT_SECRET (register an application on francetravail.io), or use --source site',
    }),
  }),

  notAUrl: defineMessage<{ url: string }>('crawler.not_a_url', {
    fr: ({ url }) => ({
      message: `« ${url} » n’est pas une adresse web`,
      hint: 'donnez une adresse complète, par ex. https://api.francetravail.io/partenaire/offresdemploi/v2',
    }),
    en: ({ url }) => ({
      message: `"${url}" is not a URL`,
      hint: 'give a full URL, e.g. https://api.francetravail.io/partenaire/offresdemploi/v2',
    }),
  }),

  siteCannotStratifyByOrigin: defineMessage('crawler.site_cannot_stratify_by_origin', {
    fr: () => ({
      message:
        'le site public ne sait pas lister les offres des partenaires à part de celles de France Travail : il ne peut pas stratifier par origine',
      hint: 'stratifiez par departement ou typeContrat, ou utilisez l’API (FT_CLIENT_ID, FT_CLIENT_SECRET)',
    }),
    en: () => ({
      message:
        'the website cannot list partner offers apart from France Travail’s own, so it cannot stratify by origin',
      hint: 'stratify by departement or typeContrat, or use the API (FT_CLIENT_ID, FT_CLIENT_SECRET)',
    }),
  }),

  /** `code` and `description` are France Travail's own words ("invalid_client", "client authentication failed"). */
  credentialsRefused: defineMessage<{ code: string; description: string }>('crawler.credentials_refused', {
    fr: ({ code, description }) => ({
      message: `France Travail refuse les identifiants de l’API (${code}${description})`,
      hint: 'vérifiez FT_CLIENT_ID et FT_CLIENT_SECRET (francetravail.io → votre application), ou retirez-les pour lire le site public',
    }),
    en: ({ code, description }) => ({
      message: `France Travail refused the API credentials (${code}${description})`,
      hint: 'check FT_CLIENT_ID and FT_CLIENT_SECRET (francetravail.io → your application), or unset them to use the public website',
    }),
  }),

  scopeRefused: defineMessage<{ scope: string; code: string; description: string }>('crawler.scope_refused', {
    fr: ({ scope, code, description }) => ({
      message: `France Travail refuse la portée (scope) « ${scope} » (${code}${description})`,
      hint: 'abonnez l’application à « Offres d’emploi v2 » ; une application ancienne peut demander `application_<identifiant client>` dans la portée (--api-scope)',
    }),
    en: ({ scope, code, description }) => ({
      message: `France Travail refused the scope "${scope}" (${code}${description})`,
      hint: 'subscribe the application to "Offres d’emploi v2"; older applications may need `application_<client id>` in the scope (--api-scope)',
    }),
  }),

  tokenEndpointFailed: defineMessage<{ code: string; description: string }>('crawler.token_endpoint_failed', {
    fr: ({ code, description }) => ({
      message: `le service de jetons de France Travail a répondu ${code}${description}`,
      hint: 'vérifiez --token-url, ou réessayez plus tard',
    }),
    en: ({ code, description }) => ({
      message: `the France Travail token endpoint answered ${code}${description}`,
      hint: 'check --token-url, or try again later',
    }),
  }),

  /** The crawl's own filters refused by the search; `reason` is the failure with the API's words. */
  filtersRefused: defineMessage<{ reason: string }>('crawler.filters_refused', {
    fr: ({ reason }) => ({
      message: `France Travail refuse la recherche de cette collecte : ${reason}`,
      hint: 'vérifiez les filtres : publieeDepuis vaut 1, 3, 7, 14 ou 31 ; les codes typeContrat sont CDI, CDD, MIS, SAI…',
    }),
    en: ({ reason }) => ({
      message: `France Travail refused this crawl's search: ${reason}`,
      hint: 'check the filters: publieeDepuis is one of 1, 3, 7, 14, 31; typeContrat codes are CDI, CDD, MIS, SAI…',
    }),
  }),

  databaseDown: defineMessage<{ reason: string }>('crawler.database_down', {
    fr: ({ reason }) => ({
      message: `la base de données ne répond plus : ${reason}`,
      hint: 'vérifiez qu’elle tourne, puis relancez la même commande : la collecte reprend où elle s’est arrêtée',
    }),
    en: ({ reason }) => ({
      message: `the database no longer answers: ${reason}`,
      hint: 'check that it is running, then run the same command again: the crawl resumes where it stopped',
    }),
  }),

  censusOrSample: defineMessage('crawler.census_or_sample', {
    fr: () => ({
      message: '--census et --sample sont deux plans différents',
      hint: 'choisissez l’un des deux',
    }),
    en: () => ({ message: '--census and --sample are two different designs', hint: 'choose one of them' }),
  }),

  sampleNotPositive: defineMessage<{ sample: number }>('crawler.sample_not_positive', {
    fr: ({ sample }) => ({ message: `--sample attend un nombre entier positif, pas ${sample}` }),
    en: ({ sample }) => ({ message: `--sample needs a positive whole number, got ${sample}` }),
  }),

  strataNeedsSample: defineMessage('crawler.strata_needs_sample', {
    fr: () => ({
      message: '--strata demande --sample N',
      hint: 'par ex. --sample 1000 --strata departement',
    }),
    en: () => ({ message: '--strata needs --sample N', hint: 'e.g. --sample 1000 --strata departement' }),
  }),

  sayWhatToCrawl: defineMessage('crawler.say_what_to_crawl', {
    fr: () => ({
      message: 'dites ce qu’il faut collecter : --census, ou --sample N',
      hint: 'par ex. vigie crawl --sample 1000 --departement 74',
    }),
    en: () => ({
      message: 'say what to crawl: --census, or --sample N',
      hint: 'e.g. vigie crawl --sample 1000 --departement 74',
    }),
  }),

  designNotACrawl: defineMessage<{ kind: string }>('crawler.design_not_a_crawl', {
    fr: ({ kind }) => ({ message: `le plan d’audit « ${kind} » n’est pas une collecte` }),
    en: ({ kind }) => ({ message: `audit design "${kind}" is not a crawl` }),
  }),

  /** `--resume N`, `--worker N`: no audit N; `--resume` alone (auditId null): no unfinished crawl. */
  nothingToJoin: defineMessage<{ auditId: number | null }>('crawler.nothing_to_join', {
    fr: ({ auditId }) => ({
      message:
        auditId === null
          ? 'il n’y a aucune collecte inachevée à reprendre'
          : `il n’y a pas d’audit ${auditId}`,
      hint: CRAWL_HINT.fr,
    }),
    en: ({ auditId }) => ({
      message: auditId === null ? 'there is no unfinished crawl to resume' : `there is no audit ${auditId}`,
      hint: CRAWL_HINT.en,
    }),
  }),

  auditNotACrawl: defineMessage<{ auditId: number }>('crawler.audit_not_a_crawl', {
    fr: ({ auditId }) => ({ message: `l’audit ${auditId} n’est pas une collecte` }),
    en: ({ auditId }) => ({ message: `audit ${auditId} is not a crawl` }),
  }),

  /** The audit to resume is done: `failed` when its crawl could not even start. */
  auditNotResumable: defineMessage<{ auditId: number; failed: boolean }>('crawler.audit_not_resumable', {
    fr: ({ auditId, failed }) => ({
      message: `l’audit ${auditId} ${failed ? 'est une collecte qui n’a pas pu commencer' : 'est déjà collecté'}`,
      hint: 'lancez une nouvelle collecte, sans --resume',
    }),
    en: ({ auditId, failed }) => ({
      message: `audit ${auditId} is ${failed ? 'a crawl that could not start' : 'already crawled'}`,
      hint: 'start a new crawl without --resume',
    }),
  }),

  /** The offers file (`vigie import`, `vigie classify --file`) is not there. */
  offersFileMissing: defineMessage<{ path: string }>('crawler.offers_file_missing', {
    fr: ({ path }) => ({
      message: `fichier introuvable : ${path}`,
      hint: 'donnez le chemin d’un fichier .json ou .jsonl d’offres enregistrées depuis l’API France Travail',
    }),
    en: ({ path }) => ({
      message: `no such file: ${path}`,
      hint: 'give the path of a .json or .jsonl file of offers saved from the France Travail API',
    }),
  }),

  /** `reason` is the file system's own words. */
  offersFileUnreadable: defineMessage<{ path: string; reason: string }>('crawler.offers_file_unreadable', {
    fr: ({ path, reason }) => ({
      message: `impossible de lire ${path} : ${reason}`,
      hint: 'donnez le chemin d’un fichier .json ou .jsonl d’offres que vous avez le droit de lire',
    }),
    en: ({ path, reason }) => ({
      message: `cannot read ${path}: ${reason}`,
      hint: 'give the path of a .json or .jsonl file of offers you are allowed to read',
    }),
  }),

  offersFileNotAFile: defineMessage<{ path: string }>('crawler.offers_file_not_a_file', {
    fr: ({ path }) => ({
      message: `${path} n’est pas un fichier`,
      hint: 'donnez le chemin d’un fichier .json ou .jsonl',
    }),
    en: ({ path }) => ({ message: `${path} is not a file`, hint: 'give the path of a .json or .jsonl file' }),
  }),

  offersFileTooLarge: defineMessage<{ path: string; megabytes: number }>('crawler.offers_file_too_large', {
    fr: ({ path, megabytes }) => ({
      message: `${path} est un seul document JSON de ${megabytes} Mo, trop gros pour être lu d’un coup`,
      hint: 'enregistrez les grandes collections en JSON Lines (.jsonl), une offre par ligne',
    }),
    en: ({ path, megabytes }) => ({
      message: `${path} is one JSON document of ${megabytes} MB, too large to read at once`,
      hint: 'save large collections as JSON Lines (.jsonl), one offer a line',
    }),
  }),

  /** `reason` is the JSON parser's own words. */
  offersFileInvalidJson: defineMessage<{ path: string; reason: string }>('crawler.offers_file_invalid_json', {
    fr: ({ path, reason }) => ({
      message: `${path} n’est pas du JSON valide : ${reason}`,
      hint: 'un fichier d’offres est un document JSON (une offre, une liste, ou {"resultats":[…]}) ou du JSON Lines',
    }),
    en: ({ path, reason }) => ({
      message: `${path} is not valid JSON: ${reason}`,
      hint: 'a file of offers is one JSON document (an offer, an array, or {"resultats":[…]}) or JSON Lines',
    }),
  }),

  offersFileNoOffers: defineMessage<{ path: string }>('crawler.offers_file_no_offers', {
    fr: ({ path }) => ({
      message: `${path} ne contient aucune offre : il faut une offre, une liste d’offres, ou {"resultats":[…]}`,
      hint: 'vérifiez que le fichier a été enregistré depuis l’API France Travail',
    }),
    en: ({ path }) => ({
      message: `${path} holds no offers: expected an offer object, an array of offers, or {"resultats":[…]}`,
      hint: 'check that the file was saved from the France Travail API',
    }),
  }),
} as const;
