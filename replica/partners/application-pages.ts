import type { ReplicaContext } from '../context.js';
import { APPLICATION_SITES } from '../corpus/data/application-sites.js';
import type { ReplicaResponse } from '../http-response.js';
import { htmlResponse } from '../http-response.js';
import { escapeHtml } from '../site/html.js';

/**
 * Application sites, under `/_apply/{slug}/`: where France Travail's own offers send candidates
 * (`contact.urlPostulation`). A live page is a form to apply for the offer, not a copy of it (it states no
 * contract, pay or place); a dead one answers 404, 410, or redirects to the site's home page, as its plan chose
 * (`truth.applicationLink`). An offer the listing no longer shows (expired by `advance()`) answers 410.
 */

function applicationDocument(title: string, slug: string, body: string): string {
  const site = APPLICATION_SITES.find((candidate) => candidate.slug === slug);
  const name = site?.nom ?? slug;
  return `<!DOCTYPE html>
<html lang="fr">
<head><meta charset="utf-8"><title>${escapeHtml(title)} | ${escapeHtml(name)}</title></head>
<body>
<header class="site-header"><a href="/_apply/${escapeHtml(slug)}/">${escapeHtml(name)}</a></header>
${body}
</body>
</html>`;
}

type Lookup =
  | { ok: true; state: string; title: string; employer: string | undefined; listingExpired: boolean }
  | { ok: false };

function lookup(context: ReplicaContext, slug: string, id: string): Lookup {
  const { corpus } = context;
  const index = corpus.indexOf(id);
  if (index === undefined || corpus.origin[index] !== 1) return { ok: false };
  const plan = corpus.plan(index);
  const link = plan.applicationLink;
  if (!link || APPLICATION_SITES[link.site]?.slug !== slug) return { ok: false };
  const offer = corpus.offer(index, context.baseUrl());
  return {
    ok: true,
    state: link.state,
    title: offer.intitule,
    employer: offer.entreprise.nom,
    listingExpired: !corpus.isOnline(index),
  };
}

/** `GET /_apply/{slug}/postuler/{id}`. */
export function applicationPage(context: ReplicaContext, slug: string, id: string): ReplicaResponse {
  const found = lookup(context, slug, id);
  const gone = (status: number) =>
    htmlResponse(
      status,
      applicationDocument(
        'Annonce introuvable',
        slug,
        '<div class="offer-expired"><h1>Cette annonce n’existe plus</h1><p>Cette offre n\'est plus disponible.</p></div>',
      ),
    );
  if (!found.ok || found.state === 'gone_404') return gone(404);
  if (found.listingExpired || found.state === 'expired_410') return gone(410);
  if (found.state === 'redirect_home')
    return { status: 302, headers: { location: `/_apply/${slug}/` }, body: '' };
  const employer = found.employer ? ` chez ${escapeHtml(found.employer)}` : '';
  return htmlResponse(
    200,
    applicationDocument(
      `Postuler : ${found.title}`,
      slug,
      `<main class="apply-form" data-offer-id="${escapeHtml(id)}">
<h1>Postuler : ${escapeHtml(found.title)}</h1>
<p>Vous êtes candidat au poste de ${escapeHtml(found.title)}${employer}. Déposez votre CV et, si vous le souhaitez, une lettre de motivation : le recruteur reçoit votre candidature directement et vous répond par courriel.</p>
<form method="post" action="/_apply/${escapeHtml(slug)}/postuler/${escapeHtml(id)}">
<label>Nom <input name="nom" required></label>
<label>Courriel <input name="courriel" type="email" required></label>
<label>CV <input name="cv" type="file"></label>
<button type="submit">Envoyer ma candidature</button>
</form>
</main>`,
    ),
  );
}

/** `GET /_apply/{slug}/`: the home page a dead application link redirects to. */
export function applicationHome(slug: string): ReplicaResponse {
  const site = APPLICATION_SITES.find((candidate) => candidate.slug === slug);
  if (!site)
    return htmlResponse(404, applicationDocument('Page introuvable', slug, '<h1>Page introuvable</h1>'));
  return htmlResponse(
    200,
    applicationDocument(
      'Accueil',
      slug,
      `<section class="home"><h1>${escapeHtml(site.nom)}</h1><p>Trouvez votre prochain emploi.</p></section>`,
    ),
  );
}
