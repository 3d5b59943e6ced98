import type { ApplicationLinkRow } from '../../db/queries/application-links.js';
import type { ShareEstimate } from '../statistics/share-estimate.js';
import type { ApplicationLinkFigure } from './report-figures.js';

/** A share of the offers of some rows, estimated by the report's design (a domain of the sample for a part). */
export type ShareOver = (
  rows: readonly ApplicationLinkRow[],
  predicate: (row: ApplicationLinkRow) => boolean,
) => ShareEstimate;

/**
 * Application sites (`contact.urlPostulation`), apart from partner copies: how many offers send candidates to one
 * (over all offers read), and of those whose site was visited, how many lead nowhere or could not be judged. Not
 * visited at all: null, said "non vérifié", never 0 %.
 */
export function applicationLinkFigure(
  rows: readonly ApplicationLinkRow[],
  estimate: { all: ShareOver; part: ShareOver },
): ApplicationLinkFigure {
  const visitedRows = rows.filter((row) => row.hasLink && row.visited);
  const visited = visitedRows.reduce((sum, row) => sum + row.offers, 0);
  return {
    withLink: estimate.all(rows, (row) => row.hasLink),
    visited,
    dead: visited === 0 ? null : estimate.part(visitedRows, (row) => row.dead),
    unreachable: visited === 0 ? null : estimate.part(visitedRows, (row) => row.unreachable),
  };
}
