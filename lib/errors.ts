import { LIB_MESSAGES } from './error-messages.js';
import type { Language, Message, Said } from './messages.js';

/**
 * The few error kinds the CLI tells apart. Each carries what went wrong and what to do about it, as a Message the
 * CLI says in its language (saidIn); `message` and `hint` are its French text, the default. Only a Message is
 * accepted, never a bare string: every error Vigie says has a code and both languages, so `--lang en` prints no
 * French of Vigie's own. The entry point (cli/main.ts) maps them to exit codes and prints them without a stack trace.
 */
export class VigieError extends Error {
  /** What the user can do next, in one sentence (in French). */
  readonly hint: string | undefined;
  /**
   * The message's code ("db.postgres_unreachable"). Not `code`: subclasses use that name for their own kinds of
   * failure (FetchFailure's "http_503", CheckError's "file_missing").
   */
  readonly messageCode: string;
  readonly #said: Message;

  constructor(message: Message, options?: ErrorOptions) {
    const french = message.saidIn('fr');
    super(french.message, options);
    this.name = new.target.name;
    this.hint = french.hint;
    this.messageCode = message.code;
    this.#said = message;
  }

  /** The message and its hint in one language. */
  saidIn(language: Language): Said {
    return this.#said.saidIn(language);
  }
}

/** Bad input from the user: a missing file, an unknown audit, a malformed option. Exit code 2. */
export class UsageError extends VigieError {}

/** The database cannot be reached or used. Exit code 3. */
export class DatabaseError extends VigieError {}

/** A remote source failed after its retries (France Travail, a partner site). Exit code 4. */
export class SourceError extends VigieError {}

export function exitCodeFor(error: unknown): number {
  if (error instanceof UsageError) return 2;
  if (error instanceof DatabaseError) return 3;
  if (error instanceof SourceError) return 4;
  return 1;
}

/** A file could not be written (disk full, permissions, a read-only folder). Exit code 1. */
export class WriteError extends VigieError {}

const WRITE_REASONS: Record<string, Record<Language, string>> = {
  ENOSPC: { fr: 'le disque est plein', en: 'the disk is full' },
  EDQUOT: { fr: 'le quota du disque est dépassé', en: 'the disk quota is exceeded' },
  EFBIG: { fr: 'le fichier dépasse la taille permise', en: 'the file is larger than allowed' },
  EACCES: { fr: 'la permission est refusée', en: 'permission is denied' },
  EPERM: { fr: 'l’opération n’est pas permise', en: 'the operation is not permitted' },
  EROFS: { fr: 'le système de fichiers est en lecture seule', en: 'the file system is read-only' },
  ENOENT: { fr: 'le dossier n’existe pas', en: 'the folder does not exist' },
  ENOTDIR: { fr: 'un élément du chemin n’est pas un dossier', en: 'a part of the path is not a folder' },
  EISDIR: { fr: 'un dossier porte déjà ce nom', en: 'a folder already has this name' },
  EIO: { fr: 'erreur d’entrée-sortie du disque', en: 'disk input/output error' },
};

/** The file system error code of a failed write Vigie can explain ("ENOSPC"), or null for any other error. */
export function writeFailureCode(error: unknown): string | null {
  const code = error instanceof Error ? (error as NodeJS.ErrnoException).code : undefined;
  return typeof code === 'string' && code in WRITE_REASONS ? code : null;
}

/** The reason for a file system error code, in a language: "le disque est plein (ENOSPC)". */
export function writeReasonIn(code: string, language: Language): string {
  const reason = WRITE_REASONS[code]?.[language];
  return reason ? `${reason} (${code})` : code;
}

/** The French reason for a file system error code, or null for an error that is not one. */
export function writeFailureReason(error: unknown): string | null {
  const code = writeFailureCode(error);
  return code === null ? null : writeReasonIn(code, 'fr');
}

/**
 * A database whose disk is full (PostgreSQL's SQLSTATE 53100, or the embedded database's files refused with
 * ENOSPC) as a DatabaseError saying so; null for any other error. A report's own files fail as a WriteError first.
 */
export function databaseDiskFull(error: unknown): DatabaseError | null {
  if (error instanceof VigieError || !(error instanceof Error)) return null;
  const code = (error as NodeJS.ErrnoException).code;
  const full =
    code === '53100' ||
    code === 'ENOSPC' ||
    (error as { errno?: unknown }).errno === 28 ||
    /no space left on device/i.test(error.message);
  if (!full) return null;
  return new DatabaseError(LIB_MESSAGES.databaseDiskFull(), { cause: error });
}
