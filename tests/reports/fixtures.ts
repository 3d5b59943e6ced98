import type { Kysely } from 'kysely';
import type { CategoryId } from '../../classifiers/taxonomy.js';
import { CATEGORIES } from '../../classifiers/taxonomy.js';
import { type Audit, createAudit, setAuditStatus } from '../../db/audits.js';
import type { AuditDesign, Schema } from '../../db/schema.js';
import type { Offer } from '../../model/offer.js';

export const VERSION = 'test-1';

export interface FixtureFlag {
  category: CategoryId;
  severity?: 'certain' | 'likely';
  evidence?: string;
  rule?: string;
}

export interface FixtureOffer {
  id: string;
  title?: string;
  description?: string;
  employer?: string | null;
  contract?: string | null;
  fullTime?: boolean | null;
  departement?: string | null;
  rome?: string | null;
  origin?: 'france_travail' | 'partner' | null;
  partner?: string | null;
  contactName?: string | null;
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
      alternance: false,
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
      partners: fixture.partner ? [{ name: fixture.partner, url: null }] : [],
    },
    contact: {
      name: fixture.contactName ?? null,
      phone: null,
      email: null,
      details: [],
      applyUrl: null,
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
        reference: CATEGORIES[flag.category].reference,
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
