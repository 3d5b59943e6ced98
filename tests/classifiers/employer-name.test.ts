import { describe, expect, it } from 'vitest';
import {
  employerNamed,
  fieldNamesNobody,
  jobBoardSentences,
  jobBoardSentencesReference,
} from '../../classifiers/facts/employer-name.js';
import type { Offer } from '../../model/offer.js';
import { loadSamples } from './helpers.js';
import { buildOffer } from './offer-builder.js';

const PARTNER = { kind: 'partner', url: null, partners: [{ name: 'METEOJOB', url: null }] } as const;

function offer(employer: { name?: string; description?: string }, description: string): Offer {
  return buildOffer({
    description,
    origin: { ...PARTNER, partners: [...PARTNER.partners] },
    employer: {
      name: employer.name ?? null,
      description: employer.description ?? null,
      url: null,
      adapted: null,
    },
  });
}

describe('an entreprise.nom that names nobody', () => {
  it('reads the franchisee of a brand as a member of its network, not a name', () => {
    for (const name of [
      'Franchisé Accor',
      'Hôtel franchisé Ibis',
      'Adhérent Système U',
      'Membre du réseau Logis',
    ])
      expect(fieldNamesNobody(offer({ name }, 'Nous recrutons un réceptionniste.')), name).toBe('network');
  });

  it('reads a placeholder as no name', () => {
    for (const name of ['Confidentiel', 'Entreprise confidentielle', 'Anonyme', 'Non communiqué', 'NC'])
      expect(fieldNamesNobody(offer({ name }, 'Nous recrutons un technicien.')), name).toBe('placeholder');
  });

  it('reads a job board presenting itself as the publisher, not the employer', () => {
    const text =
      "Le site internet concepteur-vendeur.fr est spécialisé dans la diffusion d'offres d'emploi dans le secteur de l'habitat...\nUne enseigne nationale recherche un commercial.";
    expect(fieldNamesNobody(offer({ name: 'Concepteur Vendeur' }, text))).toBe('job_board');
    const board = 'BatiJob est un site d’emploi du bâtiment. Une PME recherche un maçon.';
    expect(fieldNamesNobody(offer({ name: 'BatiJob' }, board))).toBe('job_board');
  });

  it('keeps real names, franchise words inside a name, and an employer’s own recruitment site', () => {
    const cases: Array<[string, string]> = [
      ['Lidl', 'Lidl recrute pour son magasin d’Annecy.'],
      ['Mercure Annecy Centre', 'Hôtel franchisé du groupe Accor, le Mercure recrute.'],
      ['Particulier Employeur', 'Famille recherche une garde d’enfants.'],
      [
        'Carrefour',
        'Toutes nos offres sur carrefour-recrute.fr, dédié à la diffusion de nos offres d’emploi.',
      ],
      ['Adecco', 'Adecco publie cette offre sur le job board Indeed pour son client.'],
    ];
    for (const [name, text] of cases) expect(fieldNamesNobody(offer({ name }, text)), name).toBeNull();
  });
});

describe('a name in the text', () => {
  it('does not take the brand of the employer’s franchise network for the employer', () => {
    const accor = offer(
      { description: "Hôtel indépendant membre d'un réseau de franchise d'une enseigne Accor" },
      'Afin de compléter notre équipe, nous recherchons un réceptionniste de nuit.',
    );
    expect(employerNamed(accor)).toBeNull();
    const burger = offer({}, 'Notre restaurant, franchisé de l’enseigne Burger Club, recrute un équipier.');
    expect(employerNamed(burger)).toBeNull();
    const logis = offer({}, 'Hôtel de charme, membre du réseau Logis Hotels, recherche un veilleur de nuit.');
    expect(employerNamed(logis)).toBeNull();
  });

  it('still reads the franchised business’s own name, and a network that is the employer', () => {
    const mercure = offer(
      { description: "Hôtel indépendant membre d'un réseau de franchise d'une enseigne Accor" },
      'Nous recherchons pour notre hôtel Mercure Annecy Sud à Annecy un Plongeur F/H.',
    );
    expect(employerNamed(mercure)?.name).toBe('Mercure Annecy Sud');
    expect(
      employerNamed(offer({}, 'Rejoignez le réseau Adecco, leader du travail temporaire.')),
    ).not.toBeNull();
    expect(employerNamed(offer({}, 'Le groupe Bertrand recrute pour son restaurant.'))?.name).toBe(
      'Bertrand',
    );
  });

  it('does not read a job board’s sentence about itself as the employer', () => {
    const text =
      "Le site Jobhabitat.fr est spécialisé dans la diffusion d'offres d'emploi du secteur de l'habitat.\nUne enseigne nationale recherche un cuisiniste.";
    expect(employerNamed(offer({}, text))).toBeNull();
  });

  it('reads no organisation in a kind of firm', () => {
    for (const text of [
      "Notre entreprise artisanale et familiale recherche un collaborateur pour intégrer l'équipe de pâtisserie.",
      'Une enseigne nationale recherche un commercial pour vendre des agencements d’intérieur.',
      'Organisme de formation certifié Qualiopi recherche un formateur bureautique.',
    ])
      expect(employerNamed(offer({}, text)), text).toBeNull();
  });
});

describe('jobBoardSentences, its precheck before the split', () => {
  it('finds what the reference finds, on every real offer and on variants', () => {
    const texts = loadSamples().flatMap((sample) => [
      sample.description ?? '',
      sample.employer.description ?? '',
    ]);
    texts.push(
      "Le site internet concepteur-vendeur.fr est spécialisé dans la diffusion d'offres d'emploi.",
      'LE SITE X.FR EST SPÉCIALISÉ DANS LA DIFFUSION D’OFFRES D’EMPLOI.',
      'BatiJob est un site d’emploi du bâtiment.',
      'La plateforme Y, dédiée à la publication d’annonces de recrutement.',
    );
    let found = 0;
    for (const text of texts) {
      const reference = jobBoardSentencesReference(text);
      expect(jobBoardSentences(text), text.slice(0, 80)).toEqual(reference);
      found += reference.length;
    }
    expect(found).toBeGreaterThanOrEqual(5);
  });
});

describe('words that name because of where they stand', () => {
  it('reads an organisation’s or capitals’ words right after "chez" or "rejoignez" as a name', () => {
    const cases: Array<[string, string]> = [
      ['Chez PHARMACIE DE LA VALLÉE, nous recrutons un préparateur.', 'PHARMACIE DE LA VALLÉE'],
      ['Rejoignez Ateliers de la Vallée ! Nous recherchons un mécanicien.', 'Ateliers de la Vallée'],
      [
        "Rejoindre CLINIQUE DES TILLEULS, c'est intégrer une équipe de 164 personnes.",
        'CLINIQUE DES TILLEULS',
      ],
      ['Rejoignez LA TABLE DES ALPES : nous recherchons un cuisinier.', 'LA TABLE DES ALPES'],
      [
        "Rejoindre Alpes Contrôles, c'est faire partie d'une entreprise de plus de 100 personnes.",
        'Alpes Contrôles',
      ],
    ];
    for (const [text, name] of cases) expect(employerNamed(offer({}, text))?.name, text).toBe(name);
  });

  it('reads words in capitals before a recruiting verb as a name', () => {
    const cases: Array<[string, string]> = [
      ['SERVICES A DOMICILE DU LAC recrute un(e) auxiliaire de vie.', 'SERVICES A DOMICILE DU LAC'],
      ['Une structure à taille humaine ? AU PAIN SOURCES recrute un boulanger.', 'AU PAIN SOURCES'],
      ['LE CAFÉ DES SPORTS recherche un serveur pour la saison.', 'CAFÉ DES SPORTS'],
    ];
    for (const [text, name] of cases) expect(employerNamed(offer({}, text))?.name, text).toBe(name);
  });

  it('reads a public body by its place, a quoted subject, a name in apposition or before a verb of intent', () => {
    const cases: Array<[string, string]> = [
      ["La Ville d'Annemasse recrute un responsable d'équipe périscolaire.", "Ville d'Annemasse"],
      ['Poste à pourvoir à la Mairie de Sallanches, service technique.', 'Mairie de Sallanches'],
      ['Le "Grenier Al\'Pain" Boulangerie Pâtisserie à CHATEL recherche un vendeur.', "Grenier Al'Pain"],
      ['Le Mercure Annecy Centre, situé au cœur de la ville, recrute.', 'Mercure Annecy Centre'],
      ['Daddy Sushi souhaite compléter son équipe avec un serveur.', 'Daddy Sushi'],
      ['Le restaurant Le Chalet recrute un commis de cuisine.', 'Le Chalet'],
      ["Niché dans une cour, l'hôtel La Cour du 6 s'apprête à ouvrir ses portes.", 'La Cour'],
      ["la Brasserie des Antiquaires s'apprête à ouvrir ses portes.", 'Brasserie des Antiquaires'],
    ];
    for (const [text, name] of cases) expect(employerNamed(offer({}, text))?.name, text).toBe(name);
  });

  it('does not read a team, a client, an announcement or a job sought as a name', () => {
    for (const text of [
      'Rejoignez NOTRE ÉQUIPE de vente, nous recrutons.',
      'Rejoignez LES ÉQUIPES du magasin.',
      'NOTRE CLIENT recherche un technicien de maintenance.',
      'URGENT recherche serveur pour la saison.',
      'TECHNICIEN DE MAINTENANCE recherché pour un site industriel.',
      'Chez nous, vous serez formé.',
      'Rejoignez Notre Équipe dynamique.',
      'Poste basé en centre-ville, à deux pas de la mairie.',
      'Le poste, situé à Annecy, est à pourvoir.',
    ])
      expect(employerNamed(offer({}, text)), text).toBeNull();
  });
});
