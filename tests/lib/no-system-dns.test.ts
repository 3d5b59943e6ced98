import { lookup } from 'node:dns/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { systemLookups } from '../helpers/no-system-dns.js';

/**
 * `npm test` makes no DNS query (issue 19): tests/helpers/no-system-dns.ts, a setup file of every test process,
 * stands in for the system resolver and fails any test file that asks it for a name. These tests check the
 * stand-in itself; every other file is checked by its `afterAll`.
 */
describe('the suite’s stand-in for the system resolver', () => {
  afterEach(() => {
    // What these tests ask on purpose must not fail this file.
    systemLookups.length = 0;
  });

  it('refuses a name and records it, whichever way it is asked (dns, http, fetch)', async () => {
    await expect(lookup('vigie-test.example.org')).rejects.toMatchObject({ code: 'ENOTFOUND' });
    const fetched = await fetch('http://vigie-fetch.example.org/').then(
      () => 'answered',
      (error: unknown) => (error instanceof Error && error.cause instanceof Error ? error.cause.message : ''),
    );
    expect(fetched).toContain('ENOTFOUND vigie-fetch.example.org');
    expect(systemLookups).toEqual(['vigie-test.example.org', 'vigie-fetch.example.org']);
  });

  it('answers written addresses and localhost without asking anyone', async () => {
    expect(await lookup('127.0.0.1')).toEqual({ address: '127.0.0.1', family: 4 });
    expect(await lookup('::1')).toEqual({ address: '::1', family: 6 });
    expect(await lookup('localhost')).toEqual({ address: '127.0.0.1', family: 4 });
    expect(await lookup('localhost', { all: true })).toEqual([{ address: '127.0.0.1', family: 4 }]);
    expect(systemLookups).toEqual([]);
  });
});
