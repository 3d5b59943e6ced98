/**
 * France Travail's own domains, past and present, as host patterns (a leading dot: the domain and every host
 * under it). The one list: the crawler uses it to tell France Travail's pages from partners', `vigie check` to
 * recognise an offer's URL and to allow fetching from France Travail; partners are added by configuration.
 */
export const FRANCE_TRAVAIL_HOSTS = [
  '.francetravail.fr',
  '.francetravail.io',
  '.pole-emploi.fr',
  '.pole-emploi.io',
  '.emploi-store.fr',
] as const;

/** Whether a host name is France Travail's own (case and a trailing dot ignored). */
export function isFranceTravailHost(host: string): boolean {
  const name = host.toLowerCase().replace(/\.$/, '');
  return FRANCE_TRAVAIL_HOSTS.some((pattern) => name === pattern.slice(1) || name.endsWith(pattern));
}
