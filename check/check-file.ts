import { open, readFile, stat } from 'node:fs/promises';
import { type OfferFileEntry, OffersFileError } from '../crawler/sources/file/read-offers-file.js';
import { CheckError } from './check-error.js';
import { MAX_TEXT_LENGTH } from './text-limits.js';

/** What `vigie check --file` was given: offers saved from the API (JSON, JSON Lines), or an offer's plain text. */
export type CheckFileKind = { kind: 'offers' } | { kind: 'text'; text: string };

/** A name that says the file holds offers saved from the API, whatever it starts with. */
const OFFERS_FILE = /\.(?:json|jsonl|ndjson)$/i;

/** A UTF-8 character is at most 4 bytes: a text file larger than this is over the limit whatever it holds. */
const MAX_TEXT_BYTES = MAX_TEXT_LENGTH * 4;

/**
 * Looks at the file before reading it: missing, not a file, unreadable, empty (a CheckError each, in French, with
 * the path), then offers when it is named .json, .jsonl or .ndjson or starts with "{" or "[", else the plain
 * text of an offer.
 */
export async function inspectCheckFile(path: string): Promise<CheckFileKind> {
  const where = `Fichier : ${path}`;
  const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
    throw new CheckError(error.code === 'ENOENT' ? 'file_missing' : 'file_unreadable', error.message, {
      context: error.code === 'ENOENT' ? `${where} (introuvable)` : `${where} (${systemReason(error)})`,
    });
  });
  if (!info.isFile()) {
    throw new CheckError('file_unreadable', `${path} is not a file`, {
      context: `${where} (${info.isDirectory() ? 'c’est un dossier' : 'ce n’est pas un fichier ordinaire'})`,
    });
  }
  const head = await readHead(path, 64 * 1024).catch((error: NodeJS.ErrnoException) => {
    throw new CheckError('file_unreadable', error.message, { context: `${where} (${systemReason(error)})` });
  });
  const start = head.replace(/^\uFEFF/, '').trimStart();
  if (start === '') {
    throw new CheckError('file_empty', `${path}: ${info.size} bytes`, {
      context:
        info.size === 0 ? `${where} (0 octet)` : `${where} (${info.size} octets, rien que des espaces)`,
    });
  }
  if (OFFERS_FILE.test(path) || start.startsWith('{') || start.startsWith('[')) return { kind: 'offers' };
  if (info.size > MAX_TEXT_BYTES) {
    throw new CheckError('text_too_long', `${path}: ${info.size} bytes`, {
      context: `${where} (${info.size} octets de texte ; la limite est de ${MAX_TEXT_LENGTH} caractères)`,
    });
  }
  return { kind: 'text', text: (await readFile(path, 'utf8')).replace(/^\uFEFF/, '') };
}

/** A file-level failure of the offers reader (OffersFileError), in French with where it happened. */
export function fileCheckError(error: unknown): CheckError | undefined {
  if (!(error instanceof OffersFileError)) return undefined;
  const failure = error;
  const where = `Fichier : ${failure.path}`;
  switch (failure.problem) {
    case 'missing':
      return new CheckError('file_missing', failure.message, { context: `${where} (introuvable)` });
    case 'invalid_json':
      return new CheckError('file_invalid_json', failure.message, {
        context: failure.at
          ? `${failure.path}, ligne ${failure.at.line}, colonne ${failure.at.column} : ${parserMessageFr(failure.at.parserMessage)}`
          : where,
      });
    case 'no_offers':
      return new CheckError('file_no_offers', failure.message, {
        context: `${where} (du JSON, mais ni une offre avec son « id », ni une liste, ni {"resultats":[…]})`,
      });
    case 'too_large':
      return new CheckError('file_unreadable', failure.message, {
        context: `${where} (trop gros pour un seul document JSON : enregistrez-le en JSON Lines, une offre par ligne)`,
      });
    case 'unreadable':
    case 'not_a_file':
      return new CheckError('file_unreadable', failure.message, { context: where });
  }
}

/** A rejected line or item, said in French: "ligne 3 ignorée : JSON mal formé (…)". */
export function rejectionFr(path: string, entry: Extract<OfferFileEntry, { ok: false }>): string {
  const where =
    entry.line !== undefined
      ? `ligne ${entry.line}`
      : entry.item !== undefined
        ? `offre n° ${entry.item} de la liste`
        : entry.position;
  const why =
    entry.kind === 'malformed_json'
      ? `JSON mal formé (${parserMessageFr(entry.reason.replace(/^malformed JSON \((.*)\)$/s, '$1'))})`
      : invalidOfferFr(entry.reason);
  return `${path}, ${where} ignorée : ${why}`;
}

function invalidOfferFr(reason: string): string {
  if (reason.startsWith('id: missing')) return 'pas d’« id » (le numéro France Travail de l’offre)';
  const notObject = /^an offer must be a JSON object, got (.*)$/.exec(reason);
  if (notObject) return `une offre doit être un objet JSON {…}, pas ${notObject[1]}`;
  return `champ invalide (${reason})`;
}

/** V8's JSON messages, the few that matter, in French; others are kept as they are, in parentheses. */
function parserMessageFr(message: string): string {
  if (/Unexpected end of JSON input|Unterminated string/.test(message))
    return `le texte s’arrête avant la fin du JSON (${message})`;
  if (/Expected property name|Expected double-quoted property name/.test(message))
    return `nom de champ attendu entre guillemets (${message})`;
  if (/Unexpected token|Unexpected non-whitespace character/.test(message))
    return `caractère inattendu (${message})`;
  return message;
}

function systemReason(error: NodeJS.ErrnoException): string {
  if (error.code === 'EACCES' || error.code === 'EPERM') return 'lecture non autorisée';
  if (error.code === 'EISDIR') return 'c’est un dossier';
  return error.code ?? error.message;
}

async function readHead(path: string, bytes: number): Promise<string> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(bytes);
    const { bytesRead } = await handle.read(buffer, 0, bytes, 0);
    return buffer.subarray(0, bytesRead).toString('utf8');
  } finally {
    await handle.close();
  }
}
