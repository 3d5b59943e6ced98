import { createHash } from 'node:crypto';

/**
 * A hash of a JSON value that ignores key order, so that the same offer served with its fields in another order
 * is not mistaken for a changed one.
 */
export function contentHash(value: unknown): string {
  return hashCanonicalJson(canonicalJson(value));
}

/** `contentHash` of a value whose `canonicalJson` is already at hand (the crawler stores that string too). */
export function hashCanonicalJson(canonical: string): string {
  return createHash('sha256').update(canonical).digest('hex').slice(0, 32);
}

/**
 * The value as JSON with every object's keys sorted (by UTF-16 code units) and undefined members left out, as
 * `JSON.stringify` leaves them out. Built by appending to one string: this runs on every offer stored.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) {
      if (i > 0) out += ',';
      out += canonicalJson(value[i]);
    }
    return `${out}]`;
  }
  const record = value as Record<string, unknown>;
  // The default sort compares UTF-16 code units, as `<` does.
  const keys = Object.keys(record).sort();
  let out = '{';
  let first = true;
  for (const key of keys) {
    const entry = record[key];
    if (entry === undefined) continue;
    if (!first) out += ',';
    first = false;
    out += JSON.stringify(key);
    out += ':';
    out += canonicalJson(entry);
  }
  return `${out}}`;
}
