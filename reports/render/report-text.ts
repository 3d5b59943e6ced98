import { fileName } from '../../lib/file-name.js';
import type { Comparison, FloorCeiling, ReportFigures } from '../figures/report-figures.js';
import { count, intervalText, percent, rangeText } from './format-fr.js';

export type AxisId = 'illegal' | 'misleading' | 'quality' | 'stability';

/** The four tables' titles, introductions and colours, shared by every format. */
export const AXIS_TEXT: Record<AxisId, { title: string; intro: string; color: string }> = {
  illegal: {
    title: 'Mentions illégales',
    intro:
      'Mentions contraires à une règle écrite du Code du travail : limite d’âge, discrimination, paiement demandé, ' +
      'salaire sous le SMIC…',
    color: '#b42318',
  },
  misleading: {
    title: 'Mentions trompeuses',
    intro:
      'L’offre se contredit ou contredit sa source : contrat, durée, horaires, lieu ou salaire (art. L5331-3 : ' +
      'aucune mention fausse ou trompeuse).',
    color: '#c2540a',
  },
  quality: {
    title: 'Défauts de qualité',
    intro:
      'Ni illégal ni trompeur, mais pas ce dont une personne qui cherche un emploi a besoin : salaire absent, ' +
      'doublons, liens morts, employeur anonyme.',
    color: '#475d80',
  },
  stability: {
    title: 'Stabilité des emplois proposés',
    intro:
      'Décrit le poste proposé, sans jugement : type de contrat, temps partiel, contrats de moins d’un mois.',
    color: '#0f6e6e',
  },
};

export function reportTitle(figures: ReportFigures): string {
  return `Audit des offres d’emploi de France Travail — ${publicLabel(figures.audit)}`;
}

/**
 * The audit's label as a published report shows it: an imported file named by its base name only, also in the
 * labels of audits created before imports were labelled that way ("Import /home/…/offres.jsonl").
 */
export function publicLabel(audit: Pick<ReportFigures['audit'], 'label' | 'design'>): string {
  const file = audit.design.kind === 'import' ? audit.design.file : undefined;
  return file ? audit.label.split(file).join(fileName(file)) : audit.label;
}

/** Lowest and highest share of genuine offers: all findings count, then certain findings only. */
export function genuineRange(figures: ReportFigures): { low: number; high: number } {
  return { low: figures.headline.genuine.any.share, high: figures.headline.genuine.certain.share };
}

export function headlineSentence(figures: ReportFigures): string {
  const { low, high } = genuineRange(figures);
  const read = figures.audit.offersRead;
  const scope =
    figures.estimator === 'census'
      ? `Sur les ${count(read)} offres en ligne, `
      : `D’après ${count(read)} offres lues, `;
  const share = figures.estimator === 'census' ? rangeText(low, high) : `${rangeText(low, high)} des offres`;
  return `${scope}${share} sont irréprochables : légales, honnêtes, uniques, encore en ligne et avec un salaire indiqué.`;
}

export function unionSentence(figures: ReportFigures): string {
  const strict = figures.headline.unionStrict;
  return (
    `${capitalise(rangeText(strict.any.share, strict.certain.share))} sont des CDI à temps plein payés au moins le SMIC ` +
    `(${countRange(strict.any.count, strict.certain.count)} offres lues).`
  );
}

/** "12,3 % (certaines) à 15,0 % (avec les probables)" for a category or an axis. */
export function floorCeilingText(figure: FloorCeiling): string {
  if (figure.certain.count === figure.any.count) return percent(figure.any.share);
  return `${percent(figure.certain.share)} à ${percent(figure.any.share)}`;
}

/** "584" once when floor and ceiling agree, "580 à 584" otherwise. */
export function countRange(low: number, high: number): string {
  return low === high ? count(low) : `${count(low)} à ${count(high)}`;
}

/**
 * Each figure with its own interval: "IC 95 % : 6,1 – 6,5 % (certaines) ; 6,5 – 11,8 % (avec les probables)", one
 * interval when floor and ceiling are the same figure, "recensement" when there is no sampling error.
 */
export function floorCeilingPrecision(
  figure: FloorCeiling,
  floorName = 'certaines',
  ceilingName = 'avec les probables',
): string {
  const low = figure.certain.interval;
  const high = figure.any.interval;
  if (!low || !high) return 'Recensement : valeur exacte, sans erreur d’échantillonnage.';
  if (figure.certain.count === figure.any.count && figure.certain.share === figure.any.share)
    return `IC 95 % : ${intervalText(high)}`;
  return `IC 95 % : ${intervalText(low)} (${floorName}) ; ${intervalText(high)} (${ceilingName})`;
}

/** The genuine card's counts, with the one definition: flagged offers are exactly the ones not genuine. */
export function genuineCountsText(figures: ReportFigures): string {
  const genuine = figures.headline.genuine;
  const read = genuine.any.sampled;
  return (
    `${countRange(genuine.any.count, genuine.certain.count)} offres sans problème sur ${count(read)} lues ; ` +
    `${count(read - genuine.any.count)} signalées (alertes probables comprises). Les alertes de stabilité (contrat, ` +
    'temps partiel) et les employeurs non nommés ne sont pas des problèmes.'
  );
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** What the month-over-month section says about chance findings among its many rows. */
export function correctionText(comparison: Comparison): string {
  const kept = comparison.changes.filter((row) => row.survivesCorrection).length;
  const alone = comparison.changes.filter((row) => row.change.significant).length;
  return (
    `Un changement n’est dit significatif que s’il dépasse l’erreur d’échantillonnage des deux audits (intervalle de ` +
    `Newcombe à 95 % sur la différence) et le reste après correction pour comparaisons multiples (méthode de ` +
    `Benjamini–Hochberg sur les ${count(comparison.correction.tests)} indicateurs comparés, taux de fausses découvertes ` +
    `de ${percent(comparison.correction.level)}) : comparer autant de chiffres à la fois en ferait paraître un ou deux ` +
    `significatifs par le seul hasard. ${count(kept)} changement${kept > 1 ? 's' : ''} significatif${kept > 1 ? 's' : ''} ` +
    `après correction (${count(alone)} avant).`
  );
}

/** A Vigie figure of the CGT table: "4,1 à 5,0 % (IC 95 % …)", or "non vérifié" when the audit did not look. */
export function cgtFigureText(figure: FloorCeiling | null): string {
  if (!figure) return 'non vérifié';
  const range = rangeText(figure.certain.share, figure.any.share);
  const interval = figure.any.interval ? ` (${floorCeilingPrecision(figure).replace(/\.$/, '')})` : '';
  return `${range}${interval}`;
}

export const CGT_INTRO =
  'Les enquêtes de la CGT (comité des privés d’emploi) lisent des offres, ouvrent la page du partenaire et appellent ' +
  'des employeurs. Chaque ligne met leur chiffre publié à côté de celui de Vigie, avec la base de chaque part : ' +
  'toutes les offres, comme la CGT les publie, et, pour les règles qui ne concernent qu’une partie des offres, ' +
  'cette partie (offres à temps partiel pour les horaires, offres à durée déterminée pour la durée du contrat). ' +
  'La dernière colonne dit ce que Vigie ne peut pas voir : les chiffres de Vigie sont donc des planchers de ce ' +
  'qu’une enquête complète trouverait.';

/** The hero's pointer to the month-over-month section: "Ce qui a changé depuis « Octobre 2026 » : 6 changements significatifs". */
export function evolutionTeaser(comparison: Comparison): string {
  const kept = comparison.changes.filter((row) => row.survivesCorrection).length;
  const what =
    kept === 0
      ? 'aucun changement significatif'
      : `${count(kept)} changement${kept > 1 ? 's' : ''} significatif${kept > 1 ? 's' : ''}`;
  return `Ce qui a changé depuis « ${comparison.audit.label} » : ${what} après correction →`;
}
