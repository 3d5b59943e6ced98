import type { Kysely } from 'kysely';
import { type Audit, createAudit, setAuditStatus } from '../../db/audits.js';
import type { AuditDesign, Schema } from '../../db/schema.js';
import type { Offer } from '../../model/offer.js';
import type { CategoryId } from '../../model/taxonomy.js';
import { CATEGORIES } from '../../model/taxonomy.js';

export const VERSION = 'test-1';

export interface FixtureFlag {
  category: CategoryId;
  severity?: 'certain' | 'likely';
  evidence?: string;
  rule?: string;
  /** The article the flag cites; the category's reference when left out. */
  reference?: string | null;
}

export interface FixtureOffer {
  id: string;
  title?: string;
  description?: string;
  employer?: string | null;
  contract?: string | null;
  fullTime?: boolean | null;
  /** A work-study contract (apprentissage). */
  alternance?: boolean;
  departement?: string | null;
  rome?: string | null;
  origin?: 'france_travail' | 'partner' | null;
  partner?: string | null;
  contactName?: string | null;
  /** `contact.urlPostulation`: an application site. */
  applyUrl?: string | null;
  /** The partner's page of the offer (`origineOffre.partenaires[].url`). */
  partnerUrl?: string | null;
  stratum?: string | null;
  weight?: number;
  flags?: FixtureFlag[];
}

export function makeOffer(fixture: FixtureOffer): Offer {
  return {
    id: fixture.id,
    source: 'api',
    title: fixture.title ?? `Offre ${fixture.id} (H/F)`,
    description: fixture.description ?? `Description de l'offre ${fixture.id}.`,
    employer: { name: fixture.employer ?? null, description: null, url: null, adapted: null },
    contract: {
      type: fixture.contract ?? 'CDI',
      label: fixture.contract ?? 'CDI',
      nature: null,
      alternance: fixture.alternance ?? false,
    },
    hours: { label: null, fullTime: fixture.fullTime === undefined ? true : fixture.fullTime },
    salary: { label: null, comment: null, complements: [] },
    place: {
      label: null,
      departement: fixture.departement ?? null,
      commune: null,
      postcode: null,
      latitude: null,
      longitude: null,
    },
    rome: { code: null, label: null, appellation: null, domain: fixture.rome ?? null },
    sector: { naf: null, code: null, label: null },
    origin: {
      kind: fixture.origin === undefined ? 'france_travail' : fixture.origin,
      url: null,
      partners: fixture.partner ? [{ name: fixture.partner, url: fixture.partnerUrl ?? null }] : [],
    },
    contact: {
      name: fixture.contactName ?? null,
      phone: null,
      email: null,
      details: [],
      applyUrl: fixture.applyUrl ?? null,
      recruiterUrl: null,
    },
    experience: { code: null, label: null },
    qualification: { code: null, label: null },
    positions: 1,
    createdAt: '2026-11-02T08:00:00.000Z',
    updatedAt: null,
  };
}

/** An audit holding exactly the given offers and flags, inserted directly (no crawler, no classifier). */
export async function seedAudit(
  db: Kysely<Schema>,
  design: AuditDesign,
  offers: readonly FixtureOffer[],
  extra: {
    label?: string;
    population?: number | null;
    clusters?: Array<{ cluster: string; original: string; members: string[] }>;
  } = {},
): Promise<Audit> {
  const audit = await createAudit(db, {
    label: extra.label ?? 'Audit de test',
    source: 'api',
    design,
    population: extra.population ?? offers.length,
  });
  for (let start = 0; start < offers.length; start += 500) {
    const batch = offers.slice(start, start + 500);
    await db
      .insertInto('offers')
      .values(
        batch.map((fixture) => {
          const offer = makeOffer(fixture);
          return {
            audit_id: audit.id,
            offer_id: fixture.id,
            content_hash: fixture.id,
            raw: JSON.stringify({ id: fixture.id }),
            offer: JSON.stringify(offer),
            title: offer.title,
            employer_name: offer.employer.name,
            contract_type: offer.contract.type,
            full_time: offer.hours.fullTime,
            alternance: offer.contract.alternance,
            departement: offer.place.departement,
            rome_code: null,
            rome_domain: offer.rome.domain,
            origin: offer.origin.kind,
            partner_name: fixture.partner ?? null,
            offer_created_at: offer.createdAt,
            stratum: fixture.stratum ?? null,
            weight: fixture.weight ?? 1,
          };
        }),
      )
      .execute();
    const flags = batch.flatMap((fixture) =>
      (fixture.flags ?? []).map((flag) => ({
        audit_id: audit.id,
        offer_id: fixture.id,
        classifier_version: VERSION,
        category: flag.category,
        axis: CATEGORIES[flag.category].axis,
        rule: flag.rule ?? `${flag.category}.test`,
        severity: flag.severity ?? 'certain',
        evidence: flag.evidence ?? `preuve ${flag.category}`,
        reference: flag.reference === undefined ? CATEGORIES[flag.category].reference : flag.reference,
        explanation: `Explication de ${CATEGORIES[flag.category].label}.`,
        details: '{}',
      })),
    );
    if (flags.length > 0) await db.insertInto('flags').values(flags).execute();
  }
  for (const cluster of extra.clusters ?? []) {
    await db
      .insertInto('duplicate_clusters')
      .values(
        cluster.members.map((member) => ({
          audit_id: audit.id,
          classifier_version: VERSION,
          offer_id: member,
          cluster_id: cluster.cluster,
          original_id: cluster.original,
        })),
      )
      .execute();
  }
  await setAuditStatus(db, audit.id, 'complete', { classifierVersion: VERSION });
  return { ...audit, status: 'complete', classifierVersion: VERSION };
}

/** Ten offers whose every figure is worked out by hand in tests/reports/figures.test.ts. */
export const TEN_OFFERS: FixtureOffer[] = [
  { id: 'O01', departement: '75', rome: 'C12', employer: 'Boulangerie Martin' },
  {
    id: 'O02',
    origin: 'partner',
    partner: 'Indeed',
    departement: '75',
    employer: 'Agence Alpha',
    contactName: 'Julie Dupont',
    flags: [{ category: 'age_limit', evidence: 'moins de 30 ans, appelez Julie Dupont au 06 12 34 56 78' }],
  },
  {
    id: 'O03',
    contract: 'CDD',
    fullTime: false,
    origin: 'partner',
    partner: 'Indeed',
    departement: '69',
    employer: 'Agence Alpha',
    flags: [
      { category: 'part_time_under_24h', severity: 'likely', evidence: '8H/semaine' },
      { category: 'not_cdi' },
      { category: 'part_time' },
    ],
  },
  { id: 'O04', departement: '69', employer: 'Boulangerie Martin', flags: [{ category: 'salary_missing' }] },
  {
    id: 'O05',
    contract: 'MIS',
    origin: 'partner',
    partner: null,
    departement: '13',
    flags: [
      { category: 'contract_mismatch', severity: 'likely', evidence: 'mission d’une semaine renouvelable' },
      { category: 'duplicate' },
      { category: 'not_cdi' },
    ],
  },
  {
    id: 'O06',
    departement: '13',
    employer: 'Agence Alpha',
    flags: [{ category: 'below_minimum_wage', severity: 'likely', evidence: 'Horaire de 9.50 Euros' }],
  },
  { id: 'O07', departement: '75' },
  { id: 'O08', departement: '75' },
  { id: 'O09', departement: '75' },
  { id: 'O10', departement: '75' },
];

const EVIDENCE: Partial<Record<CategoryId, string[]>> = {
  age_limit: ['Vous avez moins de 30 ans', 'profil jeune exigé', 'âgé(e) de 20 à 35 ans'],
  discrimination: ['Recherche serveuse dynamique', 'jeune femme pour accueil', 'homme fort pour manutention'],
  privacy: ['casier judiciaire vierge exigé', 'CV avec photo obligatoire'],
  fee_requested: ['frais de dossier de 50 €', 'kit de démarrage à acheter'],
  unpaid_work: ['journée d’essai non rémunérée'],
  below_minimum_wage: ['Horaire de 9.50 Euros', 'Mensuel de 1200 Euros sur 12 mois'],
  cdd_rules: ['CDD pouvant déboucher sur un CDI', 'CDD en vue d’embauche'],
  part_time_under_24h: ['8H/semaine', 'temps partiel 15h'],
  contract_mismatch: [
    'CDI — mission d’une semaine renouvelable',
    'CDI affiché, « contrat de 3 mois » dans le texte',
  ],
  hours_mismatch: ['Temps plein affiché, « 8h par semaine » dans le texte', 'temps partiel sans horaire'],
  duration_missing: ['CDD sans durée indiquée'],
  experience_mismatch: ['5 ans d’expérience exigée — débutant accepté'],
  place_mismatch: ['75 - Paris, « poste basé à La Roche-sur-Yon »'],
  pay_mismatch: ['400 à 2000 Euros'],
  not_a_job: ['reprise de fonds de commerce 400 000 €', 'devenez votre propre patron'],
  salary_missing: ['salaire.libelle : absent ; « selon profil »'],
  duplicate: ['même texte que l’offre 190ABCD'],
  dead_link: ['page du partenaire : HTTP 404'],
  anonymous_employer: ['entreprise.nom absent (offre partenaire)'],
};

/** Per-offer probability of each category in the simulated audits (roughly what the union audits report). */
const RATES: Partial<Record<CategoryId, number>> = {
  age_limit: 0.02,
  discrimination: 0.03,
  privacy: 0.01,
  fee_requested: 0.004,
  unpaid_work: 0.004,
  below_minimum_wage: 0.03,
  cdd_rules: 0.02,
  part_time_under_24h: 0.05,
  contract_mismatch: 0.04,
  hours_mismatch: 0.08,
  duration_missing: 0.03,
  experience_mismatch: 0.02,
  place_mismatch: 0.01,
  pay_mismatch: 0.01,
  not_a_job: 0.01,
  salary_missing: 0.3,
  duplicate: 0.12,
  dead_link: 0.04,
  anonymous_employer: 0.05,
};

/** A plausible audit of `size` offers, the same for the same seed. `drift` shifts the problem rates. */
export function simulatedOffers(random: () => number, size: number, drift = 1): FixtureOffer[] {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const departements = ['75', '75', '69', '13', '33', '59', '74', '31', '44', '06', '67', '2A'];
  const partners = ['Indeed', 'HelloWork', 'Jobijoba', 'Randstad', 'Adecco'];
  const employers = [
    'Intérim Plus',
    'Boulangerie Martin',
    'Hôtel du Lac',
    'Agence Alpha',
    'Transports Roux',
    'Clinique Sud',
  ];
  const domains = ['G16', 'N11', 'K12', 'H29', 'D12', 'J15', 'F17', 'M16'];
  return Array.from({ length: size }, (_, index) => {
    const contract = random() < 0.5 ? 'CDI' : pick(['CDD', 'CDD', 'MIS', 'MIS', 'SAI']);
    const fullTime = random() < 0.75;
    const partner = random() < 0.6 ? pick(partners) : null;
    const flags: FixtureFlag[] = [];
    for (const [category, rate] of Object.entries(RATES) as Array<[CategoryId, number]>) {
      if (random() < rate * drift) {
        flags.push({
          category,
          severity: random() < 0.7 ? 'certain' : 'likely',
          evidence: pick(EVIDENCE[category] ?? ['preuve']),
        });
      }
    }
    if (contract !== 'CDI') flags.push({ category: 'not_cdi' });
    if (!fullTime) flags.push({ category: 'part_time' });
    if (contract === 'MIS' && random() < 0.4) flags.push({ category: 'short_contract' });
    return {
      id: `${190 + (index % 7)}${String(index).padStart(4, '0')}X`,
      title: pick([
        'Serveur/Serveuse (H/F)',
        'Agent de propreté (H/F)',
        'Préparateur de commandes (H/F)',
        'Aide-soignant (H/F)',
        'Maçon (H/F)',
        'Vendeur (H/F)',
      ]),
      employer: random() < 0.1 ? null : pick(employers),
      contract,
      fullTime,
      departement: pick(departements),
      rome: pick(domains),
      origin: partner ? 'partner' : 'france_travail',
      partner,
      flags,
    } satisfies FixtureOffer;
  });
}
