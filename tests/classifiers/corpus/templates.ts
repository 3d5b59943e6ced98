/**
 * Clean job descriptions, written like real offers of France Travail (département 74 samples, August 2025):
 * titles with H/F, missions, profile, practical details. Used as the base of the labelled corpus.
 */
export interface JobTemplate {
  key: string;
  title: string;
  rome: [string, string];
  employer: string;
  description: string;
}

export const TEMPLATES: readonly JobTemplate[] = [
  {
    key: 'serveur',
    title: 'Serveur / Serveuse en restauration (H/F)',
    rome: ['G1803', 'Service en restauration'],
    employer: 'Brasserie du Lac',
    description:
      'Notre brasserie située au bord du lac recherche un serveur ou une serveuse pour renforcer son équipe de salle.\nVos missions : accueillir les clients, prendre les commandes, servir les plats et les boissons, encaisser et participer à la mise en place et au rangement de la salle.\nProfil : vous avez le sens du service et du travail en équipe, vous êtes souriant(e) et organisé(e). Une première expérience en restauration est appréciée.\nHoraires en coupure, deux jours de repos consécutifs. Repas pris sur place.',
  },
  {
    key: 'cariste',
    title: 'Cariste magasinier (H/F)',
    rome: ['N1101', 'Conduite d’engins de déplacement des charges'],
    employer: 'Logistique des Alpes',
    description:
      "Au sein de notre plateforme logistique, vous assurez la réception, le stockage et la préparation des commandes à l'aide d'un chariot élévateur.\nVous contrôlez la conformité des marchandises, effectuez les saisies informatiques et participez aux inventaires.\nCACES 1, 3 et 5 en cours de validité exigés. Rigueur et respect des consignes de sécurité indispensables.\nPoste en journée du lundi au vendredi.",
  },
  {
    key: 'aide-soignant',
    title: 'Aide-soignant / Aide-soignante (H/F)',
    rome: ['J1501', 'Soins d’hygiène, de confort du patient'],
    employer: 'EHPAD Les Tilleuls',
    description:
      "L'EHPAD Les Tilleuls (80 résidents) recrute un(e) aide-soignant(e) diplômé(e) d'État.\nVous accompagnez les résidents dans les actes de la vie quotidienne, réalisez les soins d'hygiène et de confort, participez aux transmissions et travaillez en lien avec l'équipe infirmière.\nDiplôme d'État d'aide-soignant exigé. Travail un week-end sur deux, roulement jour.\nReprise d'ancienneté, prime Ségur.",
  },
  {
    key: 'comptable',
    title: 'Comptable général (H/F)',
    rome: ['M1203', 'Comptabilité'],
    employer: 'Cabinet Fiduciaire Savoyard',
    description:
      "Rattaché(e) au responsable du pôle comptable, vous tenez la comptabilité d'un portefeuille de PME : saisie, rapprochements bancaires, déclarations de TVA, préparation des bilans.\nVous êtes titulaire d'un BTS ou DCG en comptabilité et maîtrisez les outils bureautiques.\nTélétravail possible un jour par semaine après la période d'intégration. Tickets restaurant, mutuelle.",
  },
  {
    key: 'developpeur',
    title: 'Développeur web full stack (H/F)',
    rome: ['M1805', 'Études et développement informatique'],
    employer: 'Numérique Léman',
    description:
      "Vous rejoignez une équipe de six développeurs qui conçoit des applications pour des clients industriels.\nVous développez de nouvelles fonctionnalités (front-end et back-end), écrivez des tests, participez aux revues de code et aux points d'équipe.\nEnvironnement : TypeScript, Node.js, PostgreSQL, Docker. Les termes techniques du poste sont en anglais, la vie de l'équipe en français.\nTélétravail partiel, horaires flexibles.",
  },
  {
    key: 'vendeur',
    title: 'Vendeur / Vendeuse en prêt-à-porter (H/F)',
    rome: ['D1214', 'Vente en habillement et accessoires de la personne'],
    employer: 'Boutique Mode et Montagne',
    description:
      'Notre boutique de prêt-à-porter recherche un(e) vendeur(se) pour conseiller sa clientèle.\nVous accueillez les clients, les conseillez, réalisez les ventes et les encaissements, participez à la mise en rayon et à la vitrine.\nVous aimez la mode et le contact, vous êtes dynamique et organisé(e). Débutant(e) accepté(e), formation assurée en boutique.\nTravail le samedi, repos en semaine.',
  },
  {
    key: 'electricien',
    title: 'Électricien / Électricienne du bâtiment (H/F)',
    rome: ['F1602', 'Électricité bâtiment'],
    employer: 'Élec Services 74',
    description:
      "Entreprise d'électricité générale (15 salariés) recherche un électricien pour des chantiers de logements neufs et de rénovation.\nVous réalisez le passage de câbles, la pose d'appareillages et de tableaux, les raccordements et les mises en service.\nCAP ou BEP électricité, habilitation électrique souhaitée. Véhicule de service, panier repas, indemnités de trajet.",
  },
  {
    key: 'chauffeur',
    title: 'Chauffeur livreur poids lourd (H/F)',
    rome: ['N4105', 'Conduite et livraison par tournées sur courte distance'],
    employer: 'Transports Mont-Blanc',
    description:
      "Vous assurez la livraison de marchandises auprès de nos clients professionnels de la vallée, au volant d'un porteur.\nChargement et déchargement au hayon, contrôle des documents de livraison, relation avec les clients.\nPermis C et FIMO à jour exigés, carte conducteur. Départ du dépôt à 6 h, retour au dépôt chaque soir.",
  },
  {
    key: 'entretien',
    title: "Agent d'entretien (H/F)",
    rome: ['K2204', 'Nettoyage de locaux'],
    employer: 'Propreté Services Haute-Savoie',
    description:
      "Vous assurez l'entretien de bureaux et de parties communes : dépoussiérage, lavage des sols, vidage des corbeilles, nettoyage des sanitaires.\nVous respectez les protocoles d'hygiène et le dosage des produits.\nAutonomie et discrétion appréciées. Matériel et tenue fournis.",
  },
  {
    key: 'commis',
    title: 'Commis de cuisine (H/F)',
    rome: ['G1602', 'Personnel de cuisine'],
    employer: 'Restaurant Le Chalet',
    description:
      "Sous la responsabilité du chef, vous participez à la préparation des entrées et des desserts, à la mise en place et au dressage.\nVous veillez au respect des règles d'hygiène HACCP et à l'entretien du poste de travail.\nCAP cuisine apprécié. Logement possible. Deux jours de repos par semaine.",
  },
  {
    key: 'assistant',
    title: 'Assistant administratif / Assistante administrative (H/F)',
    rome: ['M1602', 'Opérations administratives'],
    employer: 'Groupe Immobilier Alpin',
    description:
      "Vous assurez l'accueil téléphonique, la gestion du courrier, la mise à jour des dossiers clients et la préparation des documents contractuels.\nVous maîtrisez les outils bureautiques et avez une bonne expression écrite.\nBac+2 en assistanat ou expérience équivalente. Tickets restaurant et participation aux frais de transport.",
  },
  {
    key: 'maintenance',
    title: 'Technicien / Technicienne de maintenance industrielle (H/F)',
    rome: ['I1304', 'Installation et maintenance d’équipements industriels'],
    employer: 'Décolletage de l’Arve',
    description:
      "Dans notre usine de décolletage, vous assurez la maintenance préventive et curative des machines de production : diagnostic des pannes mécaniques, électriques et pneumatiques, remplacement des pièces, suivi dans la GMAO.\nBTS maintenance des systèmes ou équivalent. Travail en 2x8, prime d'équipe.",
  },
  {
    key: 'boulanger',
    title: 'Boulanger / Boulangère (H/F)',
    rome: ['D1102', 'Boulangerie - viennoiserie'],
    employer: 'Boulangerie du Marché',
    description:
      "Artisan boulanger recherche un boulanger pour la fabrication du pain, des viennoiseries et des produits de snacking.\nVous gérez le pétrissage, le façonnage, la cuisson et l'organisation de la production.\nCAP boulanger exigé. Travail de nuit, un week-end sur deux.",
  },
  {
    key: 'conseiller',
    title: 'Conseiller / Conseillère clientèle en banque (H/F)',
    rome: ['C1206', 'Gestion de clientèle bancaire'],
    employer: 'Banque Régionale des Savoie',
    description:
      "Au sein d'une agence de proximité, vous gérez et développez un portefeuille de clients particuliers : ouverture de comptes, crédits à la consommation, épargne et assurances.\nBac+2/3 banque, commerce ou gestion. Sens commercial et goût du contact.\nIntéressement, participation, 13e mois.",
  },
  {
    key: 'macon',
    title: 'Maçon / Maçonne (H/F)',
    rome: ['F1703', 'Maçonnerie'],
    employer: 'Bâtir en Chablais',
    description:
      "Entreprise de gros œuvre recherche un maçon pour ses chantiers de maisons individuelles.\nVous réalisez les fondations, l'élévation des murs, le coffrage et le coulage du béton, la pose de linteaux.\nLecture de plans, respect des règles de sécurité. Véhicule de chantier au départ du dépôt, paniers et trajets.",
  },
  {
    key: 'infirmier',
    title: 'Infirmier / Infirmière diplômé(e) d’État (H/F)',
    rome: ['J1506', 'Soins infirmiers généralistes'],
    employer: 'Clinique du Parmelan',
    description:
      "Clinique médico-chirurgicale (120 lits) recrute un infirmier ou une infirmière pour son service de chirurgie orthopédique.\nVous assurez les soins pré et post-opératoires, la surveillance des patients, la gestion des traitements et les transmissions.\nDiplôme d'État infirmier exigé. Roulement en 12 heures, un week-end sur trois.",
  },
];

export interface Town {
  label: string;
  commune: string;
  postcode: string;
}

export const TOWNS: readonly Town[] = [
  { label: '74 - Annecy', commune: '74010', postcode: '74000' },
  { label: '74 - THONON LES BAINS', commune: '74281', postcode: '74200' },
  { label: '74 - ANNEMASSE', commune: '74012', postcode: '74100' },
  { label: '74 - CLUSES', commune: '74081', postcode: '74300' },
  { label: '74 - Rumilly', commune: '74225', postcode: '74150' },
  { label: '74 - SALLANCHES', commune: '74256', postcode: '74700' },
  { label: '73 - CHAMBERY', commune: '73065', postcode: '73000' },
  { label: '69 - LYON 03', commune: '69383', postcode: '69003' },
  { label: '38 - GRENOBLE', commune: '38185', postcode: '38000' },
  { label: '01 - BOURG EN BRESSE', commune: '01053', postcode: '01000' },
  // Used once each, by offers without an employer name: an anonymous offer with another's text is a copy.
  { label: '74 - Megève', commune: '74173', postcode: '74120' },
  { label: '74 - EVIAN LES BAINS', commune: '74119', postcode: '74500' },
  { label: '74 - Seynod', commune: '74268', postcode: '74600' },
];

/** Salary labels at or above the SMIC of 2025-08 (11.88 €/h, 1801.80 €/month), in every format of §2. */
export const CLEAN_SALARIES: ReadonlyArray<{ libelle?: string; commentaire?: string; complement1?: string }> =
  [
    { libelle: 'Mensuel de 2000.0 Euros sur 12.0 mois' },
    { libelle: 'Mensuel de 1900,00 Euros à 2200,00 Euros' },
    { libelle: 'Horaire de 12.50 Euros sur 12.0 mois' },
    { libelle: 'Horaire de 12,00 Euros à 14,00 Euros' },
    { libelle: 'Annuel de 28000.0 Euros à 32000.0 Euros sur 12.0 mois' },
    { libelle: 'Annuel de 26400,00 Euros sur 12 mois' },
    { libelle: 'Mensuel de 2275.0 Euros à 3033.0 Euros sur 12.0 mois', complement1: 'Mutuelle' },
    { libelle: 'Mensuel de 1850.0 Euros sur 13.0 mois', complement1: 'Titres restaurant / Prime de panier' },
    { libelle: 'Horaire de 11.88 Euros sur 12.0 mois' },
    { commentaire: '2 100 € brut par mois' },
    { libelle: 'Mensuel de 1880,71 Euros à 1880,72 Euros sur 12 mois' },
    { libelle: 'Annuel de 35000,00 Euros à 42000,00 Euros' },
  ];

export const CLEAN_HOURS: ReadonlyArray<{ label?: string; converted?: string }> = [
  { label: '35H/semaine\nTravail en journée', converted: 'Temps plein' },
  { label: '39H/semaine\nTravail en journée', converted: 'Temps plein' },
  { label: '35H Travail en horaires fractionnés' },
  { label: '37H Travail en journée' },
  { label: '35 H  Horaires normaux' },
  { label: '35H/semaine\nTravail les week-ends et jours fériés...', converted: 'Temps plein' },
  { converted: 'Temps plein' },
  { label: '35H/semaine\nTravail posté (2x8, 3x8, 5x8, etc.)', converted: 'Temps plein' },
];
