import type { PreparedOffer } from '../engine/prepared-offer.js';
import type { TextRule } from '../rule.js';

/*
 * Jobs where a law requires a clean record or lets the employer check it: private security (Code de la sécurité
 * intérieure, L612-20), work with children or vulnerable people (Code de l'action sociale, L133-6), passenger
 * transport (taxi, VTC, school buses), airport security, police and the armed forces, casinos, banking and
 * money transport, justice. Told apart by ROME code, job title and sector.
 */
const EXEMPT_ROME = /^(?:K25|K17|K13|K12|K21|K11|G12|N4102|N4103|N22|K19)/i;
const EXEMPT_WORDS =
  /\b(?:securite|surete|surveillance|surveillant|vigile|gardiennage|agent cynophile|ssiap|garde du corps|convoyeur|transport de fonds|convoyage|creche|petite enfance|enfant|enfants|periscolaire|atsem|ecole|educat\w{0,6}|animat\w{0,6}|colonie|centre de loisirs|assistant maternel|nounou|baby-?sitt\w{0,6}|garde d'enfants?|auxiliaire de vie|aide a domicile|ehpad|medico-social|handicap|personnes agees|taxi|vtc|ambulan\w{0,6}|chauffeur de (?:bus|car)|conducteur de (?:bus|car)|transport scolaire|transport de personnes|aeroport|aeroportuaire|police|gendarmerie|armee|militaire|pompier|douane|penitentiaire|casino|jeux|justice|tribunal|nucleaire|enseignant|professeur|accompagnant|mineurs)\b/;

function exemptJob(prepared: PreparedOffer): boolean {
  const { offer } = prepared;
  if (offer.rome.code && EXEMPT_ROME.test(offer.rome.code)) return true;
  const fields = [
    offer.title,
    offer.rome.label,
    offer.rome.appellation,
    offer.sector.label,
    offer.employer.name,
  ]
    .filter(Boolean)
    .join(' ')
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
  return EXEMPT_WORDS.test(fields);
}

const AT_HIRING =
  /\b(?:a l'embauche|lors de (?:l'embauche|la signature|votre inscription)|le jour de (?:l'embauche|votre arrivee)|a la signature|pour (?:votre )?inscription|apres (?:l'embauche|recrutement|validation)|une fois (?:embauche|recrute|retenu)|si votre candidature est retenue|documents? a fournir a l'embauche)\b/;

export const privacyRules: readonly TextRule[] = [
  {
    kind: 'text',
    id: 'privacy.criminal_record',
    category: 'privacy',
    severity: 'certain',
    triggers: ['casier', 'bulletin', 'antecedents', 'moralite'],
    patterns: [
      /\bcasier judiciaire (?:vierge|blanc|net)\b|\bcasier (?:vierge|judiciaire n° ?3 vierge)\b/g,
      /\b(?:extrait (?:de |du )?casier judiciaire|bulletin n° ?3|casier judiciaire)\b/g,
      /\bverification (?:des |de vos )?antecedents\b|\b(?:enquete|controle) (?:de moralite|des antecedents)\b/g,
    ],
    negations: [
      /\b(?:pas|aucun|aucune|non|sans) (?:de |d')?(?:casier|extrait|verification|enquete|controle)\b[^.;\n]{0,30}\b(?:demandee?s?|requise?s?|exigee?s?|necessaires?|obligatoires?)\b|\b(?:casier judiciaire|extrait de casier|antecedents)\b[^.;\n]{0,12}\b(?:non|pas) (?:requise?|exigee?|demandee?|necessaire|obligatoire)\b/,
    ],
    judge: (match) => (/vierge|blanc|net/.test(match[0]) ? 'certain' : 'likely'),
    exemptJob,
    explanation:
      "L'offre exige un casier judiciaire (vierge) alors que rien dans le poste ne l'impose : une information demandée au candidat doit avoir un lien direct et nécessaire avec l'emploi.",
    examples: {
      positive: [
        {
          text: 'Serveur H/F. Casier judiciaire vierge exigé.',
          quote: 'Serveur H/F. Casier judiciaire vierge exigé.',
        },
        {
          title: 'Employé de rayon (H/F)',
          description: 'Casier judiciaire vierge obligatoire.',
          quote: 'Casier judiciaire vierge obligatoire.',
        },
        {
          // Real (August 2025): a seasonal accounts assistant (likely: a client's rules might require it).
          title: 'Assistant comptable saisonnier (H/F)',
          description:
            'Permis de travail, vérification des antécédents et/ou examens médicaux organisés et inclus.',
          quote: 'Permis de travail, vérification des antécédents et/ou examens médicaux organisés…',
        },
      ],
      negative: [
        {
          title: 'Agent de sécurité (H/F)',
          description: 'Extrait de casier judiciaire demandé, carte professionnelle CNAPS.',
          why: 'private security may check the record (CSI L612-20)',
        },
        {
          title: 'Employé de rayon (H/F)',
          description: 'Aucun extrait de casier judiciaire ne sera demandé.',
          why: 'negated: no record asked',
        },
        {
          title: 'Auxiliaire de crèche',
          description: 'Casier judiciaire vierge (travail avec des enfants).',
          why: 'work with children may require it',
        },
        {
          title: 'Chauffeur de taxi H/F',
          description: 'Casier judiciaire vierge exigé par la réglementation.',
          romeCode: 'N4102',
          why: 'taxi drivers (ROME N4102) must have a clean record',
        },
      ],
    },
  },
  {
    kind: 'text',
    id: 'privacy.personal_situation',
    category: 'privacy',
    severity: 'certain',
    triggers: ['familiale', 'matrimoniale', 'enfants', 'naissance', 'religion', 'nationalite'],
    patterns: [
      /\b(?:indiquer|preciser|mentionner|communiquer|joindre|renseigner|indiquez|precisez|mentionnez)\b[^.;\n]{0,30}\b(?:situation (?:familiale|matrimoniale)|nombre d'enfants|date de naissance|religion|nationalite)\b/g,
    ],
    explanation:
      "L'offre demande votre situation de famille, votre date de naissance ou votre religion avec la candidature : ces informations n'ont pas de lien avec le poste.",
    examples: {
      positive: [
        {
          text: "Merci d'indiquer votre situation familiale dans votre candidature.",
          quote: "Merci d'indiquer votre situation familiale dans votre candidature.",
        },
      ],
      negative: [
        {
          text: 'Nous accompagnons les familles dans leur situation familiale difficile.',
          why: "the families served, not the candidate's situation",
        },
      ],
    },
  },
  {
    kind: 'text',
    id: 'privacy.photo_required',
    category: 'privacy',
    severity: 'certain',
    triggers: ['photo', 'photos'],
    patterns: [
      /\bphotos? (?:d'identite )?(?:obligatoire|exigee|imperative|indispensable|requise|a joindre|en pied)s?\b|\b(?:cv|candidature) (?:avec|accompagnee? d'une|et) photos?\b|\b(?:joindre|envoyer|fournir) (?:une |votre )?photos?\b/g,
    ],
    judge: (match) =>
      /obligatoire|exigee|imperative|indispensable|requise|en pied/.test(match[0]) ? 'certain' : 'likely',
    exceptions: [
      /\b(?:mannequin|casting|comedien|comedienne|figurant|figuration|acteur|actrice|modele photo)\b/,
    ],
    negations: [
      /\b(?:sans photo|pas de photo|photo (?:non|pas) (?:obligatoire|necessaire))\b|\bphotos? (?:de (?:vos|ses) realisations|de chantiers?|de produits?|des? plats?)\b|\bphotographe\b/,
    ],
    explanation:
      "L'offre exige une photo du candidat, sans lien avec le poste : c'est une information que l'employeur ne peut pas demander.",
    examples: {
      positive: [
        { text: 'Envoyer CV avec photo obligatoire.', quote: 'Envoyer CV avec photo obligatoire.' },
        { text: 'Photo exigée avec la candidature.', quote: 'Photo exigée avec la candidature.' },
      ],
      negative: [
        { text: 'Merci de ne pas joindre de photo : sans photo.', why: 'says no photo' },
        { text: 'Casting figuration : photo obligatoire.', why: 'a casting may ask for a photo' },
        { text: 'Vous réaliserez des photos de produits pour le site.', why: 'photos as the work itself' },
      ],
    },
  },
  {
    kind: 'text',
    id: 'privacy.personal_numbers',
    category: 'privacy',
    severity: 'likely',
    triggers: ['securite', 'rib', 'iban', 'bancaire', 'bancaires', 'vitale'],
    patterns: [
      /\b(?:joindre|envoyer|fournir|transmettre|indiquer|communiquer|avec)\b[^.;\n]{0,40}\b(?:numero de securite sociale|n° de securite sociale|carte vitale|rib|iban|releve d'identite bancaire|coordonnees bancaires)\b/g,
    ],
    negations: [AT_HIRING],
    explanation:
      "L'offre demande un numéro de sécurité sociale ou des coordonnées bancaires avant toute embauche : ces informations n'ont pas de lien avec l'examen d'une candidature.",
    examples: {
      positive: [
        {
          text: 'Pour postuler, envoyez votre CV avec votre RIB et votre numéro de sécurité sociale.',
          quote: '…postuler, envoyez votre CV avec votre RIB et votre numéro de sécurité sociale.',
        },
      ],
      negative: [
        {
          text: 'Documents à fournir à l’embauche : RIB, carte vitale.',
          why: 'documents asked at hiring are lawful',
        },
        { text: 'Rejoignez le groupe bancaire leader.', why: 'a bank as the employer, not bank details' },
      ],
    },
  },
];
