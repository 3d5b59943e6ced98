import type { JobRow } from './jobs.js';

/**
 * Wordings that look like a defect and are not one (taxonomy.md, "does not flag"). Each is planted only where it
 * is legal: the criminal-record extract for a security or childcare job, "18 ans minimum" where alcohol is served,
 * "CDD de remplacement" on a CDD.
 */
export interface TrickyNegative {
  id: string;
  text: string;
  applies: (context: { job: JobRow; contract: string }) => boolean;
}

const always = () => true;

export const TRICKY_NEGATIVES: readonly TrickyNegative[] = [
  {
    id: 'no_age_limit',
    text: "Pas de limite d'âge : toutes les candidatures sont les bienvenues.",
    applies: always,
  },
  { id: 'open_to_seniors', text: 'Poste ouvert aux seniors comme aux débutants.', applies: always },
  { id: 'young_team', text: 'Vous rejoindrez une équipe jeune et dynamique.', applies: always },
  {
    id: 'young_children',
    text: 'Vous travaillerez auprès de jeunes enfants âgés de 3 mois à 3 ans.',
    applies: ({ job }) => job.flags?.childcare === true,
  },
  {
    id: 'criminal_record_extract',
    text: "Un extrait de casier judiciaire sera demandé à l'embauche (carte professionnelle CNAPS).",
    applies: ({ job }) => job.flags?.security === true,
  },
  {
    id: 'criminal_record_childcare',
    text: "Extrait de casier judiciaire (bulletin n°3) demandé, conformément à la réglementation de l'accueil du jeune enfant.",
    applies: ({ job }) => job.flags?.childcare === true,
  },
  { id: 'trial_period', text: "Période d'essai de 2 mois.", applies: ({ contract }) => contract === 'CDI' },
  { id: 'travel_expenses', text: 'Frais de déplacement remboursés.', applies: always },
  { id: 'paid_training', text: 'Formation rémunérée assurée à la prise de poste.', applies: always },
  {
    id: 'replacement_cdd',
    text: "CDD de remplacement d'un salarié absent.",
    applies: ({ contract }) => contract === 'CDD',
  },
  {
    id: 'both_genders',
    text: 'Nous recrutons un serveur/serveuse pour la saison.',
    applies: ({ job }) => job.rome === 'G1803',
  },
  {
    id: 'legal_minimum_age_alcohol',
    text: '18 ans minimum (service de boissons alcoolisées).',
    applies: ({ job }) => job.flags?.alcohol === true,
  },
  {
    id: 'disability_friendly',
    text: 'Poste accessible aux personnes en situation de handicap.',
    applies: always,
  },
  {
    id: 'driving_licence',
    text: 'Permis B exigé (déplacements chez les clients).',
    applies: ({ job }) => job.flags?.driving === true,
  },
  {
    id: 'english_terms',
    text: 'Vous participerez au reporting hebdomadaire et au suivi du planning.',
    applies: always,
  },
  {
    id: 'children_under_16',
    text: "Animation d'ateliers pour des enfants de moins de 16 ans.",
    applies: ({ job }) => job.flags?.childcare === true,
  },
];
