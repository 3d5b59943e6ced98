import type { RangeRules } from './api/search-parameters.js';
import type { Corpus } from './corpus/corpus.js';
import type { FaultInjector } from './faults.js';

/** What every route handler may read: the corpus, the server's URL and the behaviour settings. */
export interface ReplicaContext {
  corpus: Corpus;
  /** The server's base URL ("http://127.0.0.1:PORT"), for links inside offers and pages. */
  baseUrl: () => string;
  faults: FaultInjector;
  rangeRules: RangeRules;
  /** Status of `/offres/{id}` for an expired offer (both were described). */
  expiredDetailStatus: 404 | 204;
  /** Status of the website's "offre n'est plus disponible" page. */
  expiredPageStatus: 200 | 404;
  /** Whether a search whose whole result fits in the range answers 200 rather than 206 (unconfirmed live). */
  fullRangeStatus: 200 | 206;
  robotsTxt: string;
}
