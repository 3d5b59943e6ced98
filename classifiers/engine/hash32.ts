/** 32-bit hashing with Math.imul: fast, deterministic across runs and machines (no seeds from the clock). */

/** FNV-1a over a string's UTF-16 code units, then a murmur3 finaliser for avalanche. */
export function hashString(text: string, seed = 0x811c9dc5): number {
  let hash = seed >>> 0;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return fmix32(hash);
}

/** murmur3's finaliser: every input bit affects every output bit. */
export function fmix32(value: number): number {
  let hash = value >>> 0;
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}

/** Combines two 32-bit hashes, order-sensitive. */
export function combine(a: number, b: number): number {
  return fmix32((Math.imul(a ^ 0x9e3779b9, 0x5bd1e995) + b) | 0);
}
