import type { Language } from '../lib/messages.js';
import type { Verdict } from './verdict.js';

export interface ComparisonRow {
  /** "Contrat", "Salaire", … in the language asked for. */
  label: string;
  listing: string | null;
  page: string;
}

/** The points compared, named in French and in English. */
const LABELS = {
  title: { fr: 'Intitulé', en: 'Title' },
  contract: { fr: 'Contrat', en: 'Contract' },
  pay: { fr: 'Salaire', en: 'Pay' },
  place: { fr: 'Lieu', en: 'Place' },
  hours: { fr: 'Horaires', en: 'Hours' },
} as const satisfies Record<string, Record<Language, string>>;

/**
 * The listing and the partner page side by side, on the points the partner page states: what a union auditor
 * compares by hand, and what a jobseeker should see before trusting either. Labelled in French by default (the
 * web page's language).
 */
export function partnerComparison(verdict: Verdict, language: Language = 'fr'): ComparisonRow[] {
  const partner = verdict.partner;
  if (!partner) return [];
  const offer = verdict.offer;
  const stated = partner.stated;
  const contract = [stated.contract, stated.duration].filter(Boolean).join(' — ') || null;
  const rows: Array<[keyof typeof LABELS, string | null | undefined, string | null]> = [
    ['title', offer?.title, stated.title],
    ['contract', offer?.contract, contract],
    ['pay', offer?.salary, stated.pay],
    ['place', offer?.place, stated.place],
    ['hours', offer?.hours, stated.hours],
  ];
  return rows
    .filter((row): row is [keyof typeof LABELS, string | null | undefined, string] => Boolean(row[2]))
    .map(([point, listing, page]) => ({ label: LABELS[point][language], listing: listing ?? null, page }));
}
