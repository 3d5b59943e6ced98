import type { Sector } from './jobs.js';

/**
 * Employer names are built from a pattern of the sector and a word: "{word}" is a surname, a place word or a
 * trade word. Temp agencies carry the missions (MIS), as in the real data.
 */
export const TEMP_AGENCIES: readonly string[] = [
  'MANPOWER FRANCE',
  'ADECCO',
  'RANDSTAD',
  'SAMSIC EMPLOI',
  'PROMAN',
  'START PEOPLE',
  'CRIT',
  'SYNERGIE',
  'AXXIS RESSOURCES',
  'ACTUAL',
  'PARTNAIRE',
  'LEADER INTERIM',
];

export const SURNAMES: readonly string[] = [
  'Martin',
  'Bernard',
  'Dubois',
  'Thomas',
  'Robert',
  'Richard',
  'Petit',
  'Durand',
  'Leroy',
  'Moreau',
  'Simon',
  'Laurent',
  'Lefebvre',
  'Michel',
  'Garcia',
  'David',
  'Bertrand',
  'Roux',
  'Vincent',
  'Fournier',
  'Morel',
  'Girard',
  'André',
  'Mercier',
  'Dupont',
  'Lambert',
  'Bonnet',
  'François',
  'Martinez',
  'Legrand',
  'Garnier',
  'Faure',
  'Rousseau',
  'Blanc',
  'Guérin',
  'Muller',
  'Henry',
  'Roussel',
  'Nicolas',
  'Perrin',
  'Morin',
  'Mathieu',
  'Clément',
  'Gauthier',
  'Dumont',
  'Lopez',
  'Fontaine',
  'Chevalier',
  'Robin',
  'Masson',
];

export const PLACE_WORDS: readonly string[] = [
  'des Alpes',
  'du Lac',
  'du Port',
  'de la Gare',
  'du Centre',
  'des Remparts',
  'du Marché',
  'de la Vallée',
  'des Tilleuls',
  'du Parc',
  'des Pins',
  "de l'Océan",
  'du Château',
  'des Vignes',
  'du Soleil',
  'de la Plage',
];

export const EMPLOYER_PATTERNS: Record<Sector, readonly string[]> = {
  hotellerie: ['HOTEL {place}', 'HÔTEL LES {trade}', 'RESIDENCE {place}', 'SAS HOTELIERE {surname}'],
  restauration: [
    'RESTAURANT LE {trade}',
    'BRASSERIE {place}',
    'SARL {surname}',
    'LA TABLE {place}',
    'SCOF {upperplace}',
  ],
  commerce: [
    'SAS {surname} DISTRIBUTION',
    'SUPERMARCHE {place}',
    'BOUTIQUE {surname}',
    'SARL {surname} ET FILS',
  ],
  batiment: [
    '{surname} BATIMENT',
    'SARL {surname} CONSTRUCTION',
    'ENTREPRISE {surname}',
    'EURL {surname} RENOVATION',
  ],
  industrie: ['{surname} INDUSTRIE', 'ATELIERS {place}', 'SAS MECANIQUE {surname}', 'USINAGE {place}'],
  logistique: ['{surname} LOGISTIQUE', 'ENTREPOTS {place}', 'SAS LOG {surname}'],
  // No "CENTRE HOSPITALIER": a public hospital hires public-law agents (no CDD rules, no 24-hour floor), a trap of its own.
  sante: ['EHPAD LES {trade}', 'CLINIQUE {place}', 'POLYCLINIQUE {place}', 'PHARMACIE {place}'],
  aide: ['ADMR {place}', 'AIDE ET VIE {surname}', 'SERVICES A DOMICILE {place}'],
  proprete: ['{surname} PROPRETE', 'NETTOYAGE {place}', 'SAS CLEAN {surname}'],
  securite: ['{surname} SECURITE', 'GARDIENNAGE {place}', 'PROTECTION {surname}'],
  bureau: ['CABINET {surname}', '{surname} ET ASSOCIES', 'ETUDE {surname}'],
  informatique: ['{surname} DIGITAL', 'SAS DATA {trade}', 'WEB {place}'],
  transport: ['TRANSPORTS {surname}', '{surname} EXPRESS', 'SAS TRANSPORTS {place}'],
  agriculture: ['PAYSAGES {place}', 'JARDINS {surname}', 'SARL {surname} ESPACES VERTS'],
  petite_enfance: ['CRECHE LES {trade}', 'MICRO-CRECHE {place}', 'MULTI-ACCUEIL {place}'],
  artisanat: ['BOULANGERIE {place}', 'AU PAIN {trade}', 'MAISON {surname}'],
  banque: ['CAISSE {place}', 'BANQUE {surname}', 'CREDIT {place}'],
  spectacle: ['ASSOCIATION MUSIQUES {place}', 'CABARET LE {trade}', 'COMPAGNIE {surname}'],
  enseignement: ['ECOLE PRIVEE {place}', 'COURS {surname}', 'INSTITUT {surname}'],
};

export const TRADE_WORDS: readonly string[] = [
  'GLYCINES',
  'CYGNES',
  'ROSEAUX',
  'PETITS PAS',
  'LUCIOLES',
  'CHARDONS',
  'SAULES',
  'ÉTOILES',
  'BLEUETS',
  'SOURCES',
];

/** A short presentation of the company (`entreprise.description`), one per sector at least. */
export const EMPLOYER_DESCRIPTIONS: Record<Sector, readonly string[]> = {
  hotellerie: [
    "Établissement familial de {rooms} chambres situé au cœur de {city}, notre hôtel accueille une clientèle d'affaires et de loisirs toute l'année.",
    "Hôtel indépendant classé, nous misons sur la qualité de l'accueil et le service personnalisé.",
  ],
  restauration: [
    'Restaurant traditionnel de {seats} couverts, nous proposons une cuisine faite maison à partir de produits frais et de saison.',
    "Brasserie conviviale en centre-ville, ouverte 7 jours sur 7, avec une terrasse très fréquentée l'été.",
  ],
  commerce: [
    'Commerce de proximité implanté depuis plus de {years} ans, nous mettons le client au centre de nos préoccupations.',
    'Enseigne en développement, nous comptons {shops} magasins dans la région.',
  ],
  batiment: [
    'Entreprise du bâtiment créée en {founded}, nous intervenons en neuf et en rénovation pour des particuliers et des professionnels.',
    'PME de {staff} salariés spécialisée dans la construction de maisons individuelles.',
  ],
  industrie: [
    "Entreprise industrielle de {staff} salariés, nous concevons et fabriquons des équipements pour l'industrie.",
    "Sous-traitant reconnu, notre atelier travaille pour les secteurs de l'automobile, de l'aéronautique et du médical.",
  ],
  logistique: [
    "Acteur régional de la logistique, nous gérons {area} m² d'entrepôts pour le compte de nos clients.",
  ],
  sante: [
    'Établissement de santé de {beds} lits, nous plaçons la qualité des soins et le bien-être des résidents au cœur de notre projet.',
  ],
  aide: [
    "Association d'aide à domicile, nous accompagnons chaque jour plus de {clients} personnes sur le territoire.",
  ],
  proprete: [
    'Entreprise de propreté de {staff} salariés, nous intervenons dans des bureaux, des commerces et des établissements de santé.',
  ],
  securite: [
    'Société de sécurité privée agréée par le CNAPS, nous assurons la surveillance de sites industriels et commerciaux.',
  ],
  bureau: ['Cabinet indépendant de {staff} collaborateurs, nous accompagnons des TPE et PME de la région.'],
  informatique: [
    'Éditeur de logiciels en croissance, nous développons des solutions utilisées par plus de {clients} clients.',
  ],
  transport: ['Entreprise de transport routier familiale, notre flotte compte {trucks} véhicules.'],
  agriculture: [
    'Entreprise du paysage, nous créons et entretenons les espaces verts de particuliers et de collectivités.',
  ],
  petite_enfance: [
    'Gestionnaire de crèches, nous accueillons les enfants de 10 semaines à 3 ans dans des structures à taille humaine.',
  ],
  artisanat: [
    'Boulangerie artisanale reconnue pour la qualité de ses pains au levain et de ses viennoiseries pur beurre.',
  ],
  banque: [
    'Banque coopérative, nous accompagnons les particuliers, les professionnels et les associations de la région.',
  ],
  enseignement: [
    'Organisme de soutien scolaire et de cours particuliers, nous accompagnons chaque année plus de {clients} élèves.',
  ],
  spectacle: [
    "Lieu culturel et festif, nous programmons des concerts et des spectacles tout au long de l'année.",
  ],
};

/**
 * Invented brands for the employers partner feeds name only in the text or the description ("Rejoignez Kerlys
 * Santé", "Alvéa, entreprise implantée depuis 30 ans…"): real ones are brands ("BYmyCAR", "Sopra Steria",
 * "Buffalo Grill"), written in mixed case or in capitals. None is a French word, a town or a real company.
 */
export const BRAND_STEMS: readonly string[] = [
  'Alvéa',
  'Kerlys',
  'Norvia',
  'Orével',
  'Vélisse',
  'Altéo',
  'Brévan',
  'Cordéal',
  'Davéo',
  'Elvinor',
  'Idéalys',
  'Jovéa',
  'Lumeo',
  'Natéo',
  'Tavéo',
  'Ulmane',
];

export const BRAND_FORMS: readonly string[] = [
  '{stem}',
  'Groupe {stem}',
  '{stem} {suffix}',
  '{stem} {suffix}',
];

export const BRAND_SUFFIXES: Record<Sector, string> = {
  hotellerie: 'Hôtels',
  restauration: 'Restauration',
  commerce: 'Distribution',
  batiment: 'Bâtiment',
  industrie: 'Industries',
  logistique: 'Logistique',
  sante: 'Santé',
  aide: 'Services',
  proprete: 'Propreté',
  securite: 'Sécurité',
  bureau: 'Conseil',
  informatique: 'Digital',
  transport: 'Transports',
  agriculture: 'Paysage',
  petite_enfance: 'Crèches',
  artisanat: 'Artisans',
  banque: 'Finance',
  spectacle: 'Productions',
  enseignement: 'Formation',
};
