import { html } from '../../lib/html.js';
import { checkForm, textForm } from './check-form.js';
import { pageLayout } from './page-layout.js';

export function homePage(): string {
  return pageLayout({
    title: 'Cette offre d’emploi est-elle réglementaire ?',
    current: 'check',
    body: html`<h1>Cette offre d’emploi est-elle réglementaire ?</h1>
<p class="lead">Avant de postuler, collez le lien d’une offre France Travail ou son numéro — ou seulement le texte de l’annonce. Vigie lit l’offre et vous dit, en clair, si quelque chose cloche : limite d’âge, salaire sous le SMIC, paiement demandé, contrat trompeur, annonce en double…</p>
${checkForm()}
${textForm()}
<h2>Comment ça marche ?</h2>
<ul>
<li>Vigie lit l’offre sur France Travail, et la page du site partenaire quand l’offre vient d’ailleurs.</li>
<li>Avec le texte seul, Vigie juge ce que dit le texte, et vous dit ce qu’il n’a pas pu vérifier sans l’annonce en ligne (doublons, page du partenaire).</li>
<li>Chaque problème est expliqué en une phrase, avec le passage de l’offre en cause et l’article de loi.</li>
<li>Vous saurez aussi à qui vous adresser : l’employeur, France Travail, le Défenseur des droits ou l’inspection du travail.</li>
</ul>`,
  });
}
