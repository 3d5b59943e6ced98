import { html, type SafeHtml, safeUrl, styleSheet } from '../../lib/html.js';
import { ruleName } from '../../model/names-fr.js';
import type {
  BreakdownRow,
  CategoryFigure,
  EvidenceExample,
  FloorCeiling,
  ReportFigures,
} from '../figures/report-figures.js';
import { offerLink } from '../offer-link.js';
import type { ShareEstimate } from '../statistics/share-estimate.js';
import {
  APPLICATION_LINKS_INTRO,
  APPLICATION_LINKS_TITLE,
  applicationLinkCounts,
  applicationLinkLines,
  applicationLinksOf,
  applicationLinkValue,
} from './application-links-text.js';
import {
  count,
  dateText,
  intervalText,
  offersText,
  percent,
  pointsIntervalText,
  pointsText,
  precisionText,
  rangeText,
} from './format-fr.js';
import { duplicatesFloorNote, type MethodBlock, methodSection } from './method-section.js';
import { REPORT_CSS } from './report-styles.js';
import {
  AXIS_TEXT,
  type AxisId,
  CGT_INTRO,
  cgtFigureText,
  correctionText,
  evolutionTeaser,
  floorCeilingPrecision,
  genuineCountsText,
  headlineSentence,
  reportTitle,
} from './report-text.js';
import { barChartSvg, changeChartSvg } from './svg-charts.js';

/**
 * Nothing may load or run: no script at all, styles only inline, images only as data. Even if an escaping bug
 * let markup through, the browser would refuse to execute it or to call out.
 */
export const REPORT_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src 'none'; script-src 'none'; " +
  "connect-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'";

/** The report as one self-contained HTML page, in French. A pure function of the figures. */
export function renderHtml(figures: ReportFigures): string {
  const title = reportTitle(figures);
  const page = html`<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">
<meta name="referrer" content="no-referrer">
<title>${title}</title>
<style>${styleSheet(REPORT_CSS)}</style>
</head>
<body>
<div class="page">
${hero(figures, title)}
<nav class="toc" aria-label="Sommaire"><a href="#essentiel">L’essentiel</a><a href="#illegal">Illégal</a><a href="#misleading">Trompeur</a><a href="#quality">Qualité</a><a href="#stability">Stabilité</a><a href="#ou">Où</a>${applicationLinksOf(figures) ? html`<a href="#candidature">Candidature</a>` : null}<a href="#cgt">Face à l’audit CGT</a>${figures.comparison ? html`<a href="#evolution">Évolution</a>` : null}<a href="#exemples">Exemples</a><a href="#methode">Méthode</a></nav>
<main>
${essentials(figures)}
${axisSection(figures, 'illegal')}
${axisSection(figures, 'misleading')}
${axisSection(figures, 'quality')}
${stabilitySection(figures)}
${whereSection(figures)}
${applicationLinksSection(figures)}
${cgtSection(figures)}
${figures.comparison ? evolutionSection(figures) : null}
${examplesSection(figures)}
${methodHtml(figures)}
</main>
<footer>Rapport produit par Vigie le ${dateText(figures.generatedAt)} à partir de l’audit n° ${figures.audit.id}. Ce rapport n’est pas un avis juridique. Les données complètes (CSV, JSON) accompagnent ce rapport.</footer>
</div>
</body>
</html>
`;
  return page.value;
}

function hero(figures: ReportFigures, title: string): SafeHtml {
  const { audit } = figures;
  return html`<header class="hero"><p class="kicker">Vigie · rapport d’audit n° ${audit.id}</p><h1>${title}</h1>${audit.classifierVersion === null && audit.offersRead > 0 ? html`<p class="warning">Cet audit n’a pas encore été classé : aucune alerte n’a été calculée, les chiffres ci-dessous ne disent rien de la conformité des offres.</p>` : null}<p class="lede">${headlineSentence(figures)}</p><p class="meta">${offersText(audit.offersRead, 'lues')}${audit.population !== null ? html` sur ${count(audit.population)} en ligne` : null} · ${designName(figures)} · collecte du ${dateText(audit.createdAt)}</p>${figures.comparison ? html`<p class="meta"><a class="to-evolution" href="#evolution">${evolutionTeaser(figures.comparison)}</a></p>` : null}</header>`;
}

function designName(figures: ReportFigures): string {
  const kind = figures.audit.design.kind;
  if (kind === 'census') return 'recensement complet';
  if (kind === 'stratified') return 'échantillon stratifié';
  if (kind === 'sample') return 'échantillon aléatoire';
  return 'offres importées';
}

function ciLine(estimate: ShareEstimate): SafeHtml {
  return html`<span class="ci">${precisionText(estimate)}</span>`;
}

/** "72 à 98 offres lues, soit environ 2 880 à 3 920 en ligne": counts read, and what they stand for. */
function countsText(figures: ReportFigures, low: ShareEstimate, high: ShareEstimate): string {
  const range = (a: number, b: number) =>
    Math.round(a) === Math.round(b) ? count(a) : `${count(a)} à ${count(b)}`;
  const read = `${range(low.count, high.count)} ${Math.round(high.count) <= 1 ? 'offre' : 'offres'}${figures.estimator === 'census' ? '' : ` ${Math.round(high.count) <= 1 ? 'lue' : 'lues'}`}`;
  if (figures.estimator === 'census' || figures.audit.design.kind === 'import') return `${read}.`;
  return `${read}, soit environ ${range(low.estimatedTotal, high.estimatedTotal)} en ligne.`;
}

function essentials(figures: ReportFigures): SafeHtml {
  const { headline } = figures;
  const card = (cls: string, what: string, figure: FloorCeiling, detail: string) =>
    html`<div class="card ${cls}"><p class="what">${what}</p><p class="figure">${rangeText(figure.certain.share, figure.any.share)}</p><p class="detail">${detail}</p><p class="detail">${floorCeilingPrecision(figure)}</p></div>`;
  const genuine = headline.genuine;
  return html`<section id="essentiel"><h2>L’essentiel</h2>
<div class="cards">
<div class="card main"><p class="what">Offres irréprochables : légales, honnêtes, uniques, en ligne, salaire indiqué</p><p class="figure">${rangeText(genuine.any.share, genuine.certain.share)}</p><p class="detail">${genuineCountsText(figures)}</p><p class="detail">${floorCeilingPrecision({ certain: genuine.any, any: genuine.certain }, 'toutes alertes comptées', 'alertes certaines seulement')}</p></div>
${card('union', 'CDI à temps plein, payés au moins le SMIC', { certain: headline.unionStrict.any, any: headline.unionStrict.certain }, countsText(figures, headline.unionStrict.any, headline.unionStrict.certain))}
${card('illegal', 'Au moins une mention illégale', headline.illegal, countsText(figures, headline.illegal.certain, headline.illegal.any))}
${card('misleading', 'Au moins une mention trompeuse', headline.misleading, countsText(figures, headline.misleading.certain, headline.misleading.any))}
${card('quality', 'Au moins un défaut de qualité', headline.quality, countsText(figures, headline.quality.certain, headline.quality.any))}
</div>
<p class="intro">Quand deux chiffres sont donnés, le premier ne compte que les alertes certaines (le texte seul les prouve), le second y ajoute les alertes probables (une exception non mentionnée pourrait s’appliquer). Les trois axes sont comptés séparément : une offre peut relever de plusieurs.</p>
</section>`;
}

function categoryRows(
  figures: ReportFigures,
  categories: readonly CategoryFigure[],
  withReference: boolean,
): SafeHtml {
  const rows = categories.map(
    (category) =>
      html`<tr class="${category.any.count === 0 ? 'zero' : ''}"><td>${category.label}</td>${withReference ? html`<td>${shortReference(category.reference)}</td>` : null}${category.checked ? html`<td class="num">${count(category.certain.count)}</td><td class="num">${count(category.any.count)}</td><td class="num">${rangeText(category.certain.share, category.any.share)}${ciLine(category.any)}</td>` : html`<td class="num" colspan="3">non vérifié</td>`}</tr>`,
  );
  return html`<div class="table-wrap"><table><thead><tr><th>Catégorie</th>${withReference ? html`<th>Article</th>` : null}<th class="num">Certaines</th><th class="num">+ probables</th><th class="num">Part des offres</th></tr></thead><tbody>${rows}</tbody></table></div><p class="legend">Articles du Code du travail. Nombre d’offres lues ayant au moins une alerte de la catégorie, certaines puis avec les probables. ${figures.estimator === 'census' ? 'Recensement : les parts sont exactes.' : 'Sous la part, l’intervalle de confiance à 95 % (part avec les probables).'}</p>`;
}

/** "L5331-2, L1132-1": the table says once that the articles are those of the Code du travail. */
function shortReference(reference: string | null): string {
  return reference ? reference.replace(/^Code du travail, art\.\s*/, '') : '—';
}

function legend(color: string, withInterval: boolean): SafeHtml {
  return html`<p class="legend"><span style="background:${color}"></span>certaines<span style="background:${color};opacity:.35"></span>avec les probables${withInterval ? ' · trait : intervalle de confiance à 95 %' : ''}</p>`;
}

function axisSection(figures: ReportFigures, axis: AxisId): SafeHtml {
  const text = AXIS_TEXT[axis];
  const categories = figures.categories.filter((category) => category.axis === axis);
  const chartItems = categories
    .filter((category) => category.any.count > 0)
    .map((category) => ({
      label: category.label,
      floor: category.certain.share,
      ceiling: category.any.share,
      interval: category.any.interval,
    }));
  const chart =
    chartItems.length > 0
      ? html`${barChartSvg(chartItems, { title: text.title, color: text.color })}${legend(text.color, figures.estimator !== 'census')}`
      : html`<p>Aucune offre de l’audit n’a reçu d’alerte de cet axe.</p>`;
  const articles =
    axis === 'illegal'
      ? html`<h3>Par article de loi</h3><div class="table-wrap"><table><thead><tr><th>Article</th><th>Catégories</th><th class="num">Certaines</th><th class="num">+ probables</th><th class="num">Part</th></tr></thead><tbody>${figures.articles.map(
          (article) =>
            html`<tr class="${article.any.count === 0 ? 'zero' : ''}"><td>${article.article}</td><td>${article.categories.map((id) => figures.categories.find((category) => category.id === id)?.label ?? id).join(', ')}</td><td class="num">${count(article.certain.count)}</td><td class="num">${count(article.any.count)}</td><td class="num">${rangeText(article.certain.share, article.any.share)}${ciLine(article.any)}</td></tr>`,
        )}</tbody></table></div>`
      : null;
  return html`<section id="${axis}"><h2>${text.title}</h2><p class="intro">${text.intro}</p>${chart}${categoryRows(figures, categories, axis !== 'quality')}${axis === 'quality' ? duplicatesFloor(figures) : null}${articles}${axis === 'quality' ? duplicatesTable(figures) : null}</section>`;
}

/** A sample that searched no copies outside itself: its duplicate figure is a floor, said beside the figure. */
function duplicatesFloor(figures: ReportFigures): SafeHtml | null {
  const note = duplicatesFloorNote(figures.audit);
  return note ? html`<p class="legend"><strong>Offres en double, un plancher.</strong> ${note}</p>` : null;
}

function duplicatesTable(figures: ReportFigures): SafeHtml | null {
  if (figures.duplicateClusters.length === 0) return null;
  return html`<h3>Un emploi, plusieurs annonces</h3><div class="table-wrap"><table><thead><tr><th>Offre d’origine</th><th>Employeur</th><th class="num">Annonces</th></tr></thead><tbody>${figures.duplicateClusters.map(
    (cluster) =>
      html`<tr><td><a href="${offerLink(cluster.originalId)}" rel="noopener noreferrer">${cluster.title ?? cluster.originalId}</a><span class="ci">n° ${cluster.originalId}</span></td><td>${cluster.employer ?? 'non nommé'}</td><td class="num">${count(cluster.size)}</td></tr>`,
  )}</tbody></table></div>`;
}

function stabilitySection(figures: ReportFigures): SafeHtml {
  const text = AXIS_TEXT.stability;
  const contracts = figures.contractTypes.map((group) => ({
    label: group.label,
    floor: group.estimate.share,
    ceiling: group.estimate.share,
    interval: group.estimate.interval,
  }));
  const shareRows = (groups: ReportFigures['workingTime']) =>
    groups.map(
      (group) =>
        html`<tr><td>${group.label}</td><td class="num">${count(group.estimate.count)}</td><td class="num">${percent(group.estimate.share)}${ciLine(group.estimate)}</td></tr>`,
    );
  return html`<section id="stability"><h2>${text.title}</h2><p class="intro">${text.intro}</p>
<h3>Type de contrat affiché</h3>${contracts.length > 0 ? barChartSvg(contracts, { title: 'Type de contrat', color: text.color }) : null}
<div class="table-wrap"><table><thead><tr><th>Contrat</th><th class="num">Offres</th><th class="num">Part</th></tr></thead><tbody>${shareRows(figures.contractTypes)}</tbody></table></div>
<h3>Durée du travail affichée</h3><div class="table-wrap"><table><thead><tr><th>Durée</th><th class="num">Offres</th><th class="num">Part</th></tr></thead><tbody>${shareRows(figures.workingTime)}</tbody></table></div>
<h3>Alertes de stabilité</h3>${categoryRows(
    figures,
    figures.categories.filter((category) => category.axis === 'stability'),
    false,
  )}</section>`;
}

function breakdownTable(rows: readonly BreakdownRow[], head: string, limit?: number): SafeHtml {
  const shown = limit ? rows.slice(0, limit) : rows;
  const cell = (estimate: ShareEstimate) =>
    html`<td class="num">${percent(estimate.share)}${estimate.interval ? html`<span class="ci">${intervalText(estimate.interval)}</span>` : null}</td>`;
  return html`<div class="table-wrap"><table><thead><tr><th>${head}</th><th class="num">Offres lues</th><th class="num">Irréprochables</th><th class="num">Illégales</th><th class="num">Trompeuses</th><th class="num">Qualité</th></tr></thead><tbody>${shown.map(
    (row) =>
      html`<tr><td>${row.label}</td><td class="num">${count(row.sampled)}</td>${cell(row.genuine)}${cell(row.illegal)}${cell(row.misleading)}${cell(row.quality)}</tr>`,
  )}</tbody></table></div>${limit && rows.length > limit ? html`<p class="legend">Les ${count(limit)} plus grands groupes sur ${count(rows.length)} ; tous figurent dans l’export JSON.</p>` : null}`;
}

function whereSection(figures: ReportFigures): SafeHtml {
  const { breakdowns } = figures;
  const departements = breakdowns.departement.filter((row) => row.key !== null).slice(0, 20);
  const depChart =
    departements.length > 1
      ? barChartSvg(
          departements.map((row) => ({
            label: `${row.label} · ${offersText(row.sampled)}`,
            floor: row.genuine.share,
            ceiling: row.genuine.share,
            interval: row.genuine.interval,
          })),
          { title: 'Offres irréprochables par département', color: '#0f6e6e' },
        )
      : null;
  return html`<section id="ou"><h2>Où : origine, département, métier, contrat</h2><p class="intro">Les parts sont comptées avec toutes les alertes (certaines et probables). Offres irréprochables : voir la définition dans la méthode.</p>
<h3>Par origine : France Travail ou site partenaire</h3>${breakdownTable(breakdowns.origin, 'Origine')}
<h3>Par département</h3>${depChart ? html`<p class="legend">Part d’offres irréprochables dans les départements qui ont le plus d’offres lues.</p>${depChart}` : null}${breakdownTable(breakdowns.departement, 'Département', 30)}
<h3>Par domaine professionnel (ROME)</h3>${breakdownTable(breakdowns.romeDomain, 'Domaine', 20)}
<h3>Par type de contrat</h3>${breakdownTable(breakdowns.contractType, 'Contrat')}
${employersTable(figures)}</section>`;
}

function employersTable(figures: ReportFigures): SafeHtml | null {
  if (figures.topEmployers.length === 0) return null;
  const label = (id: string) => figures.categories.find((category) => category.id === id)?.label ?? id;
  return html`<h3>Employeurs ayant le plus d’offres signalées</h3><p class="legend">Offres portant au moins une alerte illégale ou trompeuse.</p><div class="table-wrap"><table><thead><tr><th>Employeur</th><th class="num">Offres</th><th class="num">Signalées</th><th>Principales alertes</th></tr></thead><tbody>${figures.topEmployers.map(
    (employer) =>
      html`<tr><td>${employer.employer}</td><td class="num">${count(employer.offers)}</td><td class="num">${count(employer.flaggedOffers)}</td><td>${employer.categories
        .slice(0, 3)
        .map((entry) => `${label(entry.id)} (${count(entry.offers)})`)
        .join(', ')}</td></tr>`,
  )}</tbody></table></div>`;
}

/** Application sites, apart from partners' copies: absent from reports written before they were counted apart. */
function applicationLinksSection(figures: ReportFigures): SafeHtml | null {
  const figure = applicationLinksOf(figures);
  if (!figure) return null;
  return html`<section id="candidature"><h2>${APPLICATION_LINKS_TITLE}</h2><p class="intro">${APPLICATION_LINKS_INTRO}</p><div class="table-wrap"><table><thead><tr><th>Indicateur</th><th class="num">Part</th><th class="num">Offres</th><th>Base</th></tr></thead><tbody>${applicationLinkLines(
    figure,
  ).map(
    (line) =>
      html`<tr><td>${line.label}</td><td class="num">${applicationLinkValue(line.estimate)}</td><td class="num">${applicationLinkCounts(line)}</td><td>${line.base}</td></tr>`,
  )}</tbody></table></div></section>`;
}

function cgtSection(figures: ReportFigures): SafeHtml {
  return html`<section id="cgt"><h2>Face à l’audit CGT</h2><p class="intro">${CGT_INTRO}</p><div class="table-wrap"><table><thead><tr><th>Catégorie de la CGT</th><th class="num">CGT</th><th>Base (CGT)</th><th>Vigie</th><th class="num">Vigie, toutes les offres</th><th class="num">Vigie, base naturelle</th><th>Ce que Vigie ne voit pas</th></tr></thead><tbody>${figures.cgt.map(
    (row) =>
      html`<tr><td>${row.cgtLabel}<span class="ci">${row.cgtSource}</span></td><td class="num">${row.cgtShare === null ? '—' : percent(row.cgtShare)}</td><td>${row.cgtBase}</td><td>${row.vigieLabel}</td><td class="num">${cgtFigureText(row.vigieAll)}</td><td class="num">${row.vigieNatural ? html`${cgtFigureText(row.vigieNatural)}<span class="ci">sur les ${row.baseLabel} (${count(row.vigieNatural.any.sampled)} lues)</span>` : '—'}</td><td>${row.unseen}</td></tr>`,
  )}</tbody></table></div></section>`;
}

function evolutionSection(figures: ReportFigures): SafeHtml | null {
  const comparison = figures.comparison;
  if (!comparison) return null;
  const headlineRows = comparison.changes.slice(0, 6);
  const chart = changeChartSvg(
    headlineRows.map((row) => ({
      label: row.label,
      before: row.earlier.share,
      after: row.later.share,
      beforeInterval: row.earlier.interval,
      afterInterval: row.later.interval,
      significant: row.survivesCorrection,
    })),
    { title: 'Évolution depuis l’audit précédent' },
  );
  const rows = comparison.changes.filter(
    (row, index) => index < 6 || row.earlier.count + row.later.count > 0,
  );
  // Two censuses: every difference is a fact, not an estimate; calling each one "significant" would mislead.
  const exact = figures.estimator === 'census' && comparison.estimator === 'census';
  return html`<section id="evolution"><h2>Ce qui a changé depuis « ${comparison.audit.label} »</h2><p class="intro">Audit n° ${comparison.audit.id} du ${dateText(comparison.audit.createdAt)} (${offersText(comparison.audit.offersRead, 'lues')}) comparé à celui-ci. ${exact ? 'Les deux audits sont des recensements : les écarts sont exacts, sans erreur d’échantillonnage ; un petit écart peut cependant venir d’offres publiées ou retirées entre les deux.' : correctionText(comparison)}</p>${chart}<p class="legend">○ audit précédent · ● cet audit · trait plein : changement significatif après correction pour comparaisons multiples, pointillé : dans la marge d’erreur.</p>
<div class="table-wrap"><table><thead><tr><th>Indicateur</th><th class="num">Avant</th><th class="num">Maintenant</th><th class="num">Écart</th><th>Significatif après correction ?</th></tr></thead><tbody>${rows.map(
    (row) =>
      html`<tr><td>${row.label}</td><td class="num">${percent(row.earlier.share)}</td><td class="num">${percent(row.later.share)}</td><td class="num">${pointsText(row.change.difference)}${exact ? null : html`<span class="ci">${pointsIntervalText(row.change.interval)}</span>`}</td><td>${exact ? html`<span class="badge no">écart exact</span>` : row.survivesCorrection ? html`<span class="badge yes">oui</span>` : row.change.significant ? html`<span class="badge no">non (seul, oui ; pas après correction)</span>` : html`<span class="badge no">non</span>`}</td></tr>`,
  )}</tbody></table></div></section>`;
}

function exampleHtml(example: EvidenceExample): SafeHtml {
  const link = safeUrl(example.url);
  return html`<div class="example"><blockquote>« ${example.evidence} »</blockquote><p class="why"><span class="badge ${example.severity}">${example.severity === 'certain' ? 'certaine' : 'probable'}</span> ${example.explanation}</p><p class="src">${example.title ?? 'Offre sans titre'}${example.employer ? ` — ${example.employer}` : ''} · ${example.reference ?? 'pas de référence légale (qualité)'} · règle « ${ruleName(example.rule)} » · ${link ? html`<a href="${link}" rel="noopener noreferrer">offre n° ${example.offerId}</a>` : html`offre n° ${example.offerId}`}</p></div>`;
}

function examplesSection(figures: ReportFigures): SafeHtml {
  const blocks = figures.categories
    .filter((category) => (figures.evidence[category.id] ?? []).length > 0)
    .map(
      (category) =>
        html`<h3>${category.label}${category.reference ? html` <small>(${category.reference})</small>` : null}</h3>${(figures.evidence[category.id] ?? []).map(exampleHtml)}`,
    );
  return html`<section id="exemples"><h2>Exemples</h2><p class="intro">Pour chaque catégorie, quelques offres de l’audit avec le passage qui a déclenché l’alerte, l’explication, la référence et le lien vers l’offre.${figures.contactsMasked ? ' Les coordonnées des recruteurs sont masquées.' : ''}</p>${blocks.length > 0 ? blocks : html`<p>Aucune alerte dans cet audit.</p>`}</section>`;
}

function blockHtml(block: MethodBlock): SafeHtml {
  if (block.kind === 'paragraph') return html`<p>${block.text}</p>`;
  if (block.kind === 'list') return html`<ul>${block.items.map((item) => html`<li>${item}</li>`)}</ul>`;
  return html`<div class="table-wrap"><table><thead><tr>${block.head.map((cell) => html`<th>${cell}</th>`)}</tr></thead><tbody>${block.rows.map(
    (row) => html`<tr>${row.map((cell) => html`<td>${cell}</td>`)}</tr>`,
  )}</tbody></table></div>`;
}

function methodHtml(figures: ReportFigures): SafeHtml {
  return html`<section id="methode" class="method"><h2>Méthode</h2>${methodSection(figures).map(
    (part) => html`<h3>${part.heading}</h3>${part.blocks.map(blockHtml)}`,
  )}</section>`;
}
