/**
 * Text that PostgreSQL can store. A NUL character (U+0000) is refused in `text` and in `jsonb` (SQLSTATE 22P05,
 * "unsupported Unicode escape sequence"), and a lone UTF-16 surrogate cannot be encoded at all: both are
 * replaced by U+FFFD, the replacement character, and counted so that the caller can record the repair.
 */
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export const REPLACEMENT = '\ufffd';

/** The string with every NUL and lone surrogate replaced, and how many were. */
export function storableString(text: string): { text: string; replaced: number } {
  let replaced = 0;
  const out = text.replace(UNSTORABLE, () => {
    replaced++;
    return REPLACEMENT;
  });
  return { text: out, replaced };
}

/**
 * A copy of a JSON value with every string (keys included) made storable; the input is returned as it is when
 * nothing needed replacing. Walks iteratively, so that a document nested thousands of levels deep cannot
 * overflow the stack.
 */
export function storableJson<T>(value: T): { value: T; replaced: number } {
  if (!needsRepair(value)) return { value, replaced: 0 };
  let replaced = 0;
  const fix = (text: string) => {
    const result = storableString(text);
    replaced += result.replaced;
    return result.text;
  };
  const copy = (input: unknown): unknown => {
    if (typeof input === 'string') return fix(input);
    if (Array.isArray(input)) return input.slice();
    if (input !== null && typeof input === 'object') return { ...input };
    return input;
  };
  const root = copy(value);
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (Array.isArray(node)) {
      for (let index = 0; index < node.length; index++) {
        const child = copy(node[index]);
        node[index] = child;
        if (child !== null && typeof child === 'object') stack.push(child);
      }
    } else if (node !== null && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      for (const key of Object.keys(record)) {
        const child = copy(record[key]);
        const fixedKey = fix(key);
        if (fixedKey !== key) delete record[key];
        record[fixedKey] = child;
        if (child !== null && typeof child === 'object') stack.push(child);
      }
    }
  }
  // The copy has the input's shape: only strings changed, to strings.
  return { value: root as T, replaced };
}

/** True when some string of the value (a key, or a value at any depth) holds a NUL or a lone surrogate. */
export function needsRepair(value: unknown): boolean {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const node = stack.pop();
    if (typeof node === 'string') {
      UNSTORABLE.lastIndex = 0;
      if (UNSTORABLE.test(node)) return true;
    } else if (Array.isArray(node)) {
      for (const child of node) stack.push(child);
    } else if (node !== null && typeof node === 'object') {
      for (const [key, child] of Object.entries(node)) {
        stack.push(key);
        stack.push(child);
      }
    }
  }
  return false;
}
