import type { ReportFigures } from '../figures/report-figures.js';
import {
  APPLICATION_LINKS_INTRO,
  APPLICATION_LINKS_TITLE,
  applicationLinkLines,
  applicationLinksOf,
} from '../render/application-links-text.js';
import { decimalText } from '../render/format-fr.js';
import { CSV_BOM, csvRow } from './csv-cell.js';

/** The application-link section as a table: shares in percent with a decimal comma, "non vérifié" when unvisited. */
export const APPLICATION_LINKS_CSV_COLUMNS = [
  'code',
  'indicateur',
  'part_pourcent',
  'ic95_bas_pourcent',
  'ic95_haut_pourcent',
  'offres',
  'offres_de_la_base',
  'base',
] as const;

function pct(share: number | undefined): string {
  return share === undefined ? '' : decimalText(Math.round(share * 1000) / 10);
}

/** Null for a report written before application sites were counted apart. */
export function applicationLinksCsv(figures: ReportFigures, separator = ';'): string | null {
  const figure = applicationLinksOf(figures);
  if (!figure) return null;
  const lines = [
    csvRow([`${APPLICATION_LINKS_TITLE} — ${figures.audit.label}. ${APPLICATION_LINKS_INTRO}`], separator),
    csvRow([...APPLICATION_LINKS_CSV_COLUMNS], separator),
    ...applicationLinkLines(figure).map((line) =>
      csvRow(
        [
          line.code,
          line.label,
          line.estimate ? pct(line.estimate.share) : 'non vérifié',
          pct(line.estimate?.interval?.low),
          pct(line.estimate?.interval?.high),
          line.estimate?.count ?? null,
          line.estimate?.sampled ?? null,
          line.base,
        ],
        separator,
      ),
    ),
  ];
  return CSV_BOM + lines.join('');
}
