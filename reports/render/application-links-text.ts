import type { ApplicationLinkFigure, ReportFigures } from '../figures/report-figures.js';
import type { ShareEstimate } from '../statistics/share-estimate.js';
import { count, percent, precisionText } from './format-fr.js';

/**
 * The application-link section's wording, shared by the HTML, Markdown and CSV renderers so that they say the same
 * thing: one title, one introduction, one line per figure.
 */
export const APPLICATION_LINKS_TITLE = 'Liens de candidature';

export const APPLICATION_LINKS_INTRO =
  'Sur une partie des offres de France Travail lui-même, le bouton « Postuler » mène au site de candidature de ' +
  'l’employeur, d’une agence ou d’un logiciel de recrutement. Ce site n’est pas une copie de l’offre : Vigie ' +
  'vérifie seulement qu’il mène encore quelque part, sans le comparer à l’annonce. Ces liens sont comptés ici, à ' +
  'part des pages des sites partenaires. Une offre dont le lien de candidature est mort compte aussi dans « Offre ' +
  'inexistante ou lien mort » : le candidat ne peut plus postuler par ce lien.';

export interface ApplicationLinkLine {
  /** Short code, for the CSV. */
  code: 'avec_lien' | 'lien_mort' | 'lien_injoignable';
  label: string;
  /** Over which offers the share is counted. */
  base: string;
  /** Null: not checked ("non vérifié"). */
  estimate: ShareEstimate | null;
}

/** The section's lines: offers with an application site, then, among those visited, dead and unreachable. */
export function applicationLinkLines(figure: ApplicationLinkFigure): ApplicationLinkLine[] {
  const visited = 'offres dont le lien de candidature a été visité';
  return [
    {
      code: 'avec_lien',
      label: 'Offres renvoyant vers un site de candidature',
      base: 'toutes les offres lues',
      estimate: figure.withLink,
    },
    {
      code: 'lien_mort',
      label: 'Lien de candidature mort (page disparue, expirée ou renvoyant à l’accueil du site)',
      base: visited,
      estimate: figure.dead,
    },
    {
      code: 'lien_injoignable',
      label: 'Lien de candidature injoignable (pas de réponse, page illisible ou adresse refusée)',
      base: visited,
      estimate: figure.unreachable,
    },
  ];
}

/** "12,3 % (IC 95 % : 10,1 – 14,6 %)", or "non vérifié" when no link was visited. */
export function applicationLinkValue(estimate: ShareEstimate | null): string {
  if (!estimate) return 'non vérifié';
  return `${percent(estimate.share)} (${precisionText(estimate)})`;
}

/** "34 sur 200": offers read with the property, over the offers read of the line's base; "—" when not checked. */
export function applicationLinkCounts(line: ApplicationLinkLine): string {
  if (!line.estimate) return '—';
  return `${count(line.estimate.count)} sur ${count(line.estimate.sampled)}`;
}

/** The section's figure, when the report has one (reports written before it existed do not). */
export function applicationLinksOf(figures: ReportFigures): ApplicationLinkFigure | null {
  return figures.applicationLinks ?? null;
}
