/**
 * Sentences that plant a defect, several per category so a classifier cannot learn one fixed string. Slots:
 * {min}/{max} ages, {amount} euros, {days}, {months}, {hours}, {years}, {city}, {contract}.
 * `withAmount` marks the wordings that state a sum of money: they are avoided on offers planted as
 * `salary_missing`, whose text must state no amount at all.
 */
export interface Wording {
  text: string;
  withAmount?: boolean;
}

const w = (text: string, withAmount = false): Wording => ({ text, withAmount });

export const AGE_LIMIT: readonly Wording[] = [
  w('Candidat(e) âgé(e) de moins de {max} ans.'),
  w('Vous êtes âgé(e) de {min} à {max} ans.'),
  w('Profil jeune exigé.'),
  w('Poste réservé aux candidats de {max} ans maximum.'),
  w('Nous recherchons une personne de moins de {max} ans pour intégrer notre équipe.'),
  w('Âge souhaité : entre {min} et {max} ans.'),
  w('Idéalement jeune retraité(e) pour compléter ses revenus.'),
];

export const DISCRIMINATION: readonly Wording[] = [
  w('Nous recherchons exclusivement une femme pour ce poste.'),
  w('Profil masculin souhaité, travail physique : homme fort exigé.'),
  w('Nationalité française exigée.'),
  w('Candidat(e) sans enfants de préférence, pour la disponibilité.'),
  // Appearance alone: a photo to send would be `privacy` too, which this offer is not planted as.
  w('Bonne présentation physique exigée, silhouette élancée souhaitée.'),
  w('Poste étudiant uniquement.'),
  w('Nous souhaitons recruter une hôtesse souriante et soignée.'),
  w('Personnes habitant le quartier prioritaires.'),
];

export const PRIVACY: readonly Wording[] = [
  w('Casier judiciaire vierge exigé.'),
  w("Merci de joindre une photo d'identité à votre CV."),
  w('Envoyer CV avec photo obligatoirement.'),
  w('Joindre à votre candidature votre numéro de sécurité sociale et un RIB.'),
  w('Un extrait de casier judiciaire vierge sera demandé dès la candidature.'),
  w("Merci d'indiquer votre situation familiale dans votre candidature."),
];

export const FEE_REQUESTED: readonly Wording[] = [
  w("Des frais de dossier de {amount} € seront demandés à l'inscription.", true),
  w("Joindre un chèque de {amount} € pour l'ouverture de votre dossier.", true),
  w('Formation payante obligatoire avant embauche ({amount} €).', true),
  w("Des frais de dossier sont à régler avant l'entretien."),
  w('Un kit de démarrage est à acheter avant la prise de poste.'),
  w("Pour plus d'informations, appelez le 08 99 {digits} (service payant)."),
  w('Une participation aux frais de recrutement est demandée aux candidats.'),
];

export const UNPAID_WORK: readonly Wording[] = [
  w("Une journée d'essai non rémunérée sera réalisée avant toute embauche."),
  w("Période d'essai de {days} jours non payée."),
  w("Stage d'essai gratuit de {days} jours en conditions réelles."),
  w('Les {days} premiers jours de travail ne sont pas rémunérés (période de découverte).'),
  w('Poste bénévole à pourvoir immédiatement, horaires fixes et planning imposé.'),
];

export const DISGUISED_SELF_EMPLOYMENT: readonly Wording[] = [
  w(
    "Statut auto-entrepreneur obligatoire. Horaires fixes du lundi au vendredi, sous la responsabilité du chef d'équipe.",
  ),
  w(
    'Vous devez être auto-entrepreneur ; vous travaillerez selon le planning défini par votre responsable, dans nos locaux.',
  ),
  w('Statut micro-entrepreneur exigé (facturation mensuelle), présence obligatoire de 8h à 17h sur site.'),
  w('Poste ouvert uniquement aux auto-entrepreneurs, encadrement par notre manager et horaires imposés.'),
];

export const CDD_TOWARDS_CDI: readonly Wording[] = [
  w('CDD pouvant déboucher sur un CDI.'),
  w("CDD en vue d'embauche en CDI."),
  w("Possibilité de prolongation en CDI à l'issue du contrat."),
  w('Contrat renouvelable avec CDI à la clé.'),
  w('Mission pouvant déboucher sur une embauche en CDI.'),
];

export const LONG_TEMP_MISSION: readonly Wording[] = [
  w("Mission d'intérim de {months} mois."),
  w('Mission longue : {months} mois minimum.'),
];

/** `contract_mismatch` on a CDI listing: the text describes something else. */
export const CDI_BUT_NOT: readonly Wording[] = [
  w("Missions d'une semaine renouvelables selon l'activité."),
  w("Il s'agit d'un remplacement de {months} mois."),
  w('Poste en CDD de {months} mois.'),
  w('Contrat de mission à la journée, renouvelable.'),
];

/** `contract_mismatch` on a fixed-term listing: the text states another duration or contract. */
export const OTHER_DURATION: readonly Wording[] = [
  w('Contrat de {months} mois.'),
  w("Mission d'une durée de {months} mois."),
  w('Poste à pourvoir pour {months} mois.'),
  w('Poste en CDI.'),
];

export const HOURS_PART_IN_TEXT: readonly Wording[] = [
  w('Poste à {hours}h par semaine.'),
  w('Temps de travail : {hours} heures hebdomadaires.'),
  w('Vous travaillerez {hours}h par semaine, principalement le matin.'),
];

export const HOURS_FULL_IN_TEXT: readonly Wording[] = [
  w('Poste à temps complet, 35 heures par semaine.'),
  w('Horaires : 39h par semaine du lundi au samedi.'),
  w('Temps plein, 35h hebdomadaires.'),
];

export const EXPERIENCE_BEGINNER_CONTRADICTION: readonly Wording[] = [
  w('Débutants acceptés.'),
  w('Poste ouvert aux débutants, formation assurée.'),
  w('Aucune expérience requise.'),
];

export const EXPERIENCE_REQUIRED_CONTRADICTION: readonly Wording[] = [
  w("{years} ans d'expérience exigés sur un poste similaire."),
  w('Expérience significative de {years} ans minimum obligatoire.'),
  w("Vous avez impérativement {years} ans d'expérience dans le métier."),
  w("Vous justifiez d'une expérience réussie de {years} ans minimum."),
  w("Au moins {years} ans d'expérience sur un poste similaire sont indispensables."),
];

export const PLACE_IN_TEXT: readonly Wording[] = [
  w('Poste basé à {city}.'),
  w('Lieu de travail : {city}.'),
  w('Le poste est situé sur notre site de {city}.'),
  w('Vous serez rattaché(e) à notre agence de {city}.'),
];

export const COMMISSION_ONLY: readonly Wording[] = [
  w('Rémunération uniquement à la commission.'),
  w('Pas de fixe : rémunération 100 % variable sur commissions.'),
  w('Rémunéré(e) exclusivement à la commission sur vos ventes.'),
];

export const PAY_IN_TEXT: readonly Wording[] = [
  w('Salaire : {amount} € brut par mois.', true),
  w('Rémunération de {amount} € brut mensuel.', true),
];

export const NOT_A_JOB: readonly Wording[] = [
  w('Reprise de fonds de commerce : {amount} € à prévoir.', true),
  w(
    'Devenez votre propre patron en rejoignant notre réseau de franchisés. Investissement de départ : {amount} €.',
    true,
  ),
  w('Opportunité : créez votre activité avec notre concept, apport personnel requis.'),
  w('Rejoignez notre réseau de vente à domicile et développez votre propre équipe de conseillers.'),
  w("Formation certifiante à financer (CPF accepté) : à l'issue, vous pourrez exercer en indépendant."),
  w(
    "Cabinet de conseil en carrière : nous vous accompagnons dans votre recherche d'emploi moyennant un forfait.",
  ),
  w("Devenez votre propre patron : développez votre clientèle sous votre statut d'indépendant."),
];

export const ANONYMOUS_EMPLOYER_NAMES = { client: 'notre client', company: 'notre entreprise' } as const;
