/**
 * Minimum pay of apprentices and professionalisation contracts, as a share of the SMIC (Code du travail,
 * art. D6222-26 for apprentices, D6325-15 for professionalisation). An offer rarely states the candidate's age
 * or year, so a comparison uses the lowest share the contract allows: a flag then means "below every case".
 */
export interface AlternanceScale {
  contract: 'apprentissage' | 'professionnalisation';
  /** Share of the SMIC by age band and year of contract. */
  rows: readonly { ages: string; shares: readonly number[] }[];
  reference: string;
}

export const APPRENTICE_SCALE: AlternanceScale = {
  contract: 'apprentissage',
  rows: [
    { ages: 'moins de 18 ans', shares: [0.27, 0.39, 0.55] },
    { ages: '18 à 20 ans', shares: [0.43, 0.51, 0.67] },
    { ages: '21 à 25 ans', shares: [0.53, 0.61, 0.78] },
    { ages: '26 ans et plus', shares: [1, 1, 1] },
  ],
  reference: 'Code du travail, art. D6222-26',
};

export const PROFESSIONALISATION_SCALE: AlternanceScale = {
  contract: 'professionnalisation',
  rows: [
    { ages: 'moins de 21 ans', shares: [0.55] },
    { ages: '21 à 25 ans', shares: [0.7] },
    { ages: '26 ans et plus', shares: [1] },
  ],
  reference: 'Code du travail, art. D6325-15 et D6325-18',
};

export function lowestShare(scale: AlternanceScale): number {
  return Math.min(...scale.rows.flatMap((row) => row.shares));
}
