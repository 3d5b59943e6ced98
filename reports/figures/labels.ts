/** French names of the API's contract codes, as a reader of the report knows them. */
export const CONTRACT_LABELS: Readonly<Record<string, string>> = {
  CDI: 'CDI',
  CDD: 'CDD',
  MIS: 'Intérim (mission)',
  SAI: 'Saisonnier',
  DDI: 'CDD d’insertion',
  DIN: 'CDI intérimaire',
  CCE: 'Profession commerciale',
  LIB: 'Profession libérale',
  FRA: 'Franchise',
  REP: 'Reprise d’entreprise',
  TTI: 'Travail temporaire d’insertion',
};

export function contractLabel(code: string | null): string {
  if (code === null || code === '') return 'Non indiqué';
  return CONTRACT_LABELS[code] ?? code;
}

export function originLabel(origin: string | null, partner: string | null): string {
  if (origin === 'france_travail') return 'France Travail';
  if (origin === 'partner') return partner ? `Partenaire : ${partner}` : 'Partenaire non nommé';
  return 'Origine inconnue';
}
