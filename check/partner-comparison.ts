import type { Verdict } from './verdict.js';

export interface ComparisonRow {
  /** "Contrat", "Salaire", … */
  label: string;
  listing: string | null;
  page: string;
}

/**
 * The listing and the partner page side by side, on the points the partner page states: what a union auditor
 * compares by hand, and what a jobseeker should see before trusting either.
 */
export function partnerComparison(verdict: Verdict): ComparisonRow[] {
  const partner = verdict.partner;
  if (!partner) return [];
  const offer = verdict.offer;
  const stated = partner.stated;
  const contract = [stated.contract, stated.duration].filter(Boolean).join(' — ') || null;
  const rows: Array<[string, string | null | undefined, string | null]> = [
    ['Intitulé', offer?.title, stated.title],
    ['Contrat', offer?.contract, contract],
    ['Salaire', offer?.salary, stated.pay],
    ['Lieu', offer?.place, stated.place],
    ['Horaires', offer?.hours, stated.hours],
  ];
  return rows
    .filter((row): row is [string, string | null | undefined, string] => Boolean(row[2]))
    .map(([label, listing, page]) => ({ label, listing: listing ?? null, page }));
}
