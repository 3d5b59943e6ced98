/** What real offers put in `salaire.commentaire` and `complement1/2` (samples of August 2025). */
export const COMMENTS_WITHOUT_AMOUNT: readonly string[] = [
  'Selon profil',
  'Selon expérience',
  'selon expérience',
  'Selon formation et expérience',
  'A négocier',
  'grille statutaire',
  'selon grille FPT',
  'Rémunération statutaire + RIFSEEP',
  'Autre type de salaire',
  'Selon CCN 1966 + primes',
  'selon profil sur 13.5',
  'Grille tarifaire alternant',
  '.',
  '-',
  'nc',
];

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
