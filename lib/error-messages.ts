import { defineMessage, type Language } from './messages.js';

/**
 * What to do after a request failed for good, by kind of failure, in French and in English. The failure's own line
 * ("GET … failed after 7 attempts: ECONNREFUSED") is quoted as it is, in English, in both languages: it is also
 * what the logs and the stored fetch errors say.
 */
export const FETCH_HINTS = {
  retried: {
    fr: 'la requête a été réessayée avec des pauses ; relancez la même commande plus tard pour reprendre ce qui a échoué',
    en: 'the request was retried with backoff; run the same command again later to retry what failed',
  },
  filters: {
    fr: 'vérifiez les filtres : publieeDepuis vaut 1, 3, 7, 14 ou 31 ; les codes typeContrat sont CDI, CDD, MIS, SAI…',
    en: 'check the filters: publieeDepuis is one of 1, 3, 7, 14, 31; typeContrat codes are CDI, CDD, MIS, SAI…',
  },
  subscription: {
    fr: 'vérifiez que l’application est abonnée à l’API « Offres d’emploi v2 » sur francetravail.io',
    en: 'check that the application is subscribed to "Offres d\'emploi v2"',
  },
  dns: {
    fr: 'le nom du site n’a pas pu être résolu ; relancez la même commande plus tard pour reprendre ce qui a échoué',
    en: 'the name of the site could not be resolved; run the same command again later to retry what failed',
  },
  blockedAddress: {
    fr: 'les liens écrits dans les offres ne sont jamais suivis vers une adresse locale, privée ou de métadonnées',
    en: 'links written in offers are never fetched at loopback, private, link-local or metadata addresses',
  },
  robots: {
    fr: 'Vigie respecte robots.txt : cette page est laissée de côté et notée comme non lue',
    en: 'Vigie obeys robots.txt; this page is left out and recorded as not fetched',
  },
} as const satisfies Record<string, Record<Language, string>>;

export type FetchHint = keyof typeof FETCH_HINTS;

/** A request that failed for good: its technical line as it is, and what to do in the reader's language. */
export const requestFailed = defineMessage<{ line: string; hint: FetchHint }>('lib.request_failed', {
  fr: ({ line, hint }) => ({ message: line, hint: FETCH_HINTS[hint].fr }),
  en: ({ line, hint }) => ({ message: line, hint: FETCH_HINTS[hint].en }),
});

/** What lib/ tells users when something goes wrong, in French and in English (lib/messages.ts). */
export const LIB_MESSAGES = {
  databaseDiskFull: defineMessage('lib.database_disk_full', {
    fr: () => ({
      message: 'la base de données ne peut plus écrire : son disque est plein',
      hint: 'libérer de la place sur le disque de la base de données, puis relancer la commande (rien de partiel n’est gardé)',
    }),
    en: () => ({
      message: 'the database can no longer write: its disk is full',
      hint: 'free some space on the database’s disk, then run the command again (nothing partial is kept)',
    }),
  }),

  chromiumMissing: defineMessage('lib.chromium_missing', {
    fr: () => ({
      message: 'Chromium est introuvable (cherché dans /usr/bin/chromium et VIGIE_CHROMIUM)',
      hint: 'installez-le avec `apt-get install -y chromium` (Debian/Ubuntu), ou indiquez son chemin dans VIGIE_CHROMIUM',
    }),
    en: () => ({
      message: 'Chromium was not found (looked for /usr/bin/chromium and VIGIE_CHROMIUM)',
      hint: 'install it with `apt-get install -y chromium` (Debian/Ubuntu), or set VIGIE_CHROMIUM to its path',
    }),
  }),
} as const;
