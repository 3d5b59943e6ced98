import type { CgtRow, FloorCeiling, ReportFigures } from '../figures/report-figures.js';
import { decimalText } from '../render/format-fr.js';
import { CGT_INTRO } from '../render/report-text.js';
import { CSV_BOM, csvRow } from './csv-cell.js';

/** "Face à l'audit CGT" as a table: one row per line of the section, shares in percent with a decimal comma. */
export const CGT_CSV_COLUMNS = [
  'code',
  'categorie_cgt',
  'source_cgt',
  'part_cgt_pourcent',
  'base_cgt',
  'indicateur_vigie',
  'vigie_toutes_offres_certaines_pourcent',
  'vigie_toutes_offres_avec_probables_pourcent',
  'vigie_toutes_offres_ic95_bas_pourcent',
  'vigie_toutes_offres_ic95_haut_pourcent',
  'base_naturelle',
  'base_naturelle_libelle',
  'vigie_base_naturelle_certaines_pourcent',
  'vigie_base_naturelle_avec_probables_pourcent',
  'vigie_base_naturelle_offres_lues',
  'ce_que_vigie_ne_voit_pas',
] as const;

const BASE_CODES: Record<CgtRow['base'], string> = {
  all: 'toutes',
  partTime: 'temps_partiel',
  fixedTerm: 'duree_determinee',
};

function pct(share: number | null | undefined): string {
  return share === null || share === undefined ? '' : decimalText(Math.round(share * 1000) / 10);
}

function shares(figure: FloorCeiling | null): string[] {
  if (!figure) return ['non vérifié', 'non vérifié'];
  return [pct(figure.certain.share), pct(figure.any.share)];
}

/**
 * The CGT comparison for a spreadsheet: its first line says what the table is and on what bases (the section's
 * own introduction), then a header row and one row per category.
 */
export function cgtCsv(figures: ReportFigures, separator = ';'): string {
  const lines = [
    csvRow([`Face à l’audit CGT — ${figures.audit.label}. ${CGT_INTRO}`], separator),
    csvRow([...CGT_CSV_COLUMNS], separator),
    ...figures.cgt.map((row) =>
      csvRow(
        [
          row.id,
          row.cgtLabel,
          row.cgtSource,
          pct(row.cgtShare),
          row.cgtBase,
          row.vigieLabel,
          ...shares(row.vigieAll),
          pct(row.vigieAll?.any.interval?.low),
          pct(row.vigieAll?.any.interval?.high),
          BASE_CODES[row.base],
          row.baseLabel,
          ...(row.vigieNatural ? shares(row.vigieNatural) : ['', '']),
          row.vigieNatural ? row.vigieNatural.any.sampled : null,
          row.unseen,
        ],
        separator,
      ),
    ),
  ];
  return CSV_BOM + lines.join('');
}
