/** Contract types and natures, with their labels of both eras, and the mix seen in real offers (francetravail.md §5). */
export const TYPES_CONTRATS: readonly { code: string; libelle: string }[] = [
  { code: 'CDI', libelle: 'Contrat à durée indéterminée' },
  { code: 'CDD', libelle: 'Contrat à durée déterminée' },
  { code: 'MIS', libelle: 'Mission intérimaire' },
  { code: 'SAI', libelle: 'Contrat travail saisonnier' },
  { code: 'DDI', libelle: 'CDD insertion' },
  { code: 'DIN', libelle: 'CDI intérimaire' },
  { code: 'CCE', libelle: 'Profession commerciale' },
  { code: 'LIB', libelle: 'Profession libérale' },
  { code: 'FRA', libelle: 'Franchise' },
  { code: 'REP', libelle: "Reprise d'entreprise" },
  { code: 'TTI', libelle: 'Travail temporaire insertion' },
];

export const NATURES_CONTRATS: readonly { code: string; libelle: string }[] = [
  { code: 'E1', libelle: 'Contrat travail' },
  { code: 'E2', libelle: 'Contrat apprentissage' },
  { code: 'FS', libelle: 'Contrat professionnalisation' },
  { code: 'FT', libelle: 'CUI - CAE' },
  { code: 'CC', libelle: 'CDI de chantier' },
  { code: 'PS', libelle: 'Portage salarial' },
  { code: 'NS', libelle: 'Emploi non salarié' },
  { code: 'FA', libelle: "Insertion par l'activ.éco." },
];

/** Salaried contracts and their share among offers that are real jobs. */
export const SALARIED_CONTRACT_MIX: readonly (readonly [string, number])[] = [
  ['CDI', 0.555],
  ['CDD', 0.235],
  ['MIS', 0.17],
  ['SAI', 0.03],
  ['DIN', 0.005],
  ['DDI', 0.005],
];

/** Contracts that offer no employment; only `not_a_job` offers carry them. */
export const NON_SALARIED_CONTRACT_MIX: readonly (readonly [string, number])[] = [
  ['LIB', 0.45],
  ['FRA', 0.25],
  ['CCE', 0.15],
  ['REP', 0.15],
];

/** The label of a contract as France Travail's own offers show it today ("CDD - 4 Mois", "Intérim - 5 Jour(s)"). */
export const SHORT_LABELS: Record<string, string> = {
  CDI: 'CDI',
  CDD: 'CDD',
  MIS: 'Intérim',
  SAI: 'Saisonnier',
  DDI: 'CDD Insertion',
  DIN: 'CDI Intérimaire',
  CCE: 'Profession commerciale',
  LIB: 'Profession libérale',
  FRA: 'Franchise',
  REP: "Reprise d'entreprise",
  TTI: 'Travail temporaire insertion',
};

/** The older, long label partner offers still carry ("Contrat à durée déterminée - 6 Mois"). */
export const LONG_LABELS: Record<string, string> = {
  CDI: 'Contrat à durée indéterminée',
  CDD: 'Contrat à durée déterminée',
  MIS: 'Mission intérimaire',
  SAI: 'Contrat travail saisonnier',
  DDI: 'CDD Insertion',
  DIN: 'CDI Intérimaire',
  CCE: 'Profession commerciale',
  LIB: 'Profession libérale',
  FRA: 'Franchise',
  REP: "Reprise d'entreprise",
  TTI: 'Travail temporaire insertion',
};

/** Contracts whose label carries a duration. */
export const FIXED_TERM_CONTRACTS = new Set(['CDD', 'MIS', 'SAI', 'DDI', 'TTI']);

/** Durations in months and their weights; days are drawn separately for short missions. */
export const DURATION_MONTHS: readonly (readonly [number, number])[] = [
  [1, 10],
  [2, 7],
  [3, 12],
  [4, 6],
  [5, 4],
  [6, 14],
  [7, 2],
  [8, 3],
  [9, 3],
  [10, 2],
  [12, 10],
  [15, 1],
  [18, 4],
];

/** Short missions in days (never 28–31, which would blur the one-month line of `short_contract`). */
export const DURATION_DAYS: readonly number[] = [1, 2, 3, 5, 7, 8, 10, 12, 14, 15, 20, 21, 25];

export const EXPERIENCE_LEVELS = {
  D: 'Débutant accepté',
  S: 'Expérience souhaitée',
  E: 'Expérience exigée',
} as const;
