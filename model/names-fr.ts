import { CATEGORIES, isCategoryId } from './taxonomy.js';

/**
 * What a reader sees instead of a code: the rules' short French names, the départements and the ROME's domains
 * by name. The codes stay in the data (database, JSON, the CSV's code columns); these names are for the pages.
 */

/** A short French name for each rule id (`<category>.<what it looks for>`). */
export const RULE_NAMES: Readonly<Record<string, string>> = {
  'age_limit.age_range': 'Tranche d’âge demandée',
  'age_limit.young_profile': 'Profil « jeune » demandé',
  'discrimination.gendered_title': 'Intitulé au masculin ou au féminin seul',
  'discrimination.gendered_search': 'Un homme ou une femme recherché',
  'discrimination.feminine_job_sought': 'Une femme recherchée pour le poste',
  'discrimination.residence': 'Lieu de résidence exigé',
  'discrimination.gendered_description': 'Description réservée à un sexe',
  'discrimination.nationality': 'Nationalité exigée',
  'discrimination.family_situation': 'Situation de famille exigée',
  'discrimination.appearance': 'Apparence physique exigée',
  'discrimination.students_only': 'Réservé aux étudiants',
  'privacy.criminal_record': 'Casier judiciaire demandé',
  'privacy.personal_situation': 'Questions sur la vie personnelle',
  'privacy.photo_required': 'Photo exigée',
  'privacy.personal_numbers': 'Numéros personnels demandés',
  'fee_requested.application_fee': 'Frais de candidature',
  'fee_requested.subscription': 'Abonnement payant',
  'fee_requested.premium_number': 'Numéro surtaxé',
  'unpaid_work.unpaid_trial': 'Essai non payé',
  'unpaid_work.volunteer_for_job': 'Bénévolat pour un emploi',
  'disguised_self_employment.status_required': 'Statut d’indépendant exigé',
  'foreign_language.mostly_english': 'Offre rédigée en anglais',
  'below_minimum_wage.below_smic': 'Salaire sous le SMIC',
  'cdd_rules.path_to_cdi': 'CDD présenté comme période d’essai d’un CDI',
  'cdd_rules.over_18_months': 'CDD de plus de 18 mois',
  'cdd_rules.cdi_after_fixed_term': 'CDI affiché, précédé d’un autre contrat',
  'part_time_under_24h.no_exception_stated': 'Moins de 24 h par semaine sans dérogation',
  'undated.no_creation_date': 'Pas de date de publication',
  'contract_mismatch.listing_vs_text': 'Contrat de la fiche contredit par le texte',
  'contract_mismatch.partner_page_contract': 'Contrat contredit par la page du partenaire',
  'contract_mismatch.partner_page_duration': 'Durée contredite par la page du partenaire',
  'hours_mismatch.shown_vs_stated': 'Durée affichée contredite par le texte',
  'hours_mismatch.part_time_without_hours': 'Temps partiel sans nombre d’heures',
  'hours_mismatch.schedule_vs_hours': 'Horaires donnés contraires à la durée affichée',
  'hours_mismatch.forfait_jours': 'Forfait en jours affiché en heures',
  'hours_mismatch.weekend_only': 'Week-ends seulement, contraires à la durée affichée',
  'duration_missing.fixed_term_without_duration': 'Contrat à durée déterminée sans durée',
  'experience_mismatch.required_and_beginner': 'Expérience exigée et débutants acceptés',
  'place_mismatch.text_names_other_place': 'Le texte nomme un autre lieu',
  'place_mismatch.partner_page_place': 'Lieu contredit par la page du partenaire',
  'pay_mismatch.impossible_amount': 'Montant impossible',
  'pay_mismatch.commission_only_with_salary': 'Salaire annoncé, commissions seules',
  'pay_mismatch.text_differs': 'Salaire du texte différent de la fiche',
  'pay_mismatch.full_time_pay_for_few_hours': 'Salaire de temps plein pour quelques heures',
  'pay_mismatch.partner_page_pay': 'Salaire contredit par la page du partenaire',
  'not_a_job.business_for_sale': 'Fonds de commerce à vendre',
  'not_a_job.buy_in_or_network': 'Droit d’entrée ou réseau de vente',
  'not_a_job.training_sold': 'Formation payante',
  'not_a_job.contract_type': 'Contrat qui n’est pas un emploi',
  'salary_missing.no_amount': 'Aucun montant de salaire',
  'duplicate.copy': 'Copie d’une autre offre',
  'dead_link.gone': 'Offre disparue ou lien mort',
  'anonymous_employer.unnamed': 'Employeur non nommé',
  'hours_missing.no_working_time': 'Aucune durée du travail',
  'not_cdi.kind': 'Contrat autre que CDI',
  'part_time.shown': 'Temps partiel affiché',
  'short_contract.under_one_month': 'Contrat de moins d’un mois',
};

/**
 * A rule's French name; a variant (`not_cdi.cdd`) or a rule without a name takes its category's label, so that
 * no code reaches a reader.
 */
export function ruleName(id: string): string {
  const named = RULE_NAMES[id];
  if (named) return named;
  const category = id.split('.')[0] ?? '';
  if (isCategoryId(category)) return CATEGORIES[category].label;
  return 'Règle sans nom';
}

/** The 101 départements by code, as the API gives them ("01", "2A", "974"). */
export const DEPARTEMENTS: Readonly<Record<string, string>> = {
  '01': 'Ain',
  '02': 'Aisne',
  '03': 'Allier',
  '04': 'Alpes-de-Haute-Provence',
  '05': 'Hautes-Alpes',
  '06': 'Alpes-Maritimes',
  '07': 'Ardèche',
  '08': 'Ardennes',
  '09': 'Ariège',
  '10': 'Aube',
  '11': 'Aude',
  '12': 'Aveyron',
  '13': 'Bouches-du-Rhône',
  '14': 'Calvados',
  '15': 'Cantal',
  '16': 'Charente',
  '17': 'Charente-Maritime',
  '18': 'Cher',
  '19': 'Corrèze',
  '2A': 'Corse-du-Sud',
  '2B': 'Haute-Corse',
  '21': 'Côte-d’Or',
  '22': 'Côtes-d’Armor',
  '23': 'Creuse',
  '24': 'Dordogne',
  '25': 'Doubs',
  '26': 'Drôme',
  '27': 'Eure',
  '28': 'Eure-et-Loir',
  '29': 'Finistère',
  '30': 'Gard',
  '31': 'Haute-Garonne',
  '32': 'Gers',
  '33': 'Gironde',
  '34': 'Hérault',
  '35': 'Ille-et-Vilaine',
  '36': 'Indre',
  '37': 'Indre-et-Loire',
  '38': 'Isère',
  '39': 'Jura',
  '40': 'Landes',
  '41': 'Loir-et-Cher',
  '42': 'Loire',
  '43': 'Haute-Loire',
  '44': 'Loire-Atlantique',
  '45': 'Loiret',
  '46': 'Lot',
  '47': 'Lot-et-Garonne',
  '48': 'Lozère',
  '49': 'Maine-et-Loire',
  '50': 'Manche',
  '51': 'Marne',
  '52': 'Haute-Marne',
  '53': 'Mayenne',
  '54': 'Meurthe-et-Moselle',
  '55': 'Meuse',
  '56': 'Morbihan',
  '57': 'Moselle',
  '58': 'Nièvre',
  '59': 'Nord',
  '60': 'Oise',
  '61': 'Orne',
  '62': 'Pas-de-Calais',
  '63': 'Puy-de-Dôme',
  '64': 'Pyrénées-Atlantiques',
  '65': 'Hautes-Pyrénées',
  '66': 'Pyrénées-Orientales',
  '67': 'Bas-Rhin',
  '68': 'Haut-Rhin',
  '69': 'Rhône',
  '70': 'Haute-Saône',
  '71': 'Saône-et-Loire',
  '72': 'Sarthe',
  '73': 'Savoie',
  '74': 'Haute-Savoie',
  '75': 'Paris',
  '76': 'Seine-Maritime',
  '77': 'Seine-et-Marne',
  '78': 'Yvelines',
  '79': 'Deux-Sèvres',
  '80': 'Somme',
  '81': 'Tarn',
  '82': 'Tarn-et-Garonne',
  '83': 'Var',
  '84': 'Vaucluse',
  '85': 'Vendée',
  '86': 'Vienne',
  '87': 'Haute-Vienne',
  '88': 'Vosges',
  '89': 'Yonne',
  '90': 'Territoire de Belfort',
  '91': 'Essonne',
  '92': 'Hauts-de-Seine',
  '93': 'Seine-Saint-Denis',
  '94': 'Val-de-Marne',
  '95': 'Val-d’Oise',
  '971': 'Guadeloupe',
  '972': 'Martinique',
  '973': 'Guyane',
  '974': 'La Réunion',
  '976': 'Mayotte',
};

/** "Haute-Savoie (74)"; a code outside the table is shown as it is. */
export function departementLabel(code: string | null): string {
  if (code === null || code === '') return 'Non indiqué';
  const name = DEPARTEMENTS[code];
  return name ? `${name} (${code})` : code;
}

/** The 14 domains of the ROME, by their letter. */
export const ROME_DOMAINS: Readonly<Record<string, string>> = {
  A: 'Agriculture et pêche, espaces naturels et espaces verts, soins aux animaux',
  B: 'Arts et façonnage d’ouvrages d’art',
  C: 'Banque, assurance, immobilier',
  D: 'Commerce, vente et grande distribution',
  E: 'Communication, média et multimédia',
  F: 'Construction, bâtiment et travaux publics',
  G: 'Hôtellerie-restauration, tourisme, loisirs et animation',
  H: 'Industrie',
  I: 'Installation et maintenance',
  J: 'Santé',
  K: 'Services à la personne et à la collectivité',
  L: 'Spectacle',
  M: 'Support à l’entreprise',
  N: 'Transport et logistique',
};

/** "Santé (J14)": the domain of the code's letter, the code itself beside it; an unknown code as it is. */
export function romeDomainLabel(code: string | null): string {
  if (code === null || code === '') return 'Non indiqué';
  const name = ROME_DOMAINS[code.charAt(0).toUpperCase()];
  return name ? `${name} (${code})` : code;
}
