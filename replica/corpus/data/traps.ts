/**
 * The traps of real offers (issue 14 §2): phrasings a careful reader judges one way and a naive rule the other.
 * Each is planted with its truth in plan-offer.ts; the wordings are the replica's own, written in the style of
 * the real samples, never copied from the classifiers.
 *
 * Rates are shares of all offers. Real offers are mostly clean: most traps are negatives (a public employer's
 * 10-hour contract, a household's 4 hours of cleaning, an employer named only in the text), a few realise a
 * planted category in a harder way (a placeholder pay label, hours said only in the text).
 */
export const TRAP_RATES = {
  /** Partner feeds' placeholder monthly label ("Mensuel de 1764,00 Euros") with the real hourly rate in the text. */
  placeholderPay: 0.004,
  /** An hourly label at the SMIC, the text's lower rates below it (a trial-period rate, then a "polyvalence" one). */
  textBelowLabel: 0.002,
  /** Pay stated only in the text, without a € sign or a label ("Salaire minimum : 2300 / Salaire maximum : 2500"). */
  amountWithoutEuro: 0.025,
  /** Part-time of 24 h or more said only in the text ("CDI à 80%", "Contrat 25h"), no working-time field. */
  partTimeInTextOnly: 0.02,
  /** Share of `part_time_under_24h` offers whose hours are said only in the text ("contrat 11h/semaine"). */
  under24InTextOnly: 0.35,
  /** Full-time or a clock-time schedule said only in the text, no working-time field. */
  fullTimeInTextOnly: 0.11,
  /**
   * Public employers hiring public-law agents (mairie, commune, CCAS, hospital): no 24-hour floor, no CDD rules.
   * The real sample: 2.3 % of offers name a public employer (communes, communautés de communes, Ville d'Annecy).
   */
  publicEmployer: 0.023,
  /**
   * Private households as employer, directly or through an agency "pour le compte de l'un de ses clients" (the
   * real sample: 1.5 % of offers, Kinougarde's "pour une de nos familles", "particulier employeur").
   */
  household: 0.014,
  /** Share of `part_time_under_24h` offers of companies listing "CESU" as a perk (still under the 24-hour floor). */
  cesuPerk: 0.25,
  /** Partner offers with no `entreprise.nom` whose employer is named in the text, its description or as the partner. */
  namedElsewhere: 0.13,
  /** Share of `cdd_rules` "towards CDI" partner offers whose sentence sits in `entreprise.description`. */
  cddRulesInDescription: 0.25,
  /**
   * Share of temp agencies' offers whose \`entreprise.description\` lists every contract the agency offers
   * ("intérim, CDD, CDI", "Quel que soit le contrat que vous cherchez"): about 6 % of real offers.
   */
  agencyContracts: 0.35,
  /** Share of apprenticeships labelled with the legal scale as a range (27 % to 100 % of the SMIC). */
  apprenticeScale: 0.35,
  /** One employer's ad repeated for several towns (tutoring) or seasons (a hotel): not duplicates. */
  sibling: 0.006,
  /** Share of duplicates re-posted 33 seconds after the original under another title. */
  repostSeconds: 0.1,
  /** Share of duplicates carrying another company blurb and another title (a cross-partner copy). */
  otherBlurb: 0.25,
} as const;

/** The placeholder monthly amounts partner feeds put in `salaire.libelle` (both below the monthly SMIC). */
export const PLACEHOLDER_MONTHLY: readonly number[] = [1764, 1617];

/** The text's hourly rate ("12.88€ de l'heure"); {rate} uses a dot, as these feeds write it. */
export const HOURLY_IN_TEXT: readonly string[] = [
  "Rémunération: {rate}€ de l'heure",
  'Salaire : {rate} € brut / heure',
  '- Salaire: {rate} euros/heure',
  "Taux horaire : {rate}€ brut de l'heure + prime de panier",
  'Vous êtes rémunéré(e) {rate}€/h brut, heures supplémentaires majorées.',
];

/** Two hourly rates below the SMIC where the label shows the SMIC ({low}, {high} with a decimal comma). */
export const RATES_BELOW_LABEL: readonly string[] = [
  '. {low}€ brut / Hrs durant la période d’essai\n. {high}€ brut / Hrs après validation de la polyvalence',
  'Rémunération : {low} € de l’heure pendant le premier mois, puis {high} € brut de l’heure.',
  'Taux horaire de départ {low} €, évolutif à {high} € après 3 mois.',
];

/** Pay in the text with no € sign ({min}, {max}, {monthly}, {hourly}); the offer has no `salaire.libelle`. */
export const AMOUNTS_WITHOUT_EURO: readonly string[] = [
  'Salaire minimum : {min} / Salaire maximum : {max}',
  'Salaire brut mensuel : {monthly} euros',
  'Rémunération : {hourly} euros brut de l’heure',
  'Salaire : {monthly} brut / mois sur 12 mois',
  'Taux horaire : {hourly} brut / h',
];

/** Part-time stated only in the text. {hours} whole hours, {percent} the share of 35 h, {nights} nights a week. */
export const PART_TIME_TEXT: readonly { text: string; hours?: readonly string[] }[] = [
  { text: 'Poste en CDI à {percent}%.', hours: ['28', '31H30', '24H30'] },
  { text: 'Contrat {hours}h.' },
  { text: 'Contrat {hours}h par semaine, réparties du lundi au vendredi.' },
  { text: 'Le poste est proposé à temps partiel ({hours} heures hebdomadaires).' },
  { text: 'Nous vous proposons un contrat de {hours}h/semaine.' },
];

/** Under 24 hours, stated only in the text: "16h soit 2 nuits par semaine", "contrat 11h/semaine". */
export const UNDER_24_TEXT: readonly { text: string; hours: readonly string[]; days?: number }[] = [
  { text: 'La durée du mi-temps est de {hours}h soit 2 nuits par semaine.', hours: ['16'] },
  // A day's length and the days, the week left to the reader ({daily} is {hours} over {days}).
  {
    text: 'Vous interviendrez {daily} à partir de 17h30 du lundi au vendredi.',
    hours: ['10', '15'],
    days: 5,
  },
  { text: 'Travail le samedi, pendant {hours}h.', hours: ['8'] },
  { text: 'Ce poste est à pourvoir pour un contrat {hours}h/semaine.', hours: ['8', '10', '11', '12', '15'] },
  { text: 'Contrat de {hours} heures par semaine, le samedi et le dimanche.', hours: ['14', '16', '20'] },
  { text: 'Temps de travail : {hours}h hebdomadaires.', hours: ['6', '10', '18', '20', '22'] },
];
export const UNDER_24_TEXT_HOURS = [...new Set(UNDER_24_TEXT.flatMap((wording) => wording.hours))];

/** Full time said only in the text, in words or clock times (a schedule counts as working time). */
export const FULL_TIME_TEXT: readonly string[] = [
  'Poste à temps plein.',
  'Temps complet, 35h hebdomadaires.',
  'Horaires : du lundi au vendredi de 8h30 à 12h et de 13h30 à 17h.',
  'Vous travaillerez de 9h à 12h30 et de 14h à 17h30, du lundi au vendredi.',
  'Horaires en 2x8 (5h-13h / 13h-21h), du lundi au vendredi.',
  'CDI 35h, horaires de journée.',
  'Planning : 7h-14h ou 14h-21h, 5 jours sur 7.',
];

/** More hours in the text than on a part-time listing (the listing says 24 h to 33 h). */
export const MORE_HOURS_IN_TEXT: readonly string[] = [
  'CDI de 35h.',
  // The days on their own line above the times (6 × 7 h), and a perk called forfait, which explains no hours.
  'Horaires :\nDu lundi au samedi\n8h00 - 15h00\nAvantages : forfait mobilités durables, mutuelle.',
  'Horaires : du lundi au vendredi de 8h à 12h et de 13h à 16h.',
  'Poste à 39h par semaine, heures supplémentaires payées.',
];

/** Public employers (public-law agents): the names, the lines that say so, and their contracts. */
export const PUBLIC_EMPLOYERS: readonly string[] = [
  'MAIRIE DE {upperplace}',
  'COMMUNE DE {upperplace}',
  'CCAS DE {upperplace}',
  'CENTRE HOSPITALIER {upperplace}',
  'COMMUNAUTE DE COMMUNES {place}',
];
export const PUBLIC_SECTORS = new Set([
  'proprete',
  'agriculture',
  'petite_enfance',
  'aide',
  'bureau',
  'sante',
]);
export const PUBLIC_LINES: readonly string[] = [
  'Recrutement par voie statutaire ou, à défaut, contractuelle.',
  "Poste de catégorie C, cadre d'emplois des adjoints techniques territoriaux.",
  'Rémunération selon la grille FPT, régime indemnitaire (RIFSEEP), prime de fin d’année.',
  'Poste ouvert aux fonctionnaires titulaires et aux agents contractuels de droit public.',
  'Emploi permanent à temps non complet de la fonction publique territoriale.',
];
export const PUBLIC_CDD_LINES: readonly string[] = [
  'Contrat de droit public pouvant déboucher sur une stagiairisation.',
  'CDD d’un an renouvelable, possibilité de titularisation.',
  'Contrat de projet de 36 mois au sein des services de la commune.',
  'CDD pouvant évoluer vers un CDI de droit public.',
];
export const PUBLIC_DESCRIPTIONS: readonly string[] = [
  'Commune de {inhabitants} habitants, au cœur du territoire, dotée de services techniques et d’un service enfance.',
  'Collectivité territoriale engagée dans la qualité du service public rendu à ses habitants.',
];

/** State-paid teachers in private schools under contract: 18 h of teaching is a full service. */
export const SCHOOL_EMPLOYERS: readonly string[] = [
  'COLLEGE LYCEE PRIVE ST {surname}',
  'ENSEMBLE SCOLAIRE {place}',
  'LYCEE PRIVE SOUS CONTRAT {place}',
];
export const SCHOOL_LINES: readonly string[] = [
  'Établissement privé sous contrat d’association avec l’État : enseignant(e) rémunéré(e) par l’État (Rectorat), suppléance pour l’année scolaire.',
  'COLLEGE LYCEE PRIVE SOUS CONTRAT AVEC L’ETAT. Suppléance de 18 heures de cours, service d’un professeur certifié.',
  'Maître délégué de l’enseignement privé sous contrat, 18 heures hebdomadaires d’enseignement.',
];

/**
 * How a private school under contract presents itself in `entreprise.description` (never as a tutoring firm: "cours
 * particuliers" is what tells tutoring, whose employer the 24-hour floor binds, from a school's teaching service).
 */
export const SCHOOL_DESCRIPTIONS: readonly string[] = [
  'Établissement catholique d’enseignement sous contrat d’association avec l’État, de la 6e à la terminale.',
  'Ensemble scolaire privé sous contrat, {staff} élèves accueillis du collège au lycée général et technologique.',
];

/** Tutoring: one employer, one ad per town named in the text; the listing gives only the département. */
export const TUTORING_EMPLOYERS: readonly string[] = [
  'COURS {surname}',
  'ACADEMIE DU SAVOIR',
  'SOUTIEN PLUS',
];
export const TUTORING_LINES: readonly string[] = [
  'Vous donnerez des cours particuliers au domicile des élèves de {town} et des alentours. Vos horaires sont adaptés à vos disponibilités.',
  'Cours particuliers à domicile, pour des élèves de primaire, collège et lycée, sur le secteur de {town}. Créneaux selon vos disponibilités.',
];

/** A hotel's seasons: the same ad for the summer and for the winter is two jobs. */
export const SEASON_LINES = {
  summer: [
    "Poste à pourvoir pour la saison d'été, en juillet et août.",
    "Nous recrutons pour la saison estivale (le mois d'août).",
  ],
  winter: [
    "Poste à pourvoir pour la saison d'hiver, de décembre à avril.",
    "Nous recrutons pour la saison d'hiver (ouverture de la station).",
  ],
} as const;

/** Private households: directly, or an agency "pour le compte de l'un de ses clients" particuliers. */
export const HOUSEHOLD_SECTORS = new Set(['aide', 'proprete', 'petite_enfance']);
export const HOUSEHOLD_DIRECT: readonly string[] = [
  'Particulier employeur recherche une personne de confiance pour {hours}h par semaine à son domicile. Paiement en CESU.',
  'Famille recherche une personne pour {hours} heures par semaine à domicile, employée directement par la famille (CESU déclaratif).',
];
export const HOUSEHOLD_AGENCY: readonly string[] = [
  '{agency}, spécialisée dans les services à la personne, recherche pour le compte de l’un de ses clients particuliers une personne pour {hours}h par semaine.',
  'Service mandataire : {agency} recrute pour le compte de l’un de ses clients, particulier employeur, {hours}h hebdomadaires à domicile.',
];
export const HOUSEHOLD_AGENCIES: readonly string[] = [
  'PRESTA DOMICILE {upperplace}',
  'ASSOCIATION AIDE A DOMICILE {place}',
  'MANDATAIRE SERVICES {surname}',
];
export const CESU_PERK = 'Chèques CESU préfinancés pour vos frais de garde.';

/** Employers named only in the text, in their description, or as the partner. */
export const NAMED_IN_TEXT_INTROS: readonly string[] = [
  '{employer} recrute ! Nous recherchons un(e) {job} pour notre site de {city}.',
  'Rejoignez {employer} : nous recherchons un(e) {job} (H/F).',
  'Chez {employer}, nous recrutons un(e) {job} pour renforcer nos équipes.',
];
export const NAMED_IN_DESCRIPTION: readonly string[] = [
  '{employer}, entreprise implantée depuis {years} ans dans la région, recrute pour son site de {city}.',
  'Rejoindre {employer}, c’est intégrer une équipe de {staff} personnes attachée à la qualité du service.',
];
/** Truly anonymous: a description of the employer with no name anywhere. */
export const ANONYMOUS_NAMES: readonly string[] = [
  'notre client',
  'notre entreprise',
  'une société',
  'notre client, acteur majeur du secteur,',
  'une PME familiale',
];

/** The first paragraph of the ad, moved into `entreprise.description` by some partner feeds. */
export const CDD_IN_DESCRIPTION: readonly string[] = [
  'Poste en CDD pouvant évoluer sur un CDI.',
  'CDD avec possibilité d’évolution en CDI.',
];

/** Experience: negated requirements, ranges, "au moins" that agree with the field. */
export const NEGATED_EXPERIENCE_LINES: readonly string[] = [
  'Aucune expérience requise !',
  'Pas besoin d’expérience : nous vous formons.',
  "Pas d'expérience exigée, seule votre motivation compte.",
];
/** Against "Expérience exigée": `experience_mismatch`. */
export const OPEN_TO_ALL_EXPERIENCE: readonly string[] = [
  'Que tu aies déjà une expérience professionnelle ou non, rejoins-nous !',
  "Niveau d'expérience minimum requis : Débutant",
  'Avec ou sans expérience, votre candidature nous intéresse.',
];
/** {low}-{high} contains the field's years, or "au moins {years}" equals them: consistent. */
export const EXPERIENCE_RANGE_LINES: readonly string[] = [
  'Expérience de {low} à {high} ans sur un poste similaire.',
  "Vous justifiez d'au moins {years} d'expérience dans le métier.",
  '{low}-{high} ans d’expérience dans la fonction.',
];
/** Against another number of years in the field: `experience_mismatch`. */
export const OTHER_YEARS_LINES: readonly string[] = [
  "Vous justifiez d'une expérience d'au moins {years} ans.",
  '{years} ans minimum d’expérience sur un poste équivalent.',
];

/** Pay wordings with numbers that are not amounts. */
export const NUMBERS_NOT_AMOUNTS: readonly string[] = [
  'Rémunération selon profil sur 13.5 mois.',
  'Salaire selon CCN 1966, reprise d’ancienneté.',
  'Rémunération selon la convention collective 1951.',
];

/** Another company blurb a cross-partner copy wraps around the same text. */
export const COPY_BLURBS: readonly string[] = [
  "Ce poste vous est proposé par notre réseau de recrutement, partenaire des entreprises de la région depuis plus de dix ans. Nous accompagnons chaque candidat jusqu'à sa prise de poste.",
  'Offre diffusée par notre cabinet pour le compte de l’entreprise. Notre équipe étudie chaque candidature sous 48 heures.',
];
