import { headline } from '../../check/format-verdict.js';
import { partnerComparison } from '../../check/partner-comparison.js';
import type { DuplicateRef, Verdict, VerdictFlag } from '../../check/verdict.js';
import { html, type SafeHtml, safeUrl } from '../../lib/html.js';
import { checkForm, textForm } from './check-form.js';
import { pageLayout } from './page-layout.js';

/** The answer page. Every string that came from an offer or a partner page goes through `html` (escaped). */
export function verdictPage(verdict: Verdict): string {
  const blocking = verdict.flags.filter((flag) => flag.blocking);
  const notes = verdict.flags.filter((flag) => !flag.blocking);
  const title =
    verdict.offer?.title ??
    (verdict.text ? 'texte collé' : verdict.id ? `Offre ${verdict.id}` : 'Page partenaire');
  return pageLayout({
    title: `Vérification : ${title}`,
    body: html`${banner(verdict)}
${offerFacts(verdict)}
${blocking.length > 0 ? problems(blocking) : ''}
${notes.length > 0 ? notesSection(notes) : ''}
${partnerSection(verdict)}
${duplicatesSection(verdict)}
${notCheckedSection(verdict)}
<h2 id="autre">Vérifier une autre offre</h2>
${checkForm()}
${textForm()}
<p class="disclaimer">Vigie lit le texte de l’offre et le compare à la loi ; ce n’est pas un avis juridique. Une alerte « probable » signifie qu’une exception prévue par la loi pourrait s’appliquer. Vérifié le ${formatDateTime(verdict.checkedAt)}.</p>`,
  });
}

function banner(verdict: Verdict): SafeHtml {
  const kind = verdict.expired || verdict.unmatched ? 'gone' : verdict.genuine ? 'good' : 'bad';
  const icon = kind === 'good' ? '✓' : kind === 'bad' ? '⚠' : 'ℹ';
  const detail = verdict.expired
    ? html`<p>Une offre expirée ne peut plus recevoir de candidature. Si vous l’avez trouvée ailleurs, vérifiez auprès de l’employeur que le poste existe encore.</p>`
    : verdict.genuine
      ? html`<p>Cela ne garantit pas que l’employeur est honnête : méfiez-vous de toute demande d’argent ou de coordonnées bancaires.</p>`
      : '';
  return html`<section class="verdict ${kind}" aria-labelledby="verdict-titre">
<h1 id="verdict-titre"><span class="icon" aria-hidden="true">${icon}</span><span>${headline(verdict)}</span></h1>
${detail}
</section>`;
}

function offerFacts(verdict: Verdict): SafeHtml | string {
  const offer = verdict.offer;
  if (!offer && !verdict.id) return '';
  const href = safeUrl(verdict.url);
  const rows: Array<[string, SafeHtml | string | null]> = [
    ['Numéro', verdict.id],
    ['Intitulé', offer?.title ?? null],
    ['Employeur', offer?.employer ?? (offer ? 'non indiqué' : null)],
    ['Lieu', offer?.place ?? null],
    ['Contrat', offer?.contract ?? null],
    ['Durée du travail', offer?.hours ?? null],
    ['Salaire', offer?.salary ?? (offer ? 'non indiqué' : null)],
    ['Publiée le', offer?.createdAt ? formatDate(offer.createdAt) : null],
    ['Diffusée par', offer?.partnerName ?? null],
    ['Sur France Travail', href ? html`<a href="${href}" rel="noopener noreferrer">voir l’offre</a>` : null],
  ];
  return html`<section class="offer-facts" aria-labelledby="offre-titre">
<h2 id="offre-titre">${verdict.text ? 'Ce que Vigie a lu dans le texte' : 'L’offre vérifiée'}</h2>
<dl>${rows.filter(([, value]) => value !== null && value !== '').map(([term, value]) => html`<dt>${term}</dt><dd>${value}</dd>`)}</dl>
</section>`;
}

/** For a pasted text: each check that needs the listing itself, said plainly. */
function notCheckedSection(verdict: Verdict): SafeHtml | string {
  const reading = verdict.text;
  if (!reading) return '';
  return html`<h2 id="non-verifie">Ce que Vigie n’a pas pu vérifier avec le texte seul</h2>
<ul class="not-checked">${reading.notChecked.map((item) => html`<li>${item.message}</li>`)}</ul>
<p>Pour ces points, vérifiez l’offre avec son lien ou son numéro France Travail, s’il figure dans l’annonce.</p>`;
}

function problems(flags: readonly VerdictFlag[]): SafeHtml {
  return html`<h2 id="problemes">Ce qui ne va pas</h2>
<ol class="problems">${flags.map(problem)}</ol>`;
}

function problem(flag: VerdictFlag): SafeHtml {
  return html`<li>
<span class="tag${flag.severity === 'likely' ? ' likely' : ''}">${flag.label}${flag.severity === 'likely' ? ' — probable' : ''}</span>
<h3>${flag.explanation}</h3>
${flag.evidence ? html`<p class="quote-label">Dans l’offre :</p><blockquote>${flag.evidence}</blockquote>` : ''}
${flag.reference ? html`<p class="law">Texte de loi : ${flag.reference}</p>` : ''}
<div class="todo"><h4>Que faire ?</h4><ul>${flag.advice.map((action) => {
    const href = safeUrl(action.url);
    return html`<li>${action.text}${href ? html` <a href="${href}" rel="noopener noreferrer">En savoir plus<span class="visually-hidden"> : ${action.text}</span></a>` : ''}</li>`;
  })}</ul></div>
</li>`;
}

function notesSection(flags: readonly VerdictFlag[]): SafeHtml {
  return html`<h2 id="a-savoir">À savoir sur ce poste</h2>
<ul class="notes">${flags.map((flag) => html`<li><strong>${flag.label}.</strong> ${flag.explanation}</li>`)}</ul>`;
}

function partnerSection(verdict: Verdict): SafeHtml | string {
  const partner = verdict.partner;
  if (!partner) return '';
  const href = safeUrl(partner.url);
  const state =
    partner.live === false
      ? 'L’offre n’y est plus en ligne : le poste est peut-être déjà pourvu.'
      : partner.live === null
        ? 'La page n’a pas pu être lue.'
        : partner.contradicts
          ? 'Attention : elle ne dit pas la même chose que l’annonce sur France Travail.'
          : 'L’offre y est en ligne.';
  const rows = partnerComparison(verdict);
  const table =
    rows.length === 0
      ? ''
      : verdict.offer
        ? html`<div class="table-wrap"><table class="compare">
<caption>Ce que dit chaque annonce</caption>
<thead><tr><th scope="col"><span class="visually-hidden">Point</span></th><th scope="col">Sur France Travail</th><th scope="col">Sur le site partenaire</th></tr></thead>
<tbody>${rows.map((row) => html`<tr><th scope="row">${row.label}</th><td>${row.listing ?? 'non indiqué'}</td><td>${row.page}</td></tr>`)}</tbody>
</table></div>`
        : html`<p>Ce que dit cette page :</p><dl>${rows.map((row) => html`<dt>${row.label}</dt><dd>${row.page}</dd>`)}</dl>`;
  return html`<h2 id="partenaire">La page du site partenaire</h2>
<section class="partner" aria-labelledby="partenaire">
<p>${href ? html`<a href="${href}" rel="noopener noreferrer nofollow">${partner.url}</a>` : partner.url}</p>
<p><strong>${state}</strong></p>
${table}
</section>`;
}

function duplicatesSection(verdict: Verdict): SafeHtml | string {
  const copies = verdict.duplicates.filter((duplicate) => duplicate.kind === 'duplicate');
  const similar = verdict.duplicates.filter((duplicate) => duplicate.kind === 'similar');
  return html`${
    copies.length > 0
      ? html`<h2 id="doublons">Le même poste publié ailleurs</h2>
<p>D’après le dernier audit de Vigie, ce poste est aussi publié sous ces numéros. Inutile de postuler plusieurs fois.</p>
<ul class="duplicates">${copies.map(duplicateItem)}</ul>`
      : ''
  }${
    similar.length > 0
      ? html`<h2 id="semblables">Des offres semblables</h2>
<p>Le dernier audit de Vigie a vu d’autres offres avec le même intitulé, le même employeur et le même département. C’est peut-être le même poste.</p>
<ul class="duplicates">${similar.map(duplicateItem)}</ul>`
      : ''
  }`;
}

function duplicateItem(duplicate: DuplicateRef): SafeHtml {
  return html`<li><a href="/verifier?q=${encodeURIComponent(duplicate.id)}">${duplicate.id}</a>${duplicate.title ? html` — ${duplicate.title}` : ''}${duplicate.partner ? html` (via ${duplicate.partner})` : ''}${duplicate.original ? html` <strong>annonce d’origine</strong>` : ''}</li>`;
}

const DATE = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'Europe/Paris' });
const DATE_TIME = new Intl.DateTimeFormat('fr-FR', {
  dateStyle: 'long',
  timeStyle: 'short',
  timeZone: 'Europe/Paris',
});

function formatDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : DATE.format(date);
}

function formatDateTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : DATE_TIME.format(date);
}
