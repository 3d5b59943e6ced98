/**
 * Guarantee 5 — secrets kept: password redaction holds for any connection string.
 *
 * `DATABASE_URL` is typed by people: its password may carry an unencoded `/` or `@` (libpq and node-postgres
 * accept many such strings), or come as key=value pairs (`host=db password=…`). Whatever the shape, what
 * `redactUrl` and `redactText` return (and so every log line and error message) holds no part of the password.
 * The passwords are drawn by fast-check from an alphabet of the characters that break naive patterns; each is
 * fenced by markers found nowhere else, so that a partial leak (the part after a `/` or an `@`) fails too.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { redactText, redactUrl } from '../../lib/logger.js';
import '../helpers/property-seed.js';
import { SOAK } from './helpers/cli-storage.js';

const RUNS = SOAK ? 20_000 : 500;

/** Hostile characters for a password, without the markers' letter Q and without whitespace (URLs have none). */
const PASSWORD_CHARS = [...'abcXYZ019/@:?#&=;%+!$*()[]{},.~_-\'"\\|<>^`'];
const piece = fc
  .array(fc.constantFrom(...PASSWORD_CHARS), { minLength: 0, maxLength: 12 })
  .map((chars) => chars.join(''));
/** A password with markers at its start, middle and end: any leaked fragment long enough to matter shows one. */
const password = fc.tuple(piece, piece).map(([a, b]) => `QQ1${a}QQ2${b}QQ3`);
const user = fc.constantFrom('vigie', 'postgres', 'u', '');
const host = fc.constantFrom('db.example:5432', '127.0.0.1', '[::1]:6543', 'localhost');

function leaks(text: string): boolean {
  return /QQ[123]/.test(text);
}

describe('password redaction', () => {
  it('masks the examples of the red team', () => {
    for (const url of [
      'postgres://vigie:pa/ss@db.example:5432/vigie',
      'postgres://vigie:p@ss@db.example/vigie',
      'postgres://vigie:a/b@c@db.example:5432/vigie?sslmode=require',
      'postgresql://:only@db/vigie',
    ]) {
      const redacted = redactUrl(url);
      expect(redacted, url).toContain('***');
      expect(redacted, url).not.toMatch(/pa\/ss|p@ss@|a\/b@c|only/);
    }
    expect(redactText('host=db.example user=vigie password=s3cr/et@x dbname=vigie')).toBe(
      'host=db.example user=vigie password=*** dbname=vigie',
    );
    expect(redactText("host=db password='two words' port=5432")).toBe('host=db password=*** port=5432');
    expect(redactText('Server=db;User Id=v;Password=abc;def;')).not.toContain('abc');
    expect(redactText('PGPASSWORD=hunter2 psql')).not.toContain('hunter2');
    // Ordinary text is left alone.
    expect(redactUrl('https://candidat.francetravail.fr/offres/recherche/detail/196FBMG')).toBe(
      'https://candidat.francetravail.fr/offres/recherche/detail/196FBMG',
    );
  });

  it('leaves no part of the password in any URL (fuzzed)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('postgres', 'postgresql', 'https', 'redis'),
        user,
        password,
        host,
        fc.constantFrom('/vigie', '/vigie?sslmode=require', '', '/db?options=-c%20search_path%3Dx'),
        fc.constantFrom('', 'cannot connect to ', '{"url":"'),
        fc.constantFrom('', ' failed: ECONNREFUSED', '","attempt":2}'),
        (scheme, name, secret, at, path, before, after) => {
          const text = `${before}${scheme}://${name}:${secret}@${at}${path}${after}`;
          expect(leaks(redactUrl(text)), text).toBe(false);
          expect(leaks(redactText(text)), text).toBe(false);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('leaves no part of the password in key=value strings and query parameters (fuzzed)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('password', 'Password', 'PASSWORD', 'passwd', 'pwd', 'PGPASSWORD', 'client_secret'),
        password,
        fc.constantFrom('plain', 'single', 'double', 'spaced'),
        fc.constantFrom('', 'host=db.example user=vigie ', 'Server=db;User Id=vigie;', 'https://x/t?a=1&'),
        fc.constantFrom('', ' dbname=vigie', ';Database=vigie', '&x=1'),
        (key, secret, quoting, before, after) => {
          const value =
            quoting === 'single'
              ? `'${secret.replace(/\\/g, '\\\\').replace(/'/g, "\\'")} x'`
              : quoting === 'double'
                ? `"${secret.replace(/\\/g, '\\\\').replace(/"/g, '\\"')} x"`
                : secret;
          const separator = quoting === 'spaced' ? ' = ' : '=';
          const text = `${before}${key}${separator}${value}${after}`;
          expect(leaks(redactText(text)), text).toBe(false);
        },
      ),
      { numRuns: RUNS },
    );
  });
});
