import { describe, expect, it } from 'vitest';
import {
  DuplicateIndex,
  duplicateFlags,
  findDuplicates,
} from '../../classifiers/duplicates/duplicate-index.js';
import { minhash, signatureOf, similarity } from '../../classifiers/duplicates/offer-signature.js';
import type { Offer } from '../../model/offer.js';
import { loadSamples } from './helpers.js';
import { buildOffer } from './offer-builder.js';

const BOILERPLATE =
  'Rejoignez Industrie Savoie, leader du décolletage de précision depuis 1950, 400 salariés sur trois sites. ' +
  'Nous offrons une mutuelle prise en charge à 80 %, un comité d’entreprise, un restaurant d’entreprise et un ' +
  'plan de formation ambitieux. Notre politique handicap et diversité est reconnue. Postulez en ligne avec votre CV.';

function job(
  id: string,
  title: string,
  missions: string,
  created: string,
  extra: Partial<Offer> = {},
): Offer {
  return buildOffer({
    id,
    title,
    description: `${missions}\n${BOILERPLATE}`,
    employer: { name: 'Industrie Savoie', description: null, url: null, adapted: null },
    createdAt: created,
    ...extra,
  });
}

const REGLEUR =
  'Vous réglez les machines de décolletage à commande numérique, contrôlez les premières pièces, ajustez les programmes et assurez la production en série dans le respect des tolérances.';
const CONTROLEUR =
  'Vous contrôlez les pièces produites avec les instruments de métrologie, rédigez les rapports de contrôle, suivez les non-conformités et participez aux audits qualité des clients.';

describe('duplicates', () => {
  it('finds exact copies and points them to the earliest', () => {
    const clusters = findDuplicates([
      job('B2', 'Régleur CN (H/F)', REGLEUR, '2025-08-03T00:00:00Z'),
      job('A1', 'Régleur CN (H/F)', REGLEUR, '2025-08-01T00:00:00Z'),
      job('C3', 'Régleur CN (H/F)', REGLEUR, '2025-08-05T00:00:00Z'),
    ]);
    expect(clusters).toEqual([
      { clusterId: 'A1', originalId: 'A1', members: ['A1', 'B2', 'C3'], kind: 'exact' },
    ]);
    const flags = duplicateFlags(clusters);
    expect([...flags.keys()].sort()).toEqual(['B2', 'C3']);
    expect(flags.get('C3')).toMatchObject({
      category: 'duplicate',
      axis: 'quality',
      details: { duplicateOf: 'A1' },
    });
  });

  it('breaks creation-time ties by id, and an undated copy is never the original', () => {
    const clusters = findDuplicates([
      job('Z9', 'Régleur CN (H/F)', REGLEUR, '2025-08-01T00:00:00Z'),
      job('M5', 'Régleur CN (H/F)', REGLEUR, '2025-08-01T00:00:00Z'),
      job('A0', 'Régleur CN (H/F)', REGLEUR, '2025-08-01T00:00:00Z', { createdAt: null }),
    ]);
    expect(clusters[0]!.members).toEqual(['M5', 'Z9', 'A0']);
  });

  it('finds near copies: a job board reformatting, adding a line, hiding the employer', () => {
    const original = job('F1', 'Régleur CN (H/F)', REGLEUR, '2025-08-01T00:00:00Z');
    const copy = job(
      'P2',
      'Régleur CN H/F',
      `${REGLEUR} Poste à pourvoir rapidement.`,
      '2025-08-02T00:00:00Z',
      {
        employer: { name: null, description: null, url: null, adapted: null },
        origin: { kind: 'partner', url: null, partners: [] },
      },
    );
    const clusters = findDuplicates([original, copy]);
    expect(clusters).toHaveLength(1);
    expect(clusters[0]).toMatchObject({ originalId: 'F1', members: ['F1', 'P2'], kind: 'near' });
  });

  it('does not merge different jobs of one employer that share its boilerplate', () => {
    const clusters = findDuplicates([
      job('R1', 'Régleur CN (H/F)', REGLEUR, '2025-08-01T00:00:00Z'),
      job('Q1', 'Contrôleur qualité (H/F)', CONTROLEUR, '2025-08-01T00:00:00Z'),
      job('R2', 'Régleur CN (H/F)', REGLEUR, '2025-08-01T00:00:00Z', {
        contract: { type: 'MIS', label: 'Intérim - 3 Mois', nature: null, alternance: null },
      }),
      job('R3', 'Régleur CN (H/F)', REGLEUR, '2025-08-01T00:00:00Z', {
        place: {
          label: '74 - CLUSES',
          departement: '74',
          commune: '74081',
          postcode: '74300',
          latitude: null,
          longitude: null,
        },
      }),
    ]);
    expect(clusters).toEqual([]);
  });

  it('an anonymous copy cannot join the jobs of two different employers', () => {
    const a = job('E1', 'Régleur CN (H/F)', REGLEUR, '2025-08-01T00:00:00Z');
    const b = job('E2', 'Régleur CN (H/F)', REGLEUR, '2025-08-02T00:00:00Z', {
      employer: { name: 'Autre Usine', description: null, url: null, adapted: null },
    });
    const anonymous = job('E3', 'Régleur CN (H/F)', REGLEUR, '2025-08-03T00:00:00Z', {
      employer: { name: null, description: null, url: null, adapted: null },
    });
    const clusters = findDuplicates([a, b, anonymous]);
    expect(
      clusters.every((cluster) => !(cluster.members.includes('E1') && cluster.members.includes('E2'))),
    ).toBe(true);
  });

  it('estimates similarity from compact signatures', () => {
    const words = REGLEUR.toLowerCase().split(/\W+/).filter(Boolean);
    const a = minhash(words, 3, 64);
    expect(similarity(a, minhash(words, 3, 64))).toBe(1);
    expect(similarity(a, minhash(CONTROLEUR.toLowerCase().split(/\W+/), 3, 64))).toBeLessThan(0.2);
    expect(signatureOf(buildOffer()).text).toBeInstanceOf(Uint16Array);
  });

  it('finds few duplicates among real offers, each of them a real copy', () => {
    const offers = loadSamples();
    const byId = new Map(offers.map((offer) => [offer.id, offer]));
    const clusters = findDuplicates(offers);
    console.log(
      `duplicate clusters among ${offers.length} real offers:\n${clusters
        .map(
          (cluster) =>
            `${cluster.kind} ${cluster.members.map((id) => `${id} ${byId.get(id)?.title}`).join(' | ')}`,
        )
        .join('\n')}`,
    );
    expect(clusters.length).toBeLessThan(15);
    for (const cluster of clusters) {
      // One place: the same commune, whatever the label's case ("74 - ARGONAY", "74 - Argonay").
      const places = new Set(
        cluster.members.map((id) => byId.get(id)!.place.commune ?? byId.get(id)!.place.label?.toLowerCase()),
      );
      expect(places.size).toBe(1);
    }
  });

  it('scales: signatures are computed one offer at a time and kept in typed arrays', () => {
    // Offers of random words from a 5,000-word vocabulary; every 10th is a copy of the one before.
    let seed = 7;
    const random = () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed / 2 ** 32;
    };
    const vocabulary = Array.from({ length: 5000 }, (_, i) => `mot${i.toString(36)}`);
    const index = new DuplicateIndex();
    const n = 20_000;
    let previous = '';
    const started = performance.now();
    for (let i = 0; i < n; i++) {
      const description =
        i % 10 === 9
          ? previous
          : Array.from({ length: 150 }, () => vocabulary[Math.floor(random() * 5000)]).join(' ');
      previous = description;
      const base = i % 10 === 9 ? i - 1 : i;
      index.addSignature(signatureOf(buildOffer({ id: `S${i}`, title: `Poste ${base} (H/F)`, description })));
    }
    const clusters = index.cluster();
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `duplicates: ${n} offers built, signed and clustered in ${seconds.toFixed(1)} s (${clusters.length} clusters)`,
    );
    expect(clusters.length).toBe(n / 10);
    expect(clusters.every((cluster) => cluster.members.length === 2)).toBe(true);
  });
});
