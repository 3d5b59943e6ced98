import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { createInterface } from 'node:readline';
import { UsageError } from '../../../lib/errors.js';
import { jsonErrorOffset } from '../../../lib/json-error-offset.js';
import type { Message } from '../../../lib/messages.js';
import { parseApiOffer } from '../../../model/from-api-offer.js';
import type { Offer } from '../../../model/offer.js';
import { CRAWLER_MESSAGES } from '../../messages.js';

/** One entry of an offers file: an offer, or the reason it was rejected, with where it stood in the file. */
export type OfferFileEntry =
  | { ok: true; position: string; offer: Offer; raw: Record<string, unknown> }
  | {
      ok: false;
      position: string;
      reason: string;
      /** "malformed_json": the line is not JSON; "invalid_offer": JSON, but not an offer. */
      kind: 'malformed_json' | 'invalid_offer';
      /** The line of a JSON Lines file (1-based), or the item's index (1-based) in an array. */
      line?: number;
      item?: number;
    };

export type OffersFileProblem =
  | 'missing'
  | 'unreadable'
  | 'not_a_file'
  | 'too_large'
  | 'invalid_json'
  | 'no_offers';

/** Why a whole file could not be read, for callers that explain it in their own words (`vigie check`). */
export class OffersFileError extends UsageError {
  constructor(
    readonly problem: OffersFileProblem,
    readonly path: string,
    said: Message,
    /** For invalid_json: where the parser stopped (1-based), and its own message. */
    readonly at?: { line: number; column: number; parserMessage: string },
  ) {
    super(said);
  }
}

/** Above this, a file that is one JSON document is refused: it would have to be held whole in memory. */
const MAX_JSON_DOCUMENT_BYTES = 512 * 1024 * 1024;

/**
 * Reads offers saved from the API: one offer (`{…}`), an array (`[{…},…]`), a search answer
 * (`{"resultats":[…]}`), or JSON Lines (one offer a line; streamed, so any size). A malformed line or item is
 * yielded as a rejection naming its line (or index) and the reason; the rest of the file is still read.
 */
export async function* readOffersFile(path: string): AsyncGenerator<OfferFileEntry> {
  const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
    throw new OffersFileError(
      error.code === 'ENOENT' ? 'missing' : 'unreadable',
      path,
      error.code === 'ENOENT'
        ? CRAWLER_MESSAGES.offersFileMissing({ path })
        : CRAWLER_MESSAGES.offersFileUnreadable({ path, reason: error.message }),
    );
  });
  if (!info.isFile())
    throw new OffersFileError('not_a_file', path, CRAWLER_MESSAGES.offersFileNotAFile({ path }));

  if (await looksLikeJsonLines(path)) {
    yield* readJsonLines(path);
    return;
  }
  if (info.size > MAX_JSON_DOCUMENT_BYTES) {
    throw new OffersFileError(
      'too_large',
      path,
      CRAWLER_MESSAGES.offersFileTooLarge({ path, megabytes: Math.round(info.size / 1e6) }),
    );
  }
  const { readFile } = await import('node:fs/promises');
  const text = (await readFile(path, 'utf8')).replace(/^\uFEFF/, '');
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    const parserMessage = error instanceof Error ? error.message : String(error);
    throw new OffersFileError(
      'invalid_json',
      path,
      CRAWLER_MESSAGES.offersFileInvalidJson({ path, reason: parserMessage }),
      { ...whereParserStopped(text, parserMessage), parserMessage },
    );
  }
  const items = offersIn(document);
  if (!items) {
    throw new OffersFileError('no_offers', path, CRAWLER_MESSAGES.offersFileNoOffers({ path }));
  }
  for (const [index, item] of items.entries()) yield toEntry(item, `item ${index + 1}`, { item: index + 1 });
}

/** The line and column (1-based) of V8's "… in JSON at position N"; the end of the text when it names none. */
export function whereParserStopped(text: string, parserMessage: string): { line: number; column: number } {
  const position = /at position (\d+)/.exec(parserMessage);
  const offset = Math.min(
    position ? Number(position[1]) : (jsonErrorOffset(text) ?? text.length),
    text.length,
  );
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

function offersIn(document: unknown): unknown[] | undefined {
  if (Array.isArray(document)) return document;
  if (document && typeof document === 'object') {
    const resultats = (document as { resultats?: unknown }).resultats;
    if (Array.isArray(resultats)) return resultats;
    if ('id' in document) return [document];
  }
  return undefined;
}

async function* readJsonLines(path: string): AsyncGenerator<OfferFileEntry> {
  const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
  let number = 0;
  for await (const rawLine of lines) {
    number += 1;
    const line = number === 1 ? rawLine.replace(/^\uFEFF/, '') : rawLine;
    if (line.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      yield {
        ok: false,
        position: `line ${number}`,
        reason: `malformed JSON (${error instanceof Error ? error.message : String(error)})`,
        kind: 'malformed_json',
        line: number,
      };
      continue;
    }
    const items = offersIn(value) ?? [value];
    for (const item of items) yield toEntry(item, `line ${number}`, { line: number });
  }
}

function toEntry(item: unknown, position: string, where: { line?: number; item?: number }): OfferFileEntry {
  const parsed = parseApiOffer(item, 'file');
  if (!parsed.ok) return { ok: false, position, reason: parsed.reason, kind: 'invalid_offer', ...where };
  return { ok: true, position, offer: parsed.offer, raw: item as Record<string, unknown> };
}

/**
 * JSON Lines when the extension says so, or when the first line is a whole JSON value and something follows it
 * (a JSON document pretty-printed over many lines fails the first test).
 */
async function looksLikeJsonLines(path: string): Promise<boolean> {
  const extension = extname(path).toLowerCase();
  if (extension === '.jsonl' || extension === '.ndjson') return true;
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(1024 * 1024);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    const head = buffer
      .subarray(0, bytesRead)
      .toString('utf8')
      .replace(/^\uFEFF/, '');
    const newline = head.indexOf('\n');
    if (newline === -1) return false;
    const first = head.slice(0, newline).trim();
    if (!first.startsWith('{')) return false;
    try {
      JSON.parse(first);
      return head.slice(newline + 1).trim() !== '';
    } catch {
      // Either a pretty-printed document or a malformed first line of JSON Lines: the rest decides.
      const next =
        head
          .slice(newline + 1)
          .split('\n', 1)[0]
          ?.trim() ?? '';
      return next.startsWith('{"') && next.endsWith('}');
    }
  } finally {
    await handle.close();
  }
}
