import { describe, expect, it } from 'vitest';
import { findDuplicates } from '../../classifiers/duplicates/duplicate-index.js';
import { signatureOf } from '../../classifiers/duplicates/offer-signature.js';
import type { Offer } from '../../model/offer.js';
import { loadSamples } from './helpers.js';
import { buildOffer } from './offer-builder.js';

const TRANSPORT =
  'Transports Alpins recrute pour son agence de Cran-Gevrier. Vous assurez la livraison de marchandises auprès de ' +
  'nos clients de Haute-Savoie au volant d’un porteur de 19 tonnes, chargez et déchargez avec le hayon, vérifiez ' +
  'les documents de transport et rendez compte à l’exploitation. Permis C et FIMO à jour exigés. Horaires de ' +
  'journée, retour tous les soirs au dépôt, prime de repas et treizième mois. Postulez avec votre CV.';

const SOUTIEN =
  'Cours Alpes, réseau de soutien scolaire à domicile, recherche des enseignants pour accompagner des élèves du ' +
  'collège au lycée dans le secteur d’Annecy. Vous préparez et donnez des cours particuliers, suivez les progrès de ' +
  'chaque élève et échangez avec les familles. Bac+3 minimum dans la matière enseignée, expérience auprès des ' +
  'jeunes appréciée. Missions de quelques heures par semaine, planning souple, rémunération à l’heure de cours.';

const DRIVER = {
  code: 'N4101',
  label: 'Conducteur / Conductrice poids lourd',
  appellation: 'Conducteur / Conductrice poids lourd',
  domain: 'N41',
};
const TEACHER = {
  code: 'K2106',
  label: 'Professeur / Professeure des écoles',
  appellation: 'Enseignant / Enseignante des écoles',
  domain: 'K21',
};

function offer(
  id: string,
  title: string,
  description: string,
  rome: Offer['rome'],
  employer: string,
  day: number,
): Offer {
  return buildOffer({
    id,
    title,
    description,
    rome,
    employer: { name: employer, description: null, url: null, adapted: null },
    createdAt: `2025-08-${String(day).padStart(2, '0')}T08:00:00.000Z`,
  });
}

describe('duplicates: titles naming one job differently', () => {
  it('finds one appellation written two ways: chauffeur and conducteur poids lourd, same employer and text', () => {
    const clusters = findDuplicates([
      offer('PL1', 'Conducteur / Conductrice poids lourd (H/F)', TRANSPORT, DRIVER, 'Transports Alpins', 1),
      offer(
        'PL2',
        'CHAUFFEUR POIDS LOURD H/F',
        `${TRANSPORT} Poste à pourvoir rapidement.`,
        DRIVER,
        'Transports Alpins',
        3,
      ),
    ]);
    expect(clusters).toEqual([
      { clusterId: 'PL1', originalId: 'PL1', members: ['PL1', 'PL2'], kind: 'near' },
    ]);
  });

  it('finds a qualifier of the appellation added or dropped: plongeur, plongeur en restauration', () => {
    const rome = {
      code: 'G1605',
      label: 'Plongeur / Plongeuse en restauration',
      appellation: 'Plongeur / Plongeuse en restauration',
      domain: 'G16',
    };
    const text = TRANSPORT.replace('Transports Alpins', 'Le Bistrot du Lac');
    const clusters = findDuplicates([
      offer('R1', 'Plongeur H/F', text, rome, 'Le Bistrot du Lac', 1),
      offer('R2', 'Plongeur / Plongeuse en restauration (H/F)', text, rome, 'Le Bistrot du Lac', 2),
    ]);
    expect(clusters.map((cluster) => cluster.members)).toEqual([['R1', 'R2']]);
  });

  it('keeps them apart without the appellation, under two appellations, or with different texts', () => {
    const plongeur = {
      code: 'G1605',
      label: 'Plongeur / Plongeuse en restauration',
      appellation: 'Plongeur / Plongeuse en restauration',
      domain: 'G16',
    };
    const none = { code: null, label: null, appellation: null, domain: null };
    const other = { ...plongeur, appellation: 'Plongeur / Plongeuse en collectivité' };
    const text = TRANSPORT.replace('Transports Alpins', 'Le Bistrot du Lac');
    const pair = (rome: Offer['rome'], title = 'Plongeur H/F', description = text) =>
      findDuplicates([
        offer('A', 'Plongeur / Plongeuse en restauration (H/F)', text, rome, 'Le Bistrot du Lac', 1),
        offer('B', title, description, rome, 'Le Bistrot du Lac', 2),
      ]);
    expect(pair(plongeur)).toHaveLength(1);
    expect(pair(none)).toEqual([]);
    expect(pair(other)).toEqual([]);
    // A word that the appellation does not hold is another job.
    expect(pair(plongeur, 'Plongeur en restauration collective (H/F)')).toEqual([]);
    const rewritten = `${text.slice(0, 200)} Vous travaillez en horaires décalés, le soir et le week-end, en brasserie de 200 couverts avec une équipe de douze personnes en saison.`;
    expect(pair(plongeur, 'Plongeur H/F', rewritten)).toEqual([]);
  });

  it('keeps one employer’s soutien scolaire subjects apart, the generic offer included', () => {
    const titles = [
      'Enseignant Soutien Scolaire (H/F)',
      'Enseignant Soutien Scolaire - Maths (H/F)',
      'Enseignant Soutien Scolaire - Physique-Chimie (H/F)',
      'Enseignant Soutien Scolaire - Anglais (H/F)',
      'Enseignant Soutien Scolaire - Français (H/F)',
    ];
    const offers = titles.map((title, i) => offer(`E${i}`, title, SOUTIEN, TEACHER, 'Cours Alpes', i + 1));
    expect(findDuplicates(offers)).toEqual([]);
    // The same subject published twice is a copy.
    const again = offer('E9', titles[1]!, SOUTIEN, TEACHER, 'Cours Alpes', 20);
    expect(findDuplicates([...offers, again]).map((cluster) => cluster.members)).toEqual([['E1', 'E9']]);
  });

  it('the real offers: the Acadomia subjects and the Carrefour departments stay apart', () => {
    const offers = loadSamples();
    const byId = new Map(offers.map((item) => [item.id, item]));
    const clusters = findDuplicates(offers);
    for (const cluster of clusters) {
      // A soutien scolaire offer is in a cluster only with the same subject.
      const titles = new Set(cluster.members.map((id) => byId.get(id)!.title));
      if ([...titles].some((title) => /soutien scolaire/i.test(title ?? ''))) expect(titles.size).toBe(1);
      // One appellation, but for one employer re-posting its text within a minute under a corrected title and
      // appellation (LTd's "assistant commercial - prospection foncière" re-posted 33 s later as "négociateur fibre
      // optique": one post).
      const created = cluster.members.map((id) => Date.parse(byId.get(id)!.createdAt ?? ''));
      const reposted = Math.max(...created) - Math.min(...created) <= 60_000;
      // Or one post through two feeds, each partner filing it under its own title and appellation (Super U's own
      // feed and the U cooperative's on Distrijob).
      const feeds = new Set(
        cluster.members.map((id) =>
          (byId.get(id)?.origin.partners ?? []).map((partner) => partner.name).join(','),
        ),
      );
      if (!reposted && feeds.size === 1)
        expect(new Set(cluster.members.map((id) => byId.get(id)!.rome.appellation)).size).toBe(1);
    }
    const together = (a: string, b: string) =>
      clusters.some((c) => c.members.includes(a) && c.members.includes(b));
    // Two departments of one store, one template: Carrefour Anthy (one feed), Super U St-Jorioz (two feeds).
    expect(together('196DLSX', '196DLCC')).toBe(false);
    expect(together('0640001', '0665790')).toBe(false);
    // One post through two feeds under two titles: the St-Jorioz cashier, the Bonne charcuterie counter.
    expect(together('0639498', '0665449')).toBe(true);
    expect(together('0637909', '0665514')).toBe(true);
    const acadomia = offers.filter((item) => item.employer.name === 'Acadomia');
    expect(acadomia.length).toBeGreaterThanOrEqual(5);
    // They share one appellation and near-identical texts: only the words beyond it set them apart.
    expect(new Set(acadomia.map((item) => signatureOf(item).appellation)).size).toBe(1);
  });
});
