/** Offers found to be one job posted several times (classifiers/duplicates/), as the database stores them. */
export interface DuplicateCluster {
  /** Stable: the original's id. */
  clusterId: string;
  /** The earliest copy (createdAt, then id). */
  originalId: string;
  /** Every copy, the original first, then by createdAt and id. */
  members: string[];
  kind: 'exact' | 'near';
}
