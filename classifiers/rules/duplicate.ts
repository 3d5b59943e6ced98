import type { SetRule } from '../rule.js';

// Real (PMEJOB, August 2025): one agency's text, re-posted 33 s later under another title.
const NEGOTIATOR =
  "Vous serez amené à identifier, prospecter et négocier les meilleurs sites d'implantation au sein d'un secteur géographique donné. Vous rencontrez les propriétaires, présentez le projet, négociez les conditions du bail et suivez les dossiers jusqu'à la signature, en lien avec les bureaux d'études et les équipes techniques du client.";
// Real (Acadomia, August 2025): one template per town, the town named in the text.
const TUTORING = (town: string) =>
  `Acadomia recherche des enseignants pour donner des cours particuliers à domicile à ${town} et ses environs. Vous accompagnez des élèves du primaire au lycée, préparez vos séances selon leurs besoins et suivez leurs progrès avec les familles. Horaires flexibles selon vos disponibilités, rémunération attractive et formation assurée.`;
// Real (Cookorico, August 2025): one text for two seasons.
const DISHWASHER = (season: string) =>
  `Nous recherchons un plongeur pour la saison ${season} dans notre restaurant d'altitude. Vous assurez le lavage de la vaisselle, l'entretien de la cuisine et le rangement des réserves, en lien avec le chef et l'équipe de salle. Logement possible, repas pris sur place, deux jours de repos par semaine.`;
// Real (Industrie Recrute, then the employer on France Travail): one post, the later copy wrapped in the group's presentation.
const FITTER =
  "Réaliser manuellement ou à l'aide de machine l'ajustage ou l'assemblage de sous-ensembles mécaniques. Assurer la conformité des pièces en utilisant des moyens de mesures adaptés (pied à coulisse, micromètre, tampon, binoculaire). Certaines opérations sont soumises à certification par le secteur qualité. De formation CAP, BEP ou bac pro en ajustage mécanique, débutant ou première expérience dans un poste similaire. Savoir lire un plan de pièce unitaire, avoir le sens de l'organisation et une très bonne représentation dans l'espace, respecter scrupuleusement les procédures.";
const GROUP =
  'Architecte du futur, le groupe conçoit et fabrique des avions militaires, des avions d’affaires et des systèmes spatiaux, et rassemble 14 000 collaborateurs en France autour de projets exigeants.';

/**
 * Copies of one job within a set of offers. The detection is over the whole set (classifiers/duplicates/: MinHash
 * of the descriptions, titles, place and employer); `duplicateFlags` builds each copy's flag from this rule.
 */
export const duplicateRules: readonly SetRule[] = [
  {
    kind: 'set',
    id: 'duplicate.copy',
    category: 'duplicate',
    // Near copies pass three checks (text, title, same place and employer): certain as well.
    severity: 'certain',
    explanation: 'Cette annonce reprend une offre publiée plus tôt pour le même employeur et le même lieu.',
    examples: {
      positive: [
        {
          text: 'Vous assurez la mise en rayon, l’accueil des clients et la tenue de la caisse dans notre magasin de centre-ville, du mardi au samedi.',
          offer: { id: 'T000002', createdAt: '2025-08-06T10:00:00.000Z' },
          copies: [
            {
              text: 'Vous assurez la mise en rayon, l’accueil des clients et la tenue de la caisse dans notre magasin de centre-ville, du mardi au samedi.',
            },
          ],
          quote: "doublon de l'offre T000001 (2 annonces pour un même poste)",
        },
        {
          text: NEGOTIATOR,
          title: 'Négociateur fibre optique (H/F)',
          offer: { id: 'T000002', createdAt: '2025-08-05T10:00:33.000Z' },
          copies: [{ text: NEGOTIATOR, title: 'Assistant commercial - prospection foncière (H/F)' }],
          quote: "doublon de l'offre T000001 (2 annonces pour un même poste)",
        },
        {
          text: `${GROUP} ${FITTER}`,
          title: 'Ajusteur mécanique F/H (H/F)',
          offer: { id: 'T000002', createdAt: '2025-08-05T16:19:42.000Z' },
          copies: [{ text: FITTER, title: 'Ajusteur mécanique F/H H/F' }],
          quote: "doublon de l'offre T000001 (2 annonces pour un même poste)",
        },
      ],
      negative: [
        {
          text: TUTORING('Publier'),
          title: 'Enseignant Soutien Scolaire - Anglais (H/F)',
          offer: { id: 'T000002', createdAt: '2025-08-05T10:05:00.000Z' },
          copies: [{ text: TUTORING('Marignier'), title: 'Enseignant Soutien Scolaire - Anglais (H/F)' }],
          why: 'one template for two towns named in the text (the listing only gives the département) is two posts',
        },
        {
          text: DISHWASHER("d'hiver 2025-2026"),
          title: 'Plongeur / Plongeuse en restauration (H/F)',
          offer: { id: 'T000002', createdAt: '2025-08-05T10:05:00.000Z' },
          copies: [{ text: DISHWASHER("d'août 2025"), title: 'Plongeur / Plongeuse en restauration (H/F)' }],
          why: 'an August job and a winter job are two jobs, whatever the text they share',
        },
        {
          text: NEGOTIATOR,
          title: 'Négociateur fibre optique (H/F)',
          copies: [{ text: NEGOTIATOR, title: 'Négociateur fibre optique (H/F)' }],
          why: 'the same offer (one id) read twice is one offer, never its own copy',
        },
        {
          text: 'Vous assurez la mise en rayon, l’accueil des clients et la tenue de la caisse dans notre magasin de centre-ville, du mardi au samedi.',
          offer: {
            id: 'T000002',
            createdAt: '2025-08-06T10:00:00.000Z',
            place: {
              label: '69 - Lyon',
              departement: '69',
              commune: '69123',
              postcode: '69001',
              latitude: null,
              longitude: null,
            },
          },
          copies: [
            {
              text: 'Vous assurez la mise en rayon, l’accueil des clients et la tenue de la caisse dans notre magasin de centre-ville, du mardi au samedi.',
            },
          ],
          why: 'the same text for another place is another job',
        },
      ],
    },
  },
];
