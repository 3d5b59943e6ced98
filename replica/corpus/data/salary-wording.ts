/** What real offers put in `salaire.commentaire` and `complement1/2` (samples of August 2025). */
export const COMMENTS_WITHOUT_AMOUNT: readonly string[] = [
  'Selon profil',
  'Selon expérience',
  'selon expérience',
  'Selon formation et expérience',
  'A négocier',
  'Autre type de salaire',
  'Selon CCN 1966 + primes',
  'selon profil sur 13.5',
  '.',
  '-',
  'nc',
];

/**
 * Comments only a public employer writes (in the samples: communes, a communauté de communes, a public hospital):
 * a statutory scale says the employer hires public-law agents, so it never appears on a company's offer.
 */
export const PUBLIC_COMMENTS: readonly string[] = [
  'grille statutaire',
  'selon grille FPT',
  'Rémunération statutaire + RIFSEEP',
];

/** A comment only an apprenticeship carries. */
export const APPRENTICE_COMMENT = 'Grille tarifaire alternant';

export const COMPLEMENTS: readonly string[] = [
  'Primes',
  'Complémentaire santé',
  'Titres restaurant / Prime de panier',
  'Autre',
  'Restauration',
  'Hébergement',
  'CSE',
  'Intéressement / participation',
  'Indemnité transports',
  'Commissions',
];
