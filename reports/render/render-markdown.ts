import { safeUrl } from '../../lib/html.js';
import type { BreakdownRow, CategoryFigure, ReportFigures } from '../figures/report-figures.js';
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
  percent,
  pointsIntervalText,
  pointsText,
  rangeText,
} from './format-fr.js';
import { duplicatesFloorNote, type MethodBlock, methodSection } from './method-section.js';
import {
  AXIS_TEXT,
  type AxisId,
  CGT_INTRO,
  cgtFigureText,
  correctionText,
  countRange,
  evolutionTeaser,
  floorCeilingPrecision,
  headlineSentence,
  reportTitle,
} from './report-text.js';

/**
 * Text for Markdown: everything that could be read as markup (emphasis, links, HTML — many blogs and forums
 * render raw HTML in Markdown) is escaped, and line breaks become spaces so that a quote cannot open a new block.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]|~]/g, '\\$&')
    .replace(/^(\s*)([-+#=]|\d+[.)])/, '$1\\$2');
}

function table(
  head: readonly string[],
  rows: readonly (readonly string[])[],
  alignRight: readonly number[] = [],
): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  const rule = head.map((_, index) => (alignRight.includes(index) ? '---:' : '---'));
  return [line(head), line(rule), ...rows.map(line)].join('\n');
}

function share(estimate: ShareEstimate): string {
  return `${percent(estimate.share)}${estimate.interval ? ` (${intervalText(estimate.interval)})` : ''}`;
}

function link(url: string, text: string): string {
  const safe = safeUrl(url);
  if (!safe) return escapeMarkdown(text);
  return `[${escapeMarkdown(text)}](${safe.replace(/[()\s]/g, (char) => encodeURIComponent(char))})`;
}

function categoryTable(categories: readonly CategoryFigure[], withReference: boolean): string {
  return table(
    ['Catégorie', ...(withReference ? ['Référence'] : []), 'Certaines', '+ probables', 'Part (IC 95 %)'],
    categories.map((category) => [
      escapeMarkdown(category.label),
      ...(withReference ? [escapeMarkdown(category.reference ?? '—')] : []),
      ...(category.checked
        ? [
            count(category.certain.count),
            count(category.any.count),
            `${rangeText(category.certain.share, category.any.share)}${category.any.interval ? ` (${intervalText(category.any.interval)})` : ''}`,
          ]
        : ['non vérifié', 'non vérifié', 'non vérifié']),
    ]),
    withReference ? [2, 3, 4] : [1, 2, 3],
  );
}

function breakdownTable(rows: readonly BreakdownRow[], head: string, limit = 30): string {
  return table(
    [head, 'Offres lues', 'Irréprochables', 'Illégales', 'Trompeuses', 'Qualité'],
    rows
      .slice(0, limit)
      .map((row) => [
        escapeMarkdown(row.label),
        count(row.sampled),
        share(row.genuine),
        share(row.illegal),
        share(row.misleading),
        share(row.quality),
      ]),
    [1, 2, 3, 4, 5],
  );
}

function methodBlock(block: MethodBlock): string {
  if (block.kind === 'paragraph') return escapeMarkdown(block.text);
  if (block.kind === 'list') return block.items.map((item) => `- ${escapeMarkdown(item)}`).join('\n');
  return table(
    block.head.map(escapeMarkdown),
    block.rows.map((row) => row.map(escapeMarkdown)),
  );
}

/** The report in Markdown, for a blog or a forum: the same figures and text as the HTML, without the charts. */
export function renderMarkdown(figures: ReportFigures): string {
  const { headline } = figures;
  const out: string[] = [];
  out.push(`# ${escapeMarkdown(reportTitle(figures))}`);
  out.push(`> ${escapeMarkdown(headlineSentence(figures))}`);
  if (figures.comparison)
    out.push(
      `${escapeMarkdown(evolutionTeaser(figures.comparison).replace(/ →$/, ''))} (section « Ce qui a changé », après « Face à l’audit CGT »).`,
    );
  out.push('## L’essentiel');
  const item = (label: string, low: ShareEstimate, high: ShareEstimate) =>
    `- **${escapeMarkdown(label)}** : ${rangeText(low.share, high.share)} (${countRange(low.count, high.count)} offres ; ${escapeMarkdown(floorCeilingPrecision({ certain: low, any: high }))})`;
  out.push(
    [
      item('Offres irréprochables', headline.genuine.any, headline.genuine.certain),
      item(
        'CDI à temps plein payés au moins le SMIC',
        headline.unionStrict.any,
        headline.unionStrict.certain,
      ),
      item('Au moins une mention illégale', headline.illegal.certain, headline.illegal.any),
      item('Au moins une mention trompeuse', headline.misleading.certain, headline.misleading.any),
      item('Au moins un défaut de qualité', headline.quality.certain, headline.quality.any),
    ].join('\n'),
  );
  out.push(
    'Quand deux chiffres sont donnés, le premier ne compte que les alertes certaines, le second y ajoute les ' +
      'alertes probables (pour les offres irréprochables, c’est l’inverse).',
  );
  for (const axis of ['illegal', 'misleading', 'quality', 'stability'] as AxisId[]) {
    out.push(`## ${AXIS_TEXT[axis].title}`);
    out.push(escapeMarkdown(AXIS_TEXT[axis].intro));
    out.push(
      categoryTable(
        figures.categories.filter((category) => category.axis === axis),
        axis === 'illegal' || axis === 'misleading',
      ),
    );
    if (axis === 'illegal') {
      out.push('### Par article de loi');
      out.push(
        table(
          ['Article', 'Certaines', '+ probables', 'Part'],
          figures.articles.map((article) => [
            article.article,
            count(article.certain.count),
            count(article.any.count),
            rangeText(article.certain.share, article.any.share),
          ]),
          [1, 2, 3],
        ),
      );
    }
    const floor = axis === 'quality' ? duplicatesFloorNote(figures.audit) : null;
    if (floor) out.push(`**Offres en double, un plancher.** ${escapeMarkdown(floor)}`);
    if (axis === 'quality' && figures.duplicateClusters.length > 0) {
      out.push('### Un emploi, plusieurs annonces');
      out.push(
        table(
          ['Offre d’origine', 'Employeur', 'Annonces'],
          figures.duplicateClusters.map((cluster) => [
            link(
              `https://candidat.francetravail.fr/offres/recherche/detail/${encodeURIComponent(cluster.originalId)}`,
              cluster.title ?? cluster.originalId,
            ),
            escapeMarkdown(cluster.employer ?? 'non nommé'),
            count(cluster.size),
          ]),
          [2],
        ),
      );
    }
    if (axis === 'stability') {
      out.push(
        table(
          ['Contrat affiché', 'Offres', 'Part'],
          figures.contractTypes.map((group) => [
            escapeMarkdown(group.label),
            count(group.estimate.count),
            share(group.estimate),
          ]),
          [1, 2],
        ),
      );
      out.push(
        table(
          ['Durée du travail', 'Offres', 'Part'],
          figures.workingTime.map((group) => [
            escapeMarkdown(group.label),
            count(group.estimate.count),
            share(group.estimate),
          ]),
          [1, 2],
        ),
      );
    }
  }
  out.push('## Où');
  out.push('### Par origine');
  out.push(breakdownTable(figures.breakdowns.origin, 'Origine'));
  out.push('### Par département');
  out.push(breakdownTable(figures.breakdowns.departement, 'Département'));
  out.push('### Par domaine professionnel (ROME)');
  out.push(breakdownTable(figures.breakdowns.romeDomain, 'Domaine', 20));
  out.push('### Par type de contrat');
  out.push(breakdownTable(figures.breakdowns.contractType, 'Contrat'));
  if (figures.topEmployers.length > 0) {
    out.push('### Employeurs ayant le plus d’offres signalées');
    out.push(
      table(
        ['Employeur', 'Offres', 'Signalées (illégal ou trompeur)'],
        figures.topEmployers.map((employer) => [
          escapeMarkdown(employer.employer),
          count(employer.offers),
          count(employer.flaggedOffers),
        ]),
        [1, 2],
      ),
    );
  }
  const applicationLinks = applicationLinksOf(figures);
  if (applicationLinks) {
    out.push(`## ${APPLICATION_LINKS_TITLE}`);
    out.push(escapeMarkdown(APPLICATION_LINKS_INTRO));
    out.push(
      table(
        ['Indicateur', 'Part', 'Offres', 'Base'],
        applicationLinkLines(applicationLinks).map((line) => [
          escapeMarkdown(line.label),
          applicationLinkValue(line.estimate),
          applicationLinkCounts(line),
          escapeMarkdown(line.base),
        ]),
        [1, 2],
      ),
    );
  }
  if (figures.comparison) {
    const comparison = figures.comparison;
    const exact = figures.estimator === 'census' && comparison.estimator === 'census';
    out.push(`## Ce qui a changé depuis « ${escapeMarkdown(comparison.audit.label)} »`);
    out.push(
      escapeMarkdown(
        `Audit n° ${comparison.audit.id} du ${dateText(comparison.audit.createdAt)}. ${exact ? 'Les deux audits sont des recensements : les écarts sont exacts.' : correctionText(comparison)}`,
      ),
    );
    out.push(
      table(
        ['Indicateur', 'Avant', 'Maintenant', 'Écart', 'IC 95 % de l’écart', 'Significatif après correction'],
        comparison.changes.map((row) => [
          escapeMarkdown(row.label),
          percent(row.earlier.share),
          percent(row.later.share),
          pointsText(row.change.difference),
          exact ? '—' : pointsIntervalText(row.change.interval),
          exact
            ? 'écart exact'
            : row.survivesCorrection
              ? 'oui'
              : row.change.significant
                ? 'non (seul, oui ; pas après correction)'
                : 'non',
        ]),
        [1, 2, 3, 4],
      ),
    );
  }
  out.push('## Face à l’audit CGT');
  out.push(escapeMarkdown(CGT_INTRO));
  out.push(
    table(
      [
        'Catégorie de la CGT',
        'CGT',
        'Base (CGT)',
        'Vigie',
        'Vigie, toutes les offres',
        'Vigie, base naturelle',
        'Ce que Vigie ne voit pas',
      ],
      figures.cgt.map((row) => [
        escapeMarkdown(`${row.cgtLabel} (${row.cgtSource})`),
        row.cgtShare === null ? '—' : percent(row.cgtShare),
        escapeMarkdown(row.cgtBase),
        escapeMarkdown(row.vigieLabel),
        escapeMarkdown(cgtFigureText(row.vigieAll)),
        row.vigieNatural
          ? escapeMarkdown(
              `${cgtFigureText(row.vigieNatural)} sur les ${row.baseLabel} (${count(row.vigieNatural.any.sampled)} lues)`,
            )
          : '—',
        escapeMarkdown(row.unseen),
      ]),
      [1, 4, 5],
    ),
  );
  out.push('## Exemples');
  for (const category of figures.categories) {
    const examples = figures.evidence[category.id] ?? [];
    if (examples.length === 0) continue;
    out.push(
      `### ${escapeMarkdown(category.label)}${category.reference ? ` (${escapeMarkdown(category.reference)})` : ''}`,
    );
    for (const example of examples) {
      out.push(
        `> « ${escapeMarkdown(example.evidence)} »\n\n` +
          `*${example.severity === 'certain' ? 'certaine' : 'probable'}* — ${escapeMarkdown(example.explanation)} ` +
          `— ${escapeMarkdown(example.title ?? 'offre sans titre')} — ${link(example.url, `offre n° ${example.offerId}`)}`,
      );
    }
  }
  out.push('## Méthode');
  for (const part of methodSection(figures)) {
    out.push(`### ${escapeMarkdown(part.heading)}`);
    for (const block of part.blocks) out.push(methodBlock(block));
  }
  out.push(
    `---\n*Rapport produit par Vigie le ${dateText(figures.generatedAt)} à partir de l’audit n° ${figures.audit.id}. ` +
      'Ce rapport n’est pas un avis juridique.*',
  );
  return `${out.join('\n\n')}\n`;
}
