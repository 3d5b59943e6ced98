import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { buildVerdict } from '../../check/verdict.js';
import { escapeHtml, html, safeUrl } from '../../lib/html.js';
import type { Flag } from '../../model/flag.js';
import { checkErrorPage } from '../../web/pages/error-page.js';
import { verdictPage } from '../../web/pages/verdict-page.js';
import { sampleOffer } from '../check/sample-offer.js';

const HOSTILE = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "'><svg onload=alert(2)>",
  '<a href="javascript:alert(3)">clic</a>',
  '</title><script>alert(4)</script>',
  '<style>body{display:none}</style>',
  '{{constructor.constructor("alert(5)")()}}',
];

/** No element, attribute or URL that a browser would run, whatever the offer said: parsed as a browser would. */
function expectInert(page: string): void {
  const $ = load(page);
  expect($('script, img, svg, style, iframe, object, embed').length).toBe(0);
  for (const element of $('*').toArray()) {
    const attributes = 'attribs' in element ? element.attribs : {};
    for (const [name, value] of Object.entries(attributes)) {
      expect(name, `attribute ${name}`).not.toMatch(/^on/i);
      if (name === 'href' || name === 'src' || name === 'action')
        expect(value).not.toMatch(/^\s*(javascript|data|vbscript):/i);
    }
  }
}

describe('escapeHtml', () => {
  it('escapes the five markup characters and the backtick', () => {
    expect(escapeHtml(`<a href="x" title='y'>&\``)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&#96;',
    );
  });

  it('escapes every interpolation of the html tag, nested ones once', () => {
    const inner = html`<b>${'<i>'}</b>`;
    expect(html`<p>${inner}${['<u>', null, false]}</p>`.value).toBe('<p><b>&lt;i&gt;</b>&lt;u&gt;</p>');
  });

  it('lets only http(s) links through safeUrl', () => {
    expect(safeUrl('https://candidat.francetravail.fr/x')).toBe('https://candidat.francetravail.fr/x');
    for (const url of [
      'javascript:alert(1)',
      ' javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'data:text/html,x',
      'vbscript:x',
      '//evil',
      'file:///etc/passwd',
    ]) {
      expect(safeUrl(url), url).toBeNull();
    }
  });
});

describe('verdict page', () => {
  it('renders hostile offer text as text', () => {
    const hostile = HOSTILE.join(' ');
    const offer = sampleOffer({
      intitule: hostile,
      entreprise: { nom: hostile },
      lieuTravail: { libelle: hostile },
      salaire: { libelle: hostile },
      typeContratLibelle: hostile,
      dureeTravailLibelle: hostile,
      origineOffre: { origine: '2', partenaires: [{ nom: hostile, url: 'javascript:alert(6)' }] },
    });
    const flags: Flag[] = [
      {
        category: 'age_limit',
        axis: 'illegal',
        rule: hostile,
        severity: 'certain',
        evidence: hostile,
        reference: hostile,
        explanation: hostile,
      },
      {
        category: 'not_cdi',
        axis: 'stability',
        rule: 'x',
        severity: 'certain',
        evidence: hostile,
        reference: null,
        explanation: hostile,
      },
    ];
    const verdict = buildVerdict({
      offer,
      flags,
      partnerPages: [
        {
          offerId: offer.id,
          url: 'javascript:alert(7)',
          finalUrl: null,
          status: 200,
          live: true,
          reason: 'ok',
          renderedWith: 'http',
          stated: {
            title: hostile,
            contract: hostile,
            duration: hostile,
            pay: hostile,
            place: hostile,
            hours: hostile,
          },
          error: null,
          fetchedAt: '2026-11-28T12:00:00Z',
        },
      ],
      duplicates: [
        { id: hostile, kind: 'duplicate', original: true, title: hostile, partner: hostile, auditId: 1 },
      ],
      offerUrl: 'javascript:alert(8)',
      checkedAt: '2026-11-28T12:00:00Z',
    });
    const page = verdictPage(verdict);
    expectInert(page);
    // The text is still there, shown to the reader as written.
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page).toContain('<html lang="fr">');
  });

  it('renders a hostile refused input as text', () => {
    for (const value of HOSTILE) expectInert(checkErrorPage('malformed', value));
  });
});
