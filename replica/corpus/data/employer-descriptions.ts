/**
 * `entreprise.description` as real feeds fill it (the 665 offers of August 2025: 286 carry one, ~300 characters on
 * average, 92 cut by the feed near 500 characters with "...", 68 naming a contract): a company's presentation in
 * a few sentences, a temp agency's or a recruitment firm's blurb listing every contract it offers ("intérim, CDD,
 * CDI"), or the ad's own first line naming the job's contract. Some feeds send it HTML-escaped ("v&eacute;hicules").
 * None of these sentences states a working time, a pay, an age or a defect, nor a town other than the listing's:
 * a description names the contract of the listing or every contract at once, never another one.
 * Slots: {employer}, {agency}, {city}, {job}, {contract}, {years}, {staff}, {founded}, {clients}, {sites}.
 */

/** Sentences that lengthen a company's presentation; no name, so they fit anonymous offers too. */
export const DESCRIPTION_EXTRAS: readonly string[] = [
  'Nos équipes partagent des valeurs de proximité, de respect et de travail bien fait.',
  "Nous attachons une grande importance à l'intégration de nos nouveaux collaborateurs et à leur formation tout au long de leur parcours.",
  "Notre croissance repose sur la fidélité de nos clients et sur l'engagement de nos {staff} collaborateurs.",
  'Entreprise engagée, nous agissons au quotidien pour réduire notre impact environnemental et soutenir l’emploi local.',
  'Nous privilégions la promotion interne : la plupart de nos responsables ont commencé sur le terrain.',
  "Ici, l'ambiance est familiale et chacun peut proposer ses idées pour faire avancer l'entreprise.",
  'Nous recrutons toute l’année dans nos différents métiers et sur nos {sites} sites de la région.',
  'Nous sommes signataires de la charte de la diversité et étudions toutes les candidatures avec la même attention.',
  "Créée en {founded}, notre structure n'a cessé de se développer tout en gardant l'esprit de ses débuts.",
  'La satisfaction de nos {clients} clients et la sécurité de nos équipes sont nos priorités.',
  "Nous investissons chaque année dans des équipements modernes et dans l'amélioration des conditions de travail.",
  'Rejoindre notre équipe, c’est choisir un employeur stable, attentif à la qualité de vie au travail.',
];

/** A temp agency or recruitment firm presenting itself, named: every contract it offers, none of them this job's. */
export const AGENCY_DESCRIPTIONS: readonly string[] = [
  "{agency} vous ouvre toutes les portes de l'emploi : intérim, CDD, CDI. Chaque année, nos agences accompagnent des milliers de candidats et d'entreprises de la région.",
  "Implantée à {city} depuis plus de {years} ans, l'agence {agency} met son professionnalisme à votre service, en travail temporaire comme en recrutement CDD/CDI.",
  'Quel que soit le contrat que vous cherchez (intérim, CDI intérimaire, CDD ou CDI), les consultants de {agency} vous accompagnent à chaque étape de votre parcours.',
  "Cette offre est publiée par {agency} (solutions pour l'emploi : CDI, CDD et intérim), qui recrute pour l'une des entreprises clientes de son agence de {city}.",
  '{agency}, agence d’emploi généraliste : industrie, logistique, BTP, tertiaire. Nous proposons toutes les solutions d’emploi : CDI, CDD, Intérim.',
];

/** A temp agency presenting itself without listing contracts. */
export const AGENCY_PLAIN_DESCRIPTIONS: readonly string[] = [
  '{agency}, réseau d’agences d’emploi de proximité, accompagne candidats et entreprises de la région depuis {years} ans.',
  'Notre agence {agency} de {city} recrute chaque semaine pour les entreprises du bassin : industrie, logistique, bâtiment, services.',
];

/** The same blurbs with no name anywhere: a truly anonymous agency. */
export const ANONYMOUS_AGENCY_DESCRIPTIONS: readonly string[] = [
  "Agence d'emploi généraliste, nous proposons des missions d'intérim, des CDD et des CDI dans l'industrie, la logistique, le bâtiment et le tertiaire.",
  'Cabinet de recrutement et de travail temporaire, nous accompagnons candidats et entreprises de la région : intérim, CDD, CDI, CDI intérimaire.',
];

/** The same presentation, no name, no contract. */
export const ANONYMOUS_AGENCY_PLAIN_DESCRIPTIONS: readonly string[] = [
  "Agence d'emploi de proximité, nous accompagnons candidats et entreprises de la région depuis {years} ans.",
];

/** The ad's first line in the description, naming the listing's own contract ({contract}: "CDI", "CDD"…). */
export const CONTRACT_IN_DESCRIPTION: readonly string[] = [
  'Pour renforcer son équipe, {employer} vous propose un poste de {job} en {contract}.',
  '{employer} recherche son futur {job} (H/F) en {contract}.',
  'Nous recrutons un(e) {job} en {contract} pour rejoindre notre équipe de {city}.',
];

/** The same line with no name: "Nous recherchons pour l'un de nos clients…". */
export const ANONYMOUS_CONTRACT_IN_DESCRIPTION: readonly string[] = [
  "Nous recherchons pour l'un de nos clients, acteur reconnu de son secteur, un(e) {job} en {contract}.",
  'Entreprise familiale de la région, nous recrutons un(e) {job} en {contract}.',
];

/** How a description names the listing's contract, by contract code (the others are never named there). */
export const CONTRACT_WORDS: Readonly<Record<string, string>> = {
  CDI: 'CDI',
  CDD: 'CDD',
  MIS: "mission d'intérim",
  SAI: 'contrat saisonnier',
  DIN: 'CDI intérimaire',
};

/** Characters a feed keeps before cutting the description with "..." (the real cuts land between 453 and 500). */
export const DESCRIPTION_CUT = 497;

/** HTML entities some feeds send in `entreprise.description`: named ones, or decimal ones. */
export const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  é: '&eacute;',
  è: '&egrave;',
  ê: '&ecirc;',
  à: '&agrave;',
  â: '&acirc;',
  ç: '&ccedil;',
  ô: '&ocirc;',
  î: '&icirc;',
  ù: '&ugrave;',
  û: '&ucirc;',
  '’': '&rsquo;',
};
