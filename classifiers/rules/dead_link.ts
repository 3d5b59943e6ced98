import { linkKind } from '../../model/offer.js';
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
    detect(offer, pages) {
      const dead = pages.filter((page) => page.live === false);
      if (dead.length === 0) return null;
      // A partner's copy of the offer first; an application link alone is its own finding.
      const page = dead.find((p) => linkKind(offer, p.url) === 'partner') ?? dead[0]!;
      const application = linkKind(offer, page.url) === 'application';
      return {
        rule: application
          ? `dead_link.application_${page.reason ?? 'gone'}`
          : `dead_link.${page.reason ?? 'gone'}`,
        ...(application
          ? {
              explanation:
                "Le lien de candidature de l'offre ne mène plus nulle part (page disparue, expirée ou redirigée vers l'accueil) : le candidat ne peut pas postuler par ce lien.",
            }
          : {}),
        evidence: `${application ? 'lien de candidature mort : ' : ''}${page.url} → ${page.status !== null ? `HTTP ${page.status}` : 'pas de réponse'}${page.reason ? ` (${page.reason})` : ''}${page.finalUrl && page.finalUrl !== page.url ? `, redirigé vers ${page.finalUrl}` : ''}`,
        details: { urls: dead.map((p) => p.url) },
      };
    },
    examples: {
      positive: [
        {
          pages: [{ live: false, status: 404, reason: 'http_404' }],
          quote: 'https://partner.example/offre/1 → HTTP 404 (http_404)',
        },
        {
          offer: {
            contact: {
              name: null,
              phone: null,
              email: null,
              details: [],
              applyUrl: 'https://partner.example/offre/1',
              recruiterUrl: null,
            },
          },
          pages: [{ live: false, status: 410, reason: 'http_410' }],
          quote: 'lien de candidature mort : https://partner.example/offre/1 → HTTP 410 (http_410)',
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
