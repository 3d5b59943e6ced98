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

// Real (Super U Bonne on its own feed, then the U cooperative on Distrijob, August 2025): one post, another title,
// another layout (the lines glued, the contract summary added).
const U_CHARCUTERIE_STORE =
  "Votre mission principale : Faire rayonner les produits de votre région et valoriser les producteurs locaux\nVotre rayon est votre terrain d'expression, vous l'animez et lui donnez vie par la théâtralisation. Vous partagez avec passion l'histoire des produits au délicieux goût du terroir.\nVente et conseil aux clients / Information sur les offres spéciales et les engagements U / Fidélisation de la clientèle\nMerchandising et mise en valeur du rayon\nSuivi des stocks et de l'approvisionnement\nRespect des normes d'hygiène et de sécurité alimentaire\nVotre sommet chez U : des valeurs pour grandir ensemble\nChez U, on prend votre parcours professionnel au sérieux. On vous encourage à évoluer constamment en développant vos compétences.\nDes questions ? On vous dit tout sur le métier de conseiller vendeur rayon traditionnel suivez le lien -&gt; https://urlr.me/ZatK8w\nChez U, tout commence avec vous\nVous, qui êtes.  \nÀ l'écoute de vos clients, prêt à répondre à leurs besoins\nRigoureux et organisé pour assurer la réglementation et la sécurité alimentaire\nFier de votre métier, de vos produits au service d'un commerce local et engagé\nPrêt à prendre des initiatives pour vous épanouir dans votre environnement\nEt nous, alors ?\nDécouvrez ce que l'on vous propose pour vous épanouir à nos côtés.  \nPause de 5% du temps de travail rémunérée\nPrime annuelle\nMutuelle\nPrévoyance\nAutres avantages financiers selon ancienneté\nMobilité interne au sein du magasin\nAutorisations d'absences pour événements familiaux\nVous vous reconnaissez et vous voulez atteindre votre sommet à nos côtés ? Postulez !\nTous nos postes sont ouverts aux personnes en situation de handicap.";
const U_CHARCUTERIE_COOPERATIVE =
  "Votre mission principale : Faire rayonner les produits de votre région et valoriser les producteurs locaux Votre rayon est votre terrain d'expression, vous l'animez et lui donnez vie par la théâtralisation. Vous partagez avec passion l'histoire des produits au délicieux goût du terroir.\nVente et conseil aux clients   Information sur les offres spéciales et les engagements U   Fidélisation de la clientèleMerchandising et mise en valeur du rayonSuivi des stocks et de l'approvisionnementRespect des normes d'hygiène et de sécurité alimentaire\n \nVotre sommet chez U : des valeurs pour grandir ensemble Chez U, on prend votre parcours professionnel au sérieux. On vous encourage à évoluer constamment en développant vos compétences.\n Des questions ? On vous dit tout sur le métier de conseiller vendeur rayon traditionnel suivez le lien -> https:  urlr.me ZatK8w\n Contrat : CDI Temps plein\n Service : Vente alimentaire\n Expérience : Moins de 2 ans d'expérience\n Niveau d'étude : Indifférent\n Chez U, tout commence avec vous  Vous, qui êtes ...\n  l'écoute de vos clients, prêt à répondre à leurs besoinsRigoureux et organisé pour assurer la réglementation et la sécurité alimentaireFier de votre métier, de vos produits au service d'un commerce local et engagéPrêt à prendre des initiatives pour vous épanouir dans votre environnement Et nous, alors ? Découvrez ce que l'on vous propose pour vous épanouir à nos côtés.\nPause de 5% du temps de travail rémunéréePrime annuelleMutuellePrévoyanceAutres avantages financiers selon anciennetéMobilité interne au sein du magasinAutorisations d'absences pour événements familiaux Vous vous reconnaissez et vous voulez atteindre votre sommet à nos côtés ? Postulez !\n \nTous nos postes sont ouverts aux personnes en situation de handicap.";
// Real (Super U St-Jorioz, the same two feeds): one template for two departments, two posts.
const U_DRINKS_STORE =
  "Votre mission principale : optimiser le parcours d'achat des clients\nVotre implication permet d'offre à nos clients un rayon marchand au sein du rayon liquide.\nMise en rayon / Étiquetage et suivi des prix / Balisage publicitaire\nGestion des stocks / Logistique\nConseil aux clients\nMerchandising et mise en valeur du rayon\nRespect des règles d'hygiène et de sécurité alimentaire\nVotre sommet chez U : des valeurs pour grandir ensemble\nChez U, les idées et les propositions des collaborateurs sont écoutées et partagées, permettant ainsi à chacun de devenir acteur de notre succès.\nDes questions ?\nOn vous dit tout sur le métier d'employé commercial, suivez le lien -&gt; https://urlr.me/fwF4h\nChez U, tout commence avec vous\nVous, qui êtes.\nSouriant et dynamique, évoluer au sein d'une équipe est une perspective qui vous enchante\nRéactif, votre sens de l'organisation offre rayon marchand au quotidien\nEngagé pour un commerce responsable de qualité dont vous êtes fier\nEt nous, alors ?\nDécouvrez ce que l'on vous propose pour vous épanouir à nos côtés :\nPause de 5% du temps de travail rémunérée\n13e mois\nPrime annuelle PPV\n5% remise immédiate sur vos achats (selon ancienneté)\nMobilité interne au sein du magasin\nAutorisations d'absences pour événements familiaux\nMutuelle\nVous vous reconnaissez et vous voulez atteindre votre sommet à nos côtés ? Postulez !\nTous nos postes sont ouverts aux personnes en situation de handicap.";
const U_GROCERY_COOPERATIVE =
  "Votre mission principale : optimiser le parcours d'achat des clients \nVotre implication permet d'offre à nos clients un rayon marchand au sein du rayon épicerie.\nMise en rayon    tiquetage et suivi des prix   Balisage publicitaireGestion des stocks   LogistiqueConseil aux clientsMerchandising et mise en valeur du rayonRespect des règles d'hygiène et de sécurité alimentaire \nVotre sommet chez U : des valeurs pour grandir ensemble \nChez U, les idées et les propositions des collaborateurs sont écoutées et partagées, permettant ainsi à chacun de devenir acteur de notre succès.\n Des questions ? \nOn vous dit tout sur le métier d'employé commercial, suivez le lien -> https:  urlr.me fwF4h\n Contrat : CDI Temps plein\n Service : Employé de rayon\n Expérience : Indifférent\n Niveau d'étude : Indifférent\n Chez U, tout commence avec vous\nVous, qui êtes... \nSouriant et dynamique, évoluer au sein d'une équipe est une perspective qui vous enchanteRéactif, votre sens de l'organisation offre rayon marchand au quotidienEngagé pour un commerce responsable de qualité dont vous êtes fier\n Et nous, alors ?\nDécouvrez ce que l'on vous propose pour vous épanouir à nos côtés :\n \nPause de 5% du temps de travail rémunérée13e moisPrime annuelle PPV5% remise immédiate sur vos achats (selon ancienneté)Mobilité interne au sein du magasinAutorisations d'absences pour événements familiauxMutuelle\n Vous vous reconnaissez et vous voulez atteindre votre sommet à nos côtés ? Postulez !\n \nTous nos postes sont ouverts aux personnes en situation de handicap.";
/** An offer of `name` that came through `partner`'s feed. */
const THROUGH = (name: string, partner: string) => ({
  employer: { name, description: null, url: null, adapted: null },
  origin: { kind: 'partner', url: null, partners: [{ name: partner, url: null }] },
});

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
        {
          // 0637909 / 0665514: "Super U" and "U Les Commerçants" are one store at one place.
          text: U_CHARCUTERIE_COOPERATIVE,
          title: 'Conseiller vendeur en charcuterie fromagerie (H/F)',
          offer: {
            id: 'T000002',
            createdAt: '2025-08-05T14:49:04.000Z',
            ...THROUGH('U Les Commerçants', 'DISTRIJOB'),
          },
          copies: [
            {
              text: U_CHARCUTERIE_STORE,
              title: 'Super U - Vendeur / Vendeuse en charcuterie (H/F)',
              offer: { createdAt: '2025-08-05T05:40:51.000Z', ...THROUGH('Super U', 'DIGITAL RECRUITERS') },
            },
          ],
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
        {
          // 0640001 / 0665790.
          text: U_GROCERY_COOPERATIVE,
          title: 'Employé commercial rayon épicerie  35h (H/F)',
          offer: {
            id: 'T000002',
            createdAt: '2025-08-05T14:53:31.000Z',
            ...THROUGH('U Les Commerçants', 'DISTRIJOB'),
          },
          copies: [
            {
              text: U_DRINKS_STORE,
              title: 'Super U - Employé / Employée de rayon liquides (H/F)',
              offer: { createdAt: '2025-08-05T05:52:16.000Z', ...THROUGH('Super U', 'DIGITAL RECRUITERS') },
            },
          ],
          why: 'one store’s template for two departments (drinks, grocery) is two posts, whatever the partner',
        },
      ],
    },
  },
];
