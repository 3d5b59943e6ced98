import { defineMessage } from './messages.js';

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
