import { open, readFile, stat } from 'node:fs/promises';
import { type OfferFileEntry, OffersFileError } from '../crawler/sources/file/read-offers-file.js';
import type { InEachLanguage } from '../lib/messages.js';
import { CheckError } from './check-error.js';
import { MAX_TEXT_LENGTH } from './text-limits.js';

/** What `vigie check --file` was given: offers saved from the API (JSON, JSON Lines), or an offer's plain text. */
export type CheckFileKind = { kind: 'offers' } | { kind: 'text'; text: string };

/** A name that says the file holds offers saved from the API, whatever it starts with. */
const OFFERS_FILE = /\.(?:json|jsonl|ndjson)$/i;

/** A UTF-8 character is at most 4 bytes: a text file larger than this is over the limit whatever it holds. */
const MAX_TEXT_BYTES = MAX_TEXT_LENGTH * 4;

/**
 * Looks at the file before reading it: missing, not a file, unreadable, empty (a CheckError each, with the path
 * in its context), then offers when it is named .json, .jsonl or .ndjson or starts with "{" or "[", else the plain
 * text of an offer.
 */
export async function inspectCheckFile(path: string): Promise<CheckFileKind> {
  const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
    throw new CheckError(error.code === 'ENOENT' ? 'file_missing' : 'file_unreadable', error.message, {
      context:
        error.code === 'ENOENT'
          ? inFile(path, { fr: 'introuvable', en: 'not found' })
          : inFile(path, systemReason(error)),
    });
  });
  if (!info.isFile()) {
    throw new CheckError('file_unreadable', `${path} is not a file`, {
      context: inFile(
        path,
        info.isDirectory()
          ? { fr: 'c’est un dossier', en: 'it is a folder' }
          : { fr: 'ce n’est pas un fichier ordinaire', en: 'it is not a regular file' },
      ),
    });
  }
  const head = await readHead(path, 64 * 1024).catch((error: NodeJS.ErrnoException) => {
    throw new CheckError('file_unreadable', error.message, { context: inFile(path, systemReason(error)) });
  });
  const start = head.replace(/^\uFEFF/, '').trimStart();
  if (start === '') {
    throw new CheckError('file_empty', `${path}: ${info.size} bytes`, {
      context: inFile(
        path,
        info.size === 0
          ? { fr: '0 octet', en: '0 bytes' }
          : { fr: `${info.size} octets, rien que des espaces`, en: `${info.size} bytes, only white space` },
      ),
    });
  }
  if (OFFERS_FILE.test(path) || start.startsWith('{') || start.startsWith('[')) return { kind: 'offers' };
  if (info.size > MAX_TEXT_BYTES) {
    throw new CheckError('text_too_long', `${path}: ${info.size} bytes`, {
      context: inFile(path, {
        fr: `${info.size} octets de texte ; la limite est de ${MAX_TEXT_LENGTH} caractères`,
        en: `${info.size} bytes of text; the limit is ${MAX_TEXT_LENGTH} characters`,
      }),
    });
  }
  return { kind: 'text', text: (await readFile(path, 'utf8')).replace(/^\uFEFF/, '') };
}

/** A file-level failure of the offers reader (OffersFileError), with where it happened in each language. */
export function fileCheckError(error: unknown): CheckError | undefined {
  if (!(error instanceof OffersFileError)) return undefined;
  const failure = error;
  const path = failure.path;
  switch (failure.problem) {
    case 'missing':
      return new CheckError('file_missing', failure.message, {
        context: inFile(path, { fr: 'introuvable', en: 'not found' }),
      });
    case 'invalid_json': {
      const at = failure.at;
      return new CheckError('file_invalid_json', failure.message, {
        context: at
          ? {
              fr: `${path}, ligne ${at.line}, colonne ${at.column} : ${parserMessage(at.parserMessage).fr}`,
              en: `${path}, line ${at.line}, column ${at.column}: ${parserMessage(at.parserMessage).en}`,
            }
          : inFile(path),
      });
    }
    case 'no_offers':
      return new CheckError('file_no_offers', failure.message, {
        context: inFile(path, {
          fr: 'du JSON, mais ni une offre avec son « id », ni une liste, ni {"resultats":[…]}',
          en: 'JSON, but neither an offer with its "id", nor a list, nor {"resultats":[…]}',
        }),
      });
    case 'too_large':
      return new CheckError('file_unreadable', failure.message, {
        context: inFile(path, {
          fr: 'trop gros pour un seul document JSON : enregistrez-le en JSON Lines, une offre par ligne',
          en: 'too large for a single JSON document: save it as JSON Lines, one offer per line',
        }),
      });
    case 'unreadable':
    case 'not_a_file':
      return new CheckError('file_unreadable', failure.message, { context: inFile(path) });
  }
}

/** "Fichier : offre.json (introuvable)" / "File: offre.json (not found)". */
export function inFile(path: string, why?: InEachLanguage): InEachLanguage {
  return {
    fr: `Fichier : ${path}${why ? ` (${why.fr})` : ''}`,
    en: `File: ${path}${why ? ` (${why.en})` : ''}`,
  };
}

/** A rejected line or item, in each language: "ligne 3 ignorée : JSON mal formé (…)". */
export function rejection(path: string, entry: Extract<OfferFileEntry, { ok: false }>): InEachLanguage {
  const where: InEachLanguage =
    entry.line !== undefined
      ? { fr: `ligne ${entry.line}`, en: `line ${entry.line}` }
      : entry.item !== undefined
        ? { fr: `offre n° ${entry.item} de la liste`, en: `offer ${entry.item} of the list` }
        : { fr: entry.position, en: entry.position };
  const why: InEachLanguage =
    entry.kind === 'malformed_json'
      ? malformed(parserMessage(entry.reason.replace(/^malformed JSON \((.*)\)$/s, '$1')))
      : invalidOffer(entry.reason);
  return {
    fr: `${path}, ${where.fr} ignorée : ${why.fr}`,
    en: `${path}, ${where.en} skipped: ${why.en}`,
  };
}

function malformed(reason: InEachLanguage): InEachLanguage {
  return { fr: `JSON mal formé (${reason.fr})`, en: `malformed JSON (${reason.en})` };
}

function invalidOffer(reason: string): InEachLanguage {
  if (reason.startsWith('id: missing'))
    return {
      fr: 'pas d’« id » (le numéro France Travail de l’offre)',
      en: 'no "id" (the offer’s France Travail number)',
    };
  const notObject = /^an offer must be a JSON object, got (.*)$/.exec(reason);
  if (notObject)
    return {
      fr: `une offre doit être un objet JSON {…}, pas ${notObject[1]}`,
      en: `an offer must be a JSON object {…}, not ${notObject[1]}`,
    };
  return { fr: `champ invalide (${reason})`, en: `invalid field (${reason})` };
}

/** V8's JSON messages, the few that matter, explained; others are kept as they are, in parentheses. */
function parserMessage(message: string): InEachLanguage {
  if (/Unexpected end of JSON input|Unterminated string/.test(message))
    return {
      fr: `le texte s’arrête avant la fin du JSON (${message})`,
      en: `the text stops before the end of the JSON (${message})`,
    };
  if (/Expected property name|Expected double-quoted property name/.test(message))
    return {
      fr: `nom de champ attendu entre guillemets (${message})`,
      en: `a field name in double quotes was expected (${message})`,
    };
  if (/Unexpected token|Unexpected non-whitespace character/.test(message))
    return { fr: `caractère inattendu (${message})`, en: `unexpected character (${message})` };
  return { fr: message, en: message };
}

function systemReason(error: NodeJS.ErrnoException): InEachLanguage {
  if (error.code === 'EACCES' || error.code === 'EPERM')
    return { fr: 'lecture non autorisée', en: 'reading is not permitted' };
  if (error.code === 'EISDIR') return { fr: 'c’est un dossier', en: 'it is a folder' };
  const reason = error.code ?? error.message;
  return { fr: reason, en: reason };
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
