/**
 * Application sites that France Travail's own offers send candidates to (`contact.urlPostulation`): multiposting
 * tools and careers sites, as seen on the August 2025 sample of département 74 (mytalentplug, jobaffinity, taleez,
 * manpower, proman…). They show a form to apply, not a copy of the offer.
 */
export interface ApplicationSiteRow {
  nom: string;
  slug: string;
  weight: number;
}

export const APPLICATION_SITES: readonly ApplicationSiteRow[] = [
  { nom: 'mytalentplug', slug: 'mytalentplug', weight: 11 },
  { nom: 'Manpower', slug: 'manpower', weight: 6 },
  { nom: 'Proman', slug: 'proman', weight: 4 },
  { nom: 'Jobaffinity', slug: 'jobaffinity', weight: 3 },
  { nom: 'Taleez', slug: 'taleez', weight: 2 },
  { nom: 'Le Job Adéquat', slug: 'lejobadequat', weight: 2 },
];
