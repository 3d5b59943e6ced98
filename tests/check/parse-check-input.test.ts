import { describe, expect, it } from 'vitest';
import { CheckError } from '../../check/check-error.js';
import { MAX_INPUT_LENGTH, parseCheckInput } from '../../check/parse-check-input.js';
import { idsInLink } from '../../check/run-check.js';

const hosts = { siteHosts: ['127.0.0.1'], partnerHosts: ['.meteojob.com', '127.0.0.1'] };

function codeOf(input: string): string {
  try {
    parseCheckInput(input, hosts);
  } catch (error) {
    if (error instanceof CheckError) return error.code;
    throw error;
  }
  return 'ok';
}

describe('parseCheckInput', () => {
  it.each([
    ['196FBMG', '196FBMG'],
    ['  196fbmg \n', '196FBMG'],
    ['Offre n° 196FBMG', '196FBMG'],
    ['n°196FBMG', '196FBMG'],
    ['0654368', '0654368'],
  ])('reads the offer number %j', (input, id) => {
    expect(parseCheckInput(input, hosts)).toEqual({ kind: 'offer', id, via: 'id' });
  });

  it.each([
    ['https://candidat.francetravail.fr/offres/recherche/detail/196FBMG', '196FBMG'],
    ['https://candidat.francetravail.fr/offres/recherche/detail/196fbmg?idOffre=x&from=mail#haut', '196FBMG'],
    ['candidat.francetravail.fr/offres/recherche/detail/180HSFM', '180HSFM'],
    ['http://candidat.pole-emploi.fr/offres/recherche/detail/041XKZQ/', '041XKZQ'],
    ['https://candidat.pole-emploi.fr/candidat/rechercheoffres/detail/041XKZQ', '041XKZQ'],
    ['https://api.francetravail.io/partenaire/offresdemploi/v2/offres/196FBMG', '196FBMG'],
    ['http://127.0.0.1:8080/offres/recherche/detail/123ABCD', '123ABCD'],
  ])('reads the France Travail link %s', (input, id) => {
    expect(parseCheckInput(input, hosts)).toEqual({ kind: 'offer', id, via: 'france_travail_url' });
  });

  it('keeps a partner link whole, query included, fragment dropped', () => {
    expect(parseCheckInput('https://www.meteojob.com/offre/123?utm_source=pole-emploi#top', hosts)).toEqual({
      kind: 'partner_url',
      url: 'https://www.meteojob.com/offre/123?utm_source=pole-emploi',
    });
    // On a replica, France Travail and its partners share a host: the path decides.
    expect(parseCheckInput('http://127.0.0.1:8080/_partners/meteojob/offres/196FBMG', hosts)).toMatchObject({
      kind: 'partner_url',
    });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['x'.repeat(MAX_INPUT_LENGTH + 1), 'too_long'],
    ['bonjour', 'malformed'],
    ['je cherche un emploi', 'malformed'],
    ['<script>alert(1)</script>', 'malformed'],
    ['javascript:alert(1)', 'scheme'],
    ['file:///etc/passwd', 'scheme'],
    ['data:text/html,hello', 'scheme'],
    ['https://evil.example.com/offres/recherche/detail/196FBMG', 'foreign_site'],
    ['http://169.254.169.254/latest/meta-data/', 'foreign_site'],
    ['https://candidat.francetravail.fr/offres/recherche?motsCles=boulanger', 'not_an_offer_page'],
  ])('refuses %j with %s', (input, code) => {
    expect(codeOf(input)).toBe(code);
  });

  it('gives every refusal a French message and a hint', () => {
    try {
      parseCheckInput('bonjour', hosts);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(CheckError);
      expect((error as CheckError).message).toMatch(/numéro d’offre/);
      expect((error as CheckError).hint).toMatch(/196FBMG/);
    }
  });
});

describe('idsInLink', () => {
  it('finds France Travail references in a partner link, path or query', () => {
    expect(idsInLink('https://app.mytalentplug.com/job?ojid=196fbmg&utm_source=pole-emploi')).toEqual([
      '196FBMG',
    ]);
    expect(idsInLink('http://127.0.0.1:8080/_partners/meteojob/offres/0654368?utm_source=x')).toEqual([
      '0654368',
    ]);
    expect(idsInLink('https://www.meteojob.com/candidat/offres/offre-d-emploi-serveur-annecy')).toEqual([]);
  });
});
