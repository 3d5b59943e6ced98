import { describe, expect, it } from 'vitest';
import { checkSettingsFrom, DEFAULT_API_URL, inputHostsOf, urlPolicyOf } from '../../check/check-settings.js';
import { DEFAULT_SITE_URL } from '../../check/run-check.js';
import { databaseForCheck } from '../../cli/commands/check.js';
import { checkUrlSyntax, UrlRefused } from '../../lib/http/address-guard.js';

describe('checkSettingsFrom', () => {
  it('defaults to the real France Travail, trusting no private host', () => {
    const settings = checkSettingsFrom({}, {});
    expect(settings).toMatchObject({ apiUrl: DEFAULT_API_URL, siteUrl: DEFAULT_SITE_URL, credentials: null });
    expect(settings.trustedOrigins).toEqual([]);
    expect(() => checkUrlSyntax('http://127.0.0.1:8080/x', urlPolicyOf(settings))).toThrow(UrlRefused);
    expect(checkUrlSyntax('https://www.meteojob.com/offre/1', urlPolicyOf(settings)).hostname).toBe(
      'www.meteojob.com',
    );
  });

  it('takes flags over the environment, and trusts the hosts the operator pointed it at', () => {
    const settings = checkSettingsFrom(
      { siteUrl: 'http://127.0.0.1:9000/' },
      {
        FT_SITE_URL: 'http://elsewhere.test',
        FT_API_URL: 'http://127.0.0.1:9001/api',
        FT_CLIENT_ID: 'id',
        FT_CLIENT_SECRET: 'secret',
        VIGIE_PARTNER_HOSTS: '.jobs.example, careers.example',
      },
    );
    expect(settings.siteUrl).toBe('http://127.0.0.1:9000');
    expect(settings.apiUrl).toBe('http://127.0.0.1:9001/api');
    expect(settings.credentials).toEqual({ clientId: 'id', clientSecret: 'secret' });
    expect(settings.trustedOrigins).toEqual(['http://127.0.0.1:9001', 'http://127.0.0.1:9000']);
    expect(settings.partnerHosts).toEqual(expect.arrayContaining(['.jobs.example', 'careers.example']));
    expect(inputHostsOf(settings).siteHosts).toEqual(['127.0.0.1']);
    // An operator's partner host is allowed, but not to private addresses unless it is local by name.
    expect(urlPolicyOf(settings).trustedOrigins?.join(' ')).not.toContain('careers.example');
  });
});

describe('databaseForCheck', () => {
  it('uses the database the user named, and the default one only if it exists and a fetch is made', () => {
    expect(databaseForCheck({}, { DATABASE_URL: 'postgres://x/y' }, '/nope')).toEqual({
      url: 'postgres://x/y',
    });
    expect(databaseForCheck({ db: '/data/vigie' }, {}, '/nope')).toEqual({ path: '/data/vigie' });
    expect(databaseForCheck({}, {}, '/no/such/folder')).toBeUndefined();
    expect(databaseForCheck({ noDb: true }, { DATABASE_URL: 'postgres://x/y' }, '/nope')).toBeUndefined();
    // A file check stays fast: the default embedded database is not opened for it.
    expect(databaseForCheck({ file: 'offer.json' }, {}, process.cwd())).toBeUndefined();
  });
});
