import type { PagesRule } from '../rule.js';

export const deadLinkRules: readonly PagesRule[] = [
  {
    kind: 'pages',
    id: 'dead_link.gone',
    category: 'dead_link',
    severity: 'certain',
    explanation:
      "Le lien vers l'offre chez le partenaire ne mène plus à l'offre (page disparue, expirée ou redirigée vers l'accueil) : le candidat ne peut pas postuler.",
    /** The first page the crawler found dead names the flag (`dead_link.<reason>`); every dead page is listed. */
    detect(_offer, pages) {
      const dead = pages.filter((page) => page.live === false);
      if (dead.length === 0) return null;
      const page = dead[0]!;
      return {
        rule: `dead_link.${page.reason ?? 'gone'}`,
        evidence: `${page.url} → ${page.status !== null ? `HTTP ${page.status}` : 'pas de réponse'}${page.reason ? ` (${page.reason})` : ''}${page.finalUrl && page.finalUrl !== page.url ? `, redirigé vers ${page.finalUrl}` : ''}`,
        details: { urls: dead.map((p) => p.url) },
      };
    },
    examples: {
      positive: [
        {
          pages: [{ live: false, status: 404, reason: 'http_404' }],
          quote: 'https://partner.example/offre/1 → HTTP 404 (http_404)',
        },
      ],
      negative: [
        {
          pages: [{ live: null, status: null, reason: null }],
          why: 'a page that could not be read is not dead',
        },
      ],
    },
  },
];
