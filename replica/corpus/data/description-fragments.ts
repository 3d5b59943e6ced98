/**
 * The pieces descriptions are assembled from. Placeholders: {title} the job title, {job} its lower-case name,
 * {employer} the company (or "notre client" when anonymous), {city} the commune, {sector} a sector phrase.
 * None of these pieces may carry a defect by itself: defects come only from defect-wordings.ts, so a clean offer
 * is clean by construction.
 */
export const INTROS: readonly string[] = [
  '{employer} recrute un(e) {job} pour renforcer son équipe à {city}.',
  'Dans le cadre de son développement, {employer} recherche un(e) {job}.',
  'Vous souhaitez rejoindre une structure à taille humaine ? {employer} recrute un(e) {job} (H/F) sur son site de {city}.',
  'Nous recherchons pour notre établissement de {city} un(e) {job} motivé(e) et rigoureux(se).',
  '{employer} recherche pour son client, {sector}, un(e) {job} (H/F).',
  'Afin de compléter notre équipe, nous recrutons un(e) {job}. Le poste est à pourvoir dès que possible.',
  'Rejoignez {employer} ! Nous recherchons un(e) {job} pour accompagner notre croissance sur le secteur de {city}.',
  'La saison approche et nous renforçons nos équipes : {employer} recrute un(e) {job}.',
];

export const SECTOR_PHRASES: readonly string[] = [
  'un acteur reconnu de son secteur',
  'une entreprise familiale en plein développement',
  'un groupe national',
  'une PME dynamique',
  'une structure associative',
];

export const MISSION_HEADERS: readonly string[] = [
  'Vos missions :',
  'Missions principales :',
  'Au quotidien, vous serez chargé(e) de :',
  'Vos principales missions seront les suivantes :',
  'Rattaché(e) au responsable, vous aurez pour missions de :',
  'Descriptif du poste :',
];

export const MISSION_BULLETS: readonly string[] = ['- ', '- ', '• ', '* ', ''];

export const PROFILE_HEADERS: readonly string[] = [
  'Profil recherché :',
  'Votre profil :',
  'Profil :',
  'Qui êtes-vous ?',
];

export const PROFILE_LINES: readonly string[] = [
  'Vous êtes reconnu(e) pour votre sens du service et votre rigueur.',
  "Vous appréciez le travail en équipe et savez faire preuve d'autonomie.",
  'Organisé(e) et réactif(ve), vous savez gérer les priorités.',
  'Vous avez le sens du contact et une bonne aisance relationnelle.',
  'Ponctualité, fiabilité et bonne humeur sont indispensables.',
  "Vous êtes curieux(se) et avez envie d'apprendre.",
  "Vous maîtrisez les règles d'hygiène et de sécurité liées au métier.",
  'Une première expérience dans un poste similaire serait un plus.',
  "Vous êtes à l'aise avec les outils informatiques courants.",
  "Votre sens de l'organisation et votre esprit d'équipe feront la différence.",
];

export const EXPERIENCE_BEGINNER_LINES: readonly string[] = [
  'Débutant(e) accepté(e) : vous serez formé(e) à nos méthodes.',
  'Le poste est ouvert aux débutants motivés.',
  "Aucune expérience n'est exigée, une formation est assurée en interne.",
];

export const EXPERIENCE_REQUIRED_LINES: readonly string[] = [
  "Vous justifiez d'une expérience de {years} sur un poste similaire.",
  'Une expérience de {years} minimum dans le métier est demandée.',
  'Expérience exigée : {years} dans une fonction équivalente.',
];

export const CONDITIONS_HEADERS: readonly string[] = [
  'Conditions :',
  'Informations complémentaires :',
  'Ce que nous offrons :',
  'Conditions de travail :',
  'Rémunération et avantages :',
];

export const CONTRACT_LINES: readonly string[] = [
  'Contrat : {contract}.',
  'Type de contrat : {contract}.',
  'Poste proposé en {contract}.',
];

export const HOURS_LINES: readonly string[] = [
  'Durée hebdomadaire : {hours}.',
  'Horaires : {hours} par semaine, du lundi au vendredi.',
  "{hours} hebdomadaires, planning communiqué à l'avance.",
];

export const PAY_LINES: readonly string[] = [
  'Rémunération : {pay}.',
  'Salaire : {pay}.',
  'Salaire proposé : {pay}.',
];

export const UNSTATED_PAY_LINES: readonly string[] = [
  'Rémunération selon profil et expérience.',
  'Salaire à définir selon votre expérience.',
  'Rémunération attractive selon profil.',
  'Salaire selon la convention collective.',
];

export const BENEFIT_LINES: readonly string[] = [
  "Mutuelle d'entreprise prise en charge en partie par l'employeur.",
  'Tickets restaurant.',
  "Prime de fin d'année.",
  'Remboursement de la moitié du titre de transport.',
  "Comité d'entreprise.",
  'Repas pris sur place.',
  'Possibilité de logement pour la saison.',
  "Plan de formation et possibilités d'évolution.",
  "Prime d'intéressement.",
  'Tenue de travail fournie.',
  'Véhicule de service.',
  'Deux jours de repos consécutifs.',
];

/** How the work is organised; carries no hours, so it never contradicts the working-time fields. */
export const ORGANISATION_PARAGRAPHS: readonly string[] = [
  "Organisation du travail :\nVous travaillerez au sein d'une équipe de plusieurs personnes, encadrée par un responsable présent sur site. Les plannings sont établis en concertation et communiqués à l'avance. Une période d'intégration vous permettra de découvrir nos procédures, nos produits et nos clients.",
  'Votre environnement :\nDes locaux récents et lumineux, du matériel adapté et entretenu régulièrement, une équipe soudée et bienveillante. Nos managers sont disponibles et attentifs à la progression de chacun.',
  "Intégration :\nDès votre arrivée, vous suivrez un parcours d'accueil d'une semaine : présentation de l'entreprise, des règles de sécurité, des outils et des interlocuteurs clés. Un point régulier avec votre responsable permettra d'ajuster votre montée en compétences.",
  "Les plus du poste :\nUne ambiance de travail conviviale, des possibilités d'évolution réelles et un employeur attentif à l'équilibre entre vie professionnelle et vie personnelle. Nous proposons régulièrement des formations pour développer vos compétences.",
];

export const CLOSINGS: readonly string[] = [
  "N'hésitez plus, postulez !",
  "Si ce poste vous intéresse, merci d'adresser votre candidature (CV et lettre de motivation).",
  'Envoyez-nous votre CV, nous étudierons votre candidature avec attention.',
  'Vous vous reconnaissez dans cette description ? Rejoignez-nous !',
  'Poste à pourvoir rapidement. Candidatures à envoyer via le lien ci-dessous.',
  'Les entretiens auront lieu dans nos locaux.',
];

/** The body of a description written in English (the `foreign_language` defect). */
export const ENGLISH_DESCRIPTIONS: readonly string[] = [
  'We are looking for a motivated {title} to join our team in {city}.\n\nYour responsibilities:\n- Handle daily operations and support the team\n- Welcome and assist our customers\n- Keep the workplace clean and organised\n- Report to the site manager\n\nYour profile:\nYou are reliable, hard-working and a team player. Previous experience in a similar role is a plus. Fluent English required.\n\nWhat we offer:\nA friendly work environment, training, and opportunities to grow within the company.\n\nApply now and send us your resume!',
  'Join {employer} as a {title}!\n\nAbout the role:\nYou will be part of a fast-growing team and take ownership of your daily tasks. You will work closely with the operations manager and help us deliver an outstanding service to our clients.\n\nRequirements:\n- Strong communication skills\n- Ability to work in a fast-paced environment\n- Attention to detail\n\nBenefits:\n- Health insurance\n- Meal vouchers\n- Career development\n\nWe look forward to hearing from you.',
];

/** Longer paragraphs that some offers carry, so lengths spread like real ones (median ~1,400, p90 ~2,700). */
export const ABOUT_PARAGRAPHS: readonly string[] = [
  "Qui sommes-nous ?\nDepuis plus de vingt ans, nous avons bâti notre réputation sur la qualité de notre travail et la confiance de nos clients. Notre équipe, composée de professionnels passionnés, partage des valeurs de respect, d'entraide et d'exigence. Nous investissons chaque année dans la formation de nos collaborateurs et dans l'amélioration de leurs conditions de travail.",
  'Pourquoi nous rejoindre ?\nParce que vous intégrerez une entreprise qui fait confiance à ses salariés, qui les forme et qui les fait évoluer. Chez nous, chaque collaborateur compte : vos idées seront écoutées, votre travail reconnu. Nous privilégions la promotion interne et accompagnons chacun dans son projet professionnel.',
  "Notre engagement :\nNous sommes attachés à la qualité de vie au travail : plannings connus à l'avance, matériel récent et entretenu, locaux agréables. Nous nous engageons également en faveur de la diversité et de l'inclusion, et étudions toutes les candidatures sans distinction.",
  "Le contexte :\nNotre activité connaît une forte croissance et nous ouvrons de nouveaux postes sur l'ensemble de nos sites. Vous serez accueilli(e) par un tuteur qui vous présentera nos méthodes, nos outils et nos clients, et vous accompagnera durant vos premières semaines.",
  "Le processus de recrutement :\nAprès une première prise de contact téléphonique, vous rencontrerez votre futur responsable lors d'un entretien sur site. Une réponse vous sera apportée sous quinze jours, quelle que soit l'issue de votre candidature.",
];
