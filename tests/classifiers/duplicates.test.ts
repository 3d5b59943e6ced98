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

/** An offer of `name` that came through `partner`'s feed. */
function through(name: string | null, partner: string): Partial<Offer> {
  return {
    employer: { name, description: null, url: null, adapted: null },
    origin: { kind: 'partner', url: null, partners: [{ name: partner, url: null }] },
  };
}

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

  // The replica's tutoring siblings, as real tutoring networks write them: the agency's town, then the sector.
  const TUTOR = (agency: string, sector: string) =>
    `Nous recherchons pour notre établissement de ${agency} un(e) enseignant motivé(e) et rigoureux(se).\nCours particuliers à domicile, pour des élèves de primaire, collège et lycée, sur le secteur de ${sector}. Créneaux selon vos disponibilités.\nVos missions : suivre la progression de chaque élève, participer aux réunions de l'équipe pédagogique, évaluer les acquis et proposer des exercices adaptés, préparer et animer les séances de cours, échanger avec les familles sur les progrès réalisés. Votre profil : vous êtes à l'aise avec les outils informatiques courants, organisé(e) et réactif(ve), vous savez gérer les priorités. Rémunération et avantages : stage d'essai de trois jours, tickets restaurant, mutuelle d'entreprise, véhicule de service. Poste à pourvoir rapidement, candidatures via le lien ci-dessous.`;
  const tutor = (id: string, description: string, created: string, partner: string) =>
    buildOffer({
      id,
      title: 'Enseignant F/H',
      description,
      createdAt: created,
      ...through('Cours Legrand', partner),
    });

  it('one template for another sector is another post, when the first names its own town twice', () => {
    const own = tutor('T1', TUTOR('Strasbourg', 'Strasbourg'), '2025-08-01T00:00:00Z', 'TALENTCOM');
    const valence = tutor('T2', TUTOR('Strasbourg', 'Valence'), '2025-08-02T00:00:00Z', 'TALENTCOM');
    const niort = tutor('T3', TUTOR('Strasbourg', 'Niort'), '2025-08-03T00:00:00Z', 'TALENTCOM');
    // The first post again through another feed, wrapped in the agency's presentation: a copy.
    const copy = tutor(
      'T4',
      `Cours Legrand, réseau national de soutien scolaire, accompagne chaque année des milliers d'élèves.\n${TUTOR('Strasbourg', 'Strasbourg')}`,
      '2025-08-04T00:00:00Z',
      'ALADOM',
    );
    expect(similarity(signatureOf(own).text, signatureOf(valence).text)).toBeGreaterThanOrEqual(0.8);
    expect(findDuplicates([own, valence, niort, copy]).map((cluster) => cluster.members)).toEqual([
      ['T1', 'T4'],
    ]);
  });

  it('a town named with its article is a name: "site de La Roche-sur-Yon" and another sector stay apart', () => {
    const text = (sector: string) =>
      TUTOR('Strasbourg', sector).replace(
        'notre établissement de Strasbourg',
        'notre site de La Roche-sur-Yon',
      );
    const own = tutor('A1', text('La Clusaz'), '2025-08-01T00:00:00Z', 'TALENTCOM');
    const other = tutor('A2', text('Thonon-les-Bains'), '2025-08-02T00:00:00Z', 'TALENTCOM');
    expect(similarity(signatureOf(own).text, signatureOf(other).text)).toBeGreaterThanOrEqual(0.8);
    expect(findDuplicates([own, other])).toEqual([]);
    expect(
      findDuplicates([own, tutor('A3', text('La Clusaz'), '2025-08-03T00:00:00Z', 'ALADOM')]),
    ).toHaveLength(1);
  });

  it('a city’s arrondissement is part of the name: two arrondissements are two posts, two spellings one', () => {
    const eighth = tutor('M1', TUTOR('Marseille 8e', 'Marseille 8e'), '2025-08-01T00:00:00Z', 'TALENTCOM');
    const first = tutor('M2', TUTOR('Marseille 8e', 'Marseille 1er'), '2025-08-02T00:00:00Z', 'TALENTCOM');
    const spelt = tutor('M3', TUTOR('Marseille 8ème', 'Marseille 8ème'), '2025-08-03T00:00:00Z', 'ALADOM');
    expect(similarity(signatureOf(eighth).text, signatureOf(first).text)).toBeGreaterThanOrEqual(0.8);
    expect(findDuplicates([eighth, first, spelt]).map((cluster) => cluster.members)).toEqual([['M1', 'M3']]);
  });

  it('two feeds, two titles and a text two-thirds shared are one post only when both name the employer', () => {
    const missions =
      'Vos missions : préparer les entrées, les plats et les desserts selon les fiches techniques de la maison, assurer la mise en place avant chaque service, gérer les stocks et signaler les besoins au chef, réceptionner et contrôler les livraisons, entretenir le poste de travail et les locaux de la cuisine. Votre profil : vous appréciez le travail en équipe, vous avez le sens du service et de la rigueur, vous êtes organisé et réactif.';
    const first = buildOffer({
      id: 'C1',
      title: 'Cuisinier (H/F)',
      description: `${missions}\nQui sommes-nous ? Depuis plus de vingt ans, nous avons bâti notre réputation sur la qualité de notre travail et la confiance de nos clients. Tickets restaurant.`,
      createdAt: '2025-08-01T00:00:00Z',
      ...through('Brasserie du Lac', 'METEOJOB'),
    });
    const second = (name: string | null) =>
      buildOffer({
        id: 'C2',
        title: 'Cuisinier / Cuisinière de restaurant (H/F)',
        description: `${missions}\nNotre brasserie familiale accueille chaque jour une clientèle fidèle dans un cadre chaleureux. Repas sur place.`,
        createdAt: '2025-08-02T00:00:00Z',
        ...through(name, 'COOKORICO'),
      });
    const shared = similarity(signatureOf(first).text, signatureOf(second(null)).text);
    expect(shared).toBeGreaterThanOrEqual(0.6);
    expect(shared).toBeLessThan(0.8);
    // The same employer through another feed under another title: one post.
    expect(findDuplicates([first, second('Brasserie du Lac')])).toHaveLength(1);
    // An anonymous one: nothing but the common paragraphs ties it to this employer (one template, one town).
    expect(findDuplicates([first, second(null)])).toEqual([]);
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
