import type { ReplicaContext } from '../context.js';
import { PARTNERS } from '../corpus/data/partners.js';
import { type PartnerPageFacts, partnerPageFacts } from '../corpus/partner-page-facts.js';
import type { ReplicaResponse } from '../http-response.js';
import { htmlResponse, jsonResponse } from '../http-response.js';
import { escapeHtml, escapeLines } from '../site/html.js';

/**
 * Partner sites, under `/_partners/{slug}/`. Each offer's page is in the state its plan chose: live, live but
 * contradicting the listing, expired (410, or 200 with "Cette offre est expirée"), redirected to the partner's
 * home page, or an empty shell that only a browser fills in (JavaScript fetches `/_partners/{slug}/api/offres/{id}`).
 *
 * What a page states is in one stable microformat:
 * `article.job-offer[data-offer-id] > h1.job-title, p.company, dl.offer-facts (dt/dd: "Type de contrat",
 * "Salaire", "Lieu", "Temps de travail", "Date de publication"), div.job-description`.
 */

function partnerDocument(title: string, slug: string, body: string): string {
  const partner = PARTNERS.find((candidate) => candidate.slug === slug);
  return `<!DOCTYPE html>
<html lang="fr">
<head><meta charset="utf-8"><title>${escapeHtml(title)} | ${escapeHtml(partner?.nom ?? slug)}</title></head>
<body>
<header class="site-header"><a href="/_partners/${escapeHtml(slug)}/">${escapeHtml(partner?.nom ?? slug)}</a></header>
${body}
</body>
</html>`;
}

export function renderFacts(facts: PartnerPageFacts, id: string): string {
  const rows: [string, string | undefined][] = [
    ['Type de contrat', facts.contract],
    ['Salaire', facts.pay],
    ['Lieu', facts.place],
    ['Temps de travail', facts.hours],
    ['Date de publication', facts.postedAt],
  ];
  const dl = rows
    .filter((row): row is [string, string] => row[1] !== undefined)
    .map(([label, value]) => `<dt>${escapeHtml(label)}</dt><dd>${escapeHtml(value)}</dd>`)
    .join('\n');
  return `<article class="job-offer" data-offer-id="${escapeHtml(id)}">
<h1 class="job-title">${escapeHtml(facts.title)}</h1>
${facts.employer ? `<p class="company">${escapeHtml(facts.employer)}</p>` : ''}
<p class="summary">Type de contrat : ${escapeHtml(facts.contract)} - ${escapeHtml(facts.place)}</p>
<dl class="offer-facts">
${dl}
</dl>
<div class="job-description">${escapeLines(facts.description)}</div>
<a class="apply-button" href="#postuler">Postuler</a>
</article>`;
}

function expiredBody(): string {
  return '<div class="offer-expired"><h1>Cette offre est expirée</h1><p>Cette offre n\'est plus disponible. Découvrez nos autres offres.</p></div>';
}

type Lookup = { ok: true; facts: PartnerPageFacts; state: string; listingExpired: boolean } | { ok: false };

function lookup(context: ReplicaContext, slug: string, id: string): Lookup {
  const { corpus } = context;
  const index = corpus.indexOf(id);
  if (index === undefined || corpus.origin[index] !== 2) return { ok: false };
  const plan = corpus.plan(index);
  if (PARTNERS[plan.partner]?.slug !== slug) return { ok: false };
  const offer = corpus.offer(index, context.baseUrl());
  return {
    ok: true,
    facts: partnerPageFacts(plan, offer).facts,
    state: plan.pageState ?? 'live',
    listingExpired: !corpus.isOnline(index),
  };
}

/** `GET /_partners/{slug}/offres/{id}`. */
export function partnerPage(context: ReplicaContext, slug: string, id: string): ReplicaResponse {
  const found = lookup(context, slug, id);
  if (!found.ok)
    return htmlResponse(404, partnerDocument('Page introuvable', slug, '<h1>Page introuvable</h1>'));
  if (found.listingExpired || found.state === 'expired_410') {
    return htmlResponse(410, partnerDocument('Offre expirée', slug, expiredBody()));
  }
  if (found.state === 'expired_text')
    return htmlResponse(200, partnerDocument('Offre expirée', slug, expiredBody()));
  if (found.state === 'redirect_home')
    return { status: 302, headers: { location: `/_partners/${slug}/` }, body: '' };
  if (found.state === 'js_only') return htmlResponse(200, jsShell(slug, id));
  return htmlResponse(200, partnerDocument(found.facts.title, slug, renderFacts(found.facts, id)));
}

/** `GET /_partners/{slug}/api/offres/{id}`: the JSON the JavaScript-only pages load. */
export function partnerApi(context: ReplicaContext, slug: string, id: string): ReplicaResponse {
  const found = lookup(context, slug, id);
  if (!found.ok) return jsonResponse(404, { error: 'not_found' });
  if (found.listingExpired || found.state.startsWith('expired') || found.state === 'redirect_home') {
    return jsonResponse(410, { error: 'expired' });
  }
  return jsonResponse(200, { id, ...found.facts });
}

/** `GET /_partners/{slug}/`: the home page a dead offer redirects to. */
export function partnerHome(slug: string): ReplicaResponse {
  const partner = PARTNERS.find((candidate) => candidate.slug === slug);
  if (!partner)
    return htmlResponse(404, partnerDocument('Page introuvable', slug, '<h1>Page introuvable</h1>'));
  return htmlResponse(
    200,
    partnerDocument(
      'Accueil',
      slug,
      `<section class="home"><h1>Bienvenue sur ${escapeHtml(partner.nom)}</h1><p>Des milliers d'offres d'emploi vous attendent.</p><form action="/_partners/${escapeHtml(slug)}/" method="get"><input name="q" placeholder="Métier, mot-clé"><button>Rechercher</button></form></section>`,
    ),
  );
}

/** An empty shell: the content arrives by fetch after load, so a plain HTTP client sees no offer. */
function jsShell(slug: string, id: string): string {
  const script = `
(function () {
  var root = document.getElementById('app');
  fetch('/_partners/${slug}/api/offres/' + encodeURIComponent(root.getAttribute('data-offer-id')))
    .then(function (response) { if (!response.ok) throw new Error('HTTP ' + response.status); return response.json(); })
    .then(function (offer) {
      var article = document.createElement('article');
      article.className = 'job-offer';
      article.setAttribute('data-offer-id', offer.id);
      var add = function (parent, tag, className, text) {
        var element = document.createElement(tag);
        if (className) element.className = className;
        if (text !== undefined) element.textContent = text;
        parent.appendChild(element);
        return element;
      };
      add(article, 'h1', 'job-title', offer.title);
      if (offer.employer) add(article, 'p', 'company', offer.employer);
      add(article, 'p', 'summary', 'Type de contrat : ' + offer.contract + ' - ' + offer.place);
      var facts = add(article, 'dl', 'offer-facts');
      [['Type de contrat', offer.contract], ['Salaire', offer.pay], ['Lieu', offer.place], ['Temps de travail', offer.hours], ['Date de publication', offer.postedAt]]
        .forEach(function (row) { if (row[1] !== undefined && row[1] !== null) { add(facts, 'dt', '', row[0]); add(facts, 'dd', '', row[1]); } });
      add(article, 'div', 'job-description', offer.description);
      root.innerHTML = '';
      root.appendChild(article);
    })
    .catch(function () { root.innerHTML = '<div class="offer-expired"><h1>Cette offre est expirée</h1></div>'; });
})();`;
  return partnerDocument(
    'Offre',
    slug,
    `<div id="app" data-offer-id="${escapeHtml(id)}"><p class="loading">Chargement de l'offre…</p></div>
<noscript>Activez JavaScript pour consulter cette offre.</noscript>
<script>${script}</script>`,
  );
}
