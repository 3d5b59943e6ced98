import type { ReplicaContext } from '../context.js';
import type { ReplicaResponse } from '../http-response.js';
import { htmlResponse } from '../http-response.js';
import type { ApiOffer } from '../types.js';
import { escapeHtml, escapeLines, frenchDate, page } from './html.js';

/** schema.org's employmentType, from the contract and the working time. */
function employmentType(offer: ApiOffer): string {
  if (['MIS', 'DIN', 'TTI'].includes(offer.typeContrat)) return 'TEMPORARY';
  if (['LIB', 'FRA', 'REP', 'CCE'].includes(offer.typeContrat)) return 'CONTRACTOR';
  if (offer.dureeTravailLibelleConverti === 'Temps partiel') return 'PART_TIME';
  if (offer.dureeTravailLibelleConverti === 'Temps plein') return 'FULL_TIME';
  return 'OTHER';
}

const meta = (itemprop: string, content: string | number | undefined) =>
  content === undefined ? '' : `<meta itemprop="${itemprop}" content="${escapeHtml(content)}">`;

function place(offer: ApiOffer): string {
  const place = offer.lieuTravail;
  const geo =
    place.latitude !== undefined && place.longitude !== undefined
      ? `<span itemprop="geo" itemscope itemtype="http://schema.org/GeoCoordinates">${meta('latitude', place.latitude)}${meta('longitude', place.longitude)}</span>`
      : '';
  const commune = place.commune ? ` data-commune="${escapeHtml(place.commune)}"` : '';
  return `<span itemprop="jobLocation" itemscope itemtype="http://schema.org/Place">
<span itemprop="address" itemscope itemtype="http://schema.org/PostalAddress"${commune}>
<span itemprop="name">${escapeHtml(place.libelle)}</span>${meta('postalCode', place.codePostal)}${meta('addressRegion', place.libelle.split(' - ')[0])}${meta('addressCountry', 'FR')}
</span>${geo}
</span>`;
}

function listSection(title: string, itemprop: string, items: { text: string; exigence?: string }[]): string {
  if (items.length === 0) return '';
  const lis = items
    .map(
      (item) =>
        `<li><span class="skill" itemprop="${itemprop}"${item.exigence ? ` data-exigence="${escapeHtml(item.exigence)}"` : ''}>${escapeHtml(item.text)}</span>${item.exigence === 'E' ? ' <span class="exigence">(exigé)</span>' : ''}</li>`,
    )
    .join('');
  return `<h4>${escapeHtml(title)}</h4><ul class="skill-list list-unstyled">${lis}</ul>`;
}

function salaryBlock(offer: ApiOffer): string {
  const s = offer.salaire;
  const parts: string[] = [];
  if (s.libelle)
    parts.push(`<span class="salaire-libelle" itemprop="baseSalary">${escapeHtml(s.libelle)}</span>`);
  if (s.commentaire) parts.push(`<span class="salaire-commentaire">${escapeHtml(s.commentaire)}</span>`);
  const complements = [s.complement1, s.complement2].filter((c): c is string => Boolean(c));
  if (complements.length > 0) {
    parts.push(
      `<ul class="salaire-complements">${complements.map((c) => `<li>${escapeHtml(c)}</li>`).join('')}</ul>`,
    );
  }
  return parts.length > 0 ? `<dt>Salaire</dt><dd class="salaire">${parts.join('<br>')}</dd>` : '';
}

function applyBlock(offer: ApiOffer): string {
  const partner = offer.origineOffre.partenaires?.[0];
  if (partner) {
    return `<div class="apply-block" data-origine="2">
<p>Offre proposée par notre partenaire <span class="partenaire-nom">${escapeHtml(partner.nom)}</span> <img class="partenaire-logo" src="${escapeHtml(partner.logo)}" alt="${escapeHtml(partner.nom)}"></p>
<a id="idLienPartenaire" class="btn btn-primary" href="${escapeHtml(partner.url)}" data-partenaire="${escapeHtml(partner.nom)}">Postuler sur le site du partenaire</a>
</div>`;
  }
  const contact = offer.contact ?? {};
  const lines = [
    contact.nom,
    contact.coordonnees1,
    contact.coordonnees2,
    contact.coordonnees3,
    contact.telephone,
    contact.courriel,
  ]
    .filter((line): line is string => Boolean(line))
    .map((line) => `<li>${escapeHtml(line)}</li>`)
    .join('');
  const link = contact.urlPostulation
    ? `<a id="contactUrlPostulation" class="btn btn-primary" href="${escapeHtml(contact.urlPostulation)}">Postuler</a>`
    : '';
  return `<div class="apply-block" data-origine="1"><h3>Pour postuler</h3><ul class="contact list-unstyled">${lines}</ul>${link}</div>`;
}

/** The detail page, as the real site renders it: schema.org microdata and a `dl` of facts. */
export function renderDetail(offer: ApiOffer): string {
  const posted = offer.dateCreation
    ? `Publié le <span itemprop="datePosted" content="${escapeHtml(offer.dateCreation.slice(0, 10))}" data-date-creation="${escapeHtml(offer.dateCreation)}">${escapeHtml(frenchDate(offer.dateCreation))}</span>`
    : '';
  const updated = offer.dateActualisation
    ? ` - actualisé le <span class="date-actualisation" data-date-actualisation="${escapeHtml(offer.dateActualisation)}">${escapeHtml(frenchDate(offer.dateActualisation))}</span>`
    : '';
  const hours = offer.dureeTravailLibelle
    ? `<dt>Durée du travail</dt><dd class="duree-travail"><span itemprop="workHours">${escapeLines(offer.dureeTravailLibelle)}</span>${offer.dureeTravailLibelleConverti ? `<br><span class="duree-converti">${escapeHtml(offer.dureeTravailLibelleConverti)}</span>` : ''}</dd>`
    : offer.dureeTravailLibelleConverti
      ? `<dt>Durée du travail</dt><dd class="duree-travail"><span class="duree-converti">${escapeHtml(offer.dureeTravailLibelleConverti)}</span></dd>`
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
    listSection(
      'Permis',
      'qualifications',
      (offer.permis ?? []).map((p) => ({ text: p.libelle, exigence: p.exigence })),
    ),
    listSection(
      'Langues',
      'qualifications',
      (offer.langues ?? []).map((l) => ({ text: l.libelle, exigence: l.exigence })),
    ),
  ].join('\n');
  const extra = [
    offer.qualificationLibelle
      ? `<li>Qualification : <span itemprop="qualifications" data-qualification="${escapeHtml(offer.qualificationCode)}">${escapeHtml(offer.qualificationLibelle)}</span></li>`
      : '',
    offer.secteurActiviteLibelle
      ? `<li>Secteur d'activité : <span itemprop="industry" data-code-naf="${escapeHtml(offer.codeNAF)}">${escapeHtml(offer.secteurActiviteLibelle)}</span></li>`
      : '',
    `<li>Nombre de postes : <span class="nombre-postes">${offer.nombrePostes}</span></li>`,
    offer.deplacementLibelle
      ? `<li>Déplacements : <span class="deplacement">${escapeHtml(offer.deplacementLibelle)}</span></li>`
      : '',
  ].join('');
  const company = offer.entreprise;
  const companyBlock = `<div class="media" itemprop="hiringOrganization" itemscope itemtype="http://schema.org/Organization">
<div class="media-body">
${company.nom ? `<h3 class="title" itemprop="name">${escapeHtml(company.nom)}</h3>` : '<h3 class="title">Entreprise non communiquée</h3>'}
${company.description ? `<p class="description-entreprise">${escapeLines(company.description)}</p>` : ''}
${company.url ? `<p><a class="url-entreprise" itemprop="url" href="${escapeHtml(company.url)}">${escapeHtml(company.url)}</a></p>` : ''}
</div>
</div>`;
  return `<div id="detailOffreVolet" class="modal-details" itemscope itemtype="http://schema.org/JobPosting" data-id-offre="${escapeHtml(offer.id)}" data-origine="${offer.origineOffre.origine}" data-alternance="${offer.alternance}">
<h1 class="t2 title" id="labelPopinDetailsOffre"><span itemprop="title">${escapeHtml(offer.intitule)}</span></h1>
<p class="t4 title-complementary">${place(offer)}</p>
<p class="t5 title-complementary">${posted}${updated}</p>
<p class="offre-reference">offre n° <span itemprop="identifier" itemscope itemtype="http://schema.org/PropertyValue">${meta('name', "Numéro d'offre")}<span itemprop="value">${escapeHtml(offer.id)}</span></span></p>
<p class="rome"><span itemprop="occupationalCategory" data-code-rome="${escapeHtml(offer.romeCode)}">${escapeHtml(offer.romeLibelle)}</span> - <span class="appellation">${escapeHtml(offer.appellationlibelle)}</span></p>
${meta('employmentType', employmentType(offer))}
<div class="description col-sm-8 col-md-7"><div itemprop="description" class="description"><p>${escapeLines(offer.description)}</p></div></div>
<div class="description-aside col-sm-4 col-md-5">
<dl class="icon-group">
<dt>Type de contrat</dt><dd class="type-contrat" data-type-contrat="${escapeHtml(offer.typeContrat)}"><span class="type-contrat-libelle">${escapeHtml(offer.typeContratLibelle)}</span><br><span class="nature-contrat">${escapeHtml(offer.natureContrat)}</span></dd>
${hours}
${salaryBlock(offer)}
</dl>
</div>
<h3>Profil souhaité</h3>
${profile}
<h3>Informations complémentaires</h3>
<ul class="informations-complementaires list-unstyled">${extra}</ul>
<h3>Entreprise</h3>
${companyBlock}
${applyBlock(offer)}
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
