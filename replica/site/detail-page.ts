import type { ReplicaContext } from '../context.js';
import type { ReplicaResponse } from '../http-response.js';
import { htmlResponse } from '../http-response.js';
import type { ApiOffer } from '../types.js';
import { escapeHtml, escapeLines, frenchDate, page } from './html.js';

/**
 * The detail page, built from what public scrapers of candidat.francetravail.fr rely on and nothing else (no full
 * saved page is known): `span[itemprop=title]` in an h1 "Offre n° …", `div[itemprop=description]`, the `dl` of
 * `dt`/`dd` pairs ("Type de contrat", "Durée du travail" as `dd[itemprop=workHours]`, "Salaire" reading "Salaire
 * brut : Mensuel de … Euros …"), `[itemprop=datePosted][content]`, `p[itemprop=jobLocation] span[itemprop=name]`,
 * `employmentType`, `experienceRequirements`, the company in `.media-body h3.t4.title`, and for a partner offer
 * `a#idLienPartenaire[href]` with the partner's name in an h4 and an image's alt. The recruiter's contact is
 * loaded later by an AJAX call on the real site: it is not in the page. No data-* attribute carries a code.
 */

/** schema.org's employmentType, from the contract and the working time. */
function employmentType(offer: ApiOffer): string {
  if (['MIS', 'DIN', 'TTI'].includes(offer.typeContrat)) return 'TEMPORARY';
  if (['LIB', 'FRA', 'REP', 'CCE'].includes(offer.typeContrat)) return 'CONTRACTOR';
  if (offer.dureeTravailLibelleConverti === 'Temps partiel') return 'PART_TIME';
  if (offer.dureeTravailLibelleConverti === 'Temps plein') return 'FULL_TIME';
  return 'OTHER';
}

function listSection(title: string, itemprop: string, items: { text: string; exigence?: string }[]): string {
  if (items.length === 0) return '';
  const lis = items
    .map(
      (item) =>
        `<li><span class="skill" itemprop="${itemprop}">${escapeHtml(item.text)}</span>${item.exigence === 'E' ? ' <span class="skill-required">(Exigé)</span>' : ''}</li>`,
    )
    .join('');
  return `<h4 class="h6-like">${escapeHtml(title)}</h4><ul class="skill-list list-unstyled">${lis}</ul>`;
}

function salaryFacts(offer: ApiOffer): string {
  const s = offer.salaire;
  const lines = [
    s.libelle ? `Salaire brut : ${s.libelle}` : undefined,
    s.commentaire,
    s.complement1,
    s.complement2,
  ].filter((line): line is string => Boolean(line));
  return lines.length > 0
    ? `<dt title="Salaire"><span class="sr-only">Salaire</span></dt><dd>${lines.map(escapeHtml).join('<br>')}</dd>`
    : '';
}

function hoursFacts(offer: ApiOffer): string {
  const lines = [offer.dureeTravailLibelle, offer.dureeTravailLibelleConverti].filter(
    (line): line is string => Boolean(line),
  );
  return lines.length > 0
    ? `<dt title="Durée du travail"><span class="sr-only">Durée du travail</span></dt><dd itemprop="workHours">${lines.map(escapeLines).join('<br>')}</dd>`
    : '';
}

function applyBlock(offer: ApiOffer): string {
  const partner = offer.origineOffre.partenaires?.[0];
  if (partner) {
    return `<div class="apply-block">
<h4>${escapeHtml(partner.nom)}</h4>
<img src="${escapeHtml(partner.logo)}" alt="${escapeHtml(partner.nom)}">
<a id="idLienPartenaire" class="btn btn-primary" href="${escapeHtml(partner.url)}" target="_blank">Postuler sur le site du partenaire</a>
</div>`;
  }
  // The contact is fetched by the page's script when the visitor asks for it.
  return `<div class="apply-block"><button type="button" class="btn btn-primary" id="contactZone">Postuler</button></div>`;
}

/** The detail page of one offer. */
export function renderDetail(offer: ApiOffer): string {
  const posted = offer.dateCreation
    ? `Publié le <span itemprop="datePosted" content="${escapeHtml(offer.dateCreation.slice(0, 10))}">${escapeHtml(frenchDate(offer.dateCreation))}</span>`
    : '';
  const experience =
    offer.experienceLibelle ??
    { D: 'Débutant accepté', S: 'Expérience souhaitée', E: 'Expérience exigée' }[offer.experienceExige];
  const profile = [
    listSection(
      'Expérience',
      'experienceRequirements',
      experience ? [{ text: experience, exigence: offer.experienceExige }] : [],
    ),
    listSection(
      'Formation',
      'educationRequirements',
      (offer.formations ?? []).map((f) => ({
        text: [f.niveauLibelle, f.domaineLibelle].filter(Boolean).join(' - '),
        exigence: f.exigence,
      })),
    ),
    listSection(
      'Compétences',
      'skills',
      (offer.competences ?? []).map((c) => ({ text: c.libelle, exigence: c.exigence })),
    ),
    listSection(
      'Savoir-être professionnels',
      'qualifications',
      (offer.qualitesProfessionnelles ?? []).map((q) => ({ text: q.libelle })),
    ),
  ].join('\n');
  const company = offer.entreprise.nom ?? 'Entreprise non communiquée';
  return `<div id="detailOffreVolet" class="modal-details" itemscope itemtype="http://schema.org/JobPosting">
<div class="panel-header">
<h1 class="t2 title" id="labelPopinDetailsOffre"><span class="sr-only">Offre n° ${escapeHtml(offer.id)} : </span><span itemprop="title">${escapeHtml(offer.intitule)}</span></h1>
<p class="t4 title-complementary" itemprop="jobLocation" itemscope itemtype="http://schema.org/Place"><span itemprop="address" itemscope itemtype="http://schema.org/PostalAddress"><span itemprop="name">${escapeHtml(offer.lieuTravail.libelle)}</span></span></p>
<p class="t5 title-complementary">${posted}</p>
</div>
<div class="modal-body">
<div class="row">
<div class="description col-sm-8 col-md-7" itemprop="description"><p class="t4">${escapeLines(offer.description)}</p></div>
<div class="description-aside col-sm-4 col-md-5">
<meta itemprop="employmentType" content="${employmentType(offer)}">
<dl class="icon-group">
<dt title="Type de contrat"><span class="sr-only">Type de contrat</span></dt><dd>${escapeHtml(offer.typeContratLibelle)}<br>${escapeHtml(offer.natureContrat)}</dd>
${hoursFacts(offer)}
${salaryFacts(offer)}
</dl>
</div>
</div>
<h3 class="h4-like">Profil souhaité</h3>
${profile}
${offer.secteurActiviteLibelle ? `<h3 class="h4-like">Informations complémentaires</h3><ul class="list-unstyled"><li>Secteur d'activité : <span itemprop="industry">${escapeHtml(offer.secteurActiviteLibelle)}</span></li></ul>` : ''}
<h3 class="h4-like">Entreprise</h3>
<div class="media"><div class="media-body"><h3 class="t4 title">${escapeHtml(company)}</h3></div></div>
${applyBlock(offer)}
</div>
</div>`;
}

export function unavailablePage(): string {
  return page(
    'Offre indisponible | France Travail',
    `<div class="block-error" id="offreIndisponible"><h1 class="title">Cette offre n'est plus disponible</h1><p>L'offre que vous souhaitez consulter n'est plus disponible. Elle a peut-être été pourvue ou retirée par le recruteur.</p><p><a href="/offres/recherche">Retour à la recherche</a></p></div>`,
  );
}

/** `GET /offres/recherche/detail/{id}`: the offer, or the "n'est plus disponible" page (unknown ids: 404). */
export function detailPage(context: ReplicaContext, id: string): ReplicaResponse {
  const { corpus } = context;
  const index = corpus.indexOf(id);
  if (index === undefined) return htmlResponse(404, unavailablePage());
  if (!corpus.isOnline(index)) return htmlResponse(context.expiredPageStatus, unavailablePage());
  const offer = corpus.offer(index, context.baseUrl());
  return htmlResponse(
    200,
    page(`${offer.intitule} - ${offer.lieuTravail.libelle} | France Travail`, renderDetail(offer)),
  );
}
