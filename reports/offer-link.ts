/** The public page of an offer on France Travail's site: what a reader clicks to check a finding. */
export function offerLink(offerId: string): string {
  return `https://candidat.francetravail.fr/offres/recherche/detail/${encodeURIComponent(offerId)}`;
}
