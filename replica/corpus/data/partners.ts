/**
 * Partner sites that feed France Travail, with their share among partner offers (the August 2025 sample) and how
 * their offer URLs look. `{id}` is replaced by the offer id, `{slug}` by a slug of the title.
 */
export interface PartnerRow {
  nom: string;
  slug: string;
  weight: number;
  /** The path, after `/_partners/{slug}/offres/{id}`, that mimics the partner's tracking parameters. */
  query: string;
  /** The partner is itself the employer (its own careers site): its offers carry no \`entreprise.nom\`. */
  employer?: { sectors: readonly string[] };
  /**
   * How the feed fills \`entreprise.description\` (the August 2025 sample): the share of its offers that carry one
   * (default 0.45), whether it writes a long presentation cut near 500 characters with "...", and whether it sends
   * it HTML-escaped ("v&eacute;hicules", "m&#233;dical").
   */
  feed?: { description: number; long?: boolean; entities?: 'named' | 'decimal' };
}

export const PARTNERS: readonly PartnerRow[] = [
  {
    nom: 'METEOJOB',
    slug: 'meteojob',
    weight: 104,
    query: '?utm_source=pole-emploi&utm_medium=aggregator-free',
    feed: { description: 0.8, long: true },
  },
  {
    nom: 'COOKORICO',
    slug: 'cookorico',
    weight: 51,
    query: '?utm_source=pole-emploi',
    feed: { description: 0.02 },
  },
  { nom: 'TALENTPLUG', slug: 'talentplug', weight: 43, query: '?ojid={id}', feed: { description: 0.02 } },
  { nom: 'PMEJOB', slug: 'pmejob', weight: 38, query: '' },
  {
    nom: 'ALADOM',
    slug: 'aladom',
    weight: 35,
    query: '?utm_source=pole_emploi',
    feed: { description: 0.02 },
  },
  {
    nom: 'DISTRIJOB',
    slug: 'distrijob',
    weight: 34,
    query: '?utm_source=pole-emploi&utm_medium=referral',
    feed: { description: 0.05, long: true },
  },
  {
    nom: 'CRECHEMPLOI',
    slug: 'crechemploi',
    weight: 22,
    query: '?utm_source=poleemploi',
    feed: { description: 0.95, long: true },
  },
  { nom: 'INDEED', slug: 'indeed', weight: 16, query: '?from=poleemploi', feed: { description: 0.02 } },
  {
    nom: 'TALENTCOM',
    slug: 'talentcom',
    weight: 15,
    query: '?source=pole_emploi&utm_source=partner',
    feed: { description: 0.02 },
  },
  {
    nom: 'DIGITAL RECRUITERS',
    slug: 'digitalrecruiters',
    weight: 15,
    query: '?s_o=France+Travail',
    feed: { description: 0.95 },
  },
  {
    nom: 'DIRECTEMPLOI',
    slug: 'directemploi',
    weight: 14,
    query: '?utm_source=pole-emploi&utm_medium=referral',
    feed: { description: 0.9, long: true, entities: 'named' },
  },
  { nom: 'BROADBEAN', slug: 'broadbean', weight: 12, query: '' },
  {
    nom: 'ADECCO_MEDICAL',
    slug: 'adecco_medical',
    weight: 10,
    query: '?utm_source=pole-emploi',
    feed: { description: 0.95, long: true },
  },
  {
    nom: 'JOBVITAE',
    slug: 'jobvitae',
    weight: 8,
    query: '?utm_source=pole-emploi',
    feed: { description: 0.95, long: true, entities: 'decimal' },
  },
  { nom: 'CLUB_OFFICINE', slug: 'club_officine', weight: 7, query: '', feed: { description: 0.02 } },
  {
    nom: 'GRD_COMPLETUDE',
    slug: 'kinougarde',
    weight: 6,
    query: '?utm_source=pole_emploi&utm_medium=Jobboard',
    feed: { description: 0.95, long: true },
  },
  {
    nom: 'JOBTRANSPORT',
    slug: 'jobtransport',
    weight: 3,
    query: '?utm_source=pole-emploi&utm_medium=referral',
  },
  { nom: 'MONSTER', slug: 'monster', weight: 3, query: '' },
  { nom: 'HANDICAP_JOB', slug: 'handicap_job', weight: 2, query: '' },
  { nom: 'GOJOB', slug: 'gojob', weight: 2, query: '' },
  {
    nom: 'DALKIA',
    slug: 'dalkia',
    weight: 3,
    query: '?src=ft',
    employer: { sectors: ['industrie', 'batiment'] },
    feed: { description: 0.95, long: true },
  },
  {
    nom: 'LIDL',
    slug: 'lidl',
    weight: 3,
    query: '?source=francetravail',
    employer: { sectors: ['commerce', 'logistique'] },
  },
];

export function partnerLogo(slug: string): string {
  return `https://www.francetravail.fr/logos/img/partenaires/${slug}80.png`;
}
