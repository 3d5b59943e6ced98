import { VigieError } from '../lib/errors.js';

/** Why a check gave no verdict. Each has a French message a jobseeker can act on (CHECK_ERROR_MESSAGES). */
export type CheckErrorCode =
  | 'empty'
  | 'too_long'
  | 'malformed'
  | 'scheme'
  | 'foreign_site'
  | 'not_an_offer_page'
  | 'not_found'
  | 'partner_unknown'
  | 'blocked'
  | 'network'
  | 'timeout'
  | 'too_large'
  | 'busy'
  | 'credentials'
  | 'internal';

export const CHECK_ERROR_MESSAGES: Readonly<Record<CheckErrorCode, { message: string; hint: string }>> = {
  empty: {
    message: 'Vous n’avez rien saisi.',
    hint: 'Collez le lien de l’offre (il commence par https://candidat.francetravail.fr/) ou son numéro, par exemple 196FBMG.',
  },
  too_long: {
    message: 'Le texte saisi est trop long pour être un lien ou un numéro d’offre.',
    hint: 'Collez seulement le lien de l’offre, ou son numéro (7 caractères, par exemple 196FBMG).',
  },
  malformed: {
    message: 'Ce texte n’est ni un lien ni un numéro d’offre.',
    hint: 'Le numéro d’une offre France Travail a 7 caractères, par exemple 196FBMG ; il figure sous le titre de l’offre.',
  },
  scheme: {
    message: 'Seuls les liens web (http ou https) peuvent être vérifiés.',
    hint: 'Copiez le lien depuis la barre d’adresse de votre navigateur, sur la page de l’offre.',
  },
  foreign_site: {
    message: 'Ce lien ne mène ni à France Travail ni à un site partenaire connu : Vigie ne le consulte pas.',
    hint: 'Cherchez l’offre sur candidat.francetravail.fr et collez ce lien-là, ou son numéro.',
  },
  not_an_offer_page: {
    message: 'Ce lien mène bien à France Travail, mais pas à une offre précise.',
    hint: 'Ouvrez l’offre elle-même (son titre dans la liste des résultats), puis copiez le lien de cette page.',
  },
  not_found: {
    message: 'Aucune offre ne porte ce numéro sur France Travail.',
    hint: 'Vérifiez le numéro (7 caractères, sous le titre de l’offre) ; l’offre a peut-être aussi été retirée.',
  },
  partner_unknown: {
    message: 'Ce lien de site partenaire ne correspond à aucune offre France Travail connue de Vigie.',
    hint: 'Ouvrez l’offre sur candidat.francetravail.fr et collez son lien ou son numéro.',
  },
  blocked: {
    message: 'Ce lien ne peut pas être consulté : il mène à une adresse qui n’est pas publique.',
    hint: 'Collez le lien de l’offre sur candidat.francetravail.fr, ou son numéro.',
  },
  network: {
    message: 'Le site de France Travail (ou du partenaire) n’a pas pu être joint.',
    hint: 'C’est sans doute passager : réessayez dans quelques minutes.',
  },
  timeout: {
    message: 'Le site de France Travail (ou du partenaire) a mis trop de temps à répondre.',
    hint: 'Réessayez dans quelques minutes.',
  },
  too_large: {
    message: 'La page de l’offre est anormalement volumineuse : elle n’a pas été lue.',
    hint: 'Réessayez plus tard, ou vérifiez l’offre directement sur candidat.francetravail.fr.',
  },
  busy: {
    message: 'Trop de vérifications en peu de temps.',
    hint: 'Patientez un instant puis réessayez.',
  },
  credentials: {
    message: 'L’API de France Travail refuse les identifiants de cette installation de Vigie.',
    hint: 'Vérifiez FT_CLIENT_ID et FT_CLIENT_SECRET, ou retirez-les pour que Vigie lise le site public.',
  },
  internal: {
    message: 'Une erreur inattendue a empêché la vérification.',
    hint: 'Réessayez ; si cela se reproduit, signalez-le aux mainteneurs de Vigie.',
  },
};

/**
 * A check that could not give a verdict, for a reason the user is told in French. `detail` is for logs only: it
 * may quote a URL or an internal message and is never shown on the web page.
 */
export class CheckError extends VigieError {
  constructor(
    readonly code: CheckErrorCode,
    readonly detail?: string,
    options?: ErrorOptions,
  ) {
    super(CHECK_ERROR_MESSAGES[code].message, CHECK_ERROR_MESSAGES[code].hint, options);
  }
}
