import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { createInterface } from 'node:readline';
import { UsageError } from '../../../lib/errors.js';
import { parseApiOffer } from '../../../model/from-api-offer.js';
import type { Offer } from '../../../model/offer.js';

/** One entry of an offers file: an offer, or the reason it was rejected, with where it stood in the file. */
export type OfferFileEntry =
  | { ok: true; position: string; offer: Offer; raw: Record<string, unknown> }
  | { ok: false; position: string; reason: string };

/** Above this, a file that is one JSON document is refused: it would have to be held whole in memory. */
const MAX_JSON_DOCUMENT_BYTES = 512 * 1024 * 1024;

/**
 * Reads offers saved from the API: one offer (`{…}`), an array (`[{…},…]`), a search answer
 * (`{"resultats":[…]}`), or JSON Lines (one offer a line; streamed, so any size). A malformed line or item is
 * yielded as a rejection naming its line (or index) and the reason; the rest of the file is still read.
 */
export async function* readOffersFile(path: string): AsyncGenerator<OfferFileEntry> {
  const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
    throw new UsageError(
      error.code === 'ENOENT' ? `no such file: ${path}` : `cannot read ${path}: ${error.message}`,
      'give the path of a .json or .jsonl file of offers saved from the France Travail API',
    );
  });
  if (!info.isFile())
    throw new UsageError(`${path} is not a file`, 'give the path of a .json or .jsonl file');

  if (await looksLikeJsonLines(path)) {
    yield* readJsonLines(path);
    return;
  }
  if (info.size > MAX_JSON_DOCUMENT_BYTES) {
    throw new UsageError(
      `${path} is one JSON document of ${Math.round(info.size / 1e6)} MB, too large to read at once`,
      'save large collections as JSON Lines (.jsonl), one offer a line',
    );
  }
  const { readFile } = await import('node:fs/promises');
  const text = (await readFile(path, 'utf8')).replace(/^\uFEFF/, '');
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    throw new UsageError(
      `${path} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
      'a file of offers is one JSON document (an offer, an array, or {"resultats":[…]}) or JSON Lines',
    );
  }
  const items = offersIn(document);
  if (!items) {
    throw new UsageError(
      `${path} holds no offers: expected an offer object, an array of offers, or {"resultats":[…]}`,
      'check that the file was saved from the France Travail API',
    );
  }
  for (const [index, item] of items.entries()) yield toEntry(item, `item ${index + 1}`);
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
      };
      continue;
    }
    const items = offersIn(value) ?? [value];
    for (const item of items) yield toEntry(item, `line ${number}`);
  }
}

function toEntry(item: unknown, position: string): OfferFileEntry {
  const parsed = parseApiOffer(item, 'file');
  if (!parsed.ok) return { ok: false, position, reason: parsed.reason };
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
