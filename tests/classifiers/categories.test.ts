import { describe, expect, it } from 'vitest';
import { classifyOffer, defaultContext } from '../../classifiers/index.js';
import type { Offer } from '../../model/offer.js';
import { CATEGORIES, CATEGORY_IDS, type CategoryId, isGenuine, isUnionStrict } from '../../model/taxonomy.js';
import { buildOffer } from './offer-builder.js';

const categories = (offer: Offer) => classifyOffer(offer, defaultContext()).map((flag) => flag.category);
const withText = (description: string, extra: Parameters<typeof buildOffer>[0] = {}) =>
  categories(buildOffer({ description, ...extra }));

describe('taxonomy', () => {
  it('has every category with its axis and a French label', () => {
    expect(CATEGORY_IDS.length).toBe(26);
    for (const id of CATEGORY_IDS) {
      expect(CATEGORIES[id].id).toBe(id);
      expect(['illegal', 'misleading', 'quality', 'stability']).toContain(CATEGORIES[id].axis);
      expect(CATEGORIES[id].label.length).toBeGreaterThan(3);
    }
  });
  it('defines a genuine offer as the headline does', () => {
    const flag = (category: CategoryId, severity: 'certain' | 'likely' = 'certain') => ({
      category,
      severity,
    });
    expect(isGenuine([])).toBe(true);
    expect(isGenuine([flag('not_cdi'), flag('part_time'), flag('anonymous_employer')])).toBe(true);
    expect(isGenuine([flag('salary_missing')])).toBe(false);
    expect(isGenuine([flag('duplicate')])).toBe(false);
    expect(isGenuine([flag('age_limit')])).toBe(false);
    expect(isGenuine([flag('part_time_under_24h', 'likely')])).toBe(false);
    expect(isGenuine([flag('part_time_under_24h', 'likely')], { countLikely: false })).toBe(true);
  });
  it('defines the union strict share: CDI, full time, pay stated and at least the SMIC', () => {
    expect(isUnionStrict({ isCdi: true, payStated: true }, [])).toBe(true);
    expect(isUnionStrict({ isCdi: true, payStated: true }, [{ category: 'part_time' }])).toBe(false);
    expect(isUnionStrict({ isCdi: true, payStated: true }, [{ category: 'below_minimum_wage' }])).toBe(false);
    expect(isUnionStrict({ isCdi: false, payStated: true }, [])).toBe(false);
    expect(isUnionStrict({ isCdi: true, payStated: false }, [])).toBe(false);
  });
});

describe('a clean offer raises nothing', () => {
  it('CDI, full time, pay stated, H/F title', () => {
    expect(categories(buildOffer())).toEqual([]);
  });
});

describe('tricky negatives', () => {
  const negatives: Array<[string, string, Parameters<typeof buildOffer>[0]?]> = [
    ['pas de limite d’âge', "Pas de limite d'âge, les seniors sont les bienvenus."],
    ['équipe jeune et dynamique', 'Vous intégrez une équipe jeune et dynamique.'],
    ['auprès de jeunes enfants', 'Vous travaillerez auprès de jeunes enfants.'],
    ['enfants de moins de 16 ans', 'Accueil des enfants de moins de 16 ans.'],
    ['période d’essai de 2 mois', 'Période d’essai de 2 mois.'],
    ['frais de déplacement remboursés', 'Frais de déplacement remboursés.'],
    ['formation rémunérée', 'Formation rémunérée avant la prise de poste.'],
    ['aucune expérience exigée', 'Aucune expérience exigée, nous vous formons.'],
    [
      'English terms in French text',
      'Vous suivrez les KPI et ferez le reporting hebdomadaire au head of sales.',
    ],
    ['accessible aux personnes handicapées', 'Poste accessible aux personnes en situation de handicap.'],
    ['18 ans minimum', 'Vous devez avoir 18 ans minimum pour servir de l’alcool.'],
    ['serveur/serveuse title', 'Service en salle.', { title: 'Serveur/Serveuse' }],
    ['H/F title', 'Service en salle.', { title: 'Serveuse H/F' }],
    ['F/H title', 'Vente.', { title: 'Vendeuse (F/H)' }],
    ['inclusive title', 'Vente.', { title: 'Vendeur·se' }],
    [
      'extrait de casier judiciaire for a security guard',
      'Extrait de casier judiciaire demandé.',
      {
        title: 'Agent de sécurité (H/F)',
        rome: { code: 'K2503', label: null, appellation: null, domain: 'K25' },
      },
    ],
  ];
  for (const [name, description, extra] of negatives) {
    it(name, () => {
      expect(withText(description, extra)).toEqual([]);
    });
  }
  it('CDD de remplacement is only not_cdi', () => {
    expect(
      withText('CDD de remplacement pendant un congé maternité.', {
        contract: { type: 'CDD', label: 'CDD - 4 Mois', nature: 'Contrat travail', alternance: false },
      }),
    ).toEqual(['not_cdi']);
  });
});

describe('positives, per category', () => {
  const positives: Array<[CategoryId, string, Parameters<typeof buildOffer>[0]?]> = [
    ['age_limit', 'Vous avez moins de 30 ans.'],
    ['age_limit', 'Candidat âgé de 25 à 35 ans.'],
    ['discrimination', 'Recherche une jeune femme pour l’accueil.'],
    ['discrimination', 'Service en salle.', { title: 'Serveuse' }],
    ['discrimination', 'Nationalité française exigée.'],
    ['privacy', 'Casier judiciaire vierge exigé.'],
    ['fee_requested', 'Frais de dossier de 40 € à la charge du candidat.'],
    ['unpaid_work', 'Journée d’essai non rémunérée.'],
    ['disguised_self_employment', 'Statut auto-entrepreneur obligatoire, horaires fixes.'],
    ['not_a_job', 'Devenez votre propre patron, apport personnel de 10 000 €.'],
    ['experience_mismatch', 'Débutant accepté.', { experience: { code: 'E', label: '5 An(s)' } }],
    ['place_mismatch', 'Poste basé à La Roche-sur-Yon.'],
    ['hours_mismatch', 'Le poste représente 8h par semaine.'],
    ['contract_mismatch', 'Mission d’une semaine renouvelable.'],
    ['undated', 'Vente.', { createdAt: null }],
    [
      'anonymous_employer',
      'Vente.',
      {
        origin: { kind: 'partner', url: null, partners: [] },
        employer: { name: null, description: null, url: null, adapted: null },
      },
    ],
    [
      'foreign_language',
      'We are looking for a sales assistant to join our team. You will welcome customers and help them find the products they need. You have experience in retail and you are friendly. We offer a good salary and a great team.',
    ],
  ];
  for (const [category, description, extra] of positives) {
    it(`${category}: ${description.slice(0, 60)}`, () => {
      expect(withText(description, extra)).toContain(category);
    });
  }
  it('cdd_rules: CDD pouvant déboucher sur un CDI', () => {
    expect(
      withText('CDD de 6 mois pouvant déboucher sur un CDI.', {
        contract: { type: 'CDD', label: 'CDD - 6 Mois', nature: 'Contrat travail', alternance: false },
      }),
    ).toEqual(['not_cdi', 'cdd_rules']);
  });
  it('part_time_under_24h: 8H/semaine, likely at most', () => {
    const flags = classifyOffer(
      buildOffer({
        hours: { label: 'Temps partiel - 8H/semaine', fullTime: false },
        salary: { label: 'Horaire de 12 Euros', comment: null, complements: [] },
      }),
      defaultContext(),
    );
    expect(flags.map((flag) => flag.category)).toEqual(['part_time', 'part_time_under_24h']);
    expect(flags[1]!.severity).toBe('likely');
  });
  it('duration_missing and short_contract', () => {
    expect(
      withText('Vente.', { contract: { type: 'MIS', label: 'Intérim', nature: null, alternance: null } }),
    ).toEqual(['not_cdi', 'duration_missing']);
    expect(
      withText('Vente.', {
        contract: { type: 'MIS', label: 'Intérim - 5 Jour(s)', nature: null, alternance: null },
      }),
    ).toEqual(['not_cdi', 'short_contract']);
  });
  it('quotes the offer as written in the evidence', () => {
    const [flag] = classifyOffer(
      buildOffer({ description: 'Candidat ÂGÉ(E) de 20 à 35 ans, motivé.' }),
      defaultContext(),
    );
    expect(flag?.evidence).toContain('ÂGÉ(E) de 20 à 35 ans');
    expect(flag?.reference).toContain('L5331-2');
  });
});

describe('source comparison', () => {
  const page = (stated: Record<string, string>, live: boolean | null = true) => ({
    offerId: 'T000001',
    url: 'https://partner.example/offre/1',
    finalUrl: null,
    status: live === false ? 404 : 200,
    live,
    reason: live === false ? 'http_404' : 'ok',
    renderedWith: 'http' as const,
    stated: { title: null, contract: null, duration: null, pay: null, place: null, hours: null, ...stated },
    error: null,
    fetchedAt: '2025-08-06T00:00:00Z',
  });
  const run = (pages: ReturnType<typeof page>[], extra: Parameters<typeof buildOffer>[0] = {}) =>
    classifyOffer(buildOffer(extra), defaultContext({ partnerPages: pages })).map((flag) => flag.category);
  it('dead link', () => expect(run([page({}, false)])).toEqual(['dead_link']));
  it('contract, pay and place contradicted by the partner page', () => {
    expect(run([page({ contract: 'Intérim' })])).toEqual(['contract_mismatch']);
    expect(run([page({ pay: '1 400 € brut par mois' })])).toEqual(['pay_mismatch']);
    expect(run([page({ place: 'Lyon (69)' })])).toEqual(['place_mismatch']);
  });
  it('agreeing page, unknown page, and pages of other offers raise nothing', () => {
    expect(run([page({ contract: 'CDI', pay: '2 000 € brut mensuel', place: 'Annecy (74)' })])).toEqual([]);
    expect(run([page({}, null)])).toEqual([]);
    expect(run([{ ...page({}, false), offerId: 'OTHER' }])).toEqual([]);
  });
});
