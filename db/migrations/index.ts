import type { Migration } from 'kysely';
import * as initial from './0001-initial.js';
import * as crawler from './0002-crawler.js';
import * as validations from './0003-validations.js';
import * as offerAlternance from './0004-offer-alternance.js';
import * as companions from './0005-companions.js';
import * as linkKind from './0006-link-kind.js';
import * as reportIndexes from './0007-report-indexes.js';

/**
 * Every migration, in order. Listed here rather than read from the folder so that the compiled CLI and the
 * TypeScript sources (tests, tsx) run exactly the same set. Names sort in the order they must run.
 */
export const migrations: Record<string, Migration> = {
  '0001-initial': initial,
  '0002-crawler': crawler,
  '0003-validations': validations,
  '0004-offer-alternance': offerAlternance,
  '0005-companions': companions,
  '0006-link-kind': linkKind,
  '0007-report-indexes': reportIndexes,
};
