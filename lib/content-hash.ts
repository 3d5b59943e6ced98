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

type Frame =
  | { array: true; items: readonly unknown[]; index: number }
  | { array: false; record: Record<string, unknown>; keys: string[]; index: number; first: boolean };

/**
 * The value as JSON with every object's keys sorted (by UTF-16 code units) and undefined members left out, as
 * `JSON.stringify` leaves them out. Built by appending to one string: this runs on every offer stored. Iterative,
 * with a stack of its own: a value nested 100,000 levels deep is written like a flat one, where a recursive walk
 * would overflow the call stack.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  let out = '';
  const stack: Frame[] = [];
  const write = (item: unknown): void => {
    if (item === null || typeof item !== 'object') {
      out += JSON.stringify(item) ?? 'null';
    } else if (Array.isArray(item)) {
      out += '[';
      stack.push({ array: true, items: item, index: 0 });
    } else {
      out += '{';
      const record = item as Record<string, unknown>;
      // The default sort compares UTF-16 code units, as `<` does.
      stack.push({ array: false, record, keys: Object.keys(record).sort(), index: 0, first: true });
    }
  };
  write(value);
  for (let frame = stack[stack.length - 1]; frame !== undefined; frame = stack[stack.length - 1]) {
    if (frame.array) {
      if (frame.index >= frame.items.length) {
        out += ']';
        stack.pop();
        continue;
      }
      if (frame.index > 0) out += ',';
      write(frame.items[frame.index++]);
      continue;
    }
    let key: string | undefined;
    let entry: unknown;
    while (frame.index < frame.keys.length) {
      const candidate = frame.keys[frame.index++];
      if (candidate === undefined) break;
      entry = frame.record[candidate];
      if (entry !== undefined) {
        key = candidate;
        break;
      }
    }
    if (key === undefined) {
      out += '}';
      stack.pop();
      continue;
    }
    if (!frame.first) out += ',';
    frame.first = false;
    out += JSON.stringify(key);
    out += ':';
    write(entry);
  }
  return out;
}
