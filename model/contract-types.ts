/**
 * The API's `typesContrats` referential (francetravail.md §1): the contract codes an offer's `typeContrat` takes.
 * A fact about France Travail, shared by the crawler (to split a census) and the classifiers (to read a contract).
 */
export const CONTRACT_TYPES = [
  'CDI',
  'CDD',
  'MIS',
  'SAI',
  'DDI',
  'DIN',
  'CCE',
  'LIB',
  'FRA',
  'REP',
  'TTI',
] as const;

export type ContractType = (typeof CONTRACT_TYPES)[number];
