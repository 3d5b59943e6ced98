import { describe, expect, it } from 'vitest';
import { ClientRateLimit } from '../../web/client-rate-limit.js';
import { LruCache } from '../../web/lru-cache.js';

describe('ClientRateLimit', () => {
  it('gives each client its own bucket, refilled over time', () => {
    let now = 0;
    const limit = new ClientRateLimit({ burst: 2, perSecond: 1, now: () => now });
    expect(limit.take('a').allowed).toBe(true);
    expect(limit.take('a').allowed).toBe(true);
    expect(limit.take('a')).toEqual({ allowed: false, retryAfterSeconds: 1 });
    expect(limit.take('b').allowed).toBe(true);
    now += 1000;
    expect(limit.take('a').allowed).toBe(true);
    expect(limit.take('a').allowed).toBe(false);
  });

  it('forgets the least recently seen clients beyond its size', () => {
    const limit = new ClientRateLimit({ burst: 1, perSecond: 0.001, maxClients: 2, now: () => 0 });
    limit.take('a');
    limit.take('b');
    limit.take('c');
    // "a" was forgotten, so it starts again with a full bucket.
    expect(limit.take('a').allowed).toBe(true);
    expect(limit.take('c').allowed).toBe(false);
  });
});

describe('LruCache', () => {
  it('evicts the least recently used entry and expires entries after their TTL', () => {
    let now = 0;
    const cache = new LruCache<number>({ maxEntries: 2, ttlMs: 100, now: () => now });
    cache.set('a', 1);
    cache.set('b', 2);
    expect(cache.get('a')).toBe(1);
    cache.set('c', 3);
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBe(1);
    now = 150;
    expect(cache.get('a')).toBeUndefined();
    expect(cache.size).toBe(1);
  });
});
