import { defineMessage } from '../lib/messages.js';

/** A lock holder's start time ("03/12/2026 10:21"), or the stored text as it is when it is not a date. */
function formatTime(iso: string, locale: 'fr-FR' | 'en-GB'): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'short' }).format(date);
}

/** What the database layer tells users when it cannot be used, in French and in English (lib/messages.ts). */
export const DB_MESSAGES = {
  postgresUnreachable: defineMessage<{ location: string; reason: string }>('db.postgres_unreachable', {
    fr: ({ location, reason }) => ({
      message: `impossible de joindre PostgreSQL à ${location} : ${reason}`,
      hint: 'vérifiez que le serveur tourne et que DATABASE_URL est juste, ou retirez DATABASE_URL pour utiliser la base intégrée',
    }),
    en: ({ location, reason }) => ({
      message: `cannot reach PostgreSQL at ${location}: ${reason}`,
      hint: 'check that the server is running and that DATABASE_URL is right, or unset DATABASE_URL to use the embedded database',
    }),
  }),

  folderIsAFile: defineMessage<{ folder: string }>('db.folder_is_a_file', {
    fr: ({ folder }) => ({
      message: `la base intégrée ne peut pas être ouverte : ${folder} est un fichier, pas un dossier`,
      hint: 'indiquez avec --db (ou VIGIE_DB) un dossier vide ou un dossier de base Vigie',
    }),
    en: ({ folder }) => ({
      message: `the embedded database cannot be opened: ${folder} is a file, not a folder`,
      hint: 'give with --db (or VIGIE_DB) an empty folder or a Vigie database folder',
    }),
  }),

  folderNotADatabase: defineMessage<{ folder: string; entries: string }>('db.folder_not_a_database', {
    fr: ({ folder, entries }) => ({
      message: `${folder} n’est pas un dossier de base Vigie : il contient déjà d’autres fichiers (${entries})`,
      hint: 'indiquez avec --db (ou VIGIE_DB) un dossier vide ou qui n’existe pas encore : Vigie le crée',
    }),
    en: ({ folder, entries }) => ({
      message: `${folder} is not a Vigie database folder: it already holds other files (${entries})`,
      hint: 'give with --db (or VIGIE_DB) a folder that is empty or does not exist yet: Vigie creates it',
    }),
  }),

  embeddedUnopenable: defineMessage<{ dataDir: string | undefined; reason: string }>(
    'db.embedded_unopenable',
    {
      fr: ({ dataDir, reason }) => ({
        message: `impossible d’ouvrir la base intégrée ${dataDir ?? 'en mémoire'} : ${reason}`,
        hint: 'si ce dossier a été écrit par un autre programme ou est abîmé, déplacez-le (ou indiquez un autre dossier avec --db) et relancez',
      }),
      en: ({ dataDir, reason }) => ({
        message: `cannot open the embedded database ${dataDir ?? 'in memory'}: ${reason}`,
        hint: 'if this folder was written by another program or is damaged, move it away (or give another folder with --db) and run again',
      }),
    },
  ),

  migrationFailed: defineMessage<{ reason: string }>('db.migration_failed', {
    fr: ({ reason }) => ({
      message: `la mise à jour du schéma de la base a échoué : ${reason}`,
      hint: 'la base est restée comme avant cette mise à jour ; signalez-le avec le journal (VIGIE_LOG_LEVEL=debug)',
    }),
    en: ({ reason }) => ({
      message: `the update of the database schema failed: ${reason}`,
      hint: 'the database was left as it was before this update; report it with the log (VIGIE_LOG_LEVEL=debug)',
    }),
  }),

  invalidSchemaName: defineMessage<{ name: string }>('db.invalid_schema_name', {
    fr: ({ name }) => ({
      message: `nom de schéma invalide « ${name} »`,
      hint: 'n’utilisez que des minuscules sans accent, des chiffres et des soulignés (_)',
    }),
    en: ({ name }) => ({
      message: `invalid schema name "${name}"`,
      hint: 'use only unaccented lower-case letters, digits and underscores (_)',
    }),
  }),

  /**
   * The embedded database's folder held by another live process. `command` is its command line (or null for an
   * older Vigie that wrote its pid alone), `since` when it started (ISO), `longLived` whether it keeps the folder
   * for its whole life (`vigie serve`).
   */
  folderInUse: defineMessage<{
    dataDir: string;
    pid: number;
    command: string | null;
    since: string | null;
    longLived: boolean;
  }>('db.folder_in_use', {
    fr: ({ dataDir, pid, command, since, longLived }) => ({
      message:
        `la base intégrée ${dataDir} est utilisée par un autre processus Vigie : ` +
        `${command ? `« ${command} » (pid ${pid})` : `le processus ${pid}`}` +
        `${since ? `, depuis ${formatTime(since, 'fr-FR')}` : ''}` +
        `${longLived ? ', qui la garde ouverte tant qu’il tourne' : ''}. Un seul programme à la fois peut l’ouvrir.`,
      hint: `arrêtez-le (Ctrl+C dans son terminal, ou kill ${pid}) puis relancez la commande ; pour travailler à plusieurs à la fois (vigie serve et la ligne de commande), utilisez PostgreSQL : DATABASE_URL=postgres://…`,
    }),
    en: ({ dataDir, pid, command, since, longLived }) => ({
      message:
        `the embedded database ${dataDir} is used by another Vigie process: ` +
        `${command ? `"${command}" (pid ${pid})` : `process ${pid}`}` +
        `${since ? `, since ${formatTime(since, 'en-GB')}` : ''}` +
        `${longLived ? ', which keeps it open as long as it runs' : ''}. Only one program at a time can open it.`,
      hint: `stop it (Ctrl+C in its terminal, or kill ${pid}) then run the command again; to work with several at once (vigie serve and the command line), use PostgreSQL: DATABASE_URL=postgres://…`,
    }),
  }),

  previousNeedsAudit: defineMessage('db.previous_needs_audit', {
    fr: () => ({ message: '« previous » demande un audit auquel se rapporter' }),
    en: () => ({ message: '"previous" needs an audit to be relative to' }),
  }),

  notAnAudit: defineMessage<{ reference: string }>('db.not_an_audit', {
    fr: ({ reference }) => ({
      message: `« ${reference} » n’est pas un audit`,
      hint: 'donnez un numéro d’audit, « latest » ou « previous »',
    }),
    en: ({ reference }) => ({
      message: `"${reference}" is not an audit`,
      hint: 'give an audit number, "latest" or "previous"',
    }),
  }),

  /** No audit matches `reference` ("latest" when there is none at all); `anyAudit` whether any audit exists. */
  noSuchAudit: defineMessage<{ reference: string; anyAudit: boolean }>('db.no_such_audit', {
    fr: ({ reference, anyAudit }) => ({
      message:
        reference === 'latest'
          ? 'il n’y a encore aucun audit'
          : `aucun audit ne correspond à « ${reference} »`,
      hint: anyAudit
        ? 'listez les audits avec `vigie audits`'
        : 'créez-en un avec `vigie import FICHIER`, `vigie crawl` ou `vigie demo`',
    }),
    en: ({ reference, anyAudit }) => ({
      message: reference === 'latest' ? 'there is no audit yet' : `no audit matches "${reference}"`,
      hint: anyAudit
        ? 'list the audits with `vigie audits`'
        : 'create one with `vigie import FILE`, `vigie crawl` or `vigie demo`',
    }),
  }),
} as const;
