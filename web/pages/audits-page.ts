import type { AuditSummary } from '../../db/audits.js';
import { html } from '../../lib/html.js';
import { pageLayout } from './page-layout.js';

const STATUS_LABELS: Readonly<Record<string, string>> = {
  running: 'en cours',
  crawled: 'collecté',
  classified: 'classé',
  complete: 'terminé',
  failed: 'échoué',
};

const DATE = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'medium', timeZone: 'Europe/Paris' });

/** The list of past audits, newest first, each linking to its report. */
export function auditsPage(audits: readonly AuditSummary[]): string {
  const body =
    audits.length === 0
      ? html`<h1>Audits</h1><p>Aucun audit n’a encore été réalisé sur cette installation de Vigie.</p>`
      : html`<h1>Audits</h1>
<p>Chaque audit examine un ensemble d’offres publiées sur France Travail. <a href="/audits/latest">Voir le rapport du dernier audit</a>.</p>
<div class="table-wrap"><table class="audits">
<caption class="visually-hidden">Audits réalisés, du plus récent au plus ancien</caption>
<thead><tr><th scope="col">N°</th><th scope="col">Audit</th><th scope="col">Date</th><th scope="col">État</th><th scope="col">Offres</th><th scope="col">Offres signalées</th></tr></thead>
<tbody>${audits.map(
          (audit) => html`<tr>
<td><a href="/audits/${audit.id}">${audit.id}</a></td>
<td>${audit.label}</td>
<td>${DATE.format(audit.createdAt)}</td>
<td>${STATUS_LABELS[audit.status] ?? audit.status}</td>
<td>${audit.offers.toLocaleString('fr-FR')}</td>
<td>${audit.flaggedOffers.toLocaleString('fr-FR')}</td>
</tr>`,
        )}</tbody>
</table></div>`;
  return pageLayout({ title: 'Audits', body, current: 'audits' });
}

/** Shown for an audit whose report cannot be rendered (yet): its figures at a glance. */
export function auditSummaryPage(audit: AuditSummary): string {
  return pageLayout({
    title: `Audit ${audit.id}`,
    body: html`<h1>Audit ${audit.id} : ${audit.label}</h1>
<dl class="offer-facts">
<dt>Date</dt><dd>${DATE.format(audit.createdAt)}</dd>
<dt>État</dt><dd>${STATUS_LABELS[audit.status] ?? audit.status}</dd>
<dt>Offres examinées</dt><dd>${audit.offers.toLocaleString('fr-FR')}</dd>
<dt>Offres signalées</dt><dd>${audit.flaggedOffers.toLocaleString('fr-FR')}</dd>
</dl>
<p>Le rapport complet de cet audit n’est pas disponible ici. <a href="/audits">Tous les audits</a>.</p>`,
  });
}
